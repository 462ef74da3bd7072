import LambdaSim
import Workbook

/// `hint`, `check`, `solution` and `reset`: working on the current step's exercise.
enum ExerciseCommands {
    static let all: [WorkbookCommand] = [hint, check, solution, reset]

    static let hint = WorkbookCommand(CommandSpec(
        "hint", group: .lessons,
        summary: "Show the next hint for the exercise you are on.",
        discussion: "Hints come one at a time; once all are shown, 'hint' shows them all again."
    )) { _, session in
        let (cursor, exercise) = try session.requireExercise()
        let lesson = cursor.lesson.id
        guard !exercise.hints.isEmpty else {
            session.console.line("This exercise has no hints.")
            return .success
        }
        let seen = session.progress.hintsRevealed(of: exercise.id, in: lesson)
        if seen >= exercise.hints.count {
            for hint in exercise.hints { session.showHint(hint, of: exercise) }
            session.console.line()
            session.note("That is every hint. `solution` shows the solution.")
            return .success
        }
        session.recordProgress { $0.revealHint(of: exercise.id, in: lesson, at: session.configuration.lessons.now()) }
        session.showHint(exercise.hints[seen], of: exercise)
        if seen + 1 < exercise.hints.count {
            session.console.line()
            session.note("Type `hint` again for the next one.")
        }
        return .success
    }

    static let check = WorkbookCommand(CommandSpec(
        "check", group: .lessons,
        summary: "Check your work on the exercise you are on.",
        discussion: "Runs the exercise's setup (deploying your handler, say) in your simulated world, then its checks. "
            + "When they all pass, the exercise is done and the lesson moves on."
    )) { _, session in
        let (cursor, exercise) = try session.requireExercise()
        let lesson = cursor.lesson
        let passed = session.checkExercise(exercise)
        guard passed else {
            session.learner.failedChecks.insert(exercise.id)
            if session.learner.setupFailed { throw AlreadyReported() }
            session.console.line()
            let hints = session.progress.hintsRevealed(of: exercise.id, in: lesson.id)
            let next = hints < exercise.hints.count ? "`hint` for a hint, or `solution` to see the solution" : "`solution` to see the solution"
            session.note("Not yet. Fix what it says, then `check` again; \(next).")
            throw AlreadyReported()
        }
        let now = session.configuration.lessons.now()
        session.recordProgress { $0.complete(exercise.id, in: lesson.id, at: now) }
        session.console.line()
        session.console.line(.styled("Exercise done: \(exercise.title).", .success))
        switch cursor.afterCompleting(exercise, progress: session.progress) {
        case .exercise(let following):
            session.console.line()
            session.showExercise(following, in: lesson, writeStarters: true, policy: .ask)
            session.console.line()
            session.showFooter()
        case .step(let index):
            session.console.line()
            session.enterStep(index, of: lesson)
        case .lessonFinished:
            session.recordProgress { $0.finish(lesson.id, at: now) }
            session.console.line()
            session.console.line(.styled("You have finished the lesson \(lesson.title)!", .success) + " Type "
                                 + .styled("lessons", .code) + " to choose the next one.")
        case .lessonEndWithOpenExercises(let open):
            session.console.line()
            session.console.line("That was the last step. Still to do: " + open.map {
                "\($0.title) (step \(LessonCommands.stepNumber(of: $0, in: lesson)))"
            }.joined(separator: ", ") + ".")
        }
        return .success
    }

    static let solution = WorkbookCommand(CommandSpec(
        "solution", group: .lessons,
        summary: "Show the solution of the exercise you are on.",
        discussion: "It opens after a failed 'check'; before that it asks first (in a script, pass --yes).",
        options: [OptionSpec("--yes", help: "show it without asking")]
    )) { arguments, session in
        let (cursor, exercise) = try session.requireExercise()
        let open = session.learner.failedChecks.contains(exercise.id)
            || session.progress.hasCompleted(exercise.id, in: cursor.lesson.id) || arguments.flag("--yes")
        if !open {
            switch session.confirm("You have not checked this exercise yet. See the solution anyway?", defaultAnswer: false) {
            case true?: break
            case false?: return .success
            case nil:
                throw ShellError("solution: the solution opens after a failed 'check'.",
                                 hint: "In a script, type 'solution --yes' to see it anyway.")
            }
        }
        session.render("### Solution: \(exercise.title)")
        for file in exercise.solution.files {
            session.console.line()
            session.showFile(file, outcome: nil)
        }
        let commands = exercise.solution.commands.flatMap(\.commands)
        if !commands.isEmpty {
            session.console.line()
            session.console.line(.styled("Commands:", .emphasis))
            for command in commands { session.console.line(StyledText("    ") + .styled(command.text, .code)) }
        }
        session.console.line()
        switch (exercise.solution.files.isEmpty, commands.isEmpty) {
        case (false, true): session.note("Make your files match it, then type `check`.")
        case (true, false): session.note("Run these commands, then type `check`.")
        default: session.note("Make your files match it and run the commands, then type `check`.")
        }
        return .success
    }

