@testable import AWSCommandLine
import LambdaSim
import Testing

@Suite("Validation and global options")
struct ValidationAndGlobalsTests {
    @Test("botocore's client-side checks print as 'Parameter validation failed:'", arguments: [
        ("--function-name f --timeout 0", ["Invalid value for parameter Timeout, value: 0, valid min value: 1"]),
        ("--function-name ''", ["Invalid length for parameter FunctionName, value: 0, valid min length: 1"]),
        ("--function-name '' --memory-size 64", ["Invalid length for parameter FunctionName, value: 0, valid min length: 1",
                                                 "Invalid value for parameter MemorySize, value: 64, valid min value: 128"]),
        ("--function-name f --dead-letter-config TargetArn=a,Colour=b",
         ["Unknown parameter in DeadLetterConfig: \"Colour\", must be one of: TargetArn"]),
        ("--function-name f --environment '{\"Variables\": [\"A\"]}'",
         ["Invalid type for parameter Environment.Variables, value: ['A'], type: <class 'list'>, valid types: <class 'dict'>"]),
    ] as [(String, [String])])
    func clientValidation(arguments: String, errors: [String]) {
        let result = run("lambda update-function-configuration \(arguments)")
        #expect(result.errorLines == ["Parameter validation failed:"] + errors)
        #expect(result.exitStatus == 252)
    }

    @Test("Service-side limits come back as the service's ValidationException", arguments: [
        ("--function-name f --timeout 1000",
         "1 validation error detected: Value '1000' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900"),
        ("--function-name f --runtime python2.7",
         "1 validation error detected: Value 'python2.7' at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [python3.12, python3.13, nodejs22.x]"),
        ("--function-name f --handler \(String(repeating: "h", count: 129)) --memory-size 20000",
         "2 validation errors detected: Value '\(String(repeating: "h", count: 129))' at 'handler' failed to satisfy constraint: Member must have length less than or equal to 128; Value '20000' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240"),
    ])
    func serviceValidation(arguments: String, message: String) {
        let result = run("lambda update-function-configuration \(arguments)")
        #expect(result.errorLines == ["An error occurred (ValidationException) when calling the UpdateFunctionConfiguration operation: \(message)"])
        #expect(result.exitStatus == 254)
    }

    @Test("Patterns and list lengths are checked by the service")
    func patternsAndListLengths() {
        let registry = AWSOperationRegistry([AWSOperation(
            AWSOperationDeclaration(service: "lambda", apiName: "GetAlias", summary: "Returns details about an alias.", parameters: [
                AWSParameter("FunctionName", .string, required: true),
                AWSParameter("Name", .string(min: 1, max: 128, pattern: "(?!^[0-9]+$)([a-zA-Z0-9-_]+)"), required: true),
            ]), handler: EchoOperations.echo)])
        #expect(run("lambda get-alias --function-name f --name 123", registry: registry).errorLines
            == ["An error occurred (ValidationException) when calling the GetAlias operation: 1 validation error detected: Value '123' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)"])
        #expect(run("lambda get-alias --function-name f --name live", registry: registry).succeeded)
        #expect(errorText("lambda create-function --function-name f --role r --architectures x86_64 arm64").hasSuffix(
            "Value '[x86_64, arm64]' at 'architectures' failed to satisfy constraint: Member must have length less than or equal to 1"))
    }

    @Test("A handler's error prints as the CLI prints service errors, with status 254")
    func handlerError() {
        let failing = AWSOperation(AWSOperationDeclaration(service: "lambda", apiName: "GetFunction", summary: "Gets a function.",
                                                           parameters: [AWSParameter("FunctionName", .string, required: true)])) { request, context throws(AWSServiceError) in
            throw AWSServiceError(code: "ResourceNotFoundException",
                                  message: "Function not found: arn:aws:lambda:\(context.world.region):\(context.world.account):function:\(request.string("FunctionName")!)",
                                  httpStatus: 404, type: "User")
        }
        let result = run("lambda get-function --function-name nope", registry: AWSOperationRegistry([failing]))
        #expect(result.errorLines == ["An error occurred (ResourceNotFoundException) when calling the GetFunction operation: Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope"])
        #expect(result.exitStatus == 254)
        #expect(result.failure?.exitStatus == 254)
    }

    @Test("Only json and text output are simulated; the others say so", arguments: ["table", "yaml", "yaml-stream"])
    func otherOutputs(format: String) {
        let result = run("sts get-caller-identity --output \(format)")
        #expect(result.errorLines == ["--output \(format) is not simulated here: use --output json (the default) or --output text."])
        #expect(!result.succeeded)
    }

    @Test("A bad choice for a global option lists the choices as argparse does")
    func badChoice() {
        #expect(run("sts get-caller-identity --output xml").errorLines.suffix(5) == [
            "aws: error: argument --output: Invalid choice, valid choices are:", "",
            "json                                     | text                                    ",
            "table                                    | yaml                                    ",
            "yaml-stream                             ",
        ])
    }

    @Test("Only the world's region exists; other regions are refused plainly")
    func regions() {
        #expect(run("sts get-caller-identity --region us-east-1").succeeded)
        let result = run("sts get-caller-identity --region eu-west-1")
        #expect(result.errorLines == ["--region eu-west-1: only us-east-1 is simulated here."])
        #expect(result.exitStatus == 253)
    }

    @Test("Only the default profile exists, as on a machine with no other profiles configured")
    func profiles() {
        #expect(run("sts get-caller-identity --profile default").succeeded)
        let result = run("sts get-caller-identity --profile dev")
        #expect(result.errorLines == ["The config profile (dev) could not be found"])
        #expect(result.exitStatus == 253)
    }

    @Test("Options with no effect here are accepted", arguments: [
        "--no-cli-pager", "--no-paginate", "--color off", "--no-verify-ssl", "--cli-read-timeout 5", "--no-cli-auto-prompt",
    ])
    func noEffect(option: String) {
        #expect(run("sts get-caller-identity \(option)").succeeded)
    }

    @Test("Options the simulation cannot honour say so", arguments: [
        ("--endpoint-url http://localhost:4566", "--endpoint-url is not simulated here: every command runs against the in-process simulation."),
        ("--cli-auto-prompt", "--cli-auto-prompt is not simulated here: use Tab completion and 'aws SERVICE OPERATION help'."),
        ("--cli-input-yaml file://x.yaml", "--cli-input-yaml is not simulated here: use --cli-input-json."),
    ])
    func notSimulated(option: String, message: String) {
        #expect(run("sts get-caller-identity \(option)").errorLines == [message])
    }

    @Test("--debug shows the request parameters the command built on stderr")
    func debug() {
        let result = run("lambda update-function-configuration --function-name f --environment Variables={A=1} --debug")
        #expect(result.succeeded)
        #expect(result.errorLines == [
            "[debug] lambda.UpdateFunctionConfiguration request parameters:",
            "[debug] {", "[debug]     \"FunctionName\": \"f\",", "[debug]     \"Environment\": {",
            "[debug]         \"Variables\": {", "[debug]             \"A\": \"1\"", "[debug]         }", "[debug]     }", "[debug] }",
        ])
    }

    @Test("--generate-cli-skeleton prints the input shape with placeholders and sends nothing")
    func skeleton() {
        #expect(run("lambda update-alias --generate-cli-skeleton").output == """
            {
                "FunctionName": "",
                "Name": "",
                "RoutingConfig": {
                    "AdditionalVersionWeights": {
                        "KeyName": 0.0
                    }
                }
            }

            """)
        #expect(run("lambda invoke --generate-cli-skeleton input").output.contains("\"InvocationType\": \"Event\""))
    }
}
