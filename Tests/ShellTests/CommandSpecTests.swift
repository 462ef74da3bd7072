import Testing
@testable import Shell

@Suite("Command declarations")
struct CommandSpecTests {
    static let spec = CommandSpec(
        "copy", group: .files, summary: "Copy files.",
        arguments: [
            ArgumentSpec("SOURCE", .oneOrMore, help: "files to copy"),
            ArgumentSpec("DEST", help: "where to"),
        ],
        options: [
            OptionSpec("--force", help: "overwrite"),
            OptionSpec("--mode", value: "MODE", help: "permissions"),
        ]
    )

    @Test("The usage line is derived from the declaration")
    func usage() {
        #expect(Self.spec.usage == "copy [--force] [--mode MODE] SOURCE... DEST")
        #expect(CommandRegistry.standard.command(named: "cat")?.spec.usage == "cat FILE...")
        #expect(CommandRegistry.standard.command(named: "ls")?.spec.usage == "ls [--all] [PATH]")
    }

    @Test("Positionals fill repeating arguments while leaving the required ones after them")
    func positionals() throws {
        let parsed = try Self.spec.parse(["a", "b", "--force", "c", "--mode=644"])
        #expect(parsed.values("SOURCE") == ["a", "b"])
        #expect(parsed.value("DEST") == "c")
        #expect(parsed.flag("--force"))
        #expect(parsed.option("--mode") == "644")
    }

    @Test("Words after -- are positionals even when they start with a dash")
    func doubleDash() throws {
        let parsed = try Self.spec.parse(["--", "-a", "-b"])
        #expect(parsed.values("SOURCE") == ["-a"])
        #expect(parsed.value("DEST") == "-b")
    }

    static let failures: [([String], String)] = [
        ([], "copy: missing SOURCE"),
        (["a"], "copy: missing DEST"),
        (["a", "b", "--forse"], "copy: unknown option '--forse'"),
        (["a", "b", "--mode"], "copy: --mode needs a value (MODE)"),
        (["a", "b", "--force=yes"], "copy: --force takes no value"),
    ]

    @Test("Wrong words give a usage error naming the problem", arguments: failures)
    func usageErrors(words: [String], message: String) {
        #expect {
            try Self.spec.parse(words)
        } throws: { error in
            guard let usage = error as? UsageError else { return false }
            return usage.presentation.lines == [message, "usage: copy [--force] [--mode MODE] SOURCE... DEST"]
        }
    }

    @Test("A misspelt option is met with a suggestion")
    func optionSuggestion() throws {
        do throws(UsageError) {
            _ = try Self.spec.parse(["a", "b", "--forse"])
            Issue.record("expected a usage error")
        } catch {
            #expect(error.presentation.hint == "Did you mean '--force'?")
        }
    }

    @Test("Too many words for a command without repeating arguments are refused")
    func tooMany() {
        let help = CommandRegistry.standard.command(named: "help")!.spec
        #expect(throws: UsageError.self) { try help.parse(["a", "b"]) }
        #expect(throws: Never.self) { try help.parse(["a"]) }
    }

    @Test("Every command and alias has a unique name, a summary and a group")
    func registry() {
        let registry = CommandRegistry.standard
        #expect(registry.allNames == ["as", "back", "cat", "check", "clear", "clock", "demo", "exit", "explain", "help", "hint", "history",
                                      "invoke", "lessons", "logs", "ls", "next", "open", "progress", "python", "quit", "reset", "routing", "save",
                                      "solution", "start", "state", "step", "timeline", "undo", "where", "whoami", "zip"])
        let usageWidth = registry.commands.map { HelpRenderer.shortUsage($0.spec).count }.max() ?? 0
        for command in registry.commands {
            #expect(!command.spec.summary.isEmpty)
            #expect(command.spec.summary.hasSuffix("."))
            // The overview table (4 spaces, usage column, 3 spaces, summary) must fit 80 columns.
            #expect(4 + usageWidth + 3 + command.spec.summary.count <= 80, "summary of \(command.spec.name) too long")
        }
    }
}

@Suite("Help text")
struct HelpTextTests {
    @Test("Help prose wraps at spaces to the console width")
    func wraps() {
        #expect(HelpRenderer.wrap("one two three four", width: 20) == ["one two three four"])
        #expect(HelpRenderer.wrap("aaaa bbbb cccc dddd eeee ffff", width: 20) == ["aaaa bbbb cccc dddd", "eeee ffff"])
        #expect(HelpRenderer.wrap(String(repeating: "x", count: 30) + " y", width: 20) == [String(repeating: "x", count: 30), "y"])
    }

    @Test("Short options show in usage lines and parse like their long spelling")
    func shortOptions() throws {
        let zip = CommandRegistry.standard.command(named: "zip")!.spec
        #expect(zip.usage == "zip [-r|--recurse-paths] ARCHIVE FILE...")
        #expect(try zip.parse(["-r", "a.zip", "b"]).flag("--recurse-paths"))
        #expect(try zip.parse(["--recurse-paths", "a.zip", "b"]).flag("--recurse-paths"))
    }
}

@Suite("Python at the workbook prompt")
struct PythonClassificationTests {
    @Test("Python statements and expressions are recognised, commands and bare typos are not", arguments: [
        ("x = 1", true), ("print('hi')", true), ("def f():", true), ("import json", true), ("[1, 2]", true),
        ("'text'", true), ("3 * 7", true), ("d['k']", true), ("a.b", true), ("for i in range(3):", true),
        ("ls", false), ("cat a.py", false), ("help", false), ("lsit", false), ("aws lambda invoke", false),
        ("lambda list-functions", false), ("zip -r a.zip b", false), ("python", false),
    ])
    func classification(input: String, isPython: Bool) {
        #expect(InputClassifier.looksLikePython(input, registry: .standard, pythonNames: { _ in false }) == isPython)
    }

    @Test("A bare name is Python once the session's namespace defines it")
    func definedNames() {
        #expect(!InputClassifier.looksLikePython("total", registry: .standard, pythonNames: { _ in false }))
        #expect(InputClassifier.looksLikePython("total", registry: .standard, pythonNames: { $0 == "total" }))
    }

    @Test("An unfinished Python block asks for more lines; a blank line ends it")
    func blocks() {
        #expect(InputClassifier.needsMoreInput("def f():"))
        #expect(InputClassifier.needsMoreInput("def f():\n    return 1"))
        #expect(!InputClassifier.needsMoreInput("def f():\n    return 1\n"))
        #expect(!InputClassifier.needsMoreInput("x = 1"))
    }
}
