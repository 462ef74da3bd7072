import AWSCommandLine

/// `help` output and the README's command reference, both derived from the command declarations.
public enum HelpRenderer {
    static func overview(of registry: CommandRegistry, on console: Console) {
        console.line(.styled("Workbook commands", .heading))
        let usageWidth = registry.commands.map { shortUsage($0.spec).count }.max() ?? 0
        for group in CommandGroup.allCases {
            let commands = registry.commands.filter { $0.spec.group == group }
            guard !commands.isEmpty else { continue }
            console.line(StyledText("  ") + .styled(group.rawValue, .emphasis))
            for command in commands {
                let usage = shortUsage(command.spec)
                let padding = String(repeating: " ", count: usageWidth - usage.count + 3)
                console.line(StyledText("    ") + .styled(usage, .code) + StyledText(padding + command.spec.summary))
            }
        }
        console.line()
        console.line(.styled("AWS CLI commands", .heading))
        console.line(StyledText("    ") + .styled("aws SERVICE OPERATION [--parameters]", .code)
                     + "   as with the real AWS CLI; the leading 'aws' is optional.")
        console.line("    Services: " + AWSServiceCatalogue.simulatedServices.joined(separator: ", ") + ".")
        console.line()
        console.line(StyledText("Type ") + .styled("help COMMAND", .code) + " for details. Tab completes commands, "
                     + "options and file names; Ctrl-R searches the history.")
    }

    static func detail(of spec: CommandSpec, on console: Console) {
        console.line(.styled("usage: ", .heading) + .styled(spec.usage, .code))
        console.line()
        for line in wrap(spec.summary, width: console.width - 2) { console.line(StyledText("  " + line)) }
        if let discussion = spec.discussion {
            for line in wrap(discussion, width: console.width - 2) { console.line(StyledText("  " + line)) }
        }
        if !spec.aliases.isEmpty { console.line(StyledText("  Also: " + spec.aliases.joined(separator: ", ") + ".")) }
        let rows = spec.arguments.map { ($0.usage, $0.help) } + spec.options.map { ($0.usage, $0.help) }
        if !rows.isEmpty {
            console.line()
            let width = rows.map(\.0.count).max() ?? 0
            for (name, help) in rows {
                console.line(StyledText("  ") + .styled(name, .code) + StyledText(String(repeating: " ", count: width - name.count + 3) + help))
            }
        }
        if !spec.examples.isEmpty {
            console.line()
            console.line(.styled("examples:", .heading))
            for example in spec.examples { console.line(StyledText("  ") + .styled(example, .code)) }
        }
    }

    static func awsHelp(on console: Console) {
        console.line(.styled("usage: ", .heading) + .styled("aws SERVICE OPERATION [--parameters]", .code))
        console.line()
        console.line("  Type AWS CLI commands as you would against real AWS; 'aws' itself may be left out.")
        console.line("  They run against the simulated account 123456789012 in us-east-1.")
        console.line("  Simulated services: " + AWSServiceCatalogue.simulatedServices.joined(separator: ", ") + ".")
    }

    /// Splits `text` into lines of at most `width` characters at spaces (a longer word gets a line of its own).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > max(width, 20) {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The command name with its arguments but without its options, for the overview table.
    static func shortUsage(_ spec: CommandSpec) -> String {
        ([spec.name] + spec.arguments.map(\.usage)).joined(separator: " ")
    }

    /// The command reference section of the README, in Markdown.
    public static func markdownReference(of registry: CommandRegistry) -> String {
        var lines: [String] = []
        for group in CommandGroup.allCases {
            let commands = registry.commands.filter { $0.spec.group == group }
            guard !commands.isEmpty else { continue }
            lines.append("**\(group.rawValue)**")
            lines.append("")
            lines.append("| command | what it does |")
            lines.append("|---|---|")
            for command in commands {
                var text = command.spec.summary
                if let discussion = command.spec.discussion { text += " " + discussion }
                if !command.spec.aliases.isEmpty { text += " Also: `" + command.spec.aliases.joined(separator: "`, `") + "`." }
                lines.append("| `\(command.spec.usage)` | \(text) |")
            }
            lines.append("")
        }
        lines.append("**AWS CLI**: `aws SERVICE OPERATION [--parameters]` (the leading `aws` is optional). Services: "
                     + AWSServiceCatalogue.simulatedServices.map { "`\($0)`" }.joined(separator: ", ") + ".")
        return lines.joined(separator: "\n")
    }
}
