import Foundation
import LineEditing
import Testing
import Workbook
import WorkbookTestSupport
@testable import Shell

/// The course itself, in `lessons/`: every lesson lints, every starter fails and every solution
/// passes, and `grade` tells a folder of solutions from a folder of starters.
@Suite("The course in lessons/")
struct CourseTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let course = Course.load(paths: [repository + "/lessons"])
    /// `lesson/exercise` for every exercise of the course.
    static let exercises: [String] = course.lessons.flatMap { lesson in lesson.exercises.map { "\(lesson.id)/\($0.id)" } }

    let runner = SessionExerciseRunner()

    @Test("Every lesson parses and has no structural problem")
    func structure() {
        let diagnostics = LessonLinter().lint(Self.course)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(Self.course.parsed.count == Self.course.lessons.count)
    }

    @Test("Lessons 01 and 02 are there, each with at least three exercises, each with hints, a solution and checks")
    func lessonsPresent() throws {
        for id in ["01-handler-structure", "02-execution-environment"] {
            let lesson = try #require(Self.course.lesson(LessonID(id)!), "lesson \(id) is missing")
            #expect(lesson.exercises.count >= 3, "\(id) has \(lesson.exercises.count) exercises")
            for exercise in lesson.exercises {
                #expect(!exercise.hints.isEmpty && !exercise.checks.isEmpty && !exercise.solution.files.isEmpty,
                        "\(id)/\(exercise.id) needs hints, checks and solution files (so that grade can pass it)")
            }
        }
    }

    @Test("Lesson 03 has at least five exercises, and every one verifies the role with IAM simulation in its checks")
    func executionRolesLesson() throws {
        let lesson = try #require(Self.course.lesson(LessonID("03-execution-roles")!), "lesson 03-execution-roles is missing")
        #expect(lesson.exercises.count >= 5)
        for exercise in lesson.exercises {
            #expect(!exercise.solution.files.isEmpty, "\(exercise.id) needs solution files, so that grade can pass it")
            #expect(exercise.checks.contains { $0.source.contains("lab.simulate(") }, "\(exercise.id) does not simulate the role")
        }
    }

    @Test("Each lesson's demo plays to its end from a fresh world, every check passing", arguments: course.lessons.map(\.id.rawValue))
    func demo(_ id: String) throws {
        let workspace = try TemporaryDirectory.make(prefix: "course-demo")
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        let output = QuietOutput()
        let session = Session(configuration: .init(workspace: Workspace(root: workspace),
                                                   lessons: LessonsConfiguration(course: Self.course)),
                              console: Console(colorEnabled: false, width: 100) { _, text in output.append(text) },
                              reader: ScriptedLineReader(events: [], interactive: false))
        #expect(session.execute("demo \(id) --no-typing") == .success)
        let lesson = try #require(Self.course.lesson(LessonID(id)!))
        #expect(output.text.contains("End of the demo of \(lesson.title)."))
        let failed = output.text.split(separator: "\n").filter { $0.hasPrefix("✗ ") }
        #expect(failed.isEmpty, "checks failed in the demo: \(failed)")
        for check in lesson.exercises.flatMap(\.checks) {
            #expect(output.text.contains("✓ \(check.name)\n"), "the demo did not pass the check \(check.name)")
        }
    }

    @Test("Each exercise's starter fails its checks and its solution passes them", arguments: exercises)
    func exercise(_ name: String) throws {
        let parts = name.split(separator: "/").map(String.init)
        let lesson = try #require(Self.course.lesson(LessonID(parts[0])!))
        let exercise = try #require(ExerciseID(parts[1]))
        let starter = runner.run(try #require(ExerciseAttempt(lesson: lesson, exercise: exercise, submission: .starter)))
        #expect(starter.preparationFailure == nil, "\(starter.preparationFailure?.message ?? "")")
        #expect(!starter.passed, "the starter already passes")
        #expect(!starter.checks.contains { if case .errored = $0.verdict { true } else { false } },
                "a check errors on the starter: \(starter.checks.map(\.verdict))")
        let solution = runner.run(try #require(ExerciseAttempt(lesson: lesson, exercise: exercise, submission: .solution)))
        #expect(solution.preparationFailure == nil, "\(solution.preparationFailure?.message ?? "")")
        #expect(solution.passed, "the solution fails: \(solution.checks.map { "\($0.check.name): \($0.verdict)" })")
    }

    @Test("A handler that loops forever fails its exercise (a timeout), and the next exercise is graded as usual")
    func endlessLoop() throws {
        let lesson = try #require(Self.course.lesson(LessonID("01-handler-structure")!))
        let loop = "def lambda_handler(event, context):\n    while True:\n        pass\n"
        let results = Grader(runner: runner).grade(lesson, submission: .files(["lambda_function.py": Array(loop.utf8)]))
        let greet = try #require(results.first { $0.exercise.rawValue == "greet" })
        #expect(greet.status == .failed)
        #expect(greet.checks.first?.message?.contains("Task timed out after 3.00 seconds") == true, "\(greet.checks)")
        let solution = try #require(lesson.exercises.first { $0.id.rawValue == "handler-name" }?.solution.files.first)
        let next = Grader(runner: runner).grade(lesson, submission: .files(["lambda_function.py": Array(solution.contents.utf8)]),
                                                only: [ExerciseID("handler-name")!])
        #expect(next.map(\.status) == [.passed])
    }

    @Test("lint with the real runner finds no problem in the course")
    func lint() {
        let diagnostics = LessonLinter().lint(Self.course, behaviourUsing: runner)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test("The complete example in lessons/README.md lints clean")
    func readmeExample() throws {
        let text = try String(contentsOfFile: Self.repository + "/lessons/README.md", encoding: .utf8)
        let opening = try #require(text.range(of: "`````markdown\n---\nid: 00-example"))
        let start = text.index(opening.lowerBound, offsetBy: "`````markdown\n".count)
        let end = try #require(text.range(of: "`````", range: start..<text.endIndex))
        let parsed = LessonParser().parse(String(text[start..<end.lowerBound]), file: "00-example.md")
        let course = Course(parsed: [parsed])
        let diagnostics = LessonLinter().lint(course, behaviourUsing: runner)
        #expect(course.lessons.count == 1)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test("grade marks a folder of solutions green and a folder of starters red, in JUnit that validates against the schema")
    func grade() throws {
        let root = try TemporaryDirectory.make(prefix: "course-grade")
        defer { try? FileManager.default.removeItem(atPath: root) }
        for lesson in Self.course.lessons {
            for exercise in lesson.exercises {
                for (kind, files) in [("solutions", exercise.solution.files), ("starters", exercise.starters)] {
                    let folder = "\(root)/\(kind)/\(lesson.id)/\(exercise.id)"
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    for file in files {
                        try (file.contents.hasSuffix("\n") ? file.contents : file.contents + "\n")
                            .write(toFile: folder + "/" + file.path, atomically: true, encoding: .utf8)
                    }
                }
            }
        }
        let grader = Grader(runner: runner)
        let solutions = try grader.grade(Self.course.lessons, submissionFolder: root + "/solutions")
        let starters = try grader.grade(Self.course.lessons, submissionFolder: root + "/starters")
        #expect(solutions.results.count == Self.exercises.count)
        #expect(solutions.allPassed, "\(solutions.renderedAsText())")
        #expect(starters.passedCount == 0, "\(starters.renderedAsText())")
        #expect(starters.results.count == Self.exercises.count)
        let schema = root + "/junit.xsd"
        try JUnitSchema.text.write(toFile: schema, atomically: true, encoding: .utf8)
        for (name, report) in [("solutions", solutions), ("starters", starters)] {
            let xml = report.renderedAsJUnit()
            #expect(xml.contains("failures=\"\(report.failedCount)\""))
            let file = root + "/\(name).xml"
            try xml.write(toFile: file, atomically: true, encoding: .utf8)
            if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
                process.arguments = ["--noout", "--schema", schema, file]
                let errors = Pipe()
                process.standardError = errors
                try process.run()
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(message)")
            }
        }
        let solutionsXML = solutions.renderedAsJUnit()
        #expect(solutionsXML.contains("tests=\"\(Self.exercises.count)\" failures=\"0\" errors=\"0\""))
    }
}
