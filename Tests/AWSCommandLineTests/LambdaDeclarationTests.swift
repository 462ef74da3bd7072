@testable import AWSCommandLine
import LambdaSim
import Testing

/// Lambda's operations are declared from botocore's model, with the CLI's customizations; until
/// the simulation registers their handlers they parse and validate, then say they are not simulated.
@Suite("Lambda's declared operations")
struct LambdaDeclarationTests {
    static let usage = AWSCommandLineError.usage.joined(separator: "\n")
    /// A zip archive that is not UTF-8 text: two stray bytes, then an empty end-of-central-directory record.
    static let emptyZip: [UInt8] = [0xFF, 0xFE, 0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)
    static let files = memoryFiles(["function.zip": emptyZip, "notes.txt": Array("hello".utf8)])

    func lambda(_ line: String) -> AWSCommandResult {
        run(line, files: Self.files, registry: .standard)
    }

    @Test("Required options come from the model", arguments: [
        ("lambda get-function", "--function-name"),
        ("lambda create-function --function-name f", "--role"),
        ("lambda create-alias --function-name f", "--name, --function-version"),
        ("lambda add-permission --function-name f --action lambda:InvokeFunction", "--statement-id, --principal"),
        ("lambda invoke --function-name f", "outfile"),
        ("lambda create-event-source-mapping --event-source-arn arn:aws:sqs:us-east-1:123456789012:q", "--function-name"),
    ])
    func required(line: String, missing: String) {
        #expect(lambda(line).errorLines.joined(separator: "\n") == Self.usage + "\naws: error: the following arguments are required: \(missing)")
    }

    @Test("Well-formed commands parse, then say plainly they are not simulated yet", arguments: [
        "lambda get-function --function-name my-function",
        "lambda invoke --function-name f --cli-binary-format raw-in-base64-out --payload '{\"a\": 1}' response.json",
        "lambda update-function-configuration --function-name f --timeout 30 --environment Variables={STAGE=dev}",
        "lambda create-function --function-name f --role arn:aws:iam::123456789012:role/r --runtime python3.12 --handler app.handler --zip-file fileb://function.zip",
        "lambda update-function-code --function-name f --zip-file fileb://function.zip --publish",
        "lambda list-functions --max-items 10",
        "lambda update-alias --function-name f --name live --routing-config AdditionalVersionWeights={2=0.1}",
        "lambda put-function-concurrency --function-name f --reserved-concurrent-executions 0",
    ])
    func notSimulatedYet(line: String) {
        let result = run(line, files: Self.files, registry: AWSOperationRegistry(AWSOperationRegistry.declaredOnly))
        let operation = line.split(separator: " ")[1]
        #expect(result.errorLines == ["aws lambda \(operation): this operation is not simulated yet."])
    }

    @Test("botocore's minimums are checked before anything is sent", arguments: [
        ("lambda update-function-configuration --function-name f --timeout 0", "Invalid value for parameter Timeout, value: 0, valid min value: 1"),
        ("lambda update-function-configuration --function-name f --memory-size 64", "Invalid value for parameter MemorySize, value: 64, valid min value: 128"),
        ("lambda get-function --function-name ''", "Invalid length for parameter FunctionName, value: 0, valid min length: 1"),
        ("lambda create-function --function-name f --role r", "Missing required parameter in input: \"Code\""),
    ])
    func minimums(line: String, error: String) {
        #expect(lambda(line).errorLines == ["Parameter validation failed:", error])
    }

    @Test("--zip-file must be a zip archive read with fileb://, as the CLI insists", arguments: [
        "lambda create-function --function-name f --role r --zip-file function.zip",
        "lambda create-function --function-name f --role r --zip-file file://notes.txt",
        "lambda create-function --function-name f --role r --zip-file fileb://notes.txt",
        "lambda update-function-code --function-name f --zip-file fileb://notes.txt",
    ])
    func zipFile(line: String) {
        let result = lambda(line)
        #expect(result.errorLines == ["--zip-file must be a zip file with the fileb:// prefix.", "Example usage:  --zip-file fileb://path/to/file.zip"])
        #expect(result.exitStatus == 255)
    }

