import Foundation
import Testing
@testable import Workbook

/// A stand-in for the real runner (MiniPython + LambdaSim), for tests only: it "prepares" a world
/// of files and commands, then judges each check with a rule the test gives.
struct FakeRunner: ExerciseRunner {
    struct World {
        var files: [String: String] = [:]
        var commands: [String] = []
    }

    var rule: @Sendable (World, Check) -> CheckOutcome.Verdict
    var failingCommand: String?

    func run(_ attempt: ExerciseAttempt) -> AttemptOutcome {
        var world = World()
        for step in attempt.preparation {
            switch step {
            case .writeFile(let path, let contents, _): world.files[path] = String(decoding: contents, as: UTF8.self)
            case .runCommand(let command, _):
                if let failingCommand, command.contains(failingCommand) {
                    return AttemptOutcome(preparationFailure: PreparationFailure(step: step, message: "An error occurred"), checks: [])
                }
                world.commands.append(command)
            }
        }
        return AttemptOutcome(checks: attempt.checks.map { CheckOutcome(check: $0, verdict: rule(world, $0), duration: .milliseconds(5)) })
    }

    /// The fixture course's checks, judged by what a correct solution leaves behind.
    static let fixtureCourse = FakeRunner { world, check in
        let handler = world.files["lambda_function.py"] ?? ""
        switch check.name {
        case "greets Ana", "check 2":
            return handler.contains("\"hello, \" + event[\"name\"]") ? .passed : .failed(message: "expected a greeting for Ana, got {'statusCode': 200}")
        case "memory is 512 MB":
            return world.commands.contains { $0.contains("--memory-size 512") } ? .passed : .failed(message: "set the memory to 512 MB")
        case "the second invoke sees 2":
            return handler.contains("global count") ? .passed : .failed(message: "the second invoke should return 2")
        default:
            return .errored(message: "NameError: name 'x' is not defined")
        }
    }
}

@Suite("Exercise attempts and the behavioural lint")
struct ExerciseRunnerTests {
    @Test("An attempt replays earlier files and runs, then the submission, setup and solution commands")
    func planning() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        let attempt = try #require(ExerciseAttempt(lesson: lesson, exercise: ExerciseID("greet")!, submission: .solution))
        let summary = attempt.preparation.map { step -> String in
            switch step {
            case .writeFile(let path, _, let origin): "write \(path) @\(origin?.line ?? 0)"
            case .runCommand(let command, let origin): "run \(command.prefix(30)) @\(origin.line)"
            }
        }
        #expect(summary == [
            "write lambda_function.py @17",
            "run aws lambda create-function --f @23",
            "write lambda_function.py @66",
            "run aws lambda update-function-cod @74",
        ])
        #expect(attempt.checks.map(\.name) == ["greets Ana", "check 2"])
    }

    @Test("The reference solution's commands run after setup; a starter's do not")
    func solutionCommands() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        let memory = ExerciseID("memory")!
        let solution = try #require(ExerciseAttempt(lesson: lesson, exercise: memory, submission: .solution))
        let starter = try #require(ExerciseAttempt(lesson: lesson, exercise: memory, submission: .starter))
        #expect(solution.preparation.last == .runCommand("aws lambda update-function-configuration --function-name hello --memory-size 512",
                                                         origin: SourceLocation(file: solution.preparation.last!.origin!.file, line: 95)))
        #expect(starter.preparation.count == 2)
    }

    @Test("A learner's files are written in path order without an origin")
    func submittedFiles() throws {
        let lesson = try LessonFixtures.lesson("course/02-environment.md")
        let attempt = try #require(ExerciseAttempt(lesson: lesson, exercise: ExerciseID("counter")!,
                                                   submission: .files(["b.py": [1], "a.py": [2]])))
        #expect(attempt.preparation == [.writeFile(path: "a.py", contents: [2], origin: nil), .writeFile(path: "b.py", contents: [1], origin: nil)])
        #expect(ExerciseAttempt(lesson: lesson, exercise: ExerciseID("nope")!, submission: .starter) == nil)
    }

    @Test("The fixture course passes the behavioural lint: starters fail, solutions pass",
          arguments: ["course/01-hello.md", "course/02-environment.md"])
    func fixturesBehave(file: String) throws {
        let lesson = try LessonFixtures.lesson(file)
        #expect(LessonLinter().lintBehaviour(of: lesson, using: FakeRunner.fixtureCourse).isEmpty)
    }

    @Test("A starter that already passes is refused at the exercise heading")
    func starterPasses() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        let lenient = FakeRunner { _, _ in .passed }
        let lines = rendered(LessonLinter().lintBehaviour(of: lesson, using: lenient))
        #expect(lines == [
            "47:5: exercise 'greet': the starter already passes every check, so the learner has nothing to do",
            "86:5: exercise 'memory': the starter already passes every check, so the learner has nothing to do",
        ])
    }

    @Test("A failing or erroring solution is refused at the check, with the check's message")
    func solutionFails() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        let strict = FakeRunner { _, check in
            check.name == "check 2" ? .errored(message: "KeyError: 'x'") : .failed(message: "nope")
        }
        let lines = rendered(LessonLinter().lintBehaviour(of: lesson, using: strict))
        #expect(lines == [
            "77:1: exercise 'greet': the solution fails check 'greets Ana': nope",
            "82:1: exercise 'greet': check 'check 2' errors on the solution: KeyError: 'x'",
            "98:1: exercise 'memory': the solution fails check 'memory is 512 MB': nope",
        ])
    }

    @Test("A preparation command that fails is reported where the command is")
    func preparationFails() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        var runner = FakeRunner.fixtureCourse
        runner.failingCommand = "update-function-code"
        let lines = rendered(LessonLinter().lintBehaviour(of: lesson, using: runner))
        #expect(lines == [
            "74:1: exercise 'greet': preparing the solution's world failed: An error occurred",
            "74:1: exercise 'greet': preparing the starter's world failed: An error occurred",
        ])
    }

    @Test("The grader marks solutions green and starters red")
    func grader() throws {
        let lessons = [try LessonFixtures.lesson("course/01-hello.md"), try LessonFixtures.lesson("course/02-environment.md")]
        let grader = Grader(runner: FakeRunner.fixtureCourse)
        let solutions = GradingReport(results: lessons.flatMap { grader.grade($0, submission: .solution) })
        let starters = GradingReport(results: lessons.flatMap { grader.grade($0, submission: .starter) })
        #expect(solutions.allPassed)
        #expect(solutions.results.map(\.exercise.rawValue) == ["greet", "memory", "counter"])
        #expect(starters.results.map(\.status) == [.failed, .failed, .failed])
        #expect(starters.results[0].failureMessages == [
            "greets Ana: expected a greeting for Ana, got {'statusCode': 200}",
            "check 2: expected a greeting for Ana, got {'statusCode': 200}",
        ])
        #expect(starters.results[0].duration == .milliseconds(10))
    }

    @Test("The grader grades a submission folder per lesson, or the folder itself")
    func submissionFolder() throws {
        let lesson = try LessonFixtures.lesson("course/02-environment.md")
        let folder = try ScratchDirectory.make("submission")
        try "count = 0\ndef lambda_handler(e, c):\n    global count\n".write(toFile: folder + "/lambda_function.py", atomically: true, encoding: .utf8)
        try "hidden".write(toFile: folder + "/.secret", atomically: true, encoding: .utf8)
        let grader = Grader(runner: FakeRunner.fixtureCourse)
        let report = try grader.grade([lesson], submissionFolder: folder)
        #expect(report.allPassed)
        #expect(try SubmissionFolder.files(for: lesson.id, in: folder).keys.sorted() == ["lambda_function.py"])
        try FileManager.default.createDirectory(atPath: folder + "/02-environment/src", withIntermediateDirectories: true)
        try "x".write(toFile: folder + "/02-environment/src/util.py", atomically: true, encoding: .utf8)
        #expect(try SubmissionFolder.files(for: lesson.id, in: folder).keys.sorted() == ["src/util.py"])
        #expect(throws: SubmissionFolder.Error(path: folder + "/missing")) {
            try SubmissionFolder.files(for: lesson.id, in: folder + "/missing")
        }
    }

    @Test("An exercise's result is errored when its world cannot be prepared or a check errors", arguments: [
        (AttemptOutcome(preparationFailure: PreparationFailure(step: .runCommand("x", origin: SourceLocation(file: "f", line: 1)), message: "boom"), checks: []), ExerciseResult.Status.errored),
        (AttemptOutcome(checks: []), .failed),
        (AttemptOutcome(checks: [CheckOutcome(check: sampleCheck, verdict: .errored(message: "e"))]), .errored),
        (AttemptOutcome(checks: [CheckOutcome(check: sampleCheck, verdict: .failed(message: "f"))]), .failed),
        (AttemptOutcome(checks: [CheckOutcome(check: sampleCheck, verdict: .passed)]), .passed),
    ])
    func resultStatus(outcome: AttemptOutcome, expected: ExerciseResult.Status) throws {
        let exercise = Exercise(id: ExerciseID("e")!, title: "E", task: [], starters: [], hints: [], solution: Solution(files: [], commands: []),
                                setup: [], checks: [sampleCheck], location: SourceLocation(file: "f", line: 1))
        #expect(ExerciseResult(exercise: exercise, lesson: LessonID("l")!, outcome: outcome).status == expected)
    }
}

