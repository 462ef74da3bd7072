/// A lesson: front matter, an optional introduction, and its steps in order.
///
/// Lessons are data. Everything the engine does with a lesson (show a step, play it in demo mode,
/// prepare an exercise's world, run its checks) derives from this value.
public struct Lesson: Sendable, Equatable {
    public var id: LessonID
    public var title: String
    public var summary: String
    /// The estimated time to finish, in minutes.
    public var minutes: Int
    public var prerequisites: [Prerequisite]
    /// Prose before the first step (`## …` heading); `nil` when there is none.
    public var introduction: Prose?
    public var steps: [Step]
    /// Where the front matter starts (line 1 of the file).
    public var location: SourceLocation

    public struct Prerequisite: Sendable, Equatable {
        public var id: LessonID
        public var location: SourceLocation
    }

    /// Every exercise of every step, in the order of the file.
    public var exercises: [Exercise] { steps.flatMap(\.exercises) }

    /// The step with `id`, if any.
    public func step(_ id: StepID) -> Step? { steps.first { $0.id == id } }

    /// The exercise with `id` and the index of the step holding it.
    public func exercise(_ id: ExerciseID) -> (exercise: Exercise, stepIndex: Int)? {
        for (index, step) in steps.enumerated() {
            if let exercise = step.exercises.first(where: { $0.id == id }) { return (exercise, index) }
        }
        return nil
    }
}

/// One step of a lesson: a `## Title {#id}` heading and everything up to the next `##` heading.
public struct Step: Sendable, Equatable {
    public var id: StepID
    public var title: String
    /// 1-based position in the lesson, what learners type in `step N`.
    public var number: Int
    public var items: [StepItem]
    public var location: SourceLocation

    public var exercises: [Exercise] {
        items.compactMap { if case .exercise(let exercise) = $0 { exercise } else { nil } }
    }

    /// Speaker notes, shown only in demo mode.
    public var notes: [SpeakerNotes] {
        items.compactMap { if case .notes(let notes) = $0 { notes } else { nil } }
    }
}

/// What a step holds, in the order of the file.
public enum StepItem: Sendable, Equatable {
    /// Markdown prose (with plain code samples) shown to the learner.
    case prose(Prose)
    /// A file the step creates in the learner's workspace (`{file} PATH`).
    case file(FileBlock)
    /// Commands the step runs itself, showing their output (`{run}`).
    case run(CommandBlock)
    /// Commands shown for the learner to type (`{try}`); demo mode types and runs them.
    case `try`(CommandBlock)
    /// Notes for the instructor, shown only in demo mode (`{notes}`).
    case notes(SpeakerNotes)
    /// An exercise (`### Exercise: Title {#id}`).
    case exercise(Exercise)
}

/// Markdown text with the place it starts.
public struct Prose: Sendable, Equatable {
    public var markdown: String
    public var location: SourceLocation
}

/// A file's path and contents, from a `{file}`, `{starter}` or `{solution}` block.
public struct FileBlock: Sendable, Equatable {
    /// Relative to the learner's workspace, with `/` separators.
    public var path: String
    public var contents: String
    /// The language word before the directive (`python {file} app.py`), if any.
    public var language: String?
    /// Where the block's opening fence is.
    public var location: SourceLocation
}

/// One command, exactly as typed at the `workbook>` prompt.
public struct Command: Sendable, Equatable {
    public var text: String
    public var location: SourceLocation
}

/// The commands of a `{run}`, `{try}`, `{setup}` or `{solution-run}` block.
public struct CommandBlock: Sendable, Equatable {
    public var commands: [Command]
    public var location: SourceLocation
}

/// Instructor notes from a `{notes}` block (Markdown).
public struct SpeakerNotes: Sendable, Equatable {
    public var markdown: String
    public var location: SourceLocation
}

/// An exercise: its task, starter files, staged hints, hidden solution, setup and checks.
public struct Exercise: Sendable, Equatable {
    public var id: ExerciseID
    public var title: String
    /// The task, as prose and `{try}` blocks, in the order of the file.
    public var task: [StepItem]
    public var starters: [FileBlock]
    /// Revealed one at a time by `hint`, in this order.
    public var hints: [Hint]
    public var solution: Solution
    /// Commands run after the learner's (or the starter's, or the solution's) files are in place
    /// and before the checks, e.g. deploying the handler.
    public var setup: [CommandBlock]
    public var checks: [Check]
    public var location: SourceLocation
}

/// One staged hint (Markdown).
public struct Hint: Sendable, Equatable {
    /// 1-based: the first `hint` shows hint 1.
    public var number: Int
    public var markdown: String
    public var location: SourceLocation
}

/// The hidden solution: files (`{solution} PATH`) and commands (`{solution-run}`).
public struct Solution: Sendable, Equatable {
    public var files: [FileBlock]
    public var commands: [CommandBlock]

    public var isEmpty: Bool { files.isEmpty && commands.isEmpty }
}

/// A check: a MiniPython snippet that asserts against the simulated world through the `lab` module.
///
/// It passes when it runs to its end; it fails with the message of its first failed `assert`.
public struct Check: Sendable, Equatable {
    /// 1-based position in the exercise.
    public var number: Int
    /// The words after `{check}`, or `check N` when there are none.
    public var name: String
    public var source: String
    /// Where the opening fence is; the snippet's line 1 is the line after it.
    public var location: SourceLocation

    /// The file line of the snippet's line `line` (for tracebacks).
    public func fileLine(ofSnippetLine line: Int) -> Int { location.line + line }
}
