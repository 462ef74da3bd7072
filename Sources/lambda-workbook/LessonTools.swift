import ArgumentParser
import Foundation
import MiniPython
import Shell
import Workbook

/// `lambda-workbook lint [PATH…]`: checks lessons' structure, then runs every starter (which must
/// fail its checks) and every solution (which must pass them).
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check lessons: their format, and that starters fail and solutions pass their checks.",
        discussion: """
            Prints one 'file:line:column: error: message' line per problem (warnings too) on standard error \
            and exits with status 1 when there is any error. Each exercise runs in a fresh simulated world, \
            once with its starter files and once with its solution.
            """
    )

    @Argument(help: ArgumentHelp("Lesson files or folders of them (default: lessons/).", valueName: "path"))
    var paths: [String] = []

    @Flag(name: .long, help: "Check only the format: do not run starters and solutions.")
    var structureOnly = false

    func run() throws {
        let course = Course.load(paths: paths.isEmpty ? ["lessons/"] : paths)
        let linter = LessonLinter()
        let diagnostics = structureOnly ? linter.lint(course)
            : withInterpreterStack { linter.lint(course, behaviourUsing: SessionExerciseRunner()) }
        for diagnostic in diagnostics {
            Terminal.writeAll(diagnostic.description + "\n", to: STDERR_FILENO)
        }
        let lessons = course.lessons
        let exercises = lessons.reduce(0) { $0 + $1.exercises.count }
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        let counts = "\(lessons.count) \(lessons.count == 1 ? "lesson" : "lessons"), \(exercises) \(exercises == 1 ? "exercise" : "exercises")"
        if errors == 0 {
            let note = warnings == 0 ? "no problems" : "\(warnings) \(warnings == 1 ? "warning" : "warnings")"
            Terminal.writeAll("lint: \(counts): \(note)\n", to: STDOUT_FILENO)
        } else {
            Terminal.writeAll("lint: \(counts): \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")\n",
                              to: STDOUT_FILENO)
            throw ExitCode(1)
        }
    }
}

/// `lambda-workbook grade --submission DIR`: grades a learner's files, headless and deterministic.
struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Grade a folder of a learner's files against the lessons' checks, headless.",
        discussion: """
            Each exercise gets a fresh simulated world built from its lesson, with the submitted files in place \
            of the starter, and its checks run under a budget (an endless loop fails that exercise only). Each \
            exercise is graded against DIR/LESSON-ID/EXERCISE-ID/ when that folder exists, else DIR/LESSON-ID/, \
            else DIR itself. Exits with status 0 only if every exercise passes.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The folder of the learner's files.", valueName: "dir"))
    var submission: String

    @Option(name: .long, help: ArgumentHelp("Grade only this lesson (repeatable; default: every lesson).", valueName: "id"))
    var lesson: [String] = []

    @Option(name: .long, help: ArgumentHelp("The report's format: text, json or junit.", valueName: "format"))
    var format: ReportFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Where the lessons are (default: lessons/).", valueName: "path"))
    var lessons: [String] = []

    func run() throws {
        let course = Course.load(paths: lessons.isEmpty ? ["lessons/"] : lessons)
        for diagnostic in course.loadingDiagnostics + course.parsed.flatMap(\.diagnostics) where diagnostic.severity == .error {
            Terminal.writeAll(diagnostic.description + "\n", to: STDERR_FILENO)
        }
        var selected = course.lessons
        if !lesson.isEmpty {
            var chosen: [Lesson] = []
            for id in lesson {
                guard let found = course.lessons.first(where: { $0.id.rawValue == id }) else {
                    let known = course.lessons.map(\.id.rawValue).joined(separator: ", ")
                    throw ValidationError("No lesson '\(id)' in the course (lessons: \(known.isEmpty ? "none" : known)).")
                }
                chosen.append(found)
            }
            selected = chosen
        }
        guard !selected.isEmpty else { throw ValidationError("There are no lessons to grade.") }
        let graded = withInterpreterStack { () -> Result<GradingReport, SubmissionFolder.Error> in
            do throws(SubmissionFolder.Error) {
                return .success(try Grader(runner: SessionExerciseRunner()).grade(selected, submissionFolder: submission))
            } catch {
                return .failure(error)
            }
        }
        let report: GradingReport
        switch graded {
        case .success(let value): report = value
        case .failure(let error): throw ValidationError(error.description)
        }
        let text = report.rendered(as: format)
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
                throw ValidationError("Cannot write the report to '\(output)'.")
            }
        } else {
            Terminal.writeAll(text, to: STDOUT_FILENO)
        }
        if !report.allPassed { throw ExitCode(1) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
