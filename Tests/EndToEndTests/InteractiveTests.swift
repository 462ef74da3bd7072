import Foundation
import Testing
import WorkbookTestSupport

/// The real REPL on a pseudo-terminal: libedit's prompt, completion, Ctrl-C, Ctrl-D, history and Ctrl-R.
@Suite("The interactive REPL", .serialized)
struct InteractiveTests {
    let home: String
    let workspace: String

    init() throws {
        home = try TemporaryDirectory.make(prefix: "pty-home")
        workspace = home + "/workspace"
        try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        try "print('hi')\n".write(toFile: workspace + "/lambda_function.py", atomically: true, encoding: .utf8)
    }

    func start() throws -> PseudoTerminalSession {
        let session = try PseudoTerminalSession(arguments: ["--workspace", workspace], home: home)
        #expect(session.waitFor("workbook> "), "no prompt: \(session.screenText)")
        return session
    }

    @Test("The REPL shows the banner and a prompt, and runs what is typed")
    func promptAndRun() throws {
        let terminal = try start()
        #expect(terminal.screenText.contains("Lambda Workbook 0.1.0"))
        #expect(terminal.screenText.contains("Your files live in \(workspace)."))
        #expect(terminal.run("cat lambda_function.py\r", expecting: "print('hi')"))
        terminal.type("exit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Tab completes a command name and a workspace file")
    func tabCompletion() throws {
        let terminal = try start()
        #expect(terminal.run("ca\tlam\t\r", expecting: "print('hi')"), "\(terminal.screenText)")
        #expect(terminal.screenText.contains("cat lambda_function.py"))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Tab twice lists the candidates when they share no longer prefix")
    func tabListing() throws {
        let terminal = try start()
        terminal.type("h\t\t")
        #expect(terminal.waitFor("help"))
        #expect(terminal.waitFor("history"))
        #expect(terminal.run("\u{03}", expecting: "^C"))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Ctrl-C discards a half-typed multi-line input and the REPL goes on")
    func ctrlC() throws {
        let terminal = try start()
        terminal.type("cat 'unfinished\r")
        #expect(terminal.waitFor("...> "))
        terminal.type("more text\u{03}")
        #expect(terminal.waitFor("^C"))
        #expect(terminal.run("ls\r", expecting: "lambda_function.py"))
        #expect(!terminal.screenText.contains("no such file"))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Ctrl-D on an empty line leaves and saves the de-duplicated history; Ctrl-R finds it next time")
    func historyAcrossRuns() throws {
        let first = try start()
        #expect(first.run("help ls\r", expecting: "examples:"))
        #expect(first.run("ls\r", expecting: "lambda_function.py"))
        #expect(first.run("help ls\r", expecting: "examples:"))
        first.type("\u{04}")
        #expect(first.waitForExit() == 0)
        let saved = try String(contentsOfFile: home + "/.local/state/lambda-workbook/history", encoding: .utf8)
        #expect(saved == "ls\nhelp ls\n")

        let second = try start()
        #expect(second.run("\u{12}help\r", expecting: "usage: ls"), "\(second.screenText)")
        second.type("\u{04}")
        #expect(second.waitForExit() == 0)
    }

    @Test("Key bindings from ~/.editrc are honoured")
    func editrc() throws {
        try "bind -s ^G 'cat lambda_function.py'\n".write(toFile: home + "/.editrc", atomically: true, encoding: .utf8)
        let terminal = try start()
        #expect(terminal.run("\u{07}\r", expecting: "print('hi')"), "\(terminal.screenText)")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Ctrl-C stops a running Python loop with KeyboardInterrupt, and the REPL goes on")
    func interruptRunningCode() throws {
        let terminal = try start()
        let mark = terminal.screenText.count
        terminal.type("n = 0\r")
        #expect(terminal.waitFor("workbook> ", after: mark + 1))
        terminal.type("while True: n += 1\r")
        terminal.type("\r")
        // As a person would: press Ctrl-C again until the loop stops (a press before it starts is not for it).
        var stopped = false
        for _ in 0..<60 where !stopped {
            terminal.interrupt()
            stopped = terminal.waitFor("KeyboardInterrupt", after: mark, timeout: 0.5)
        }
        #expect(stopped, "\(terminal.screenText)")
        #expect(terminal.run("print(n > 0)\r", expecting: "True"))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("Resizing the terminal while editing keeps the REPL working")
    func resize() throws {
        let terminal = try start()
        terminal.type("ca")
        terminal.resize(columns: 40, rows: 10)
        terminal.resize(columns: 120, rows: 40)
        #expect(terminal.run("t lambda_function.py\r", expecting: "print('hi')"))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}
