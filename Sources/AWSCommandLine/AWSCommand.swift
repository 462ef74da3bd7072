/// An `aws SERVICE OPERATION --flag value ...` command, split into its parts.
public struct AWSCommand: Equatable, Sendable {
    public var service: String
    public var operation: String
    /// The words after the operation, as typed (flags and their values).
    public var arguments: [CommandWord]
}

/// An error shaped like the AWS CLI's own output, printed as is.
public struct AWSCommandLineError: Error, Equatable, Sendable {
    /// The lines the AWS CLI would print, in order.
    public var lines: [String]
    /// A workbook hint shown after the CLI's text (not part of the CLI's output).
    public var hint: String?

    public init(lines: [String], hint: String? = nil) {
        self.lines = lines
        self.hint = hint
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
        AWSCommandLineError(lines: usage + ["aws: error: \(message)"], hint: hint)
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
                                        hint: suggestion.map { "Did you mean '\($0)'?" } ?? simulatedList))
        }
        guard let operationWord = rest.first else {
            return .failure(.usageError("the following arguments are required: operation"))
        }
        let operation = operationWord.text
        let known = AWSServiceCatalogue.operations(of: service)
        guard known.contains(operation) else {
            let suggestion = SpellingSuggestion.closest(to: operation, among: known)
            return .failure(.usageError("argument operation: Invalid choice: '\(operation)'",
                                        hint: suggestion.map { "Did you mean 'aws \(service) \($0)'?" }))
        }
        return .success(AWSCommand(service: service, operation: operation, arguments: Array(rest.dropFirst())))
    }

    private static var simulatedList: String {
        "Simulated services: " + AWSServiceCatalogue.simulatedServices.joined(separator: ", ") + "."
    }
}
