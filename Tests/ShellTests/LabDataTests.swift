import Foundation
import Testing
import Workbook
@testable import Shell

/// `lab.s3_object`, `lab.dynamodb_items` and `lab.simulate` with a service principal, through checks on a prepared world.
private let lessonText = """
    ---
    id: 92-lab-data
    title: Lab data
    summary: Checks that read what handlers stored.
    minutes: 5
    ---

    ## Setup {#setup}

    ```text {file} notes.txt
    hello
    ```

    ```{run}
    aws iam create-role --role-name runner --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
    aws iam create-role --role-name worker --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
    aws s3api create-bucket --bucket notes
    aws s3api put-object --bucket notes --key a.txt --body notes.txt
    aws dynamodb create-table --table-name scores --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST
    aws dynamodb put-item --table-name scores --item '{"id": {"S": "b"}, "score": {"N": "2.5"}, "tags": {"SS": ["y", "x"]}, "ok": {"BOOL": true}}'
    aws dynamodb put-item --table-name scores --item '{"id": {"S": "a"}, "score": {"N": "10"}, "extra": {"M": {"n": {"NULL": true}}}}'
    ```

    ### Exercise: Read {#read}

    Nothing to do.

    ```{hint}
    None.
    ```

    ```text {solution} x.txt
    x
    ```

    ```python {check} objects and items
    assert lab.s3_object("notes", "a.txt") == "hello\\n", repr(lab.s3_object("notes", "a.txt"))
    assert lab.s3_object("notes", "missing.txt") is None and lab.s3_object("nope", "a.txt") is None
    items = lab.dynamodb_items("scores")
    assert items == [{"extra": {"n": None}, "id": "a", "score": 10}, {"id": "b", "ok": True, "score": 2.5, "tags": ["x", "y"]}], repr(items)
    assert lab.dynamodb_items("nope") is None
    ```

    ```python {check} trust policies
    trusted = lab.simulate("lambda.amazonaws.com", "sts:AssumeRole", "runner")
    assert trusted.allowed and trusted.decision == "allowed", trusted.explanation
    assert lab.simulate("lambda.amazonaws.com", "sts:AssumeRole", "arn:aws:iam::123456789012:role/runner").allowed
    refused = lab.simulate("lambda.amazonaws.com", "sts:AssumeRole", "worker")
    assert not refused.allowed and refused.decision == "implicitDeny", refused.explanation
    assert lab.simulate("ec2.amazonaws.com", "sts:AssumeRole", "worker").allowed
    try:
        lab.simulate("lambda.amazonaws.com", "sts:AssumeRole", "nobody")
        lab.fail("a role that does not exist should be refused")
    except ValueError as error:
        assert "must be a role of the simulated account" in str(error), str(error)
    ```
    """

@Suite("lab: stored data and trust policies")
struct LabDataTests {
    @Test("lab.s3_object and lab.dynamodb_items read what is stored; lab.simulate asks a role's trust policy about a service")
    func data() throws {
        let parsed = LessonParser().parse(lessonText, file: "92-lab-data.md")
        let lesson = try #require(parsed.lesson, "\(parsed.diagnostics)")
        let attempt = try #require(ExerciseAttempt(lesson: lesson, exercise: ExerciseID("read")!, submission: .solution))
        let outcome = SessionExerciseRunner().run(attempt)
        #expect(outcome.preparationFailure == nil, "\(outcome.preparationFailure?.message ?? "")")
        for check in outcome.checks {
            #expect(check.verdict == .passed, "\(check.check.name): \(check.verdict)")
        }
        #expect(outcome.checks.count == 2)
    }
}
