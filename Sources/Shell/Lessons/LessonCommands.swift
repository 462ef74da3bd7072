import LambdaSim
import Workbook

/// `lessons`, `start`, `next`, `back`, `step`, `where` and `progress`: moving through a lesson.
enum LessonCommands {
    static let all: [WorkbookCommand] = [lessons, start, next, back, step, whereAmI, progress]
        + ExerciseCommands.all + [DemoCommand.demo]

    static let lessons = WorkbookCommand(CommandSpec(
        "lessons", group: .lessons,
        summary: "List the lessons, their minutes and your status.",
        discussion: "Start one with 'start ID'."
    )) { _, session in
        let lessons = try session.requireLessons()
        let progress = session.progress
        let rows = lessons.map { lesson in
            [lesson.id.rawValue, lesson.title, "\(lesson.minutes) min", describe(progress.status(of: lesson))]
        }
        session.showTable(header: ["id", "title", "time", "status"], rows: rows)
        for broken in session.course.parsed where !broken.isUsable {
            let first = broken.diagnostics.sortedByLocation().first { $0.severity == .error }
            let name = broken.file.split(separator: "/").last.map(String.init) ?? broken.file
            let problem = first.map { "line \($0.location.line): \($0.message)" } ?? "it cannot be read"
            session.console.errorLine(.styled("warning:", .warning) + " \(name) is left out (\(problem)); "
                                      + "lambda-workbook lint lists every problem.")
        }
        session.console.line()
        session.console.line(StyledText("Type ") + .styled("start ID", .code) + " to begin, for example "
                             + .styled("start \(lessons[0].id)", .code) + ".")
        return .success
    }

    static let start = WorkbookCommand(CommandSpec(
        "start", group: .lessons,
        summary: "Start a lesson, or go back to where you left it.",
        discussion: "A unique beginning of the id is enough ('start 01'). A lesson you finished starts again from its first step.",
        arguments: [ArgumentSpec("ID", help: "the lesson's id, as 'lessons' shows it", completion: .lessonID)],
        examples: ["start 01-handler-structure", "start 01"]
    )) { arguments, session in
        let lesson = try LessonLookup.lesson(arguments.value("ID")!, in: session.requireLessons())
        guard !lesson.steps.isEmpty else { throw ShellError("The lesson \(lesson.id) has no steps yet.") }
        let progress = session.progress
        let missing = lesson.prerequisites.map(\.id).filter { id in
            session.course.lesson(id).map { progress.status(of: $0) != .completed } ?? false
        }
        let index = progress.status(of: lesson) == .completed ? 0 : progress.currentStepIndex(in: lesson)
        session.showLessonTitle(lesson)
        if session.learner.cursor?.lesson.id != lesson.id {
            // Every lesson is written for a fresh account, as lint and grade run it.
            if session.undoHistory.count > 0 {
                session.note("The lesson starts from a fresh simulated world; `undo` brings back the one you had.")
                session.console.line()
            }
            session.replaceWorld(with: World(configuration: session.configuration.world))
        }
        if !missing.isEmpty {
            session.console.line(.styled("This lesson builds on " + missing.map(\.rawValue).joined(separator: ", ")
                                         + ", which you have not finished. You can go on anyway.", .warning))
            session.console.line()
        }
        if index > 0 {
            session.console.line(.styled("Welcome back: you were at step \(index + 1).", .dim))
            session.console.line()
        }
        session.enterStep(index, of: lesson)
        return .success
    }

    static let next = WorkbookCommand(CommandSpec(
        "next", group: .lessons,
        summary: "Go to the next step of the lesson."
    )) { _, session in
        let cursor = try session.requireCursor()
        guard let index = cursor.nextIndex else {
            let open = cursor.lesson.exercises.filter { !session.progress.hasCompleted($0.id, in: cursor.lesson.id) }
            if open.isEmpty {
                session.console.line(StyledText("This was the last step, and you have finished the lesson. Type ")
                                     + .styled("lessons", .code) + " to choose the next one.")
            } else {
                session.console.line("This is the last step. Still to do: " + open.map { "\($0.title) (step \(stepNumber(of: $0, in: cursor.lesson)))" }
                    .joined(separator: ", ") + ".")
            }
            return .success
        }
        if let open = cursor.currentExercise(session.progress), !session.progress.hasCompleted(open.id, in: cursor.lesson.id) {
            session.note("You leave the exercise \(open.title) unfinished; `step \(cursor.step.number)` brings you back to it.")
            session.console.line()
        }
        session.enterStep(index, of: cursor.lesson)
        return .success
    }

    static let back = WorkbookCommand(CommandSpec(
        "back", group: .lessons,
        summary: "Go back one step (its commands do not run again)."
    )) { _, session in
        let cursor = try session.requireCursor()
        guard let index = cursor.previousIndex else {
            throw ShellError("This is the first step; there is nothing before it.", hint: "Type 'next' to go on.")
        }
        session.enterStep(index, of: cursor.lesson)
        return .success
    }

