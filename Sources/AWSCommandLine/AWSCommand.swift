/// An `aws SERVICE OPERATION --flag value ...` command, split into its parts.
public struct AWSCommand: Equatable, Sendable {
    public var service: String
    public var operation: String
    /// The words after the operation, as typed (flags and their values), preceded by any global
    /// options typed before the service (`aws --region us-east-1 lambda ...`).
    public var arguments: [CommandWord]
}

/// The AWS CLI v2's exit statuses (`awscli/constants.py`).
public enum AWSExitStatus {
    public static let success: Int32 = 0
    /// Usage errors, unknown options, parameter parsing and validation (`PARAM_VALIDATION_ERROR_RC`).
    public static let parameterError: Int32 = 252
    /// Profiles, regions, credentials (`CONFIGURATION_ERROR_RC`).
    public static let configurationError: Int32 = 253
    /// The service answered with an error (`CLIENT_ERROR_RC`).
    public static let serviceError: Int32 = 254
    /// Anything else (`GENERAL_ERROR_RC`).
    public static let generalError: Int32 = 255
}

/// An error shaped like the AWS CLI's own output, printed as is.
public struct AWSCommandLineError: Error, Equatable, Sendable {
    /// The lines the AWS CLI would print, in order.
    public var lines: [String]
    /// A workbook hint shown after the CLI's text (not part of the CLI's output).
    public var hint: String?
    /// The AWS CLI v2's exit status for this kind of error: 252 for usage and parameter errors,
    /// 253 for configuration errors, 254 for service errors, 255 for anything else.
    public var exitStatus: Int32
    /// UTF-8 offsets in the input of the word at fault (an unknown option, a value that did not
    /// parse), for the Shell to point at; nil when no single word is to blame.
    public var sourceRange: Range<Int>?

    public init(lines: [String], hint: String? = nil, exitStatus: Int32 = AWSExitStatus.parameterError,
                sourceRange: Range<Int>? = nil) {
        self.lines = lines
        self.hint = hint
        self.exitStatus = exitStatus
        self.sourceRange = sourceRange
    }

    /// The same error, pointing at `range`.
    func at(_ range: Range<Int>?) -> AWSCommandLineError {
        var copy = self
        copy.sourceRange = range
        return copy
    }

    static let usage = [
        "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]",
        "To see help text, you can run:",
        "",
        "  aws help",
        "  aws <command> help",
        "  aws <command> <subcommand> help",
        "",
    ]

    static func usageError(_ message: String, hint: String? = nil) -> AWSCommandLineError {
        AWSCommandLineError(lines: usage + "aws: error: \(message)".split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                            hint: hint)
    }
}

/// Turns words into an ``AWSCommand``: `aws` is optional, as in the workbook's REPL.
public enum AWSCommandParser {
    /// Whether `words` look like an AWS CLI command: they start with `aws` or a simulated service name.
    public static func looksLikeAWSCommand(_ words: [CommandWord]) -> Bool {
        guard let first = words.first?.text else { return false }
        return first == "aws" || AWSServiceCatalogue.simulatedServices.contains(first)
    }

    public static func parse(_ words: [CommandWord]) -> Result<AWSCommand, AWSCommandLineError> {
        var rest = words[...]
        if rest.first?.text == "aws" { rest = rest.dropFirst() }
        // Global options may come before the service (`aws --region us-east-1 lambda ...`).
        var leading: [CommandWord] = []
        while let word = rest.first, let option = GlobalOption.matching(word.text) {
            leading.append(word)
            rest = rest.dropFirst()
            if option.takesValue, !word.text.contains("="), let value = rest.first {
                leading.append(value)
                rest = rest.dropFirst()
            }
        }
        guard let serviceWord = rest.first else {
            return .failure(.usageError("the following arguments are required: command"))
        }
        let service = serviceWord.text
        rest = rest.dropFirst()
        guard AWSServiceCatalogue.simulatedServices.contains(service) else {
            if let reason = AWSServiceCatalogue.outOfScope[service] {
                return .failure(AWSCommandLineError(lines: ["aws \(service): \(reason)"], hint: simulatedList))
            }
            if AWSServiceCatalogue.isAWSService(service) {
                return .failure(AWSCommandLineError(lines: ["aws \(service): this service is not simulated here."], hint: simulatedList))
            }
            let suggestion = SpellingSuggestion.closest(to: service, among: AWSServiceCatalogue.simulatedServices)
            return .failure(.usageError("argument command: Invalid choice: '\(service)'",
                                        hint: suggestion.map { "Did you mean '\($0)'?" } ?? simulatedList).at(serviceWord.sourceRange))
        }
        guard let operationWord = rest.first else {
            return .failure(.usageError("the following arguments are required: operation"))
        }
        let operation = operationWord.text
        let known = AWSServiceCatalogue.operations(of: service)
        guard known.contains(operation) else {
            let suggestion = SpellingSuggestion.closest(to: operation, among: known)
            return .failure(.usageError("argument operation: Invalid choice: '\(operation)'",
                                        hint: suggestion.map { "Did you mean 'aws \(service) \($0)'?" }).at(operationWord.sourceRange))
        }
        return .success(AWSCommand(service: service, operation: operation, arguments: leading + Array(rest.dropFirst())))
    }

    private static var simulatedList: String {
        "Simulated services: " + AWSServiceCatalogue.simulatedServices.joined(separator: ", ") + "."
    }
}
