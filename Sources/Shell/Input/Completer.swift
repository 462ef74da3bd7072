import AWSCommandLine
import LineEditing
import Workbook

/// Tab completion, derived from the command declarations and the AWS catalogue.
struct Completer {
    let registry: CommandRegistry
    let workspace: Workspace
    /// The course's lesson ids, for `start` and `demo`.
    var lessonIDs: [String] = []
    /// The simulated account's function names, read when Tab is pressed, for `invoke`, `logs` and `timeline`.
    var functionNames: () -> [String] = { [] }

    func completions(for textBeforeCursor: String) -> Completions {
        let (words, partial) = CommandWords.trailingWord(of: textBeforeCursor)
        let names = words.map(\.text)
        guard let first = names.first else {
            return matching(partial, registry.allNames + ["aws"] + AWSServiceCatalogue.simulatedServices)
        }
        if let command = registry.command(named: first), names.count == 1, !partial.hasPrefix("-"),
           AWSServiceCatalogue.simulatedServices.contains(first) {
            // `logs ` is both the workbook's command (a function name next) and the AWS service (an operation next).
            let functions = command.spec.arguments.first?.completion == .functionName ? functionNames() : []
            return matching(partial, functions + AWSServiceCatalogue.operations(of: first))
        }
        if first == "aws" || AWSServiceCatalogue.simulatedServices.contains(first) {
            return awsCompletions(names: first == "aws" ? Array(names.dropFirst()) : names, partial: partial)
        }
        guard let command = registry.command(named: first) else { return .none }
        if partial.hasPrefix("-") {
            return matching(partial, command.spec.options.map(\.name))
        }
        if let last = names.last, let option = command.spec.options.first(where: { $0.name == last }), option.valueName != nil {
            return complete(partial, kind: option.completion)
        }
        let positionalIndex = positionalCount(names.dropFirst(), spec: command.spec)
        guard let argument = argumentAt(positionalIndex, in: command.spec) else { return .none }
        return complete(partial, kind: argument.completion)
    }

    private func awsCompletions(names: [String], partial: String) -> Completions {
        switch names.count {
        case 0: return matching(partial, AWSServiceCatalogue.simulatedServices)
        case 1: return matching(partial, AWSServiceCatalogue.operations(of: names[0]))
        default:
            guard partial.hasPrefix("-") else { return .none }
            return matching(partial, AWSCommandLine.flags(for: names[0], operation: names[1]))
        }
    }

    private func complete(_ partial: String, kind: CompletionKind) -> Completions {
        switch kind {
        case .none: return .none
        case .commandName: return matching(partial, registry.allNames + ["aws"])
        case .choices(let choices): return matching(partial, choices)
        case .lessonID: return matching(partial, lessonIDs)
        case .functionName: return matching(partial, functionNames())
        case .workspacePath: return workspacePaths(partial)
        }
    }

    private func workspacePaths(_ partial: String) -> Completions {
        let directory = partial.lastIndex(of: "/").map { String(partial[...$0]) } ?? ""
        guard let entries = try? workspace.list(directory.isEmpty ? "." : directory) else { return .none }
        let candidates = entries.map { directory + $0.name + ($0.isDirectory ? "/" : "") }
        return matching(partial, candidates)
    }

    private func matching(_ partial: String, _ candidates: [String]) -> Completions {
        let found = Set(candidates.filter { $0.hasPrefix(partial) }).sorted()
        return Completions(word: partial, candidates: found)
    }

    /// How many positional words precede the cursor, skipping options and their values.
    private func positionalCount(_ words: ArraySlice<String>, spec: CommandSpec) -> Int {
        var count = 0
        var skipNext = false
        for word in words {
            if skipNext { skipNext = false; continue }
            if word.hasPrefix("-"), let option = spec.options.first(where: { $0.name == word }) {
                skipNext = option.valueName != nil
                continue
            }
            count += 1
        }
        return count
    }

    private func argumentAt(_ index: Int, in spec: CommandSpec) -> ArgumentSpec? {
        var position = 0
        for argument in spec.arguments {
            switch argument.arity {
            case .zeroOrMore, .oneOrMore: return argument
            case .required, .optional:
                if position == index { return argument }
                position += 1
            }
        }
        return nil
    }
}