    static let step = WorkbookCommand(CommandSpec(
        "step", group: .lessons,
        summary: "Go to step N (a number, or the step's id).",
        discussion: "Going forward runs the commands of the steps you skip, so the simulated world is as the step expects.",
        arguments: [ArgumentSpec("N", help: "a step number from 1, as 'where' shows")],
        examples: ["step 3", "step cold-starts"]
    )) { arguments, session in
        let cursor = try session.requireCursor()
        session.enterStep(try cursor.stepIndex(named: arguments.value("N")!), of: cursor.lesson)
        return .success
    }

    static let whereAmI = WorkbookCommand(CommandSpec(
        "where", group: .lessons,
        summary: "Show the lesson, step and exercise you are at."
    )) { _, session in
        let cursor = try session.requireCursor()
        let lesson = cursor.lesson
        session.console.line(.styled("Lesson ", .heading) + .styled(lesson.id.rawValue, .code) + ": \(lesson.title)")
        session.console.line(StyledText("Step \(cursor.step.number) of \(lesson.steps.count): \(cursor.step.title)"))
        if let exercise = cursor.currentExercise(session.progress) {
            let done = session.progress.hasCompleted(exercise.id, in: lesson.id)
            let hints = min(session.progress.hintsRevealed(of: exercise.id, in: lesson.id), exercise.hints.count)
            session.console.line("Exercise: \(exercise.title) (" + (done ? "done" : "not done yet")
                                 + ", \(hints) of \(exercise.hints.count) hints seen)")
        }
        let titles = lesson.steps.map { step in
            (step.number == cursor.step.number ? "▸ " : "  ") + "\(step.number). \(step.title)"
        }
        session.console.line()
        for title in titles { session.console.line(StyledText(title)) }
        return .success
    }

    static let progress = WorkbookCommand(CommandSpec(
        "progress", group: .lessons,
        summary: "Show what you have done in each lesson.",
        discussion: "Progress is saved as you go, in $XDG_DATA_HOME/lambda-workbook/progress.json."
    )) { _, session in
        let lessons = try session.requireLessons()
        let progress = session.progress
        let rows = lessons.map { lesson -> [String] in
            let status = progress.status(of: lesson)
            let done = lesson.exercises.filter { progress.hasCompleted($0.id, in: lesson.id) }.count
            let place = status == .notStarted ? "" : "step \(progress.currentStepIndex(in: lesson) + 1) of \(lesson.steps.count)"
            return [lesson.id.rawValue, describe(status), "\(done) of \(lesson.exercises.count) exercises", place]
        }
        session.showTable(header: ["lesson", "status", "exercises", "at"], rows: rows)
        let finished = lessons.filter { progress.status(of: $0) == .completed }.count
        session.console.line()
        session.console.line(StyledText("\(finished) of \(lessons.count) lessons finished."))
        if let cursor = session.learner.cursor {
            session.console.line()
            session.console.line(.styled(cursor.lesson.title, .heading))
            for exercise in cursor.lesson.exercises {
                let done = progress.hasCompleted(exercise.id, in: cursor.lesson.id)
                session.console.line(StyledText("  ") + .styled(done ? "✓" : "·", done ? .success : .dim)
                                     + " \(exercise.title) (step \(stepNumber(of: exercise, in: cursor.lesson)))")
            }
        }
        return .success
    }

    static func describe(_ status: LessonStatus) -> String {
        switch status {
        case .notStarted: "not started"
        case .inProgress(let completed, let total): total == 0 ? "in progress" : "in progress (\(completed) of \(total))"
        case .completed: "done"
        }
    }

    static func stepNumber(of exercise: Exercise, in lesson: Lesson) -> Int {
        (lesson.exercise(exercise.id)?.stepIndex ?? 0) + 1
    }
}

extension Session {
    /// The course's lessons, or the error that says none were found and where they were looked for.
    func requireLessons() throws(ShellError) -> [Lesson] {
        let lessons = course.lessons
        guard lessons.isEmpty else { return lessons }
        let place = configuration.lessons.courseLocation.map { " in \($0)" } ?? ""
        throw ShellError("No lessons were found\(place).",
                         hint: "Start lambda-workbook with --lessons DIR to name the folder that holds them.")
    }

    /// A table with a header row, columns padded to their widest cell.
    func showTable(header: [String], rows: [[String]]) {
        let widths = header.indices.map { column in
            ([header] + rows).map { TextWrapper.displayWidth($0[column]) }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let isLast = column == cells.count - 1
                text += cell + (isLast ? "" : String(repeating: " ", count: widths[column] - TextWrapper.displayWidth(cell) + 2))
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return "  " + text
        }
        console.line(.styled(line(header), .dim))
        for row in rows { console.line(StyledText(line(row))) }
    }
}
