import Foundation
import Testing
@testable import AWSCommandLine
import LambdaSim

/// A simulated account that typed commands run against one after another, as the Shell runs them.
struct SimulatedAccount {
    var world = World()
    var files: FileAccess = .none
    /// Live execution environments, kept from one command to the next as the Shell keeps its own.
    let environments = ExecutionEnvironments()

    @discardableResult
    mutating func run(_ line: String) -> AWSCommandResult {
        guard case .complete(let words) = CommandWords.scan(line) else { fatalError("test line is incomplete: \(line)") }
        var context = AWSCommandContext(world: world, files: files)
        context.environments = environments
        let result = AWSCommandLine.run(words: words, context: &context)
        world = context.world
        return result
    }

    /// Runs `line` and returns its standard output, or its error lines when it failed.
    mutating func output(_ line: String) -> String {
        let result = run(line)
        return result.succeeded ? result.output : result.errorLines.joined(separator: "\n")
    }

    /// Runs every line, expecting each to succeed.
    mutating func prepare(_ lines: [String]) {
        for line in lines {
            let result = run(line)
            if !result.succeeded { Issue.record("\(line) failed: \(result.errorLines.joined(separator: "\n"))") }
        }
    }
}

let lambdaTrust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
let basicExecution = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
let readLogs = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:GetLogEvents","Resource":"*"}]}"#

