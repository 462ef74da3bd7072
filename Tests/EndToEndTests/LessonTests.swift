import Foundation
import Testing
import WorkbookTestSupport

/// The learner's loop and demo mode in the built binary: the resume offer on a real terminal, and
/// `lambda-workbook demo` with piped input.
@Suite("Lessons in the binary", .serialized)
struct LessonBinaryTests {
    static let course = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("ShellTests/Transcripts/fixture-course").path
    let home: String
    let workspace: String

    init() throws {
        home = try TemporaryDirectory.make(prefix: "pty-lessons-home")
        workspace = home + "/workspace"
        try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
    }

    @Test("On restart the REPL offers to resume the lesson where the learner left it, and Enter accepts")
    func resumeOffer() throws {
        let arguments = ["--workspace", workspace, "--lessons", Self.course]
        let first = try PseudoTerminalSession(arguments: arguments, home: home)
        #expect(first.waitFor("workbook> "), "no prompt: \(first.screenText)")
        #expect(first.run("start 01\r", expecting: "Step 1 of 4: Meet the handler"), "\(first.screenText)")
        #expect(first.run("next\r", expecting: "Step 2 of 4: Greet by name"), "\(first.screenText)")
        first.type("\u{04}")
        #expect(first.waitForExit() == 0)
        let progress = try String(contentsOfFile: home + "/.local/share/lambda-workbook/progress.json", encoding: .utf8)
        #expect(progress.contains("\"currentStep\" : \"greet-step\""))

        let second = try PseudoTerminalSession(arguments: arguments, home: home)
        #expect(second.waitFor("Resume 01-greetings at step 2 (Greet by name)? [Y/n] "), "\(second.screenText)")
        #expect(second.run("\r", expecting: "Step 2 of 4: Greet by name"), "\(second.screenText)")
        #expect(second.run("where\r", expecting: "Exercise: Greet by name (not done yet"), "\(second.screenText)")
        second.type("\u{04}")
        #expect(second.waitForExit() == 0)
    }

    @Test("lambda-workbook demo plays a lesson without pauses when input is piped, and saves a transcript")
    func demoPiped() throws {
        let transcript = home + "/demo.txt"
        let output = try BinaryRunner.run(["demo", "01", "--lessons", Self.course, "--transcript", transcript],
                                          environment: ["HOME": home])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("» aws lambda get-function-configuration --function-name hello --query Handler --output text\nlambda_function.lambda_handler\n"))
        #expect(output.standardOutput.contains("✓ greets"))
        #expect(output.standardOutput.hasSuffix("End of the demo of Greetings.\n"))
        let saved = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(saved == output.standardOutput)
        #expect(!FileManager.default.fileExists(atPath: home + "/.local/share/lambda-workbook/progress.json"))
    }

    @Test("On a terminal, demo mode types commands, pauses after each, and goto and quit steer it")
    func demoOnTerminal() throws {
        let terminal = try PseudoTerminalSession(arguments: ["demo", "01", "--speed", "1000", "--lessons", Self.course], home: home)
        #expect(terminal.waitFor("At each pause: Enter goes on"), "\(terminal.screenText)")
        #expect(terminal.waitFor("demo> "), "\(terminal.screenText)")
        #expect(terminal.screenText.contains("» aws iam create-role --role-name lambda-basic"))
        #expect(!terminal.screenText.contains("» zip function.zip"), "the demo waits at the pause")
        #expect(terminal.run("\r", expecting: "» zip function.zip lambda_function.py", prompt: "demo> "), "\(terminal.screenText)")
        #expect(terminal.run("goto 3\r", expecting: "Step 3 of 4: More memory", prompt: "demo> "), "\(terminal.screenText)")
        terminal.type("quit\r")
        #expect(terminal.waitFor("Demo stopped at step 3."), "\(terminal.screenText)")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("The course's lessons play from start to end in demo mode, every solution passing its checks", arguments: ["01", "02", "04"])
    func courseDemo(lesson: String) throws {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lessons").path
        let output = try BinaryRunner.run(["demo", lesson, "--lessons", lessons], environment: ["HOME": home])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardError.isEmpty, "no lesson command fails: \(output.standardError)")
        let lines = output.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("✓ ") })
        #expect(!lines.contains { $0.hasPrefix("✗ ") || $0.hasPrefix("! ") }, "\(output.standardOutput)")
        #expect(lines.last?.hasPrefix("End of the demo of ") == true)
    }

    @Test("lambda-workbook demo refuses an unknown lesson with a suggestion")
    func demoUnknown() throws {
        let output = try BinaryRunner.run(["demo", "01-greting", "--lessons", Self.course], environment: ["HOME": home])
        #expect(output.status == 1)
        #expect(output.standardError.contains("error: There is no lesson '01-greting'."))
        #expect(output.standardError.contains("Did you mean '01-greetings'?"))
    }
}
