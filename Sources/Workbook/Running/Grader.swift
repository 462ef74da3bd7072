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
            let files = try SubmissionFolder.files(for: lesson.id, in: submissionFolder)
            results += grade(lesson, submission: .files(files))
        }
        return GradingReport(results: results)
    }
}

/// A folder of a learner's files for grading.
///
/// When it has a sub-folder named after a lesson id (`DIR/01-handler-structure/…`), that lesson is
/// graded against the sub-folder; otherwise against the folder itself. Hidden files are skipped.
public enum SubmissionFolder {
    public struct Error: Swift.Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): not a readable submission folder" }
    }

    /// The files for `lesson`, by path relative to the folder used.
    public static func files(for lesson: LessonID, in folder: String) throws(Error) -> [String: [UInt8]] {
        let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        guard case .directory = PathKind(atPath: base) else { throw Error(path: folder) }
        let perLesson = base + "/" + lesson.rawValue
        let root = PathKind(atPath: perLesson) == .directory ? perLesson : base
        var files: [String: [UInt8]] = [:]
        func walk(_ relative: String) throws(Error) {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { throw Error(path: absolute) }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch PathKind(atPath: root + "/" + path) {
                case .directory: try walk(path)
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
