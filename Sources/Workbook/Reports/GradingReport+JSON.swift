import Foundation

extension GradingReport {
    /// The version of the JSON report's shape; it changes when a field changes meaning or goes away.
    public static let jsonFormatVersion = 1

    /// A JSON report for tools: keys sorted, durations in seconds (number, millisecond precision).
    ///
    /// ```json
    /// {"version": 1, "summary": {"tests": 2, "passed": 1, ...}, "results": [{"lesson": ..., "checks": [...]}]}
    /// ```
    public func renderedAsJSON() -> String {
        let document = JSONReport(
            version: Self.jsonFormatVersion,
            summary: .init(tests: results.count, passed: passedCount, failed: failedCount, errored: erroredCount,
                           skipped: skippedCount, allPassed: allPassed, time: Self.milliseconds(totalDuration)),
            results: results.map { result in
                .init(lesson: result.lesson.rawValue, exercise: result.exercise.rawValue, title: result.title,
                      status: result.status, message: result.message, time: Self.milliseconds(result.duration),
                      checks: result.checks.map {
                          .init(name: $0.name, status: $0.status, message: $0.message, time: Self.milliseconds($0.duration))
                      })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else {
            preconditionFailure("a report made of strings and numbers always encodes")
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Seconds as a decimal with millisecond precision.
    static func milliseconds(_ duration: Duration) -> Decimal {
        let (seconds, attoseconds) = duration.components
        return Decimal(max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)) / 1000
    }
}

/// The JSON report's shape.
struct JSONReport: Codable, Equatable {
    struct Summary: Codable, Equatable {
        var tests, passed, failed, errored, skipped: Int
        var allPassed: Bool
        var time: Decimal
    }

    struct Result: Codable, Equatable {
        var lesson, exercise, title: String
        var status: ExerciseResult.Status
        var message: String?
        var time: Decimal
        var checks: [Check]
    }

    struct Check: Codable, Equatable {
        var name: String
        var status: CheckResult.Status
        var message: String?
        var time: Decimal
    }

    var version: Int
    var summary: Summary
    var results: [Result]
}
