import Foundation
import Testing
@testable import AWSCommandLine
import LambdaSim

/// An account with the execution role `hello-role` and `function.zip` / `v2.zip` in the workspace.
func lambdaAccount() -> SimulatedAccount {
    let v1 = (try? CodePackage.zip(textFiles: [("lambda_function.py", "def lambda_handler(event, context):\n    return 1\n")])) ?? Data()
    let v2 = (try? CodePackage.zip(textFiles: [("lambda_function.py", "def lambda_handler(event, context):\n    return 2\n")])) ?? Data()
    var account = SimulatedAccount(files: memoryFiles(["function.zip": Array(v1), "v2.zip": Array(v2)]))
    account.prepare(["aws iam create-role --role-name hello-role --assume-role-policy-document '\(lambdaTrust)'"])
    return account
}

let helloRole = "arn:aws:iam::123456789012:role/hello-role"
let createHello = "aws lambda create-function --function-name hello --runtime python3.12 --handler lambda_function.lambda_handler "
    + "--role \(helloRole) --zip-file fileb://function.zip"

@Suite("aws lambda functions")
struct LambdaFunctionHandlerTests {
    @Test("create-function prints the new function's configuration in the CLI's key order")
    func create() {
        var account = lambdaAccount()
        let result = account.run(createHello + " --timeout 10 --memory-size 256 --environment 'Variables={STAGE=dev,AB=1}'")
        #expect(result.exitStatus == 0)
        let sha = account.world.lambda.functions["hello"]?.latest.code.codeSha256 ?? "?"
        let size = account.world.lambda.functions["hello"]?.latest.code.codeSize ?? -1
        let revision = account.world.lambda.functions["hello"]?.latest.revisionID ?? "?"
        #expect(result.output == """
            {
                "FunctionName": "hello",
                "FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:hello",
                "Runtime": "python3.12",
                "Role": "arn:aws:iam::123456789012:role/hello-role",
                "Handler": "lambda_function.lambda_handler",
                "CodeSize": \(size),
                "Description": "",
                "Timeout": 10,
                "MemorySize": 256,
                "LastModified": "2026-01-01T00:00:00.000+0000",
                "CodeSha256": "\(sha)",
                "Version": "$LATEST",
                "Environment": {
                    "Variables": {
                        "STAGE": "dev",
                        "AB": "1"
                    }
                },
                "TracingConfig": {
                    "Mode": "PassThrough"
                },
                "RevisionId": "\(revision)",
                "State": "Active",
                "LastUpdateStatus": "Successful",
                "PackageType": "Zip",
                "Architectures": [
                    "x86_64"
                ],
                "EphemeralStorage": {
                    "Size": 512
                },
                "SnapStart": {
                    "ApplyOn": "None",
                    "OptimizationStatus": "Off"
                },
                "LoggingConfig": {
                    "LogFormat": "Text",
                    "LogGroup": "/aws/lambda/hello"
                }
            }

            """)
    }

    @Test("create-function passes each option through", arguments: [
        (" --architectures arm64", "Architectures[0]", "arm64"),
        (" --publish", "Version", "1"),
        (" --description 'says hi'", "Description", "says hi"),
        (" --timeout 30", "Timeout", "30"),
    ])
    func options(extra: String, query: String, expected: String) {
        var account = lambdaAccount()
        #expect(account.output(createHello + extra + " --query '\(query)' --output text") == expected + "\n")
    }

    @Test("get-function, get-function-configuration and list-functions show the function")
    func read() {
        var account = lambdaAccount()
        account.prepare([createHello])
        #expect(account.output("aws lambda get-function --function-name hello --query 'Configuration.[FunctionName, State]' --output text")
                == "hello\tActive\n")
        #expect(account.output("aws lambda get-function --function-name hello --query Code.RepositoryType --output text") == "S3\n")
        #expect(account.output("aws lambda get-function-configuration --function-name hello --query Handler --output text")
                == "lambda_function.lambda_handler\n")
        #expect(account.output("aws lambda list-functions --query 'Functions[].[FunctionName, State]' --output text") == "hello\tNone\n")
    }

    @Test("Errors print as Lambda's error line", arguments: [
        ("aws lambda get-function --function-name ghost",
         "An error occurred (ResourceNotFoundException) when calling the GetFunction operation: Function not found: arn:aws:lambda:us-east-1:123456789012:function:ghost"),
        (createHello,
         "An error occurred (ResourceConflictException) when calling the CreateFunction operation: Function already exist: hello"),
        ("aws lambda create-function --function-name other --runtime python3.12 --handler h.h --role arn:aws:iam::123456789012:role/ghost --zip-file fileb://function.zip",
         "An error occurred (InvalidParameterValueException) when calling the CreateFunction operation: The role defined for the function cannot be assumed by Lambda."),
        ("aws lambda create-function --function-name other --runtime python3.12 --handler h.h --role \(helloRole) --code S3Bucket=bucket,S3Key=k",
         "An error occurred (InvalidParameterValueException) when calling the CreateFunction operation: Only --zip-file code is simulated here: S3 and container image sources are not. Use --zip-file fileb://function.zip."),
        ("aws lambda get-function --function-name 'my fn'",
         "An error occurred (ValidationException) when calling the GetFunction operation: 1 validation error detected: Value 'my fn' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"),
        ("aws lambda delete-function --function-name hello --qualifier '$LATEST'",
         "An error occurred (InvalidParameterValueException) when calling the DeleteFunction operation: $LATEST version cannot be deleted without deleting the function."),
    ])
    func errors(line: String, message: String) {
        var account = lambdaAccount()
        account.prepare([createHello])
        let result = account.run(line)
        #expect(result.exitStatus == 254)
        #expect(result.errorLines.first == message)
    }

    @Test("update-function-configuration changes only what it names")
    func updateConfiguration() {
        var account = lambdaAccount()
        account.prepare([createHello, "aws lambda update-function-configuration --function-name hello --timeout 20 --environment 'Variables={KEY=v}'"])
        #expect(account.output("aws lambda get-function-configuration --function-name hello --query '[Timeout, MemorySize, Environment.Variables.KEY]' --output text")
                == "20\t128\tv\n")
    }

    @Test("update-function-code replaces the code and, with --publish, returns the version")
    func updateCode() {
        var account = lambdaAccount()
        account.prepare([createHello])
        let before = account.world.lambda.functions["hello"]?.latest.code.codeSha256
        #expect(account.output("aws lambda update-function-code --function-name hello --zip-file fileb://v2.zip --publish --query Version --output text")
                == "1\n")
        #expect(account.world.lambda.functions["hello"]?.latest.code.codeSha256 != before)
    }

    @Test("delete-function removes the function and prints nothing")
    func delete() {
        var account = lambdaAccount()
        account.prepare([createHello])
        #expect(account.output("aws lambda delete-function --function-name hello") == "")
        #expect(account.output("aws lambda list-functions") == "{\n    \"Functions\": []\n}\n")
    }

    @Test("get-account-settings counts the functions")
    func accountSettings() {
        var account = lambdaAccount()
        account.prepare([createHello])
        #expect(account.output("aws lambda get-account-settings --query 'AccountUsage.FunctionCount' --output text") == "1\n")
    }
}

@Suite("aws lambda versions")
struct LambdaVersionHandlerTests {
    @Test("publish-version numbers versions and list-versions-by-function lists $LATEST first")
    func versions() {
        var account = lambdaAccount()
        account.prepare([createHello])
        #expect(account.output("aws lambda publish-version --function-name hello --query Version --output text") == "1\n")
        #expect(account.output("aws lambda publish-version --function-name hello --query Version --output text") == "1\n")
        account.prepare(["aws lambda update-function-code --function-name hello --zip-file fileb://v2.zip"])
        #expect(account.output("aws lambda publish-version --function-name hello --description second --query Version --output text") == "2\n")
        #expect(account.output("aws lambda list-versions-by-function --function-name hello --query 'Versions[].[Version, FunctionArn]' --output text") == """
            $LATEST\tarn:aws:lambda:us-east-1:123456789012:function:hello:$LATEST
            1\tarn:aws:lambda:us-east-1:123456789012:function:hello:1
            2\tarn:aws:lambda:us-east-1:123456789012:function:hello:2

            """)
    }
}

@Suite("aws lambda authorization")
struct LambdaAuthorizationHandlerTests {
    @Test("As a role without Lambda permissions, each operation is refused with AccessDeniedException", arguments: [
        ("aws lambda list-functions", "lambda:ListFunctions", "*"),
        ("aws lambda get-function --function-name hello", "lambda:GetFunction", "arn:aws:lambda:us-east-1:123456789012:function:hello"),
        ("aws lambda delete-function --function-name hello", "lambda:DeleteFunction", "arn:aws:lambda:us-east-1:123456789012:function:hello"),
        (createHello.replacingOccurrences(of: "hello ", with: "other "), "lambda:CreateFunction",
         "arn:aws:lambda:us-east-1:123456789012:function:other"),
    ])
    func denied(line: String, action: String, resource: String) throws {
        var account = lambdaAccount()
        account.prepare([createHello])
        try account.world.assumeRole(named: "hello-role")
        let result = account.run(line)
        #expect(result.exitStatus == 254)
        let operation = line.split(separator: " ")[2].split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        #expect(result.errorLines.first == "An error occurred (AccessDeniedException) when calling the \(operation) operation: User: "
                + "arn:aws:sts::123456789012:assumed-role/hello-role/learner is not authorized to perform: \(action) on resource: \(resource) "
                + "because no identity-based policy allows the \(action) action")
        #expect(account.world.lambda.functions["hello"] != nil)
    }

    @Test("create-function needs iam:PassRole on the execution role")
    func passRole() throws {
        var account = lambdaAccount()
        let onlyLambda = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"lambda:*","Resource":"*"}]}"#
        account.prepare(["aws iam put-role-policy --role-name hello-role --policy-name lambda --policy-document '\(onlyLambda)'"])
        try account.world.assumeRole(named: "hello-role")
        let result = account.run(createHello)
        #expect(result.errorLines.first == "An error occurred (AccessDeniedException) when calling the CreateFunction operation: User: "
                + "arn:aws:sts::123456789012:assumed-role/hello-role/learner is not authorized to perform: iam:PassRole on resource: "
                + "\(helloRole) because no identity-based policy allows the iam:PassRole action")
        #expect(account.world.lambda.functions["hello"] == nil)
    }
}

@Suite("aws lambda aliases, concurrency and permissions")
struct LambdaAliasHandlerTests {
    @Test("create-, update-, get-, list- and delete-alias manage an alias with weighted routing")
    func aliases() {
        var account = lambdaAccount()
        account.prepare([createHello + " --publish", "aws lambda update-function-code --function-name hello --zip-file fileb://v2.zip --publish"])
        #expect(account.output("aws lambda create-alias --function-name hello --name live --function-version 1 --query '[Name, FunctionVersion]' --output text")
                == "live\t1\n")
        account.prepare(["aws lambda update-alias --function-name hello --name live --routing-config AdditionalVersionWeights={2=0.25}"])
        #expect(account.output("aws lambda get-alias --function-name hello --name live --query 'RoutingConfig.AdditionalVersionWeights.\"2\"' --output text")
                == "0.25\n")
        #expect(account.output("aws lambda list-aliases --function-name hello --query 'Aliases[].Name' --output text") == "live\n")
        #expect(account.output("aws lambda delete-alias --function-name hello --name live") == "")
        #expect(account.output("aws lambda list-aliases --function-name hello") == "{\n    \"Aliases\": []\n}\n")
    }

    @Test("put-, get- and delete-function-concurrency reserve concurrency; none prints nothing")
    func concurrency() {
        var account = lambdaAccount()
        account.prepare([createHello])
        #expect(account.output("aws lambda put-function-concurrency --function-name hello --reserved-concurrent-executions 5")
                == "{\n    \"ReservedConcurrentExecutions\": 5\n}\n")
        #expect(account.output("aws lambda get-function-concurrency --function-name hello --output text") == "5\n")
        #expect(account.output("aws lambda delete-function-concurrency --function-name hello") == "")
        #expect(account.output("aws lambda get-function-concurrency --function-name hello") == "")
    }

    @Test("add-permission, get-policy and remove-permission manage the function policy")
    func permissions() {
        var account = lambdaAccount()
        account.prepare([createHello])
        let added = account.output("aws lambda add-permission --function-name hello --statement-id s3 --action lambda:InvokeFunction "
                                   + "--principal s3.amazonaws.com --source-arn arn:aws:s3:::bucket --query Statement --output text")
        #expect(added.contains("\"Sid\":\"s3\""))
        #expect(account.output("aws lambda get-policy --function-name hello --query Policy --output text").contains("s3.amazonaws.com"))
        #expect(account.output("aws lambda remove-permission --function-name hello --statement-id s3") == "")
        #expect(account.output("aws lambda get-policy --function-name hello").hasPrefix("An error occurred (ResourceNotFoundException) when calling the GetPolicy operation:"))
    }
}
