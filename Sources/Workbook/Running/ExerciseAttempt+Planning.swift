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
        var steps: [PreparationStep] = []
        if submission == .currentWorld {
            steps = exercise.setup.flatMap(\.commands).map { .runCommand($0.text, origin: $0.location) }
            self.init(lesson: lesson.id, exercise: exerciseID, submission: submission, preparation: steps,
                      checks: exercise.checks, budget: budget)
            return
        }
        func replay(_ item: StepItem) {
            switch item {
            case .file(let file):
                steps.append(.writeFile(path: file.path, contents: Array(file.contents.utf8), origin: file.location))
            case .run(let block):
                steps += block.commands.map { .runCommand($0.text, origin: $0.location) }
            case .prose, .try, .notes, .exercise:
                break
            }
        }
        for step in lesson.steps[..<stepIndex] { step.items.forEach(replay) }
        for item in lesson.steps[stepIndex].items {
            if case .exercise(let candidate) = item, candidate.id == exerciseID { break }
            replay(item)
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