@Suite("aws iam roles")
struct IAMRoleHandlerTests {
    @Test("create-role prints the new role as the CLI does, with the trust policy as an object")
    func createRole() {
        var account = SimulatedAccount()
        let result = account.run("aws iam create-role --role-name hello-role --assume-role-policy-document '\(lambdaTrust)'")
        #expect(result.exitStatus == 0)
        #expect(result.output == """
            {
                "Role": {
                    "Path": "/",
                    "RoleName": "hello-role",
                    "RoleId": "\(account.world.iam.role(named: "hello-role")?.roleID ?? "?")",
                    "Arn": "arn:aws:iam::123456789012:role/hello-role",
                    "CreateDate": "2026-01-01T00:00:00+00:00",
                    "AssumeRolePolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Principal": {
                                    "Service": "lambda.amazonaws.com"
                                },
                                "Action": "sts:AssumeRole"
                            }
                        ]
                    }
                }
            }

            """)
        #expect(account.world.iam.role(named: "hello-role")?.roleID.hasPrefix("AROA") == true)
    }

    @Test("create-role reads the trust policy from a file:// path")
    func createRoleFromFile() {
        var account = SimulatedAccount(files: textFiles(["trust.json": lambdaTrust]))
        account.prepare(["aws iam create-role --role-name r --assume-role-policy-document file://trust.json"])
        #expect(account.output("aws iam get-role --role-name r --query Role.AssumeRolePolicyDocument.Statement[0].Principal.Service --output text")
                == "lambda.amazonaws.com\n")
    }

    @Test("get-role adds MaxSessionDuration and an empty RoleLastUsed")
    func getRole() {
        var account = SimulatedAccount()
        account.prepare(["aws iam create-role --role-name r --assume-role-policy-document '\(lambdaTrust)' --description 'for hello'"])
        #expect(account.output("aws iam get-role --role-name r --query 'Role.[Description, MaxSessionDuration, RoleLastUsed]' --output json")
                == "[\n    \"for hello\",\n    3600,\n    {}\n]\n")
    }

    @Test("list-roles lists the roles sorted by name")
    func listRoles() {
        var account = SimulatedAccount()
        account.prepare(["aws iam create-role --role-name zeta --assume-role-policy-document '\(lambdaTrust)'",
                         "aws iam create-role --role-name alpha --assume-role-policy-document '\(lambdaTrust)'"])
        #expect(account.output("aws iam list-roles --query 'Roles[].RoleName' --output text") == "alpha\tzeta\n")
    }

    @Test("Errors print as the CLI's error line", arguments: [
        ("aws iam get-role --role-name ghost",
         "An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name ghost cannot be found."),
        ("aws iam delete-role --role-name ghost",
         "An error occurred (NoSuchEntity) when calling the DeleteRole operation: The role with name ghost cannot be found."),
        ("aws iam create-role --role-name hello-role --assume-role-policy-document '\(lambdaTrust)'",
         "An error occurred (EntityAlreadyExists) when calling the CreateRole operation: Role with name hello-role already exists."),
        ("aws iam create-role --role-name bad --assume-role-policy-document '{\"Version\": \"2012-10-17\"}'",
         "An error occurred (MalformedPolicyDocument) when calling the CreateRole operation: Syntax errors in policy."),
        ("aws iam get-role --role-name 'a b'",
         #"An error occurred (ValidationError) when calling the GetRole operation: 1 validation error detected: Value 'a b' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+"#),
        ("aws iam delete-policy --policy-arn arn:aws:iam::123456789012:policy/ghost",
         "An error occurred (NoSuchEntity) when calling the DeletePolicy operation: Policy arn:aws:iam::123456789012:policy/ghost was not found."),
        ("aws iam get-role-policy --role-name hello-role --policy-name none",
         "An error occurred (NoSuchEntity) when calling the GetRolePolicy operation: The role policy with name none cannot be found."),
    ])
    func errors(line: String, message: String) {
        var account = SimulatedAccount()
        account.prepare(["aws iam create-role --role-name hello-role --assume-role-policy-document '\(lambdaTrust)'"])
        let result = account.run(line)
        #expect(result.exitStatus == 254)
        #expect(result.errorLines.first == message)
    }

    @Test("delete-role is refused while policies remain, and works once they are gone", arguments: [
        ("aws iam attach-role-policy --role-name r --policy-arn \(basicExecution)",
         "aws iam detach-role-policy --role-name r --policy-arn \(basicExecution)",
         "Cannot delete entity, must detach all policies first."),
        ("aws iam put-role-policy --role-name r --policy-name logs --policy-document '\(readLogs)'",
         "aws iam delete-role-policy --role-name r --policy-name logs",
         "Cannot delete entity, must delete policies first."),
    ])
    func deleteConflict(add: String, remove: String, message: String) {
        var account = SimulatedAccount()
        account.prepare(["aws iam create-role --role-name r --assume-role-policy-document '\(lambdaTrust)'", add])
        #expect(account.output("aws iam delete-role --role-name r")
                == "An error occurred (DeleteConflict) when calling the DeleteRole operation: \(message)")
        account.prepare([remove])
        let deleted = account.run("aws iam delete-role --role-name r")
        #expect(deleted.exitStatus == 0 && deleted.output.isEmpty)
        #expect(account.world.iam.role(named: "r") == nil)
    }

    @Test("update-assume-role-policy replaces the trust policy and prints nothing")
    func updateTrust() {
        var account = SimulatedAccount()
        let trust = lambdaTrust.replacingOccurrences(of: "lambda.amazonaws.com", with: "events.amazonaws.com")
        account.prepare(["aws iam create-role --role-name r --assume-role-policy-document '\(lambdaTrust)'"])
        #expect(account.output("aws iam update-assume-role-policy --role-name r --policy-document '\(trust)'") == "")
        #expect(account.output("aws iam get-role --role-name r --query Role.AssumeRolePolicyDocument.Statement[0].Principal.Service --output text")
                == "events.amazonaws.com\n")
    }
}

@Suite("aws iam role policies")
struct IAMRolePolicyHandlerTests {
    @Test("attach-, list-attached- and detach-role-policy keep the attachment order")
    func attached() {
        var account = SimulatedAccount()
        account.prepare([
            "aws iam create-role --role-name r --assume-role-policy-document '\(lambdaTrust)'",
            "aws iam attach-role-policy --role-name r --policy-arn \(basicExecution)",
            "aws iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
        ])
        #expect(account.output("aws iam list-attached-role-policies --role-name r") == """
            {
                "AttachedPolicies": [
                    {
                        "PolicyName": "AWSLambdaBasicExecutionRole",
                        "PolicyArn": "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
                    },
                    {
                        "PolicyName": "AmazonS3ReadOnlyAccess",
                        "PolicyArn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
                    }
                ]
            }

            """)
        account.prepare(["aws iam detach-role-policy --role-name r --policy-arn \(basicExecution)"])
        #expect(account.output("aws iam list-attached-role-policies --role-name r --query 'AttachedPolicies[].PolicyName' --output text")
                == "AmazonS3ReadOnlyAccess\n")
    }

    @Test("get-role-policy prints the inline document as a JSON object")
    func inline() {
        var account = SimulatedAccount()
        account.prepare([
            "aws iam create-role --role-name r --assume-role-policy-document '\(lambdaTrust)'",
            "aws iam put-role-policy --role-name r --policy-name read-logs --policy-document '\(readLogs)'",
        ])
        #expect(account.output("aws iam get-role-policy --role-name r --policy-name read-logs") == """
            {
                "RoleName": "r",
                "PolicyName": "read-logs",
                "PolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "logs:GetLogEvents",
                            "Resource": "*"
                        }
                    ]
                }
            }

            """)
    }

    @Test("list-role-policies names the inline policies alphabetically; delete-role-policy removes one")
    func listInline() {
        var account = SimulatedAccount()
        account.prepare([
            "aws iam create-role --role-name r --assume-role-policy-document '\(lambdaTrust)'",
            "aws iam put-role-policy --role-name r --policy-name zeta --policy-document '\(readLogs)'",
            "aws iam put-role-policy --role-name r --policy-name alpha --policy-document '\(readLogs)'",
        ])
        #expect(account.output("aws iam list-role-policies --role-name r") == "{\n    \"PolicyNames\": [\n        \"alpha\",\n        \"zeta\"\n    ]\n}\n")
        account.prepare(["aws iam delete-role-policy --role-name r --policy-name alpha"])
        #expect(account.output("aws iam list-role-policies --role-name r --output text") == "POLICYNAMES\tzeta\n")
    }
}

@Suite("aws iam managed policies")
struct IAMManagedPolicyHandlerTests {
    @Test("create-policy, get-policy and get-policy-version show a customer managed policy")
    func customerManaged() {
        var account = SimulatedAccount()
        account.prepare(["aws iam create-policy --policy-name read-logs --policy-document '\(readLogs)'"])
        let arn = "arn:aws:iam::123456789012:policy/read-logs"
        #expect(account.output("aws iam get-policy --policy-arn \(arn) --query 'Policy.[PolicyName, DefaultVersionId, AttachmentCount, CreateDate]' --output text")
                == "read-logs\tv1\t0\t2026-01-01T00:00:00+00:00\n")
        #expect(account.output("aws iam get-policy-version --policy-arn \(arn) --version-id v1 --query PolicyVersion.Document.Statement[0].Action --output text")
                == "logs:GetLogEvents\n")
        #expect(account.output("aws iam get-policy --policy-arn arn:aws:iam::123456789012:policy/ghost")
                == "An error occurred (NoSuchEntity) when calling the GetPolicy operation: Policy arn:aws:iam::123456789012:policy/ghost was not found.")
    }

    @Test("list-policies --scope chooses AWS managed or customer managed policies", arguments: [
        ("Local", true, false),
        ("AWS", false, true),
        ("All", true, true),
    ])
    func scope(scope: String, hasCustomer: Bool, hasAWS: Bool) {
        var account = SimulatedAccount()
        account.prepare(["aws iam create-policy --policy-name read-logs --policy-document '\(readLogs)'"])
        let names = account.output("aws iam list-policies --scope \(scope) --query 'Policies[].PolicyName' --output text")
            .split(whereSeparator: { $0 == "\t" || $0 == "\n" }).map(String.init)
        #expect(names.contains("read-logs") == hasCustomer)
        #expect(names.contains("AWSLambdaBasicExecutionRole") == hasAWS)
    }
}

@Suite("aws iam policy simulator")
struct IAMSimulationHandlerTests {
    static let conditional = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}},{"Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}]}"#

    @Test("simulate-custom-policy decides each action", arguments: [
        ("s3:GetObject", "allowed"),
        ("s3:PutObject", "implicitDeny"),
        ("s3:DeleteObject", "explicitDeny"),
    ])
    func custom(action: String, decision: String) {
        var account = SimulatedAccount()
        let line = "aws iam simulate-custom-policy --policy-input-list '\(Self.conditional)' --action-names \(action) "
            + "--context-entries ContextKeyName=aws:SourceIp,ContextKeyValues=10.1.2.3,ContextKeyType=ip "
            + "--query 'EvaluationResults[0].EvalDecision' --output text"
        #expect(account.output(line) == decision + "\n")
    }

    @Test("simulate-custom-policy reports the matched statement and a missing context key")
    func missingContext() {
        var account = SimulatedAccount()
        #expect(account.output("aws iam simulate-custom-policy --policy-input-list '\(Self.conditional)' --action-names s3:GetObject") == """
            {
                "EvaluationResults": [
                    {
                        "EvalActionName": "s3:GetObject",
                        "EvalResourceName": "*",
                        "EvalDecision": "implicitDeny",
                        "MatchedStatements": [],
                        "MissingContextValues": [
                            "aws:SourceIp"
                        ]
                    }
                ]
            }

            """)
        let matched = account.output("aws iam simulate-custom-policy --policy-input-list '\(Self.conditional)' --action-names s3:DeleteObject "
                                     + "--query 'EvaluationResults[0].MatchedStatements[0].[SourcePolicyId, SourcePolicyType]' --output text")
        #expect(matched == "PolicyInputList.1\tIAM Policy\n")
    }

    @Test("simulate-principal-policy uses the role's attached and inline policies", arguments: [
        ("logs:CreateLogGroup", "allowed"),
        ("logs:GetLogEvents", "allowed"),
        ("s3:GetObject", "implicitDeny"),
    ])
    func principal(action: String, decision: String) {
        var account = SimulatedAccount()
        account.prepare([
            "aws iam create-role --role-name r --assume-role-policy-document '\(lambdaTrust)'",
            "aws iam attach-role-policy --role-name r --policy-arn \(basicExecution)",
            "aws iam put-role-policy --role-name r --policy-name read-logs --policy-document '\(readLogs)'",
        ])
        #expect(account.output("aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/r "
                               + "--action-names \(action) --query 'EvaluationResults[0].EvalDecision' --output text") == decision + "\n")
        #expect(account.world.lastAuthorization?.evaluation.request.action == action)
    }

    @Test("After simulate-custom-policy, explain tells the simulated decision, including pasted policies")
    func explainAfterCustomSimulation() {
        var account = SimulatedAccount()
        _ = account.output("aws iam simulate-custom-policy --policy-input-list '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/*\"}]}' "
                           + "--action-names s3:GetObject s3:PutObject --resource-arns arn:aws:s3:::bucket/key")
        let evaluation = account.world.lastAuthorization?.evaluation
        #expect(evaluation?.request.action == "s3:PutObject")
        #expect(evaluation?.decision.evalDecision == "implicitDeny")
        #expect(evaluation?.explanation.contains("PolicyInputList.1") == true)
    }

    @Test("simulate-principal-policy names an unknown source")
    func unknownSource() {
        var account = SimulatedAccount()
        #expect(account.output("aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:role/ghost --action-names s3:GetObject")
                == "An error occurred (NoSuchEntity) when calling the SimulatePrincipalPolicy operation: "
                + "The entity arn:aws:iam::123456789012:role/ghost cannot be found.")
    }

    @Test("A resource policy with --caller-arn allows what the identity policies do not")
    func resourcePolicy() {
        var account = SimulatedAccount()
        let resource = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/learner"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#
        let empty = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:SendMessage","Resource":"*"}]}"#
        let line = "aws iam simulate-custom-policy --policy-input-list '\(empty)' --action-names s3:GetObject --resource-arns arn:aws:s3:::b/k "
            + "--resource-policy '\(resource)' --caller-arn arn:aws:iam::123456789012:user/learner "
            + "--query 'EvaluationResults[0].[EvalDecision, MatchedStatements[0].SourcePolicyType]' --output text"
        #expect(account.output(line) == "allowed\tResource Policy\n")
    }
}

@Suite("aws iam authorization")
struct IAMAuthorizationHandlerTests {
    @Test("A role without IAM permissions is refused, with IAM's AccessDenied")
    func deniedAsRole() throws {
        var account = SimulatedAccount()
        account.prepare(["aws iam create-role --role-name r --assume-role-policy-document '\(lambdaTrust)'"])
        try account.world.assumeRole(named: "r")
        let result = account.run("aws iam create-role --role-name other --assume-role-policy-document '\(lambdaTrust)'")
        #expect(result.exitStatus == 254)
        #expect(result.errorLines.first == "An error occurred (AccessDenied) when calling the CreateRole operation: User: "
                + "arn:aws:sts::123456789012:assumed-role/r/learner is not authorized to perform: iam:CreateRole on resource: "
                + "arn:aws:iam::123456789012:role/other because no identity-based policy allows the iam:CreateRole action")
        #expect(account.world.iam.role(named: "other") == nil)
    }

    @Test("Help lists the IAM operations as simulated", arguments: ["create-role", "simulate-custom-policy", "simulate-principal-policy"])
    func simulated(operation: String) {
        #expect(AWSOperationRegistry.standard.isSimulated(service: "iam", operation: operation))
    }
}