    static let reset = WorkbookCommand(CommandSpec(
        "reset", group: .lessons,
        summary: "Restore the world and files to this step's start.",
        discussion: "Asks first, because your changes to the lesson's files are replaced (in a script, pass --yes). "
            + "What you completed stays completed.",
        options: [OptionSpec("--yes", help: "reset without asking")]
    )) { arguments, session in
        let cursor = try session.requireCursor()
        if !arguments.flag("--yes") {
            let question = "Reset to the start of step \(cursor.step.number) (\(cursor.step.title))? "
                + "Your simulated world and your changes to the lesson's files will be lost."
            switch session.confirm(question, defaultAnswer: false) {
            case true?: break
            case false?:
                session.console.line("Nothing was reset.")
                return .success
            case nil:
                throw ShellError("reset: this replaces your simulated world and files.", hint: "In a script, type 'reset --yes'.")
            }
        }
        session.resetToStepStart()
        return .success
    }
}

extension Session {
    /// The current exercise, or the error that says there is none here.
    func requireExercise() throws(ShellError) -> (LessonCursor, Exercise) {
        let cursor = try requireCursor()
        guard let exercise = cursor.currentExercise(progress) else {
            throw ShellError("Step \(cursor.step.number) (\(cursor.step.title)) has no exercise.",
                             hint: cursor.isAtLastStep ? "Type 'progress' to see what is left." : "Type 'next' to go on.")
        }
        return (cursor, exercise)
    }

    /// Runs the exercise's `{setup}` commands in this world, then its checks, showing each result.
    /// - Returns: whether every check passed.
    func checkExercise(_ exercise: Exercise) -> Bool {
        learner.setupFailed = false
        console.line(.styled("Checking \(exercise.title)...", .dim))
        for command in exercise.setup.flatMap(\.commands) {
            let result = runQuietly(command.text)
            guard result.succeeded else {
                console.line(.styled("✗", .error) + " The exercise's setup failed at: " + .styled(command.text, .code))
                console.write(StyledText(result.output))
                note("Fix what it says, or type `reset` to start this step again; then `check` again.")
                learner.setupFailed = true
                return false
            }
        }
        let outcomes = SessionExerciseRunner().runChecks(exercise.checks, in: self)
        var passed = !outcomes.isEmpty
        for outcome in outcomes {
            switch outcome.verdict {
            case .passed:
                console.line(.styled("✓", .success) + " \(outcome.check.name)")
            case .failed(let message):
                passed = false
                console.line(.styled("✗", .error) + " \(outcome.check.name): \(message)")
            case .errored(let message):
                passed = false
                console.line(.styled("!", .warning) + " \(outcome.check.name) could not finish: \(message)")
            }
        }
        return passed
    }

    func showHint(_ hint: Hint, of exercise: Exercise) {
        console.line(.styled("Hint \(hint.number) of \(exercise.hints.count):", .hint))
        render(hint.markdown)
    }

    /// A fresh world, brought to the start of the current step; the lesson's files replace the learner's.
    func resetToStepStart() {
        guard let cursor = learner.cursor else { return }
        replaceWorld(with: World(configuration: configuration.world))
        learner.preparedSteps = 0
        learner.failedChecks = []
        prepareQuietly(cursor.lesson, upTo: cursor.stepIndex, files: .overwrite)
        console.line(.styled("The world and files are back as they are at the start of step \(cursor.step.number).", .success))
        console.line()
        enterStep(cursor.stepIndex, of: cursor.lesson, files: .overwrite)
    }
}
