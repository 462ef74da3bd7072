extension ExerciseAttempt {
    /// The attempt for `exercise` of `lesson` with `submission`, or `nil` when the lesson has no such exercise.
    ///
    /// The preparation replays, in order, the `{file}` and `{run}` blocks of every step before the
    /// exercise (and of the exercise's own step above it), then writes the submission's files, then
    /// runs the exercise's `{setup}` commands, then, for ``Submission/solution``, its `{solution-run}`
    /// commands. For ``Submission/currentWorld`` the preparation is only the `{setup}` commands.
    /// Earlier exercises' solutions are not replayed: an exercise that builds on another
    /// says so in its `{setup}`.
    public init?(lesson: Lesson, exercise exerciseID: ExerciseID, submission: Submission,
                 budget: ExerciseBudget = .standard) {
        guard let (exercise, stepIndex) = lesson.exercise(exerciseID) else { return nil }
        if submission == .currentWorld {
            let steps = exercise.setup.flatMap(\.commands).map { PreparationStep.runCommand($0.text, origin: $0.location) }
            self.init(lesson: lesson.id, exercise: exerciseID, submission: submission, preparation: steps,
                      checks: exercise.checks, budget: budget)
            return
        }
        var steps = lesson.worldPreparation(beforeStep: stepIndex)
        for item in lesson.steps[stepIndex].items {
            if case .exercise(let candidate) = item, candidate.id == exerciseID { break }
            steps += Lesson.preparation(for: item)
        }
        switch submission {
        case .starter:
            steps += exercise.starters.map { .writeFile(path: $0.path, contents: Array($0.contents.utf8), origin: $0.location) }
        case .solution:
            steps += exercise.solution.files.map { .writeFile(path: $0.path, contents: Array($0.contents.utf8), origin: $0.location) }
        case .files(let files):
            steps += files.keys.sorted().map { .writeFile(path: $0, contents: files[$0]!, origin: nil) }
        case .currentWorld:
            preconditionFailure("handled above")
        }
        steps += exercise.setup.flatMap(\.commands).map { .runCommand($0.text, origin: $0.location) }
        if submission == .solution {
            steps += exercise.solution.commands.flatMap(\.commands).map { .runCommand($0.text, origin: $0.location) }
        }
        self.init(lesson: lesson.id, exercise: exerciseID, submission: submission, preparation: steps,
                  checks: exercise.checks, budget: budget)
    }
}

extension Lesson {
    /// What builds the world a step starts from: the `{file}` and `{run}` blocks of every step
    /// before it, in order. `reset`, demo mode's `goto` and exercise attempts use it.
    ///
    /// - Parameter index: a 0-based step index; `steps.count` gives the world at the lesson's end.
    public func worldPreparation(beforeStep index: Int) -> [PreparationStep] {
        steps[..<min(max(index, 0), steps.count)].flatMap { $0.items.flatMap(Lesson.preparation(for:)) }
    }

    /// The world changes one step item makes: a `{file}` writes, a `{run}` runs; nothing else does.
    static func preparation(for item: StepItem) -> [PreparationStep] {
        switch item {
        case .file(let file):
            [.writeFile(path: file.path, contents: Array(file.contents.utf8), origin: file.location)]
        case .run(let block):
            block.commands.map { .runCommand($0.text, origin: $0.location) }
        case .prose, .try, .notes, .exercise:
            []
        }
    }
}
