import Foundation
import LineEditing
import Testing
import Workbook
@testable import Shell

/// A lesson whose exercises use the parts of `lab` that need no invoke: files, configuration, IAM, the clock.
private let lessonText = """
    ---
    id: 90-runner
    title: Runner
    summary: Exercises for the runner's tests.
    minutes: 5
    ---

    ## Setup {#setup}

    ```{run}
    aws iam create-role --role-name lambda-basic --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
    aws iam attach-role-policy --role-name lambda-basic --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
    ```

    ```python {file} lambda_function.py
    def lambda_handler(event, context):
        return {"statusCode": 200}
    ```

    ```{run}
    zip function.zip lambda_function.py
    aws lambda create-function --function-name hello --runtime python3.12 --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://function.zip
    ```

    ### Exercise: More memory {#memory}

    Give the function 512 MB.

    ```{hint}
    aws lambda update-function-configuration
    ```

    ```{solution-run}
    aws lambda update-function-configuration --function-name hello --memory-size 512
    ```

    ```python {check} memory
    config = lab.function("hello")
    assert config is not None, "there is no function called hello"
    assert config.memory_size == 512, "expected 512 MB, got " + str(config.memory_size)
    ```

    ### Exercise: A file {#file}

    Write notes.txt.

    ```{hint}
    Any text.
    ```

    ```text {solution} notes.txt
    cold starts
    ```

    ```python {check} notes
    assert lab.exists("notes.txt"), "write notes.txt"
    assert "cold" in lab.read("notes.txt"), "mention cold starts"
    assert lab.files() == ["function.zip", "lambda_function.py", "notes.txt"], repr(lab.files())
    ```

    ```python {check} the world
    assert lab.functions() == ["hello"]
    assert lab.function("nope") is None
    assert lab.versions("hello") == []
    assert lab.aliases("hello") == {}
    assert lab.function("hello").handler == "lambda_function.lambda_handler"
    assert "lambda_function.py" in lab.function("hello").code
    role = lab.role("lambda-basic")
    assert role["trust_policy"]["Statement"][0]["Principal"]["Service"] == "lambda.amazonaws.com"
    decision = lab.simulate("lambda-basic", "logs:CreateLogGroup", "*")
    assert decision.allowed and decision.decision == "allowed", decision.explanation
    denied = lab.simulate("lambda-basic", "s3:GetObject", "arn:aws:s3:::bucket/key")
    assert not denied.allowed and denied.decision == "implicitDeny" and denied.statement is None
    assert lab.now() == 0, lab.now()
    lab.advance("90s")
    assert lab.now() == 90000
    assert lab.now_iso().endswith("00:01:30.000Z"), lab.now_iso()
    ```

    ```python {check} sees the advance
    assert lab.now() == 90000, "the previous check's advance is kept"
    ```

    ### Exercise: Errors {#errors}

    Nothing to do.

    ```{hint}
    None.
    ```

    ```text {solution} x.txt
    x
    ```

    ```python {check} a plain assert
    x = 1
    assert x == 2
    ```

    ```python {check} an error
    {}["missing"]
    ```

    ```python {check} a loop
    while True:
        pass
    ```

    ```python {check} fail
    lab.fail("with a message")
    ```
    """

@Suite("SessionExerciseRunner")
struct SessionExerciseRunnerTests {
    let lesson: Lesson
    let runner = SessionExerciseRunner()

    init() throws {
        let parsed = LessonParser().parse(lessonText, file: "90-runner.md")
        lesson = try #require(parsed.lesson, "\(parsed.diagnostics)")
    }

    func outcome(_ exercise: String, _ submission: Submission, budget: ExerciseBudget = .standard) throws -> AttemptOutcome {
        let attempt = try #require(ExerciseAttempt(lesson: lesson, exercise: ExerciseID(exercise)!, submission: submission, budget: budget))
        return runner.run(attempt)
    }

    @Test("A solution's commands change the prepared world and its checks pass")
    func solutionRunPasses() throws {
        let outcome = try outcome("memory", .solution)
        #expect(outcome.preparationFailure == nil)
        #expect(outcome.passed, "\(outcome.checks.map(\.verdict))")
    }

    @Test("Without the solution the check fails with the assertion's message")
    func starterFails() throws {
        let outcome = try outcome("memory", .starter)
        #expect(outcome.checks.map(\.verdict) == [.failed(message: "expected 512 MB, got 128")])
    }

    @Test("lab reads files, configuration, roles, IAM decisions and the clock; checks share one world")
    func labReadsTheWorld() throws {
        let outcome = try outcome("file", .solution)
        #expect(outcome.checks.map(\.verdict) == [.passed, .passed, .passed])
        #expect(outcome.checks[1].duration == .seconds(90))
    }

    @Test("Submitted files replace the solution's")
    func submittedFiles() throws {
        let outcome = try outcome("file", .files(["notes.txt": Array("warm starts\n".utf8)]))
        #expect(outcome.checks.first?.verdict == .failed(message: "mention cold starts"))
    }

    @Test("A bare assert fails with its source line; other exceptions and endless loops are errors with the check's line")
    func errorsAndFailures() throws {
        let outcome = try outcome("errors", .solution, budget: ExerciseBudget(maximumStepsPerCheck: 10_000))
        let verdicts = outcome.checks.map(\.verdict)
        #expect(verdicts.count == 4)
        guard verdicts.count == 4 else { return }
        #expect(verdicts[0] == .failed(message: "assertion failed: assert x == 2 (90-runner.md:\(lineOf("assert x == 2")))"))
        #expect(verdicts[1] == .errored(message: "KeyError: 'missing' (90-runner.md:\(lineOf("{}[\"missing\"]")))"))
        #expect(verdicts[2] == .errored(message: "the check was stopped after its budget of 10000 steps (an endless loop?)"))
        #expect(verdicts[3] == .failed(message: "with a message"))
    }

    @Test("A command that fails in the preparation is reported with its error and location")
    func preparationFailure() throws {
        let broken = lessonText.replacingOccurrences(of: "--role-name lambda-basic --policy-arn", with: "--role-name nobody --policy-arn")
        let parsed = LessonParser().parse(broken, file: "90-runner.md")
        let lesson = try #require(parsed.lesson)
        let attempt = try #require(ExerciseAttempt(lesson: lesson, exercise: ExerciseID("memory")!, submission: .solution))
        let outcome = runner.run(attempt)
        let failure = try #require(outcome.preparationFailure)
        #expect(failure.message.contains("aws iam attach-role-policy --role-name nobody"))
        #expect(failure.message.contains("NoSuchEntity"), "\(failure.message)")
        #expect(failure.step.origin?.line == lineOf("--role-name nobody", in: broken))
    }

    @Test("runChecks looks at a learner's session and leaves its world untouched")
    func runChecksInSession() throws {
        let directory = FileManager.default.temporaryDirectory.path + "/runner-session-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let session = Session(configuration: .init(workspace: Workspace(root: directory)),
                              console: CapturedOutput().console, reader: ScriptedLineReader(events: [], interactive: false))
        let exercise = try #require(lesson.exercises.first { $0.id.rawValue == "file" })
        #expect(runner.runChecks(exercise.checks, in: session).first?.verdict == .failed(message: "write notes.txt"))
        try Workspace(root: directory).write(Array("cold\n".utf8), to: "notes.txt")
        let clock = session.world.clock
        let outcomes = runner.runChecks(exercise.checks, in: session)
        #expect(outcomes[0].verdict == .failed(message: "['notes.txt']"))
        #expect(session.world.clock == clock)
    }

    private func lineOf(_ text: String, in source: String = lessonText) -> Int {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
    }
}
