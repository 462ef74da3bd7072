import Workbook

extension Session {
    /// At REPL start: offers to go back to the lesson the learner left unfinished (never in a script).
    func offerToResume() {
        guard reader.isInteractive, !course.lessons.isEmpty,
              let point = progress.resumePoint(in: course.lessons), !point.lesson.steps.isEmpty else { return }
        let step = point.lesson.steps[point.stepIndex]
        let question = "Resume \(point.lesson.id) at step \(step.number) (\(step.title))?"
        guard confirm(question, defaultAnswer: true) == true else {
            console.line(StyledText("Type ") + .styled("lessons", .code) + " to see the lessons.")
            return
        }
        console.line()
        showLessonTitle(point.lesson)
        enterStep(point.stepIndex, of: point.lesson)
    }
}
