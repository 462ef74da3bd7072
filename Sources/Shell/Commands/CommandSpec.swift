import AWSCommandLine

/// What a positional argument or option value completes to.
public enum CompletionKind: Sendable, Equatable {
    case none
    /// A file or directory in the workspace.
    case workspacePath
    /// The name of a workbook command.
    case commandName
    /// One of a fixed set of words.
    case choices([String])
    /// The id of a lesson in the course.
    case lessonID
    /// The name of a function in the simulated account.
    case functionName
}

/// A positional argument of a workbook command.
public struct ArgumentSpec: Sendable, Equatable {
    public enum Arity: Sendable, Equatable { case required, optional, zeroOrMore, oneOrMore }

    public var name: String
    public var help: String
    public var arity: Arity
    public var completion: CompletionKind

    public init(_ name: String, _ arity: Arity = .required, help: String, completion: CompletionKind = .none) {
        self.name = name
        self.help = help
        self.arity = arity
        self.completion = completion
    }

    /// `FILE`, `[COUNT]`, `[FILE...]`, `FILE...`.
    var usage: String {
        switch arity {
        case .required: return name
        case .optional: return "[\(name)]"
        case .zeroOrMore: return "[\(name)...]"
        case .oneOrMore: return "\(name)..."
        }
    }
}

/// A `--flag` or `--option VALUE` of a workbook command.
public struct OptionSpec: Sendable, Equatable {
    public var name: String
    /// A one-letter spelling such as `-r`, for commands that mirror a Unix tool.
    public var short: String?
    public var valueName: String?
    public var help: String
    public var completion: CompletionKind

    /// - Parameter valueName: the placeholder for the option's value; `nil` for a flag that takes none.
    public init(_ name: String, short: String? = nil, value valueName: String? = nil, help: String,
                completion: CompletionKind = .none) {
        precondition(name.hasPrefix("--"), "options are spelt --name")
        precondition(short.map { $0.count == 2 && $0.hasPrefix("-") } ?? true, "short options are spelt -x")
        self.name = name
        self.short = short
        self.valueName = valueName
        self.help = help
        self.completion = completion
    }

    var usage: String {
        let spelling = short.map { "\($0)|\(name)" } ?? name
        return valueName.map { "\(spelling) \($0)" } ?? spelling
    }
}

/// The groups `help` lists commands in, in this order.
public enum CommandGroup: String, Sendable, CaseIterable {
    case lessons = "Lessons"
    case session = "Session"
    case files = "Files"
    case python = "Python"
    case access = "Identity and access"
    case world = "The simulated cloud"
    case functions = "Functions"
}

/// The one declaration of a workbook command: parsing, usage, `help` and completion all derive from it.
public struct CommandSpec: Sendable {
    public var name: String
    public var aliases: [String]
    public var group: CommandGroup
    public var summary: String
    public var discussion: String?
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var examples: [String]

    public init(_ name: String, aliases: [String] = [], group: CommandGroup, summary: String, discussion: String? = nil,
                arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], examples: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.group = group
        self.summary = summary
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
    }

    /// `cat FILE...`, `history [--clear] [COUNT]`.
    public var usage: String {
        ([name] + options.map { "[\($0.usage)]" } + arguments.map(\.usage)).joined(separator: " ")
    }

    /// Parses the words after the command name.
    public func parse(_ words: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var positionals: [String] = []
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if !optionsEnded, word == "--" { optionsEnded = true; continue }
            if !optionsEnded, word.hasPrefix("-"), word.count > 1 {
                var name = word
                var inlineValue: String? = nil
                if let equals = word.firstIndex(of: "=") {
                    name = String(word[..<equals])
                    inlineValue = String(word[word.index(after: equals)...])
                }
                guard let option = options.first(where: { $0.name == name || $0.short == name }) else {
                    let suggestion = SpellingSuggestion.closest(to: name, among: options.map(\.name))
                    throw UsageError(command: self, message: "unknown option '\(Printable.truncated(name))'",
                                     suggestion: suggestion)
                }
                if option.valueName == nil {
                    guard inlineValue == nil else {
                        throw UsageError(command: self, message: "\(option.name) takes no value")
                    }
                    parsed.flags.insert(option.name)
                } else if let inlineValue {
                    parsed.options[option.name] = inlineValue
                } else {
                    guard index < words.count else {
                        throw UsageError(command: self, message: "\(option.name) needs a value (\(option.valueName!))")
                    }
                    parsed.options[option.name] = words[index]
                    index += 1
                }
                continue
            }
            positionals.append(word)
        }
        try assign(positionals, to: &parsed)
        return parsed
    }

    private func assign(_ positionals: [String], to parsed: inout ParsedArguments) throws(UsageError) {
        var remaining = positionals[...]
        for (position, argument) in arguments.enumerated() {
            let laterRequired = arguments[(position + 1)...].filter { $0.arity == .required || $0.arity == .oneOrMore }.count
            switch argument.arity {
            case .required:
                guard let value = remaining.popFirst() else {
                    throw UsageError(command: self, message: "missing \(argument.name)")
                }
                parsed.positionals[argument.name] = [value]
            case .optional:
                if remaining.count > laterRequired, let value = remaining.popFirst() {
                    parsed.positionals[argument.name] = [value]
                }
            case .zeroOrMore, .oneOrMore:
                let minimum = argument.arity == .oneOrMore ? 1 : 0
                let take = min(remaining.count, max(minimum, remaining.count - laterRequired))
                let values = Array(remaining.prefix(take))
                remaining = remaining.dropFirst(take)
                if argument.arity == .oneOrMore, values.isEmpty {
                    throw UsageError(command: self, message: "missing \(argument.name)")
                }
                parsed.positionals[argument.name] = values
            }
        }
        if let extra = remaining.first {
            throw UsageError(command: self, message: "unexpected argument '\(Printable.truncated(extra))'")
        }
    }
}

/// The values a command received, by argument and option name.
public struct ParsedArguments: Sendable, Equatable {
    public var positionals: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var options: [String: String] = [:]

    public init() {}

    public func value(_ argument: String) -> String? { positionals[argument]?.first }
    public func values(_ argument: String) -> [String] { positionals[argument] ?? [] }
    public func flag(_ name: String) -> Bool { flags.contains(name) }
    public func option(_ name: String) -> String? { options[name] }
}

/// A command was given the wrong words; shows what was wrong and the command's usage line.
public struct UsageError: PresentableError, Equatable {
    public var commandName: String
    public var usage: String
    public var message: String
    public var suggestion: String?

    init(command: CommandSpec, message: String, suggestion: String? = nil) {
        self.commandName = command.name
        self.usage = command.usage
        self.message = message
        self.suggestion = suggestion
    }

    public init(commandName: String, usage: String, message: String) {
        self.commandName = commandName
        self.usage = usage
        self.message = message
    }

    public var presentation: ErrorPresentation {
        ErrorPresentation(
            lines: ["\(commandName): \(message)", "usage: \(usage)"],
            hint: suggestion.map { "Did you mean '\($0)'?" } ?? "Type 'help \(commandName)' for details."
        )
    }
}
