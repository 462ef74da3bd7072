import AWSCommandLine

/// `help`, `history`, `clear` and `exit`.
enum SessionCommands {
    static let all: [WorkbookCommand] = [help, history, clear, exit]

    static let help = WorkbookCommand(CommandSpec(
        "help", group: .session,
        summary: "Show the commands, or one command in detail.",
        discussion: "Without an argument, lists every workbook command and how to type AWS CLI commands.",
        arguments: [ArgumentSpec("COMMAND", .optional, help: "a workbook command, or 'aws'", completion: .commandName)],
        examples: ["help", "help cat", "help aws"]
    )) { arguments, session in
        guard let topic = arguments.value("COMMAND") else {
            HelpRenderer.overview(of: session.registry, on: session.console)
            return .success
        }
        if topic == "aws" || AWSServiceCatalogue.simulatedServices.contains(topic) {
            HelpRenderer.awsHelp(on: session.console)
            return .success
        }
        guard let command = session.registry.command(named: topic) else {
            let suggestion = SpellingSuggestion.closest(to: topic, among: session.registry.allNames)
            throw ShellError("No help for '\(Printable.truncated(topic))': there is no such command.",
                             hint: suggestion.map { "Did you mean 'help \($0)'?" } ?? "Type 'help' to see all commands.")
        }
        HelpRenderer.detail(of: command.spec, on: session.console)
        return .success
    }

    static let history = WorkbookCommand(CommandSpec(
        "history", group: .session,
        summary: "List the inputs typed so far, oldest first.",
        discussion: "In the REPL the history is kept across runs; press Ctrl-R to search it.",
        arguments: [ArgumentSpec("COUNT", .optional, help: "show only the last COUNT entries")],
        examples: ["history", "history 5"]
    )) { arguments, session in
        let entries = session.reader.history
        var first = 0
        if let text = arguments.value("COUNT") {
            guard let count = Int(text), count >= 0 else {
                throw UsageError(commandName: "history", usage: "history [COUNT]",
                                 message: "COUNT must be a whole number, not '\(Printable.truncated(text))'")
            }
            first = max(0, entries.count - count)
        }
        let width = String(entries.count).count
        for (index, entry) in entries.enumerated().dropFirst(first) {
            let number = String(index + 1)
            let padded = String(repeating: " ", count: width - number.count) + number
            let lines = entry.split(separator: "\n", omittingEmptySubsequences: false)
            session.console.line(.styled(padded, .dim) + "  \(lines[0])")
            for line in lines.dropFirst() {
                session.console.line(StyledText(String(repeating: " ", count: width + 2) + line))
            }
        }
        return .success
    }

    static let clear = WorkbookCommand(CommandSpec(
        "clear", group: .session,
        summary: "Clear the terminal screen.",
        discussion: "Does nothing when the output is not a terminal."
    )) { _, session in
        session.console.control("\u{1B}[H\u{1B}[2J")
        return .success
    }

    static let exit = WorkbookCommand(CommandSpec(
        "exit", aliases: ["quit"], group: .session,
        summary: "Leave the workbook (Ctrl-D does the same).",
        discussion: "The history is saved; in a script, the remaining lines are not run."
    )) { _, _ in .exit }
}
