import Foundation
import Synchronization
import LambdaSim
import LineEditing
import Testing
import Workbook
import WorkbookTestSupport
@testable import Shell

/// `invoke`'s summary, `explain last` after an invoke, and `timeline`, against a real invocation.
@Suite("Invocation views")
struct InvocationViewTests {
    static let handler = "count = 0\n\ndef lambda_handler(event, context):\n    global count\n    count += 1\n    return count\n"

    /// A session with the function `hello` (128 MB); runs `inputs` and returns the text and the session.
    func run(_ inputs: [String], width: Int = 80, color: Bool = false) throws -> (text: String, session: Session) {
        let output = Mutex("")
        let console = Console(colorEnabled: color, width: width) { _, text in output.withLock { $0 += text } }
        let reader = ScriptedLineReader(events: inputs.map { .line($0) }, interactive: false)
        let root = try TemporaryDirectory.make(prefix: "invoke")
        let session = Session(configuration: .init(workspace: Workspace(root: root), keepGoing: true), console: console, reader: reader)
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        _ = try session.world.createRole(CreateRoleRequest(roleName: "r", assumeRolePolicyDocument: trust))
        _ = try session.world.createFunction(CreateFunctionRequest(
            functionName: "hello", runtime: "python3.12", role: "arn:aws:iam::123456789012:role/r",
            handler: "lambda_function.lambda_handler", zipFile: try CodePackage.zip(textFiles: [("lambda_function.py", Self.handler)])))
        _ = session.run()
        return (output.withLock { $0 }, session)
    }

    @Test("Dollars keep four significant digits and durations read as REPORT prints them")
    func formats() {
        #expect(InvocationView.dollars(Money(decimal: "0.000000445833375")!) == "$0.0000004458")
        #expect(InvocationView.dollars(Money(decimal: "0.0021")!) == "$0.0021")
        #expect(InvocationView.dollars(.zero) == "$0")
        #expect(InvocationView.milliseconds(15_749) == "15.74 ms")
        #expect(InvocationView.milliseconds(1_005) == "1.00 ms")
    }

    @Test("invoke says cold then warm, and the warm one carries the module's globals over")
    func coldThenWarm() throws {
        let (text, _) = try run(["invoke hello", "invoke hello", "explain last"])
        #expect(text.contains("Cold start · env-1 ·"))
        #expect(text.contains("Warm start · env-1 ·"))
        #expect(text.contains("Why it was a warm start:"))
        #expect(text.contains("  count: module-level names that earlier invocations in env-1 left behind"))
    }

    @Test("explain last explains the invoke until another request is decided, then that request")
    func explainFollowsTheLastDecision() throws {
        let (text, _) = try run(["invoke hello", "explain last", "aws iam get-role --role-name r", "explain last"])
        let parts = text.components(separatedBy: "Why it was a cold start:")
        #expect(parts.count == 2)
        #expect(parts[1].contains("Action:    iam:GetRole"))
    }

    @Test("undo and open drop the live environments, so the next invoke is cold")
    func undoAndOpenAreCold() throws {
        let (text, session) = try run(["invoke hello", "save w.world", "invoke hello", "undo", "invoke hello", "open w.world", "invoke hello"])
        #expect(text.components(separatedBy: "Cold start").count - 1 == 3)
        #expect(text.components(separatedBy: "Warm start").count - 1 == 1)
        #expect(session.environments.count == 1)
    }

    @Test("timeline fits the console width, marks INIT, and has a plain ASCII form without colour")
    func timelineFits() throws {
        let (plain, _) = try run(["invoke hello", "invoke hello", "clock advance 30m", "invoke hello", "timeline"], width: 60)
        let chart = String(plain[plain.range(of: "env-1 hello")!.lowerBound...])
        #expect(chart.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(chart.contains("env-1 hello:$LATEST │III"))
        #expect(chart.contains("idle time cut out: 30m"))
        #expect(!chart.contains("█"))
        let (colored, _) = try run(["invoke hello", "timeline"], color: true)
        #expect(colored.contains("░") && colored.contains("█"))
    }
}
