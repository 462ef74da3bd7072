import Foundation
import Synchronization
import Workbook

/// What a session knows about the learner's lesson beyond the progress file: the place, and what
/// this session's world and workspace received from the lesson.
struct LearnerState {
    /// The lesson being worked on, and the step; `nil` before `start`.
    var cursor: LessonCursor?
    /// The progress as last read or written; `nil` until first needed.
    var progress: LearnerProgress?
    /// Set once the progress file could not be used, so the problem is told once, not at every command.
    var progressDisabled = false
    /// How many of the current lesson's steps have had their `{file}` and `{run}` blocks applied to
    /// this session's world (steps before `preparedSteps` are not run again when revisited).
    var preparedSteps = 0
    /// What the lesson last wrote to each workspace path, to tell the learner's edits from the lesson's text.
    var written: [String: [UInt8]] = [:]
    /// Exercises whose `check` failed in this session: `solution` opens for them without asking.
    var failedChecks: Set<ExerciseID> = []
    /// Whether the last `check` stopped in the exercise's `{setup}` (its message is already shown).
    var setupFailed = false

    /// Forgets what belongs to another lesson's world (when a different lesson starts).
    mutating func beginLesson(_ lesson: Lesson, at stepIndex: Int) {
        if cursor?.lesson.id != lesson.id {
            preparedSteps = 0
            written = [:]
            failedChecks = []
        }
        cursor = LessonCursor(lesson: lesson, stepIndex: stepIndex)
    }
}

extension Session {
    var course: Course { configuration.lessons.course }

    /// The learner's progress, read from the store the first time (telling about a corrupt file).
    var progress: LearnerProgress {
        if let progress = learner.progress { return progress }
        var loaded = LearnerProgress()
        if let store = configuration.lessons.progressStore, !learner.progressDisabled {
            do {
                let load = try store.load()
                if let recovery = load.recovery { console.errorLine(.styled("warning:", .warning) + " \(recovery.message)") }
                loaded = load.progress
            } catch {
                disableProgress(error)
            }
        }
        learner.progress = loaded
        return loaded
    }

    /// Applies `change` to the progress and saves it (re-reading the file under its lock first, so
    /// another running workbook's progress is kept).
    func recordProgress(_ change: (inout LearnerProgress) -> Void) {
        var current = progress
        change(&current)
        learner.progress = current
        guard let store = configuration.lessons.progressStore, !learner.progressDisabled else { return }
        do {
            let saved = try store.update(change)
            if let recovery = saved.recovery { console.errorLine(.styled("warning:", .warning) + " \(recovery.message)") }
            learner.progress = saved.progress
        } catch {
            disableProgress(error)
        }
    }

    private func disableProgress(_ error: ProgressStoreError) {
        learner.progressDisabled = true
        console.errorLine(.styled("warning:", .warning) + " \(error.description)")
        console.errorLine(StyledText("  Your progress in this session will not be saved."))
    }

    /// The lesson the learner is in, or the error every lesson command gives before `start`.
    func requireCursor() throws(ShellError) -> LessonCursor {
        guard let cursor = learner.cursor else {
            throw ShellError("No lesson started. Type `lessons` to see them, then `start ID`.")
        }
        return cursor
    }

    /// Asks a yes/no question at the prompt; `nil` when nobody can answer (a script).
    func confirm(_ question: String, defaultAnswer: Bool) -> Bool? {
        guard reader.isInteractive else { return nil }
        switch reader.readLine(prompt: question + (defaultAnswer ? " [Y/n] " : " [y/N] ")) {
        case .line(let answer):
            let word = answer.trimmingCharacters(in: .whitespaces).lowercased()
            if word.isEmpty { return defaultAnswer }
            return word == "y" || word == "yes"
        case .interrupted, .endOfInput:
            return false
        }
    }

    /// Runs one command as if typed, but keeps its output; returns whether it succeeded and what it printed.
    func runQuietly(_ command: String) -> (succeeded: Bool, output: String) {
        if case .python = InputClassifier.classify(command, registry: registry, pythonNames: pythonNames) {
            _ = python  // created with the visible console, never the quiet one
        }
        let collector = QuietOutput()
        let visible = console
        console = Console(colorEnabled: false, width: visible.width) { _, text in collector.append(text) }
        defer { console = visible }
        let outcome = execute(command)
        return (outcome != .failure, collector.text)
    }
}

/// Output collected while a command runs quietly (Python may write from the interpreter's thread).
final class QuietOutput: Sendable {
    private let buffer = Mutex("")
    var text: String { buffer.withLock { $0 } }
    func append(_ more: String) { buffer.withLock { $0 += more } }
}
