import Foundation
import Testing
@testable import Shell
import Workbook

/// The decisions behind `next`, `back`, `step N` and a passed `check`.
@Suite("Lesson navigation")
struct LessonCursorTests {
    static let lesson: Lesson = {
        let text = """
        ---
        id: 01-nav
        title: Navigation
        summary: Three steps, three exercises.
        minutes: 5
        ---

        ## First {#first}

        Prose.

        ## Two exercises {#two}

        ### Exercise: A {#a}

        Do A.

        ```{hint}
        a
        ```

        ```{solution-run}
        help
        ```

        ```python {check}
        assert True, "a"
        ```

        ### Exercise: B {#b}

        Do B.

        ```{hint}
        b
        ```

        ```{solution-run}
        help
        ```

        ```python {check}
        assert True, "b"
        ```

        ## Last {#last}

        ### Exercise: C {#c}

        Do C.

        ```{hint}
        c
        ```

        ```{solution-run}
        help
        ```

        ```python {check}
        assert True, "c"
        ```
        """
        return LessonParser().parse(text, file: "01-nav.md", readSibling: { _ in nil }).lesson!
    }()

    static let date = Date(timeIntervalSince1970: 0)

    func progress(completing ids: [String]) -> LearnerProgress {
        var progress = LearnerProgress()
        for id in ids { progress.complete(ExerciseID(id)!, in: Self.lesson.id, at: Self.date) }
        return progress
    }

    @Test("next and back stop at the lesson's ends")
    func ends() {
        #expect(LessonCursor(lesson: Self.lesson).previousIndex == nil)
        #expect(LessonCursor(lesson: Self.lesson).nextIndex == 1)
        #expect(LessonCursor(lesson: Self.lesson, stepIndex: 2).nextIndex == nil)
        #expect(LessonCursor(lesson: Self.lesson, stepIndex: 2).previousIndex == 1)
        #expect(LessonCursor(lesson: Self.lesson, stepIndex: 99).stepIndex == 2)
    }

    @Test("step N takes a number from 1 or a step id, and refuses others with a suggestion")
    func stepByNumberOrID() throws {
        let cursor = LessonCursor(lesson: Self.lesson)
        #expect(try cursor.stepIndex(named: "3") == 2)
        #expect(try cursor.stepIndex(named: "two") == 1)
        #expect(throws: ShellError.self) { try cursor.stepIndex(named: "0") }
        #expect(throws: ShellError.self) { try cursor.stepIndex(named: "4") }
        do {
            _ = try cursor.stepIndex(named: "lst")
            Issue.record("a misspelt step id must be refused")
        } catch {
            #expect(error.hint == "Did you mean 'step last'?")
        }
    }

    @Test("The current exercise is the step's first one not completed, else its last")
    func currentExercise() {
        let cursor = LessonCursor(lesson: Self.lesson, stepIndex: 1)
        #expect(cursor.currentExercise(LearnerProgress())?.id.rawValue == "a")
        #expect(cursor.currentExercise(progress(completing: ["a"]))?.id.rawValue == "b")
        #expect(cursor.currentExercise(progress(completing: ["b"]))?.id.rawValue == "a")
        #expect(cursor.currentExercise(progress(completing: ["a", "b"]))?.id.rawValue == "b")
        #expect(LessonCursor(lesson: Self.lesson).currentExercise(LearnerProgress()) == nil)
    }

    @Test("A passed exercise leads to the step's next open exercise, then the next step, then the lesson's end")
    func afterCompletion() {
        let cursor = LessonCursor(lesson: Self.lesson, stepIndex: 1)
        let a = Self.lesson.exercise(ExerciseID("a")!)!.exercise
        let b = Self.lesson.exercise(ExerciseID("b")!)!.exercise
        let c = Self.lesson.exercise(ExerciseID("c")!)!.exercise
        #expect(cursor.afterCompleting(a, progress: progress(completing: ["a"])) == .exercise(b))
        #expect(cursor.afterCompleting(b, progress: progress(completing: ["b"])) == .exercise(a))
        #expect(cursor.afterCompleting(b, progress: progress(completing: ["a", "b"])) == .step(2))
        let last = LessonCursor(lesson: Self.lesson, stepIndex: 2)
        #expect(last.afterCompleting(c, progress: progress(completing: ["a", "b", "c"])) == .lessonFinished)
        #expect(last.afterCompleting(c, progress: progress(completing: ["c"])) == .lessonEndWithOpenExercises([a, b]))
    }

    @Test("A lesson is found by its id, by a unique beginning of it, or refused with a suggestion")
    func lookup() throws {
        let lessons = [Self.lesson]
        #expect(try LessonLookup.lesson("01-nav", in: lessons).id == Self.lesson.id)
        #expect(try LessonLookup.lesson("01", in: lessons).id == Self.lesson.id)
        do {
            _ = try LessonLookup.lesson("01-nab", in: lessons)
            Issue.record("an unknown id must be refused")
        } catch {
            #expect(error.message == "There is no lesson '01-nab'.")
            #expect(error.hint == "Did you mean '01-nav'?")
        }
    }
}