    @Test("A missing --zip-file is a paramfile error; ZipFile inside --code points to --zip-file")
    func zipFileErrors() {
        #expect(lambda("lambda create-function --function-name f --role r --zip-file file://function.zip").errorLines
            == ["Error parsing parameter '--zip-file': Unable to load paramfile (function.zip), text contents could not be decoded.  "
                + "If this is a binary file, please use the fileb:// prefix instead of the file:// prefix."])
        #expect(lambda("lambda create-function --function-name f --role r --code '{\"ZipFile\": \"UEs=\"}'").exitStatus == 255)
        #expect(lambda("lambda create-function --function-name f --role r --zip-file fileb://nope.zip").errorLines
            == ["Error parsing parameter '--zip-file': Unable to load paramfile fileb://nope.zip: [Errno 2] No such file or directory: 'nope.zip'"])
        #expect(lambda("lambda create-function --function-name f --role r --code ZipFile=abc").errorLines
            == ["ZipFile cannot be provided as part of the --code argument.  Please use the '--zip-file' option instead to specify a zip file."])
    }

    @Test("--zip-file and --code merge into the request's Code structure")
    func codeMerge() {
        let registry = AWSOperationRegistry([AWSOperation(LambdaOperations.createFunction, handler: EchoOperations.echo)])
        let result = run("lambda create-function --function-name f --role arn:aws:iam::123456789012:role/r --zip-file fileb://function.zip --code S3ObjectVersion=3",
                         files: Self.files, registry: registry)
        let echoed = try? JSONValue(parsing: result.output)
        #expect(result.errorLines == [])
        #expect(echoed?["input"]?["Code"] == ["S3ObjectVersion": "3", "ZipFile": .string(Base64.encode(Self.emptyZip))])
    }

    @Test("Paginated operations offer --starting-token, --page-size and --max-items; the raw token still works, unlisted")
    func pagination() {
        let flags = AWSCommandLine.flags(for: "lambda", operation: "list-functions")
        #expect(flags.contains("--max-items") && flags.contains("--starting-token") && flags.contains("--page-size"))
        #expect(!flags.contains("--marker"))
        #expect(!(AWSCommandLine.helpText(service: "lambda", operation: "list-functions") ?? "").contains("--marker"))
        let declaredOnly = AWSOperationRegistry(AWSOperationRegistry.declaredOnly)
        #expect(run("lambda list-functions --marker abc", registry: declaredOnly).errorLines == ["aws lambda list-functions: this operation is not simulated yet."])
    }

    @Test("Long, double and paging options are typed by argparse, so a bad number is a usage error", arguments: [
        ("lambda list-functions --max-items x", "aws: error: argument --max-items: invalid int value: 'x'"),
        ("logs filter-log-events --log-group-name g --start-time abc", "aws: error: argument --start-time: invalid int value: 'abc'"),
        ("lambda list-functions --page-size=1.5", "aws: error: argument --page-size: invalid int value: '1.5'"),
    ])
    func argparseTypes(line: String, last: String) {
        let result = lambda(line)
        #expect(result.errorLines.last == last)
        #expect(result.exitStatus == 252)
    }

    @Test("The model's patterns and enums are what the service checks", arguments: [
        ("FunctionName", "my-function", true), ("FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:f:PROD", true),
        ("FunctionName", "bad name!", false), ("Qualifier", "$LATEST", true), ("Qualifier", "v 1", false),
    ] as [(String, String, Bool)])
    func patterns(member: String, value: String, valid: Bool) {
        let errors = ParameterValidator.serviceErrors([member: .string(value)], shape: LambdaModel.getFunction.inputShape)
        #expect(errors.isEmpty == valid, "\(errors)")
    }

    @Test("Help for create-function shows the hoisted --zip-file and the relaxed --code")
    func createFunctionHelp() {
        let help = AWSCommandLine.helpText(service: "lambda", operation: "create-function") ?? ""
        #expect(help.contains("          [--code <value>]\n"))
        #expect(help.contains("          [--zip-file <value>]\n"))
        #expect(help.contains("          --function-name <value>\n"))
        #expect(help.contains("          o python3.12\n"))
    }

    @Test("Every declared Lambda operation is a real operation and derives its CLI name")
    func declaredNames() {
        for declaration in LambdaOperations.declarations {
            #expect(AWSServiceCatalogue.operations(of: "lambda").contains(declaration.name), "\(declaration.name)")
        }
        #expect(Set(LambdaOperations.declarations.map(\.name)).count == LambdaOperations.declarations.count)
    }
}

@Suite("Lambda's service-side validation, once a handler exists")
struct LambdaServiceValidationTests {
    static let registry = AWSOperationRegistry(LambdaOperations.declarations.map { AWSOperation($0, handler: EchoOperations.echo) })

    @Test("Values outside the model's limits come back as Lambda's ValidationException", arguments: [
        ("lambda create-function --function-name f --role r --code S3Bucket=bucket,S3Key=k",
         "CreateFunction", "Value 'r' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"),
        ("lambda update-function-configuration --function-name f --memory-size 40000",
         "UpdateFunctionConfiguration", "Value '40000' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 32768"),
        ("lambda get-function --function-name 'my function'",
         "GetFunction", "Value 'my function' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
            + LambdaModel.getFunction.parameters[0].shape.pattern!),
        ("lambda invoke --function-name f --invocation-type Async out.json",
         "Invoke", "Value 'Async' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]"),
    ])
    func limits(line: String, operation: String, violation: String) {
        let result = run(line, registry: Self.registry)
        #expect(result.errorLines == ["An error occurred (ValidationException) when calling the \(operation) operation: 1 validation error detected: \(violation)"])
        #expect(result.exitStatus == 254)
    }
}
