/// The results of grading: one entry per exercise, in the order graded.
public struct GradingReport: Sendable, Equatable {
    public var results: [ExerciseResult]

    public init(results: [ExerciseResult]) { self.results = results }

    public var passedCount: Int { results.count { $0.status == .passed } }
    public var failedCount: Int { results.count { $0.status == .failed } }
    public var erroredCount: Int { results.count { $0.status == .errored } }
    public var skippedCount: Int { results.count { $0.status == .skipped } }

    /// Whether every exercise passed (what the `grade` exit status reports). An empty report does not pass.
    public var allPassed: Bool { !results.isEmpty && results.allSatisfy { $0.status == .passed } }

    public var totalDuration: Duration { results.reduce(.zero) { $0 + $1.duration } }

    /// The lessons in the order their first result appears, with their results.
    public var byLesson: [(lesson: LessonID, results: [ExerciseResult])] {
        var order: [LessonID] = []
        var groups: [LessonID: [ExerciseResult]] = [:]
        for result in results {
            if groups[result.lesson] == nil { order.append(result.lesson) }
            groups[result.lesson, default: []].append(result)
        }
        return order.map { ($0, groups[$0]!) }
    }
}

/// How one exercise fared.
public struct ExerciseResult: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, Codable {
        case passed, failed, errored, skipped
    }

    public var lesson: LessonID
    public var exercise: ExerciseID
    public var title: String
    public var status: Status
    public var checks: [CheckResult]
    /// Why the exercise errored before its checks ran, or why it was skipped.
    public var message: String?
    public var duration: Duration

    public init(lesson: LessonID, exercise: ExerciseID, title: String, status: Status, checks: [CheckResult],
                message: String? = nil, duration: Duration = .zero) {
        self.lesson = lesson
        self.exercise = exercise
        self.title = title
        self.status = status
        self.checks = checks
        self.message = message
        self.duration = duration
    }

    /// The messages a learner should read: the preparation problem, then each failed check's message.
    public var failureMessages: [String] {
        (message.map { [$0] } ?? []) + checks.compactMap { check in
            check.status == .passed ? nil : "\(check.name): \(check.message ?? check.status.rawValue)"
        }
    }
}

/// How one check fared.
public struct CheckResult: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, Codable {
        case passed, failed, errored
    }

    public var name: String
    public var status: Status
    /// The assertion's message or the error, for a check that did not pass.
    public var message: String?
    public var duration: Duration

    public init(name: String, status: Status, message: String? = nil, duration: Duration = .zero) {
        self.name = name
        self.status = status
        self.message = message
        self.duration = duration
    }
}

extension ExerciseResult {
    /// The result of an attempt's outcome.
    public init(exercise: Exercise, lesson: LessonID, outcome: AttemptOutcome) {
        let checks = outcome.checks.map { outcome -> CheckResult in
            switch outcome.verdict {
            case .passed: CheckResult(name: outcome.check.name, status: .passed, duration: outcome.duration)
            case .failed(let message): CheckResult(name: outcome.check.name, status: .failed, message: message, duration: outcome.duration)
            case .errored(let message): CheckResult(name: outcome.check.name, status: .errored, message: message, duration: outcome.duration)
            }
        }
        let status: Status
        var message: String?
        if let failure = outcome.preparationFailure {
            status = .errored
            message = "preparing the world failed: \(failure.message)"
        } else if checks.contains(where: { $0.status == .errored }) {
            status = .errored
        } else if checks.isEmpty || checks.count < exercise.checks.count || checks.contains(where: { $0.status == .failed }) {
            status = .failed
            if checks.count < exercise.checks.count { message = "only \(checks.count) of \(exercise.checks.count) checks ran" }
        } else {
            status = .passed
        }
        self.init(lesson: lesson, exercise: exercise.id, title: exercise.title, status: status, checks: checks,
                  message: message, duration: checks.reduce(.zero) { $0 + $1.duration })
    }
}
