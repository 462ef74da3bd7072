/// Where a learner stands in a lesson, for the `lessons` table.
public enum LessonStatus: Sendable, Equatable {
    case notStarted
    /// Started; `completed` of `total` exercises done.
    case inProgress(completed: Int, total: Int)
    /// Every exercise completed (or the lesson marked finished).
    case completed
}

extension LearnerProgress {
    /// The learner's status in `lesson`. Completed exercises that the lesson no longer has are ignored.
    public func status(of lesson: Lesson) -> LessonStatus {
        guard let entry = lessons[lesson.id] else { return .notStarted }
        let ids = Set(lesson.exercises.map(\.id))
        let completed = entry.completedExercises.keys.filter { ids.contains($0) }.count
        if entry.finishedAt != nil || (!ids.isEmpty && completed == ids.count) { return .completed }
        return .inProgress(completed: completed, total: ids.count)
    }

    /// The 0-based index of the learner's current step in `lesson`: by step id when the step still
    /// exists, else by the stored step number (clamped to the lesson), else 0.
    public func currentStepIndex(in lesson: Lesson) -> Int {
        guard !lesson.steps.isEmpty, let entry = lessons[lesson.id] else { return 0 }
        if let id = entry.currentStep, let index = lesson.steps.firstIndex(where: { $0.id == id }) { return index }
        return min(max(entry.currentStepNumber, 1), lesson.steps.count) - 1
    }

    /// How many hints of `exercise` in `lesson` the learner has revealed.
    public func hintsRevealed(of exercise: ExerciseID, in lesson: LessonID) -> Int {
        lessons[lesson]?.hintsRevealed[exercise] ?? 0
    }

    /// Whether the learner has completed `exercise` of `lesson`.
    public func hasCompleted(_ exercise: ExerciseID, in lesson: LessonID) -> Bool {
        lessons[lesson]?.completedExercises[exercise] != nil
    }

    /// The lesson and step to offer when the REPL starts: the last lesson worked on, unless it is
    /// completed or no longer in `course`.
    public func resumePoint(in course: [Lesson]) -> (lesson: Lesson, stepIndex: Int)? {
        guard let id = lastLesson, let lesson = course.first(where: { $0.id == id }) else { return nil }
        if status(of: lesson) == .completed { return nil }
        return (lesson, currentStepIndex(in: lesson))
    }
}
