import Foundation

/// A learner's progress through the course, as stored in `progress.json`.
///
/// Timestamps are given by the caller (the executable reads the real clock; tests pass fixed dates).
public struct LearnerProgress: Codable, Equatable, Sendable {
    /// The schema version this build writes. A file with a higher version is refused, never overwritten.
    public static let currentVersion = 1

    public var version: Int
    /// The lesson the learner worked on last, which the REPL offers to resume.
    public var lastLesson: LessonID?
    public var lessons: [LessonID: LessonProgress]

    public init() {
        version = LearnerProgress.currentVersion
        lastLesson = nil
        lessons = [:]
    }

    /// Records that the learner is at `step` (1-based `number`) of `lesson`.
    public mutating func move(to step: StepID, number: Int, in lesson: LessonID, at time: Date) {
        touch(lesson, at: time)
        lessons[lesson]!.currentStep = step
        lessons[lesson]!.currentStepNumber = number
    }

    /// Records that `exercise` of `lesson` passed its checks. The first completion time is kept.
    public mutating func complete(_ exercise: ExerciseID, in lesson: LessonID, at time: Date) {
        touch(lesson, at: time)
        if lessons[lesson]!.completedExercises[exercise] == nil {
            lessons[lesson]!.completedExercises[exercise] = time
        }
    }

    /// Records that one more hint of `exercise` was revealed; returns how many are revealed now.
    @discardableResult
    public mutating func revealHint(of exercise: ExerciseID, in lesson: LessonID, at time: Date) -> Int {
        touch(lesson, at: time)
        let count = (lessons[lesson]!.hintsRevealed[exercise] ?? 0) + 1
        lessons[lesson]!.hintsRevealed[exercise] = count
        return count
    }

    /// Records that the learner finished `lesson` (kept from the first time).
    public mutating func finish(_ lesson: LessonID, at time: Date) {
        touch(lesson, at: time)
        if lessons[lesson]!.finishedAt == nil { lessons[lesson]!.finishedAt = time }
    }

    /// Forgets everything about `lesson` (after `reset` confirmed by the learner).
    public mutating func forget(_ lesson: LessonID) {
        lessons[lesson] = nil
        if lastLesson == lesson { lastLesson = nil }
    }

    mutating func touch(_ lesson: LessonID, at time: Date) {
        if lessons[lesson] == nil { lessons[lesson] = LessonProgress(startedAt: time) }
        lessons[lesson]!.updatedAt = time
        lastLesson = lesson
    }
}

/// Progress in one lesson.
public struct LessonProgress: Codable, Equatable, Sendable {
    public var currentStep: StepID?
    /// 1-based; used when the step's id no longer exists because the lesson was edited.
    public var currentStepNumber: Int
    public var completedExercises: [ExerciseID: Date]
    public var hintsRevealed: [ExerciseID: Int]
    public var startedAt: Date
    public var updatedAt: Date
    public var finishedAt: Date?

    public init(startedAt: Date) {
        currentStep = nil
        currentStepNumber = 1
        completedExercises = [:]
        hintsRevealed = [:]
        self.startedAt = startedAt
        updatedAt = startedAt
        finishedAt = nil
    }
}

extension LearnerProgress {
    /// The JSON text stored on disk: pretty, keys sorted, dates as ISO 8601 in UTC.
    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        guard let data = try? encoder.encode(self) else {
            preconditionFailure("progress made of ids, numbers and dates always encodes")
        }
        return data + Data("\n".utf8)
    }

    /// Why stored bytes cannot be read as progress.
    enum DecodingProblem: Error, Equatable {
        /// The file is not progress at all (not JSON, wrong shape); `detail` says what is wrong.
        case corrupt(detail: String)
        /// The file was written by a newer lambda-workbook.
        case newerVersion(Int)
    }

    static func decode(_ data: Data) throws(DecodingProblem) -> LearnerProgress {
        struct VersionOnly: Decodable { var version: Int }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let version: Int
        do {
            version = try decoder.decode(VersionOnly.self, from: data).version
        } catch {
            throw .corrupt(detail: data.isEmpty ? "the file is empty" : "it is not a progress file with a version (\(describe(error)))")
        }
        guard version <= currentVersion else { throw .newerVersion(version) }
        guard version >= 1 else { throw .corrupt(detail: "its version \(version) is not one this program ever wrote") }
        do {
            return try decoder.decode(LearnerProgress.self, from: data)
        } catch {
            throw .corrupt(detail: describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "unreadable JSON" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "the top level" : keys.joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let context): return context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(path(context))"
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "wrong type at \(path(context))"
        @unknown default: return "unreadable JSON"
        }
    }
}
