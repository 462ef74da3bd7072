import LambdaSim

/// What one AWS CLI command printed and how it ended.
public struct AWSCommandResult: Equatable, Sendable {
    /// Standard output: the response as JSON or text, ending with a newline; empty when there is none.
    public var output: String
    /// Standard error lines (the CLI's error text; `--debug` lines).
    public var errorLines: [String]
    /// A workbook hint to show after the CLI's text (not part of the CLI's output).
    public var hint: String?
    /// The AWS CLI v2's exit status: 0, or one of ``AWSExitStatus``'s.
    public var exitStatus: Int32
    /// UTF-8 offsets in the input of the word an error is about, if one is to blame.
    public var sourceRange: Range<Int>?

    public init(output: String = "", errorLines: [String] = [], hint: String? = nil, exitStatus: Int32 = AWSExitStatus.success) {
        self.output = output
        self.errorLines = errorLines
        self.hint = hint
        self.exitStatus = exitStatus
    }

    init(failure: AWSCommandLineError, debugLines: [String] = []) {
        self.init(errorLines: debugLines + failure.lines, hint: failure.hint, exitStatus: failure.exitStatus)
        sourceRange = failure.sourceRange
    }

    public var succeeded: Bool { exitStatus == AWSExitStatus.success }

    /// The failure as an error value the Shell's presenter already knows, or nil on success.
    public var failure: AWSCommandLineError? {
        succeeded ? nil : AWSCommandLineError(lines: errorLines, hint: hint, exitStatus: exitStatus, sourceRange: sourceRange)
    }
}

/// The AWS CLI, simulated: the Shell's single entry point for `aws ...` commands.
///
/// ```swift
/// var context = AWSCommandContext(world: world, files: workspaceFiles)
/// let result = AWSCommandLine.run(words: words, context: &context)
/// world = context.world
/// // result.output: "{\n    \"UserId\": ...}\n", result.exitStatus: 0
/// ```
///
/// What a command goes through, each step failing with the AWS CLI v2's own text and exit status:
/// 1. `AWSCommandParser`: service and operation (usage errors, 252);
/// 2. ``AWSOperationRegistry``: the operation's declaration; none means "not simulated yet" (255);
/// 3. `ArgumentScanner`: options, booleans, lists, positionals, global options (`Unknown options`,
///    `the following arguments are required`, 252);
/// 4. `ValueReader`: `file://`/`fileb://`, shorthand, JSON, numbers, blobs (`Error parsing parameter`, 252;
///    Python's `ValueError` texts, 255);
/// 5. `ParameterValidator`: botocore's checks (`Parameter validation failed:`, 252), then, once a
///    handler exists, the service's `max`/`pattern`/enum checks (`ValidationException`, 254);
/// 6. the handler: its ``AWSServiceError`` prints as `An error occurred (Code) when calling the Op
///    operation: message` (254);
/// 7. `OutputFormatter`: `--query`, then `--output json` (4-space indent, unicode as is) or `text`.
///
/// Blobs follow the AWS CLI v2: `--cli-binary-format` defaults to `base64`, so `--payload '{"a": 1}'`
/// fails with `Invalid base64: "{"a": 1}"` exactly as on a learner's machine, with a workbook hint to add
/// `--cli-binary-format raw-in-base64-out` (what AWS's own Lambda examples use). `fileb://` bytes are
/// never decoded. Lessons should show the flag, so that what a learner types works against real AWS.
public enum AWSCommandLine {
    /// Parses, validates and runs one command (`aws` optional) and renders what the CLI would print.
    public static func run(words: [CommandWord], context: inout AWSCommandContext,
                           registry: AWSOperationRegistry = .standard) -> AWSCommandResult {
        let texts = words.map(\.text)
        let rest = texts.first == "aws" ? Array(texts.dropFirst()) : texts
        if rest == ["help"] {
            return AWSCommandResult(output: servicesHelp(registry: registry))
        }
        if rest.count == 2, rest[1] == "help", AWSServiceCatalogue.simulatedServices.contains(rest[0]) {
            return AWSCommandResult(output: serviceHelp(rest[0], registry: registry))
        }
        let command: AWSCommand
        switch AWSCommandParser.parse(words) {
        case .success(let parsed): command = parsed
        case .failure(let error): return AWSCommandResult(failure: error)
        }
        guard let operation = registry.operation(service: command.service, name: command.operation) else {
            return AWSCommandResult(failure: .notSimulatedYet(command.service, command.operation))
        }
        var invocation = Invocation(operation: operation, context: context)
        let result = invocation.run(command.arguments)
        context = invocation.context
        return result
    }

    /// The options Tab completion offers after `aws SERVICE OPERATION`: the operation's own
    /// (with `--no-` forms of booleans), then `--cli-input-json`, `--generate-cli-skeleton` and the
    /// global options. Operations with no declaration get the global options only.
    public static func flags(for service: String, operation: String, registry: AWSOperationRegistry = .standard) -> [String] {
        var flags: [String] = []
        if let declaration = registry.operation(service: service, name: operation)?.declaration {
            for parameter in declaration.parameters where !parameter.isPositional && !parameter.isHidden {
                flags.append(parameter.cliName)
                if let negated = parameter.negatedCLIName { flags.append(negated) }
            }
            flags += OperationOption.help.map(\.name)
        }
        return flags + GlobalOption.all.map(\.name)
    }

    /// `aws help`: the simulated services, each with how many of its operations run here.
    public static func servicesHelp(registry: AWSOperationRegistry = .standard) -> String {
        var lines = ["NAME", "       aws -", "", "AVAILABLE SERVICES"]
        for service in AWSServiceCatalogue.simulatedServices {
            let simulated = AWSServiceCatalogue.operations(of: service).filter { registry.isSimulated(service: service, operation: $0) }
            lines.append("       o \(service) (\(simulated.count) of \(AWSServiceCatalogue.operations(of: service).count) operations simulated)")
        }
        lines += ["", "Run 'aws SERVICE help' for a service's operations, 'aws SERVICE OPERATION help' for one operation."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `aws SERVICE help`: the service's operations as the CLI lists them, each marked with whether
    /// the simulation runs it.
    public static func serviceHelp(_ service: String, registry: AWSOperationRegistry = .standard) -> String {
        var lines = ["NAME", "       \(service) -", "", "AVAILABLE COMMANDS"]
        for operation in AWSServiceCatalogue.operations(of: service) {
            let simulated = registry.isSimulated(service: service, operation: operation)
            lines.append("       o \(operation)" + (simulated ? "" : " (not simulated yet)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `aws SERVICE OPERATION help`, or nil when the operation is not declared.
    public static func helpText(service: String, operation: String, registry: AWSOperationRegistry = .standard) -> String? {
        registry.operation(service: service, name: operation).map { OperationHelp.render($0.declaration) }
    }
}

extension AWSCommandLineError {
    static func notSimulatedYet(_ service: String, _ operation: String) -> AWSCommandLineError {
        AWSCommandLineError(lines: ["aws \(service) \(operation): this operation is not simulated yet."],
                            hint: "The simulation grows lesson by lesson; 'help aws' lists what is simulated.",
                            exitStatus: AWSExitStatus.generalError)
    }

    /// `Error parsing parameter '--zip-file': ...` (the CLI's `ParamError`).
    static func parameterError(_ cliName: String, _ message: String, hint: String? = nil) -> AWSCommandLineError {
        AWSCommandLineError(lines: "Error parsing parameter '\(cliName)': \(message)".lines, hint: hint)
    }
}

extension String {
    var lines: [String] { split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}
