import Foundation
import Synchronization
import LambdaSim
import LineEditing
import Testing
import Workbook
import WorkbookTestSupport
@testable import Shell

/// `whoami`, `as` and `explain` against a world with a role that may only read one S3 prefix.
@Suite("Identity commands")
struct IdentityCommandTests {
    /// Runs `inputs` in a session whose world has the role `reader`; returns everything printed.
    func run(_ inputs: [String], files: [String: String] = [:]) throws -> String {
        let output = Mutex("")
        let console = Console(colorEnabled: false) { _, text in output.withLock { $0 += text } }
        let reader = ScriptedLineReader(events: inputs.map { .line($0) }, interactive: false)
        let root = try TemporaryDirectory.make(prefix: "identity")
        for (path, text) in files { try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8) }
        let session = Session(configuration: .init(workspace: Workspace(root: root),
                                                   keepGoing: true),
                              console: console, reader: reader)
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        _ = try session.world.createRole(CreateRoleRequest(roleName: "reader", assumeRolePolicyDocument: trust))
        try session.world.putRolePolicy(roleName: "reader", policyName: "ReadUploads", policyDocument:
            #"{"Version":"2012-10-17","Statement":[{"Sid":"ReadUploads","Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::bucket/uploads/*"}]}"#)
        _ = session.run()
        return output.withLock { $0 }
    }

    @Test("as switches to a role, whoami shows it with its policies, and as learner switches back")
    func switching() throws {
        let text = try run(["as reader", "whoami", "as learner", "whoami"])
        #expect(text.contains("Now acting as arn:aws:sts::123456789012:assumed-role/reader/learner."))
        #expect(text.contains("You are the role 'reader' (session 'learner'): arn:aws:sts::123456789012:assumed-role/reader/learner"))
        #expect(text.contains("  Policies: inline:ReadUploads"))
        #expect(text.contains("You are the IAM user 'learner': arn:aws:iam::123456789012:user/learner"))
    }

    @Test("explain access tells why a role may read one prefix and not another")
    func explainAccess() throws {
        let allowed = try run(["explain access --principal reader --action s3:GetObject --resource arn:aws:s3:::bucket/uploads/a.json"])
        #expect(allowed.contains("Decision: ALLOWED."))
        let denied = try run(["explain access --principal reader --action s3:GetObject --resource arn:aws:s3:::bucket/private/a.json"])
        #expect(denied.contains("Decision: DENIED"))
        #expect(denied.contains("ReadUploads"))
    }

    @Test("explain last repeats the story of the most recent decision")
    func explainLast() throws {
        let text = try run(["explain access --principal reader --action s3:PutObject --resource arn:aws:s3:::bucket/uploads/a", "explain last"])
        let decisions = text.components(separatedBy: "Decision: ").count - 1
        #expect(decisions == 2)
    }

    @Test("explain last after an invoke whose handler was denied a boto3 call tells that denial first, then the invocation")
    func explainDeniedCallInInvocation() throws {
        let handler = "import boto3\nfrom botocore.exceptions import ClientError\n"
            + "def lambda_handler(event, context):\n"
            + "    try:\n        boto3.client('s3').get_object(Bucket='bucket', Key='private/a.json')\n"
            + "    except ClientError as e:\n        return e.response['Error']['Code']\n"
        let text = try run(["aws s3api create-bucket --bucket bucket", "zip function.zip lambda_function.py",
                            "aws lambda create-function --function-name reader-fn --runtime python3.12 --handler lambda_function.lambda_handler "
                                + "--role arn:aws:iam::123456789012:role/reader --zip-file fileb://function.zip --query State",
                            "invoke reader-fn", "explain last"], files: ["lambda_function.py": handler])
        let start = try #require(text.range(of: "Denied boto3 call in invocation"))
        let explanation = text[start.lowerBound...]
        #expect(explanation.contains("The handler called s3 GetObject as the execution role's session "
            + "arn:aws:sts::123456789012:assumed-role/reader/reader-fn, and got AccessDenied: User: "
            + "arn:aws:sts::123456789012:assumed-role/reader/reader-fn is not authorized to perform: s3:GetObject on resource: "
            + "\"arn:aws:s3:::bucket/private/a.json\" because no identity-based policy allows the s3:GetObject action"))
        #expect(explanation.contains("IAM asked: may it perform s3:GetObject on arn:aws:s3:::bucket/private/a.json? No: an implicit deny"))
        #expect(explanation.contains("ReadUploads"))
        let denial = try #require(explanation.range(of: "Denied boto3 call"))
        let invocation = try #require(explanation.range(of: "Why it was a cold start:"))
        #expect(denial.lowerBound < invocation.lowerBound)
    }

    @Test("explain last after a get-object of a missing key without s3:ListBucket says why S3 asked about listing")
    func explainMissingKey() throws {
        let text = try run(["aws s3api create-bucket --bucket bucket", "as reader",
                            "aws s3api get-object --bucket bucket --key uploads/missing.json out.json", "explain last"])
        #expect(text.contains("An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"))
        let explanation = try #require(text.range(of: "Why S3 asked:")).lowerBound
        #expect(text[explanation...].contains("The bucket bucket has no object uploads/missing.json."))
        #expect(text[explanation...].contains("Action:    s3:ListBucket"))
        #expect(text[explanation...].contains("Decision: DENIED (implicit deny)."))
    }

    @Test("as with an unknown name suggests a close one")
    func unknownIdentity() throws {
        let text = try run(["as readr"])
        #expect(text.contains("error: There is no role or user named 'readr' in the simulated account."))
        #expect(text.contains("hint: Did you mean 'as reader'?"))
    }
}
