import LambdaSim

/// One run of one declared operation: scan the words, build and validate the request, call the
/// handler, render the response. Each step that fails returns the CLI's error for it.
struct Invocation {
    let operation: AWSOperation
    var context: AWSCommandContext
    private var debugLines: [String] = []

    init(operation: AWSOperation, context: AWSCommandContext) {
        self.operation = operation
        self.context = context
    }

    var declaration: AWSOperationDeclaration { operation.declaration }

    mutating func run(_ words: [CommandWord]) -> AWSCommandResult {
        do {
            return try runOrThrow(words)
        } catch {
            return AWSCommandResult(failure: error, debugLines: debugLines)
        }
    }

    private mutating func runOrThrow(_ words: [CommandWord]) throws(AWSCommandLineError) -> AWSCommandResult {
        let scanned = try ArgumentScanner(declaration: declaration).scan(words)
        if scanned.wantsHelp { return AWSCommandResult(output: OperationHelp.render(declaration)) }
        try checkConfiguration(scanned.globals)

        if let skeleton = scanned.skeleton {
            guard skeleton == "input" else {
                throw AWSCommandLineError(lines: ["--generate-cli-skeleton \(skeleton) is not simulated here: only 'input' is."])
            }
            return AWSCommandResult(output: Skeleton.input(for: declaration).rendered() + "\n")
        }

        let request = try buildRequest(scanned)
        if scanned.globals.debug {
            debugLines.append("[debug] \(declaration.service).\(declaration.apiName) request parameters:")
            debugLines += JSONValue.object(request.input).rendered().lines.map { "[debug] " + $0 }
        }
        if let custom = operation.customHandler {
            var result = custom(request, &context)
            result.errorLines = debugLines + result.errorLines
            return result
        }
        guard let handler = operation.handler else {
            throw .notSimulatedYet(declaration.service, declaration.name)
        }
        let violations = ParameterValidator.serviceErrors(.object(request.input), shape: declaration.inputShape)
        if !violations.isEmpty {
            throw serviceFailure(AWSServiceError(code: Self.validationCode(declaration.service), message: ParameterValidator.validationMessage(violations),
                                                 httpStatus: 400, type: "User"))
        }
        let response: JSONValue?
        context.pendingOutputs = []
        context.printedText = nil
        do {
            response = try handler(request, &context)
        } catch {
            context.pendingOutputs = []
            throw serviceFailure(error)
        }
        let outputs = context.pendingOutputs
        context.pendingOutputs = []
        for output in outputs {
            if case .failure(let error) = context.files.write(output.path, output.bytes) {
                throw AWSCommandLineError(lines: [error.pythonMessage(path: output.path)], exitStatus: AWSExitStatus.generalError)
            }
        }
        if let text = context.printedText {
            context.printedText = nil
            return AWSCommandResult(output: text, errorLines: debugLines)
        }
        let output = try OutputFormatter(globals: scanned.globals).render(response)
        return AWSCommandResult(output: output, errorLines: debugLines)
    }

    private func serviceFailure(_ error: AWSServiceError) -> AWSCommandLineError {
        AWSCommandLineError(lines: [error.cliMessage(operation: declaration.apiName)], hint: error.hint, exitStatus: AWSExitStatus.serviceError)
    }

    /// `--output`, `--profile`, `--region`: only what the simulation has.
    private func checkConfiguration(_ globals: GlobalSettings) throws(AWSCommandLineError) {
        if ["table", "yaml", "yaml-stream"].contains(globals.output) {
            throw AWSCommandLineError(lines: ["--output \(globals.output) is not simulated here: use --output json (the default) or --output text."])
        }
        if let profile = globals.profile, profile != "default" {
            throw AWSCommandLineError(lines: ["The config profile (\(profile)) could not be found"],
                                      hint: "The workbook has one identity, the 'default' profile; leave --profile out.",
                                      exitStatus: AWSExitStatus.configurationError)
        }
        if let region = globals.region, region != context.world.region.rawValue {
            throw AWSCommandLineError(lines: ["--region \(region): only \(context.world.region) is simulated here."],
                                      hint: "Leave --region out, or use --region \(context.world.region).",
                                      exitStatus: AWSExitStatus.configurationError)
        }
    }

    /// `--cli-input-json` first, then every parameter given on the command line on top of it.
    private func buildRequest(_ scanned: ScannedArguments) throws(AWSCommandLineError) -> AWSRequest {
        let reader = ValueReader(files: context.files, binaryFormat: scanned.globals.binaryFormat)
        var request = AWSRequest()
        var input = JSONValue.object([:])
        if let text = scanned.cliInputJSON {
            do {
                input = try reader.normalizingBlobs(reader.readJSON(text), shape: declaration.inputShape)
            } catch {
                throw Self.failure(error, cliName: OperationOption.cliInputJSON).at(scanned.sourceRanges[OperationOption.cliInputJSON])
            }
        }
        for parameter in declaration.parameters {
            guard let raw = scanned.values[parameter.cliName] else { continue }
            let value: JSONValue
            do {
                try ParameterChecks.beforeReading(raw, parameter: parameter, files: context.files)
                value = try reader.read(raw, for: parameter)
            } catch {
                throw Self.failure(error, cliName: parameter.cliName).at(scanned.sourceRanges[parameter.cliName])
            }
            if parameter.isLocal {
                request.local[parameter.member] = value
            } else if let destination = parameter.destination {
                input.merge(value, at: destination[...])
            } else {
                input[parameter.member] = value
            }
        }
        let problems = ParameterValidator.clientErrors(input, shape: declaration.inputShape)
        if !problems.isEmpty {
            throw AWSCommandLineError(lines: ["Parameter validation failed:"] + problems)
        }
        request.input = input.objectValue ?? [:]
        return request
    }

    private static func failure(_ error: ValueError, cliName: String) -> AWSCommandLineError {
        switch error {
        case .parameter(let message):
            return .parameterError(cliName, message)
        case .plain(let message, let status):
            let hint = message.hasPrefix("Invalid base64:") && cliName != "--zip-file"
                ? "AWS CLI v2 reads blob parameters such as \(cliName) as base64. To pass text or JSON as it is, add --cli-binary-format raw-in-base64-out."
                : nil
            return AWSCommandLineError(lines: message.lines, hint: hint, exitStatus: status)
        }
    }
}

extension Invocation {
    /// The error code a service gives a value outside its model's constraints: IAM (a query protocol service)
    /// says `ValidationError`, CloudWatch Logs `InvalidParameterException`, Lambda and the others `ValidationException`.
    static func validationCode(_ service: String) -> String {
        switch service {
        case "iam": "ValidationError"
        case "logs": "InvalidParameterException"
        default: "ValidationException"
        }
    }
}
