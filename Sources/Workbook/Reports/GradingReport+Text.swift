extension GradingReport {
    /// A plain-text report for people: one line per exercise, the messages of what did not pass
    /// indented below it, and a summary line.
    ///
    /// ```
    /// PASS  01-handler-structure/greet  Return a greeting (0.012s)
    /// FAIL  01-handler-structure/fail-loudly  Fail loudly (0.020s)
    ///       ✗ raises ValueError: The caller should see errorType ValueError
    /// 2 exercises: 1 passed, 1 failed, 0 errored, 0 skipped
    /// ```
    public func renderedAsText() -> String {
        var lines: [String] = []
        for result in results {
            let label = switch result.status {
            case .passed: "PASS "
            case .failed: "FAIL "
            case .errored: "ERROR"
            case .skipped: "SKIP "
            }
            lines.append("\(label) \(result.lesson)/\(result.exercise)  \(result.title) (\(Self.seconds(result.duration))s)")
            if let message = result.message { lines.append("      ! \(Self.oneLine(message))") }
            for check in result.checks where check.status != .passed {
                lines.append("      ✗ \(check.name): \(Self.oneLine(check.message ?? check.status.rawValue))")
            }
        }
        let noun = results.count == 1 ? "exercise" : "exercises"
        lines.append("\(results.count) \(noun): \(passedCount) passed, \(failedCount) failed, \(erroredCount) errored, \(skippedCount) skipped")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A message on one line: line breaks become ` ⏎ ` so the report stays one line per item.
    static func oneLine(_ text: String) -> String {
        text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).joined(separator: " ⏎ ")
    }

    /// Seconds with millisecond precision, `0.012`, the form JUnit's `time` attribute uses too.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let totalMilliseconds = max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        let fraction = String(totalMilliseconds % 1000)
        return "\(totalMilliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
