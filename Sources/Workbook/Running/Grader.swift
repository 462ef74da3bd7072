import Foundation

/// Grades exercises headless: each one in a fresh world, with the learner's files, under a budget.
public struct Grader<Runner: ExerciseRunner> {
    public var runner: Runner
    public var budget: ExerciseBudget

    public init(runner: Runner, budget: ExerciseBudget = .standard) {
        self.runner = runner
        self.budget = budget
    }

    /// Grades the exercises of `lesson` (all, or those in `only`) against `submission`.
    public func grade(_ lesson: Lesson, submission: Submission, only: Set<ExerciseID>? = nil) -> [ExerciseResult] {
        lesson.exercises.filter { only?.contains($0.id) ?? true }.map { exercise in
            guard let attempt = ExerciseAttempt(lesson: lesson, exercise: exercise.id, submission: submission, budget: budget) else {
                preconditionFailure("an exercise listed by its lesson must be found in it")
            }
            return ExerciseResult(exercise: exercise, lesson: lesson.id, outcome: runner.run(attempt))
        }
    }

    /// Grades each lesson against the files of a submission folder (see ``SubmissionFolder``).
    public func grade(_ lessons: [Lesson], submissionFolder: String) throws(SubmissionFolder.Error) -> GradingReport {
        var results: [ExerciseResult] = []
        for lesson in lessons {
            for exercise in lesson.exercises {
                let files = try SubmissionFolder.files(for: lesson, exercise: exercise.id, in: submissionFolder)
                results += grade(lesson, submission: .files(files), only: [exercise.id])
            }
        }
        return GradingReport(results: results)
    }
}

/// A folder of a learner's files for grading.
///
/// For each exercise the most specific folder is used: `DIR/LESSON-ID/EXERCISE-ID/` when it exists
/// (exercises of one lesson often want different versions of the same file), else
/// `DIR/LESSON-ID/` (without its exercise folders), else `DIR` itself. Hidden files are skipped.
public enum SubmissionFolder {
    public struct Error: Swift.Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): not a readable submission folder" }
    }

    /// The files for `exercise` of `lesson`, by path relative to the folder used.
    public static func files(for lesson: Lesson, exercise: ExerciseID, in folder: String) throws(Error) -> [String: [UInt8]] {
        let base = trimmed(folder)
        guard case .directory = PathKind(atPath: base) else { throw Error(path: folder) }
        let perExercise = base + "/" + lesson.id.rawValue + "/" + exercise.rawValue
        if PathKind(atPath: perExercise) == .directory { return try files(under: perExercise, skipping: []) }
        return try files(for: lesson.id, in: folder, skipping: Set(lesson.exercises.map(\.id.rawValue)))
    }

    /// The files for `lesson`, by path relative to the folder used.
    public static func files(for lesson: LessonID, in folder: String) throws(Error) -> [String: [UInt8]] {
        try files(for: lesson, in: folder, skipping: [])
    }

    static func files(for lesson: LessonID, in folder: String, skipping: Set<String>) throws(Error) -> [String: [UInt8]] {
        let base = trimmed(folder)
        guard case .directory = PathKind(atPath: base) else { throw Error(path: folder) }
        let perLesson = base + "/" + lesson.rawValue
        if PathKind(atPath: perLesson) == .directory { return try files(under: perLesson, skipping: skipping) }
        return try files(under: base, skipping: [])
    }

    private static func trimmed(_ folder: String) -> String {
        folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    }

    /// Every file under `root`, leaving out hidden files and the top-level folders in `skipping`.
    private static func files(under root: String, skipping: Set<String>) throws(Error) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        func walk(_ relative: String) throws(Error) {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { throw Error(path: absolute) }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch PathKind(atPath: root + "/" + path) {
                case .directory:
                    if relative.isEmpty, skipping.contains(name) { continue }
                    try walk(path)
                case .file:
                    guard let data = FileManager.default.contents(atPath: root + "/" + path) else { throw Error(path: root + "/" + path) }
                    files[path] = Array(data)
                case .missing: continue
                }
            }
        }
        try walk("")
        return files
    }
}
