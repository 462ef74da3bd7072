/// Runs an exercise's checks against a fresh simulated world.
///
/// The Workbook decides *what* to run (``ExerciseAttempt``: files to write, commands to run, checks
/// to evaluate, in order); a runner decides *how*, with MiniPython and LambdaSim. The shell's
/// `check`, the linter's behavioural pass and the grader all go through this one protocol.
///
/// A conforming runner must:
/// - start from a fresh world (seeded, clock at its start) for every call, except for
///   ``Submission/currentWorld``, where it uses (a copy of) the REPL session's world as it is;
/// - perform `attempt.preparation` in order, and stop at the first step that fails, reporting it in
///   ``AttemptOutcome/preparationFailure``;
/// - then evaluate each check in order in that same world, with the `lab` module importable, under
///   `attempt.budget`; an `AssertionError` is ``CheckOutcome/Verdict/failed(message:)`` with the
///   assertion's message, any other exception or an exhausted budget is
///   ``CheckOutcome/Verdict/errored(message:)``;
/// - be deterministic: the same attempt gives the same outcome, durations included (use simulated time).
public protocol ExerciseRunner {
    func run(_ attempt: ExerciseAttempt) -> AttemptOutcome
}

/// What a runner must do for one exercise: prepare a world, then evaluate checks.
public struct ExerciseAttempt: Sendable, Equatable {
    public var lesson: LessonID
    public var exercise: ExerciseID
    /// Which files the attempt uses.
    public var submission: Submission
    /// In order: the lesson's `{file}` and `{run}` blocks up to the exercise, the submitted files,
    /// the exercise's `{setup}` commands, and for the reference solution its `{solution-run}` commands.
    public var preparation: [PreparationStep]
    public var checks: [Check]
    public var budget: ExerciseBudget

    public init(lesson: LessonID, exercise: ExerciseID, submission: Submission, preparation: [PreparationStep],
                checks: [Check], budget: ExerciseBudget) {
        self.lesson = lesson
        self.exercise = exercise
        self.submission = submission
        self.preparation = preparation
        self.checks = checks
        self.budget = budget
    }
}

/// One thing to do to a fresh world before the checks run.
public enum PreparationStep: Sendable, Equatable {
    /// Write `contents` to `path` in the workspace (creating directories).
    case writeFile(path: String, contents: [UInt8], origin: SourceLocation?)
    /// Run a command exactly as if typed at the `workbook>` prompt.
    case runCommand(String, origin: SourceLocation)

    /// Where the step comes from in the lesson (`nil` for a learner's submitted file).
    public var origin: SourceLocation? {
        switch self {
        case .writeFile(_, _, let origin): origin
        case .runCommand(_, let origin): origin
        }
    }
}

/// The files an attempt puts in the workspace for the exercise.
public enum Submission: Sendable, Equatable {
    /// The exercise's `{starter}` files: the linter expects its checks to fail.
    case starter
    /// The exercise's `{solution}` files and `{solution-run}` commands: the linter expects its checks to pass.
    case solution
    /// A learner's files, by workspace path (from the REPL's workspace, or a graded submission folder).
    case files([String: [UInt8]])
    /// The learner's live world in the REPL (`check`): nothing is replayed and no files are written;
    /// the exercise's `{setup}` commands run in the session's world, then the checks. A runner may
    /// work on a copy of the session's world so that checks leave no trace in it.
    case currentWorld

    /// Whether the runner starts from a fresh world (every case but ``currentWorld``).
    public var usesFreshWorld: Bool { self != .currentWorld }
}

/// Limits for one attempt, so that an infinite loop fails one exercise and nothing else.
public struct ExerciseBudget: Sendable, Equatable {
    /// The most interpreter steps one check (and the handlers it invokes) may take.
    public var maximumStepsPerCheck: Int
    /// The most interpreter steps the preparation may take.
    public var maximumStepsForPreparation: Int

    public init(maximumStepsPerCheck: Int = 5_000_000, maximumStepsForPreparation: Int = 20_000_000) {
        self.maximumStepsPerCheck = maximumStepsPerCheck
        self.maximumStepsForPreparation = maximumStepsForPreparation
    }

    public static let standard = ExerciseBudget()
}

/// What happened when a runner ran an ``ExerciseAttempt``.
public struct AttemptOutcome: Sendable, Equatable {
    /// Set when a preparation step failed; the checks were then not run.
    public var preparationFailure: PreparationFailure?
    /// One outcome per check that ran, in order.
    public var checks: [CheckOutcome]

    public init(preparationFailure: PreparationFailure? = nil, checks: [CheckOutcome]) {
        self.preparationFailure = preparationFailure
        self.checks = checks
    }

    /// Whether the preparation succeeded and every check passed.
    public var passed: Bool {
        preparationFailure == nil && !checks.isEmpty && checks.allSatisfy { $0.verdict == .passed }
    }
}

/// A preparation step that failed, and the message it gave (e.g. the command's error line).
public struct PreparationFailure: Sendable, Equatable {
    public var step: PreparationStep
    public var message: String

    public init(step: PreparationStep, message: String) {
        self.step = step
        self.message = message
    }
}

/// The outcome of one check.
public struct CheckOutcome: Sendable, Equatable {
    public enum Verdict: Sendable, Equatable {
        case passed
        /// An `assert` failed; `message` is what the learner sees.
        case failed(message: String)
        /// The check could not finish: another exception, or the budget ran out.
        case errored(message: String)
    }

    public var check: Check
    public var verdict: Verdict
    /// How long the check took in simulated time.
    public var duration: Duration

    public init(check: Check, verdict: Verdict, duration: Duration = .zero) {
        self.check = check
        self.verdict = verdict
        self.duration = duration
    }
}
