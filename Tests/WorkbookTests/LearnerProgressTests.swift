import Foundation
import Testing
@testable import Workbook

@Suite("Learner progress in a course")
struct LearnerProgressTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("A lesson is not started, in progress with counts, then completed")
    func status() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        var progress = LearnerProgress()
        #expect(progress.status(of: lesson) == .notStarted)
        progress.move(to: StepID("meet")!, number: 1, in: lesson.id, at: t0)
        #expect(progress.status(of: lesson) == .inProgress(completed: 0, total: 2))
        progress.complete(ExerciseID("greet")!, in: lesson.id, at: t0)
        progress.complete(ExerciseID("removed-from-lesson")!, in: lesson.id, at: t0)
        #expect(progress.status(of: lesson) == .inProgress(completed: 1, total: 2))
        progress.complete(ExerciseID("memory")!, in: lesson.id, at: t0)
        #expect(progress.status(of: lesson) == .completed)
        #expect(progress.hasCompleted(ExerciseID("greet")!, in: lesson.id))
    }

    @Test("The current step is found by id, else by number clamped to the lesson", arguments: [
        ("return-a-greeting", 1, 1), ("renamed-step", 2, 1), ("renamed-step", 9, 1), ("renamed-step", 0, 0),
    ])
    func currentStep(stepID: String, number: Int, expected: Int) throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        var progress = LearnerProgress()
        progress.move(to: StepID(stepID)!, number: number, in: lesson.id, at: t0)
        #expect(progress.currentStepIndex(in: lesson) == expected)
    }

    @Test("The REPL resumes the last lesson at its step, unless it is completed or gone")
    func resume() throws {
        let course = [try LessonFixtures.lesson("course/01-hello.md"), try LessonFixtures.lesson("course/02-environment.md")]
        var progress = LearnerProgress()
        #expect(progress.resumePoint(in: course) == nil)
        progress.move(to: StepID("return-a-greeting")!, number: 2, in: course[0].id, at: t0)
        progress.revealHint(of: ExerciseID("greet")!, in: course[0].id, at: t0)
        #expect(progress.resumePoint(in: course)?.lesson.id == course[0].id)
        #expect(progress.resumePoint(in: course)?.stepIndex == 1)
        #expect(progress.hintsRevealed(of: ExerciseID("greet")!, in: course[0].id) == 1)
        #expect(progress.resumePoint(in: [course[1]]) == nil)
        progress.finish(course[0].id, at: t0)
        #expect(progress.resumePoint(in: course) == nil)
    }

    @Test("Checking in the REPL replays nothing: only the exercise's setup runs before its checks")
    func currentWorldAttempt() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        let attempt = try #require(ExerciseAttempt(lesson: lesson, exercise: ExerciseID("greet")!, submission: .currentWorld))
        #expect(attempt.preparation.map(\.origin?.line) == [74])
        #expect(!attempt.submission.usesFreshWorld)
        #expect(Submission.starter.usesFreshWorld)
    }
}
