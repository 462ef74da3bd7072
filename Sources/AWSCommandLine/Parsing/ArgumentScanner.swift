/// The words of one parameter as typed, before they are read according to its shape.
enum RawArgument: Equatable, Sendable {
    case word(String)
    case words([String])
    case flag(Bool)
}

/// The argument words of one command, sorted by what they name, as argparse sorts them for the CLI.
struct ScannedArguments: Equatable, Sendable {
    var values: [String: RawArgument] = [:]
    /// Where each parameter's value was typed (UTF-8 offsets), for errors about it.
    var sourceRanges: [String: Range<Int>] = [:]
    var globals = GlobalSettings()
    var cliInputJSON: String?
    var skeleton: String?
    var wantsHelp = false
}

/// Splits an operation's argument words into parameters, global options and leftovers the way
/// the AWS CLI's argparse parsers do:
///
/// - `--name value` and `--name=value`; booleans as `--publish` / `--no-publish`;
/// - a list parameter takes every following word up to the next `--option`;
/// - positionals fill in declaration order, then one optional `help`;
/// - whatever is left is reported as `Unknown options: ...` (unknown options first, then extra words);
/// - required parameters missing give `the following arguments are required: --a, --b`, unless
///   `--cli-input-json` is present (then validation reports them by API name).
struct ArgumentScanner {
    let declaration: AWSOperationDeclaration

    func scan(_ commandWords: [CommandWord]) throws(AWSCommandLineError) -> ScannedArguments {
        var scanned = ScannedArguments()
        let words = commandWords.map(\.text)
        func range(_ from: Int, _ to: Int) -> Range<Int>? {
            guard from < commandWords.count, to < commandWords.count, from <= to else { return nil }
            return commandWords[from].sourceRange.lowerBound..<commandWords[to].sourceRange.upperBound
        }
        if words == ["help"] {
            scanned.wantsHelp = true
            return scanned
        }
        var unknownOptions: [(String, Int)] = []
        var positionalWords: [(String, Int)] = []
        var index = 0

        func value(for name: String, inline: String?) throws(AWSCommandLineError) -> String {
            if let inline { return inline }
            guard index < words.count, !looksLikeOption(words[index]) else {
                throw AWSCommandLineError.usageError("argument \(name): expected one argument").at(range(index - 1, index - 1))
            }
            defer { index += 1 }
            return words[index]
        }

        while index < words.count {
            let word = words[index]
            let start = index
            index += 1
            guard looksLikeOption(word) else {
                positionalWords.append((word, start))
                continue
            }
            let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let typed = String(parts[0])
            let inline = parts.count > 1 ? String(parts[1]) : nil
            let name = try expandAbbreviation(typed).mapError { $0.at(range(start, start)) }.get()

            if let option = GlobalOption.named(name) {
                do throws(AWSCommandLineError) {
                    if option.takesValue {
                        let given = try value(for: name, inline: inline)
                        try apply(option, value: given, to: &scanned.globals)
                    } else {
                        if let inline { throw AWSCommandLineError.usageError("argument \(name): ignored explicit argument '\(inline)'") }
                        try apply(option, value: nil, to: &scanned.globals)
                    }
                } catch {
                    throw error.sourceRange == nil ? error.at(range(start, index - 1)) : error
                }
                continue
            }
            switch name {
            case OperationOption.cliInputJSON, OperationOption.cliInputYAML:
                let given = try value(for: name, inline: inline)
                if name == OperationOption.cliInputYAML {
                    throw AWSCommandLineError(lines: ["--cli-input-yaml is not simulated here: use --cli-input-json."]).at(range(start, start))
                }
                scanned.cliInputJSON = given
                scanned.sourceRanges[name] = range(index - 1, index - 1)
                continue
            case OperationOption.generateSkeleton:
                // An optional value: `input` (the default) or `output`.
                if let inline {
                    scanned.skeleton = inline
                } else if index < words.count, ["input", "output", "yaml-input"].contains(words[index]) {
                    scanned.skeleton = words[index]
                    index += 1
                } else {
                    scanned.skeleton = "input"
                }
                continue
            default:
                break
            }
            if let parameter = declaration.parameters.first(where: { !$0.isPositional && ($0.cliName == name || $0.negatedCLIName == name) }) {
                if parameter.isFlag {
                    if let inline {
                        throw AWSCommandLineError.usageError("argument \(name): ignored explicit argument '\(inline)'").at(range(start, start))
                    }
                    scanned.values[parameter.cliName] = .flag(name == parameter.cliName)
                } else if parameter.takesSeveralWords {
                    var taken: [String] = inline.map { [$0] } ?? []
                    while index < words.count, !looksLikeOption(words[index]) {
                        taken.append(words[index])
                        index += 1
                    }
                    // nargs='*': `--layers` alone is an empty list.
                    try checkArgparseType(taken, parameter: parameter, name: name, at: range(start, index - 1))
                    scanned.values[parameter.cliName] = .words(taken)
                } else {
                    let given = try value(for: name, inline: inline)
                    try checkArgparseType([given], parameter: parameter, name: name, at: range(start, index - 1))
                    scanned.values[parameter.cliName] = .word(given)
                }
                scanned.sourceRanges[parameter.cliName] = inline == nil && index - 1 > start ? range(start + 1, index - 1) : range(start, start)
            } else {
                unknownOptions.append((word, start))
            }
        }

        // Positionals in declaration order, then the operation's optional `help` positional.
        var extras = positionalWords[...]
        for parameter in declaration.parameters where parameter.isPositional {
            guard let (word, position) = extras.first else { break }
            scanned.values[parameter.cliName] = .word(word)
            scanned.sourceRanges[parameter.cliName] = range(position, position)
            extras = extras.dropFirst()
        }
        if extras.first?.0 == "help" {
            scanned.wantsHelp = true
            return scanned
        }

        // `--generate-cli-skeleton` needs nothing else; with `--cli-input-json`, validation reports
        // missing API members by name instead (CLI-only ones are still required here).
        let missing = declaration.parameters.filter { $0.isRequiredOnCommandLine && scanned.values[$0.cliName] == nil }
        if !missing.isEmpty, scanned.skeleton == nil, scanned.cliInputJSON == nil || missing.contains(where: \.isLocal) {
            let names = missing.filter { scanned.cliInputJSON == nil || $0.isLocal }.map(\.cliName)
            throw .usageError("the following arguments are required: " + names.joined(separator: ", "))
        }
        let leftovers = unknownOptions + extras
        if !leftovers.isEmpty {
            throw AWSCommandLineError(lines: AWSCommandLineError.usage + ["Unknown options: " + leftovers.map(\.0).joined(separator: ", ")],
                                      sourceRange: range(leftovers[0].1, leftovers[0].1))
        }
        return scanned
    }

