import Foundation
import Testing
import WorkbookTestSupport

/// Runs the built `lambda-workbook` with piped standard input, as graders and scripts do.
@Suite("The lambda-workbook binary", .serialized)
struct BinaryTests {
    let workspace: String

    init() throws {
        workspace = try TemporaryDirectory.make(prefix: "e2e-workspace")
        try "Hello from the workspace\n".write(toFile: workspace + "/hello.txt", atomically: true, encoding: .utf8)
    }

    func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> BinaryRunner.Output {
        try BinaryRunner.run(arguments + ["--workspace", workspace], input: Array(input.utf8), environment: environment)
    }

    @Test("--version prints the name and version")
    func version() throws {
        let output = try BinaryRunner.run(["--version"])
        #expect(output.status == 0)
        #expect(output.standardOutput == "lambda-workbook 0.1.0\n")
    }

    @Test("--help lists the subcommands, and each subcommand's --help its options")
    func help() throws {
        let root = try BinaryRunner.run(["--help"])
        #expect(root.status == 0)
        #expect(root.standardOutput.contains("repl (default)"))
        #expect(root.standardOutput.contains("run"))
        for subcommand in ["run", "repl", "help run"] {
            let output = try BinaryRunner.run(subcommand.split(separator: " ").map(String.init) + (subcommand.hasPrefix("help") ? [] : ["--help"]))
            #expect(output.status == 0)
            #expect(output.standardOutput.contains("USAGE: lambda-workbook"))
            #expect(output.standardOutput.contains("--workspace"))
            #expect(output.standardOutput.contains("--seed"))
            #expect(output.standardOutput.contains("--no-color"))
        }
    }

    @Test("Completion scripts are generated for bash, zsh and fish", arguments: ["bash", "zsh", "fish"])
    func completionScripts(shell: String) throws {
        let output = try BinaryRunner.run(["--generate-completion-script", shell])
        #expect(output.status == 0)
        #expect(output.standardOutput.contains("lambda-workbook"))
        #expect(output.standardOutput.contains("run"))
    }

    @Test("Piped commands run without prompts, banner or colour")
    func piped() throws {
        let output = try run([], input: "cat hello.txt\nexit\n", environment: ["TERM": "xterm-256color"])
        #expect(output.status == 0)
        #expect(output.standardOutput == "Hello from the workspace\n")
        #expect(output.standardError.isEmpty)
        #expect(!output.standardOutput.contains("\u{1B}"))
    }

    @Test("A failing piped command stops the run with status 1 and names its line")
    func pipedFailure() throws {
        let output = try run([], input: "cat hello.txt\ncat missing.txt\ncat hello.txt\n")
        #expect(output.status == 1)
        #expect(output.standardOutput == "Hello from the workspace\n")
        #expect(output.standardError == "<stdin>:2: error: 'missing.txt': no such file or directory in the workspace\n")
    }

    @Test("run FILE executes a script and stops at the first failure")
    func runFile() throws {
        let script = workspace + "/script.wb"
        try "# a comment\ncat hello.txt\nnosuchcommand\ncat hello.txt\n".write(toFile: script, atomically: true, encoding: .utf8)
        let output = try run(["run", script])
        #expect(output.status == 1)
        #expect(output.standardOutput == "Hello from the workspace\n")
        #expect(output.standardError.hasPrefix("\(script):3: error: Unknown command 'nosuchcommand'."))
    }

    @Test("run --keep-going runs every line and still reports the failure")
    func keepGoing() throws {
        let script = workspace + "/script.wb"
        try "nosuchcommand\ncat hello.txt\n".write(toFile: script, atomically: true, encoding: .utf8)
        let output = try run(["run", "--keep-going", script])
        #expect(output.status == 1)
        #expect(output.standardOutput == "Hello from the workspace\n")
    }

    @Test("run - reads the script from standard input")
    func runStdin() throws {
        let output = try run(["run", "-"], input: "cat hello.txt\n")
        #expect(output.status == 0)
        #expect(output.standardOutput == "Hello from the workspace\n")
    }

    @Test("run with an empty file succeeds and prints nothing")
    func emptyFile() throws {
        let script = workspace + "/empty.wb"
        #expect(FileManager.default.createFile(atPath: script, contents: Data()))
        let output = try run(["run", script])
        #expect(output.status == 0)
        #expect(output.standardOutput.isEmpty && output.standardError.isEmpty)
    }

    @Test("run with a missing file or a directory gives one clear line and status 1")
    func missingAndDirectory() throws {
        let missing = try run(["run", workspace + "/nope.wb"])
        #expect(missing.status == 1)
        #expect(missing.standardError == "lambda-workbook: error: cannot open '\(workspace)/nope.wb': No such file or directory\n")
        let directory = try run(["run", workspace])
        #expect(directory.status == 1)
        #expect(directory.standardError == "lambda-workbook: error: '\(workspace)' is a directory, not a script file\n")
    }

    @Test("run without a file is a usage error")
    func runWithoutFile() throws {
        let output = try BinaryRunner.run(["run"])
        #expect(output.status != 0)
        #expect(output.standardError.contains("Missing expected argument '<file> ...'"))
    }

    @Test("A 1 MB line is refused in one line, and the session goes on")
    func hugeLine() throws {
        let line = String(repeating: "x", count: 1_048_576)
        let output = try run([], input: line + "\nls\n", environment: [:])
        #expect(output.status == 1)
        let errorLines = output.standardError.split(separator: "\n")
        #expect(errorLines.count == 2)
        #expect(errorLines.first?.contains("characters)") == true)
        #expect(output.standardError.utf8.count < 400)
    }

    @Test("Invalid UTF-8 and control characters are reported escaped, never crashing", arguments: [
        [0x63, 0x61, 0x74, 0x20, 0xFF, 0xFE, 0x0A] as [UInt8],
        [0x1B, 0x5B, 0x32, 0x4A, 0x0A],
        [0x00, 0x01, 0x02, 0x0A],
    ])
    func oddBytes(bytes: [UInt8]) throws {
        let output = try BinaryRunner.run(["--workspace", workspace, "--keep-going"], input: bytes + Array("cat hello.txt\n".utf8))
        #expect(output.status == 1)
        #expect(output.standardOutput == "Hello from the workspace\n")
        #expect(!output.standardError.contains("\u{1B}"))
        #expect(output.standardError.contains("error:"))
    }

    @Test("An unbalanced quote at the end of input is an error with a caret")
    func unbalancedQuote() throws {
        let output = try run([], input: "cat 'hello.txt\n")
        #expect(output.status == 1)
        #expect(output.standardError == "<stdin>:1: error: the input ends early: unterminated single quote\n  cat 'hello.txt\n      ^\n")
    }

    @Test("The workspace defaults to XDG_DATA_HOME and is created on first use")
    func defaultWorkspace() throws {
        let data = try TemporaryDirectory.make(prefix: "xdg-data")
        let output = try BinaryRunner.run(["run", "-"], input: Array("ls\n".utf8), environment: ["XDG_DATA_HOME": data])
        #expect(output.status == 0)
        #expect(output.standardOutput == "The workspace is empty.\n")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: data + "/lambda-workbook/workspace", isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    @Test("--no-color and NO_COLOR both keep output free of escape codes")
    func noColor() throws {
        for (arguments, environment) in [(["--no-color"], [String: String]()), ([], ["NO_COLOR": "1"])] {
            let output = try run(arguments, input: "help\n", environment: environment)
            #expect(output.status == 0)
            #expect(!output.standardOutput.contains("\u{1B}"))
        }
    }
}
