import AWSCommandLine
import Workbook

/// Where a learner is in a lesson, and what `next`, `back`, `step N` and a passed `check` lead to.
///
/// A value that decides; the lesson commands act on its answers (show a step, save progress).
struct LessonCursor: Equatable {
    let lesson: Lesson
    /// 0-based index into `lesson.steps`.
    var stepIndex: Int

    init(lesson: Lesson, stepIndex: Int = 0) {
        precondition(!lesson.steps.isEmpty, "a lesson without steps cannot be started")
        self.lesson = lesson
        self.stepIndex = min(max(stepIndex, 0), lesson.steps.count - 1)
    }

    var step: Step { lesson.steps[stepIndex] }
    var isAtLastStep: Bool { stepIndex == lesson.steps.count - 1 }

    /// The index `next` moves to, or `nil` at the last step.
    var nextIndex: Int? { isAtLastStep ? nil : stepIndex + 1 }

    /// The index `back` moves to, or `nil` at the first step.
    var previousIndex: Int? { stepIndex == 0 ? nil : stepIndex - 1 }

    /// The step `step N` (a number from 1) or `step ID` names.
    func stepIndex(named text: String) throws(ShellError) -> Int {
        if let number = Int(text) {
            guard (1...lesson.steps.count).contains(number) else {
                throw ShellError("This lesson has steps 1 to \(lesson.steps.count); there is no step \(number).",
                                 hint: "Type 'where' to see where you are.")
            }
            return number - 1
        }
        if let index = lesson.steps.firstIndex(where: { $0.id.rawValue == text }) { return index }
        let suggestion = SpellingSuggestion.closest(to: text, among: lesson.steps.map(\.id.rawValue))
        throw ShellError("This lesson has no step '\(Printable.truncated(text))'.",
                         hint: suggestion.map { "Did you mean 'step \($0)'?" } ?? "Type 'step' with a number from 1 to \(lesson.steps.count).")
    }

    /// The exercise `check`, `hint` and `solution` work on: the step's first exercise not yet completed,
    /// else its last one; `nil` when the step has none.
    func currentExercise(_ progress: LearnerProgress) -> Exercise? {
        let exercises = step.exercises
        return exercises.first { !progress.hasCompleted($0.id, in: lesson.id) } ?? exercises.last
    }

    /// What follows once `exercise` passes.
    enum AfterCompletion: Equatable {
        /// Another exercise of the same step is still to do.
        case exercise(Exercise)
        /// Go on to the step at this index.
        case step(Int)
        /// The last step is done and so is every exercise of the lesson.
        case lessonFinished
        /// The last step is done, but these exercises of earlier steps are not.
        case lessonEndWithOpenExercises([Exercise])
    }

    /// What follows once `exercise` passes, with `progress` already recording it.
    func afterCompleting(_ exercise: Exercise, progress: LearnerProgress) -> AfterCompletion {
        let open = { (candidates: [Exercise]) in candidates.filter { !progress.hasCompleted($0.id, in: lesson.id) } }
        let exercises = step.exercises
        if let position = exercises.firstIndex(where: { $0.id == exercise.id }),
           let following = open(Array(exercises[(position + 1)...])).first ?? open(exercises).first {
            return .exercise(following)
        }
        if let nextIndex { return .step(nextIndex) }
        let remaining = open(lesson.exercises)
        return remaining.isEmpty ? .lessonFinished : .lessonEndWithOpenExercises(remaining)
    }
}

/// Finds a lesson by id, by a unique prefix of its id (`start 01`), with a suggestion otherwise.
enum LessonLookup {
    static func lesson(_ text: String, in lessons: [Lesson]) throws(ShellError) -> Lesson {
        if let exact = lessons.first(where: { $0.id.rawValue == text }) { return exact }
        let prefixed = lessons.filter { $0.id.rawValue.hasPrefix(text) }
        if prefixed.count == 1 { return prefixed[0] }
        if prefixed.count > 1 {
            throw ShellError("'\(Printable.truncated(text))' could be any of: " + prefixed.map(\.id.rawValue).joined(separator: ", ") + ".",
                             hint: "Type more of the id.")
        }
        let suggestion = SpellingSuggestion.closest(to: text, among: lessons.map(\.id.rawValue))
        throw ShellError("There is no lesson '\(Printable.truncated(text))'.",
                         hint: suggestion.map { "Did you mean '\($0)'?" } ?? "Type 'lessons' to see them.")
    }
}