    /// Every option name this operation accepts: its own (with `--no-` forms), then the generic ones.
    private var operationOptionNames: [String] {
        var names: [String] = []
        for parameter in declaration.parameters where !parameter.isPositional {
            names.append(parameter.cliName)
            if let negated = parameter.negatedCLIName { names.append(negated) }
        }
        return names + [OperationOption.cliInputJSON, OperationOption.cliInputYAML, OperationOption.generateSkeleton]
    }

    /// argparse accepts an unambiguous prefix of an option (`--fun` for `--function-name`, `--out`
    /// for `--output`). An exact name wins. Then, as in the CLI, the main parser's global options
    /// are tried first (so `--r` is `--region` even where `--role` exists), then the operation's;
    /// a prefix of several is an error; no match is left as typed, to be reported as unknown.
    private func expandAbbreviation(_ typed: String) -> Result<String, AWSCommandLineError> {
        let operationNames = operationOptionNames
        let globalNames = GlobalOption.all.map(\.name)
        if operationNames.contains(typed) || globalNames.contains(typed) || typed.count < 3 { return .success(typed) }
        for candidates in [globalNames, operationNames] {
            let matches = candidates.filter { $0.hasPrefix(typed) }
            if matches.count == 1 { return .success(matches[0]) }
            if matches.count > 1 {
                return .failure(.usageError("ambiguous option: \(typed) could match \(matches.joined(separator: ", "))"))
            }
        }
        return .success(typed)
    }

    /// The CLI gives argparse a type for `long` (int) and `double` (float) options, and for the
    /// pagination options, so a bad number is a usage error there: `argument --start-time: invalid
    /// int value: 'abc'`. (`integer` options are read later, with Python's `int()` message.)
    private func checkArgparseType(_ words: [String], parameter: AWSParameter, name: String,
                                   at location: Range<Int>?) throws(AWSCommandLineError) {
        var kind = parameter.shape.kind
        if case .list(let member) = kind { kind = member.kind }
        for word in words {
            // The CLI's own commands (`logs tail --format`) give argparse their choices.
            if parameter.isLocal, !parameter.shape.choices.isEmpty, !parameter.shape.choices.contains(word) {
                let choices = parameter.shape.choices.map(PythonText.repr).joined(separator: ", ")
                throw AWSCommandLineError.usageError("argument \(name): invalid choice: \(PythonText.repr(word)) (choose from \(choices))").at(location)
            }
            switch kind {
            case .long:
                if (try? PythonNumbers.int(word)) == nil {
                    throw AWSCommandLineError.usageError("argument \(name): invalid int value: \(PythonText.repr(word))").at(location)
                }
            case .double:
                if (try? PythonNumbers.float(word)) == nil {
                    throw AWSCommandLineError.usageError("argument \(name): invalid float value: \(PythonText.repr(word))").at(location)
                }
            default:
                break
            }
        }
    }

    /// argparse treats a word as an option when it starts with `-` and is not a negative number.
    private func looksLikeOption(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word.count > 1 else { return false }
        let rest = word.dropFirst()
        return !(rest.first.map { $0.isNumber || $0 == "." } ?? false)
    }

    private func apply(_ option: GlobalOption, value: String?, to globals: inout GlobalSettings) throws(AWSCommandLineError) {
        if let value, !option.choices.isEmpty, !option.choices.contains(value) {
            throw .usageError("argument \(option.name): " + Self.invalidChoice(value, choices: option.choices))
        }
        if case .notSimulated(let reason) = option.effect {
            throw AWSCommandLineError(lines: [reason])
        }
        switch option.name {
        case "--output": globals.output = value ?? globals.output
        case "--query": globals.query = value
        case "--profile": globals.profile = value
        case "--region": globals.region = value
        case "--cli-binary-format": globals.binaryFormat = value.flatMap(BinaryFormat.init(rawValue:)) ?? .base64
        case "--debug": globals.debug = true
        default: break
        }
    }

    /// The CLI's argparse message for a bad choice: the choices two per line, padded to 40 columns.
    static func invalidChoice(_ value: String, choices: [String]) -> String {
        var lines = ["Invalid choice, valid choices are:", ""]
        var index = 0
        while index < choices.count {
            let row = choices[index..<min(index + 2, choices.count)].map { $0.padding(to: 40) }
            lines.append(row.joined(separator: " | "))
            index += 2
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Python's `'%-40s' % self`.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
