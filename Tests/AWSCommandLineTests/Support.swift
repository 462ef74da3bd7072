@testable import AWSCommandLine
import LambdaSim

/// A read-only in-memory workspace for `file://` and `fileb://`; paths ending in `/` are directories.
func memoryFiles(_ contents: [String: [UInt8]]) -> FileAccess {
    FileAccess(
        read: { path in
            if path.hasSuffix("/") { return .failure(.isDirectory) }
            return contents[path].map { .success($0) } ?? .failure(.notFound)
        },
        write: { _, _ in .failure(.permissionDenied) })
}

func textFiles(_ contents: [String: String]) -> FileAccess { memoryFiles(contents.mapValues { Array($0.utf8) }) }

/// Operations shaped like Lambda's (a subset of their members), whose handler echoes the request:
/// `{"input": {...}, "local": {...}}`. They let the tests see exactly what the parser built.
enum EchoOperations {
    static let environment = Shape.structure([Member("Variables", .map(key: .string(pattern: "[a-zA-Z]([a-zA-Z0-9_])+"), value: .string))])

    static let updateConfiguration = AWSOperationDeclaration(
        service: "lambda", apiName: "UpdateFunctionConfiguration",
        summary: "Modify the version-specific settings of a Lambda function.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140), required: true, help: "The name of the Lambda function."),
            AWSParameter("Role", .string, help: "The Amazon Resource Name (ARN) of the function's execution role."),
            AWSParameter("Handler", .string(max: 128), help: "The name of the method within your code that Lambda calls to run your function."),
            AWSParameter("Timeout", .integer(min: 1, max: 900), help: "The amount of time (in seconds) that Lambda allows a function to run."),
            AWSParameter("MemorySize", .integer(min: 128, max: 10240), help: "The amount of memory available to the function at runtime."),
            AWSParameter("Environment", environment, help: "Environment variables."),
            AWSParameter("Runtime", .enumeration(["python3.12", "python3.13", "nodejs22.x"]), help: "The runtime."),
            AWSParameter("Layers", .list(of: .string), help: "A list of function layers."),
            AWSParameter("DeadLetterConfig", .structure([Member("TargetArn", .string)]), help: "A dead-letter queue."),
        ])

    static let createFunction = AWSOperationDeclaration(
        service: "lambda", apiName: "CreateFunction", summary: "Creates a Lambda function.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140), required: true, help: "The name of the Lambda function."),
            AWSParameter("Role", .string, required: true, help: "The execution role."),
            AWSParameter("Code", .structure([Member("ZipFile", .blob), Member("S3Bucket", .string)]), help: "The code for the function."),
            AWSParameter("ZipFile", .blob, help: "The path to the zip file of the code you are uploading.", cliName: "--zip-file"),
            AWSParameter("Publish", .boolean, help: "Set to true to publish the first version of the function."),
            AWSParameter("Architectures", .list(of: .enumeration(["x86_64", "arm64"]), min: 1, max: 1), help: "The instruction set architecture."),
            AWSParameter("Tags", .map(value: .string), help: "A list of tags."),
        ])

    static let invoke = AWSOperationDeclaration(
        service: "lambda", apiName: "Invoke", summary: "Invokes a Lambda function.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 170), required: true, help: "The name of the function."),
            AWSParameter("InvocationType", .enumeration(["Event", "RequestResponse", "DryRun"]), help: "Choose from the following options."),
            AWSParameter("Payload", .blob, help: "The JSON that you want to provide to your Lambda function as input."),
            AWSParameter("Qualifier", .string(min: 1, max: 128), help: "Specify a version or alias."),
            .positional("outfile", help: "Filename where the content will be saved"),
        ])

    static let updateAlias = AWSOperationDeclaration(
        service: "lambda", apiName: "UpdateAlias", summary: "Updates the configuration of a Lambda function alias.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1), required: true, help: "The name of the function."),
            AWSParameter("Name", .string, required: true, help: "The name of the alias."),
            AWSParameter("RoutingConfig", .structure([Member("AdditionalVersionWeights", .map(key: .string, value: .double(min: 0, max: 1)))]),
                         help: "The routing configuration of the alias."),
        ])

    static let putBucketNotification = AWSOperationDeclaration(
        service: "s3api", apiName: "PutBucketNotificationConfiguration", summary: "Enables notifications.",
        parameters: [
            AWSParameter("Bucket", .string, required: true, help: "The bucket."),
            AWSParameter("Filters", .list(of: .structure([Member("Name", .string), Member("Values", .list(of: .string))])), help: "Filters."),
        ])

    static let echo: AWSOperationHandler = { request, _ throws(AWSServiceError) in
        ["input": .object(request.input), "local": .object(request.local)]
    }

    static let registry = AWSOperationRegistry.standard.adding(
        [updateConfiguration, createFunction, invoke, updateAlias, putBucketNotification].map { AWSOperation($0, handler: echo) }
            + [AWSOperation(AWSOperationDeclaration(service: "lambda", apiName: "DeleteFunction", summary: "Deletes a Lambda function.",
                                                    parameters: [AWSParameter("FunctionName", .string, required: true)]))])
}

/// Runs `line` (scanned like the Shell does) against the echo operations.
func run(_ line: String, files: FileAccess = .none, registry: AWSOperationRegistry = EchoOperations.registry,
         world: World = World()) -> AWSCommandResult {
    guard case .complete(let words) = CommandWords.scan(line) else { fatalError("test line is incomplete: \(line)") }
    var context = AWSCommandContext(world: world, files: files)
    return AWSCommandLine.run(words: words, context: &context, registry: registry)
}

/// The request the echo handler saw for `line`, or nil when the command failed.
func echoedInput(_ line: String, files: FileAccess = .none) -> JSONValue? {
    let result = run(line, files: files)
    guard result.succeeded, let value = try? JSONValue(parsing: result.output) else { return nil }
    return value["input"]
}

/// The error text of `line`, joined by newlines.
func errorText(_ line: String, files: FileAccess = .none) -> String {
    run(line, files: files).errorLines.joined(separator: "\n")
}