let sampleCheck = Check(number: 1, name: "c", source: "assert True", location: SourceLocation(file: "f", line: 1))

@Suite("Linting a course with a runner")
struct CourseLintTests {
    @Test("Structure and behaviour are linted together; a structurally broken lesson is not run")
    func combined() throws {
        let course = Course.load(paths: [LessonFixtures.path("course"), LessonFixtures.path("broken/a-first.md")])
        let lenient = FakeRunner { _, _ in .passed }
        let lines = LessonLinter().lint(course, behaviourUsing: lenient).map { diagnostic in
            "\(diagnostic.location.file.split(separator: "/").last!):\(diagnostic.location.line): \(diagnostic.message.prefix(40))"
        }
        #expect(lines.contains { $0.hasPrefix("01-hello.md:47: exercise 'greet': the starter already") })
        #expect(lines.contains { $0.hasPrefix("02-environment.md:13: exercise 'counter': the starter already") })
        #expect(lines.contains { $0.hasPrefix("a-first.md:11: exercise 'no-hint' has no hint") })
        #expect(!lines.contains { $0.hasPrefix("a-first.md") && $0.contains("starter") })
    }
}

@Suite("A step's starting world")
struct StepWorldTests {
    @Test("A step starts from the files and runs of the steps before it", arguments: [
        (0, [String]()), (1, ["write lambda_function.py", "run aws lambda create-function"]), (2, ["write lambda_function.py", "run aws lambda create-function"]),
        (99, ["write lambda_function.py", "run aws lambda create-function"]), (-1, []),
    ])
    func preparation(stepIndex: Int, expected: [String]) throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        let summary = lesson.worldPreparation(beforeStep: stepIndex).map { step -> String in
            switch step {
            case .writeFile(let path, _, _): "write \(path)"
            case .runCommand(let command, _): "run " + command.split(separator: " ").prefix(3).joined(separator: " ")
            }
        }
        #expect(summary == expected)
    }
}
