import Foundation
import Testing
import Workbook
@testable import Shell

/// `lab.invoke`, the invocation log, `lab.logs` and `lab.report`, through checks on a prepared world.
private let lessonText = """
    ---
    id: 91-lab-invoke
    title: Lab invoke
    summary: Checks that invoke.
    minutes: 5
    ---

    ## Setup {#setup}

    ```{run}
    aws iam create-role --role-name lambda-basic --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
    aws iam attach-role-policy --role-name lambda-basic --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
    ```

    ```python {file} lambda_function.py
    def lambda_handler(event, context):
        print("got", event)
        if event.get("fail"):
            raise ValueError("asked to fail")
        if event.get("text"):
            return "plain"
        return {"echo": event, "version": context.function_version}
    ```

    ```{run}
    zip function.zip lambda_function.py
    aws lambda create-function --function-name echo --runtime python3.12 --handler lambda_function.lambda_handler --role arn:aws:iam::123456789012:role/lambda-basic --zip-file fileb://function.zip --publish
    aws lambda create-alias --function-name echo --name live --function-version 1
    ```

    ### Exercise: Invoke {#invoke}

    Nothing to do.

    ```{hint}
    None.
    ```

    ```text {solution} x.txt
    x
    ```

    ```python {check} a successful invoke
    result = lab.invoke("echo", {"a": 1})
    assert result.status_code == 200 and result.function_error is None and result.error is None, repr(result)
    assert result.payload == {"echo": {"a": 1}, "version": "$LATEST"}, repr(result.payload)
    assert result.raw_payload.startswith("{"), result.raw_payload
    assert result.executed_version == "$LATEST"
    assert "REPORT RequestId: " + result.request_id in result.log_tail, result.log_tail
    record = lab.last_invocation("echo")
    assert record.request_id == result.request_id and record.cold and record.status == "Success", repr(record)
    assert record.function == "echo" and record.version == "$LATEST" and record.qualifier is None
    assert record.invocation_type == "RequestResponse" and record.memory_size_mb == 128 and record.attempt == 1
    assert record.init_duration_ms > 0 and record.duration_ms > 0 and record.billed_duration_ms >= record.duration_ms
    assert record.cost > 0.0000002, record.cost
    lines = lab.logs("echo", result.request_id)
    assert lines[0].startswith("START RequestId: " + result.request_id), lines
    assert "got {'a': 1}" in lines, lines
    assert lines[-1].startswith("REPORT RequestId: "), lines
    report = lab.report("echo")
    assert report["Billed Duration"] == record.billed_duration_ms and report["Memory Size"] == 128, report
    assert report["Init Duration"] == record.init_duration_ms, report
    ```

    ```python {check} errors, qualifiers, raw text and refusals
    failed = lab.invoke("echo", {"fail": True})
    assert failed.function_error == "Unhandled" and failed.payload["errorType"] == "ValueError", repr(failed)
    assert lab.last_invocation().status == "Unhandled" and lab.last_invocation().error_type == "ValueError"
    assert not lab.last_invocation().cold, "the environment survives an exception"
    assert lab.invoke("echo", {"text": True}).payload == "plain"
    aliased = lab.invoke("echo", {}, qualifier="live")
    assert aliased.executed_version == "1" and aliased.payload["version"] == "1", repr(aliased)
    assert lab.last_invocation("echo").qualifier == "live"
    assert lab.invoke("echo", qualifier=1).executed_version == "1"
    missing = lab.invoke("nope", {})
    assert missing.error == "ResourceNotFoundException" and missing.status_code == 404 and missing.payload is None, repr(missing)
    dry = lab.invoke("echo", invocation_type="DryRun")
    assert dry.status_code == 204 and dry.error is None, repr(dry)
    assert len(lab.invocations("echo")) == 5, "a DryRun is not an invocation: " + repr( [r.request_id for r in lab.invocations("echo")])
    assert lab.invocations("nope") == [] and len(lab.invocations()) == 5
    ```

    ```python {check} warm and expired environments
    before = lab.last_invocation("echo")
    lab.invoke("echo", {})
    warm = lab.last_invocation("echo")
    assert not warm.cold and warm.environment == lab.invocations("echo")[0].environment, repr(warm)
    lab.advance("2h")
    lab.invoke("echo", {})
    assert lab.last_invocation("echo").cold, "after two idle hours the environment has expired"
    assert lab.now() >= 7200000
    ```
    """

@Suite("lab: invoking and the invocation log")
struct LabInvokeTests {
    @Test("lab.invoke returns the response, the record, the logs and the REPORT line; errors, qualifiers and expiry")
    func invoke() throws {
        let parsed = LessonParser().parse(lessonText, file: "91-lab-invoke.md")
        let lesson = try #require(parsed.lesson, "\(parsed.diagnostics)")
        let attempt = try #require(ExerciseAttempt(lesson: lesson, exercise: ExerciseID("invoke")!, submission: .solution))
        let outcome = SessionExerciseRunner().run(attempt)
        #expect(outcome.preparationFailure == nil, "\(outcome.preparationFailure?.message ?? "")")
        for check in outcome.checks {
            #expect(check.verdict == .passed, "\(check.check.name): \(check.verdict)")
        }
        #expect(outcome.checks.count == 3)
    }
}
