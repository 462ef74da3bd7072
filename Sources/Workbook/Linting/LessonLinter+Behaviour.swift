extension LessonLinter {
    /// The behavioural problems of `lesson`: a starter that already passes its checks, a solution
    /// that fails one, or a preparation that cannot run. Each attempt runs in a fresh world.
    ///
    /// Lint a lesson structurally first: this assumes it parsed without errors.
    public func lintBehaviour(of lesson: Lesson, using runner: some ExerciseRunner,
                              budget: ExerciseBudget = .standard) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for exercise in lesson.exercises where !exercise.checks.isEmpty {
            let name = "exercise '\(exercise.id)'"
            if let attempt = ExerciseAttempt(lesson: lesson, exercise: exercise.id, submission: .starter, budget: budget) {
                let outcome = runner.run(attempt)
                if let failure = outcome.preparationFailure {
                    diagnostics.append(.error(at: failure.step.origin ?? exercise.location,
                                              "\(name): preparing the starter's world failed: \(failure.message)"))
                } else if outcome.passed {
                    diagnostics.append(.error(at: exercise.location,
                                              "\(name): the starter already passes every check, so the learner has nothing to do"))
                }
            }
            if let attempt = ExerciseAttempt(lesson: lesson, exercise: exercise.id, submission: .solution, budget: budget) {
                let outcome = runner.run(attempt)
                if let failure = outcome.preparationFailure {
                    diagnostics.append(.error(at: failure.step.origin ?? exercise.location,
                                              "\(name): preparing the solution's world failed: \(failure.message)"))
                    continue
                }
                for result in outcome.checks {
                    switch result.verdict {
                    case .passed: continue
                    case .failed(let message):
                        diagnostics.append(.error(at: result.check.location,
                                                  "\(name): the solution fails check '\(result.check.name)': \(message)"))
                    case .errored(let message):
                        diagnostics.append(.error(at: result.check.location,
                                                  "\(name): check '\(result.check.name)' errors on the solution: \(message)"))
                    }
                }
                if outcome.checks.count < exercise.checks.count {
                    diagnostics.append(.error(at: exercise.location,
                                              "\(name): the runner ran \(outcome.checks.count) of \(exercise.checks.count) checks on the solution"))
                }
            }
        }
        return diagnostics.sortedByLocation()
    }
}

extension LessonLinter {
    /// What `lambda-workbook lint PATH…` reports: the structural problems of the course, then the
    /// behavioural problems of every lesson that is structurally sound (a lesson with structural
    /// errors is not run). The course is refused when any diagnostic is an error.
    public func lint(_ course: Course, behaviourUsing runner: some ExerciseRunner,
                     budget: ExerciseBudget = .standard) -> [Diagnostic] {
        let structural = lint(course)
        let broken = Set(structural.filter { $0.severity == .error }.map(\.location.file))
        var diagnostics = structural
        for lesson in course.lessons where !broken.contains(lesson.location.file) {
            diagnostics += lintBehaviour(of: lesson, using: runner, budget: budget)
        }
        return diagnostics.sortedByLocation()
    }
}
