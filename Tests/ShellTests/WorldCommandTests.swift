import Foundation
import Synchronization
import LambdaSim
import LineEditing
import Testing
import Workbook
import WorkbookTestSupport
@testable import Shell

/// `undo`, `save`/`open`, `clock`, `logs` and `aws logs tail` against a session's world.
@Suite("World commands")
struct WorldCommandTests {
    /// A session over a fresh workspace; `prepare` may change its world before the inputs run.
    func run(_ inputs: [String], prepare: (Session) throws -> Void = { _ in }) throws -> (text: String, session: Session) {
        let output = Mutex("")
        let console = Console(colorEnabled: false) { _, text in output.withLock { $0 += text } }
        let reader = ScriptedLineReader(events: inputs.map { .line($0) }, interactive: false)
        let session = Session(configuration: .init(workspace: Workspace(root: try TemporaryDirectory.make(prefix: "world")),
                                                   keepGoing: true),
                              console: console, reader: reader)
        try prepare(session)
        _ = session.run()
        return (output.withLock { $0 }, session)
    }

    static let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#

    @Test("undo takes back only commands that changed the world, newest first, and says so at the bottom")
    func undoOrder() throws {
        let (text, session) = try run([
            "aws iam create-role --role-name r --assume-role-policy-document '\(Self.trust)'",
            "aws iam get-role --role-name r",
            "aws iam get-role --role-name missing",
            "clock advance 1m",
            "undo", "undo", "undo",
        ])
        #expect(text.contains("Undid: clock advance 1m\nUndid: aws iam create-role --role-name r"))
        #expect(text.hasSuffix("Nothing to undo.\n"))
        #expect(session.world.iam.role(named: "r") == nil)
        #expect(session.world.clock.now == VirtualClock.defaultStart)
    }

    @Test("undo reaches back as far as the documented depth and no further")
    func undoDepth() throws {
        let advances = Array(repeating: "clock advance 1s", count: UndoHistory.depth + 5)
        let undos = Array(repeating: "undo", count: UndoHistory.depth + 1)
        let (text, session) = try run(advances + undos)
        #expect(text.components(separatedBy: "Undid: clock advance 1s").count - 1 == UndoHistory.depth)
        #expect(text.hasSuffix("Nothing to undo.\n"))
        #expect(session.world.clock.now == VirtualClock.defaultStart.advanced(by: .seconds(5)))
    }

    @Test("save then open gives back the same world, and open can be undone")
    func saveAndOpen() throws {
        var saved: World?
        let (text, session) = try run([
            "aws iam create-role --role-name r --assume-role-policy-document '\(Self.trust)'",
            "clock advance 2h", "save snap.world", "aws iam delete-role --role-name r", "open snap.world",
        ]) { _ in }
        saved = session.world
        #expect(text.contains("Opened snap.world: 0 functions, 1 role; the clock reads 2026-01-01T02:00:00.000Z."))
        #expect(saved?.iam.role(named: "r") != nil)
        let bytes = try session.workspace.read("snap.world")
        // (Compared outside #expect: comparing whole worlds inside the macro needs more stack than a test thread has.)
        let reopened = try World(snapshot: Data(bytes))
        let same = reopened.comparableForUndo == session.world.comparableForUndo
        #expect(same)
    }

    @Test("open explains a damaged file or another format version in a sentence, never a Swift error")
    func openFailures() throws {
        let (text, _) = try run(["open nothing.world", "open broken.world", "open wrong.world", "open other.world"]) { session in
            try session.workspace.write(Array(#"{"formatVersion": 1"#.utf8), to: "broken.world")
            try session.workspace.write(Array(#"{"formatVersion": 1, "clock": 5}"#.utf8), to: "wrong.world")
            try session.workspace.write(Array(#"{"formatVersion": 7}"#.utf8), to: "other.world")
        }
        #expect(text.contains("'nothing.world': no such file or directory in the workspace"))
        #expect(text.contains("broken.world is not a saved workbook cloud"))
        #expect(text.contains("wrong.world is damaged and cannot be opened"))
        #expect(text.contains("other.world was saved in format 7; this version of the workbook reads format 1."))
        #expect(!text.contains("DecodingError") && !text.contains("Swift."))
    }

    @Test("clock advance moves the simulated clock and refuses what is not a duration")
    func clockAdvance() throws {
        let (text, session) = try run(["clock advance 90s", "clock advance 2d", "clock advance 5", "clock advance 99999999999d99999999999d", "clock"])
        #expect(session.world.clock.now == VirtualClock.defaultStart.advanced(by: .seconds(90 + 2 * 86_400)))
        #expect(text.contains("'5' is not a duration."))
        #expect(text.contains("'99999999999d99999999999d' is not a duration."))
        #expect(text.hasSuffix("2026-01-03T00:01:30.000Z\n"))
    }

    /// A log group with one cold and one warm invocation in one stream, as the invoker writes them.
    static func deliverTwoInvocations(_ world: inout World) {
        let stream = "2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef"
        world.deliverLogLines([
            "INIT_START Runtime Version: python:3.12.v38\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:abc",
            "START RequestId: aaaa-1 Version: $LATEST",
            "hello from the handler",
            "END RequestId: aaaa-1",
            "REPORT RequestId: aaaa-1\tDuration: 1.51 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 36 MB\tInit Duration: 80.20 ms\t",
        ], groupName: "/aws/lambda/hello", streamName: stream)
        world.clock.advance(by: .seconds(5))
        world.deliverLogLines([
            "START RequestId: bbbb-2 Version: $LATEST",
            "END RequestId: bbbb-2",
            "REPORT RequestId: bbbb-2\tDuration: 12.00 ms\tBilled Duration: 12 ms\tMemory Size: 128 MB\tMax Memory Used: 36 MB\t",
        ], groupName: "/aws/lambda/hello", streamName: stream)
    }

    @Test("logs groups events by stream and invocation and lines up REPORT fields")
    func logsView() throws {
        let (text, _) = try run(["logs hello", "logs hello --request-id bbbb-2", "logs hello --since 1s"]) { session in
            Self.deliverTwoInvocations(&session.world)
        }
        #expect(text.contains("── 2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef\n00:00:00.000  INIT_START Runtime Version: python:3.12.v38  Runtime"))
        #expect(text.contains("00:00:00.000  REPORT RequestId: aaaa-1  Duration: 1.51 ms   Billed Duration: 2 ms   Memory Size: 128 MB  Max Memory Used: 36 MB  Init Duration: 80.20 ms\n\n"))
        #expect(text.contains("00:00:05.000  REPORT RequestId: bbbb-2  Duration: 12.00 ms  Billed Duration: 12 ms  Memory Size: 128 MB  Max Memory Used: 36 MB\n"))
        #expect(text.components(separatedBy: "START RequestId: bbbb-2").count == 4)
        #expect(text.components(separatedBy: "START RequestId: aaaa-1").count == 2)
    }

    @Test("aws logs tail prints the CLI's detailed and short lines for the events since then")
    func tailFormats() throws {
        let (text, _) = try run([
            "aws logs tail /aws/lambda/hello --since 3s",
            "logs tail /aws/lambda/hello --format short --filter-pattern END",
            "aws logs tail /aws/lambda/hello --since 2026-01-01T00:00:04Z --format short --filter-pattern REPORT",
        ]) { session in
            Self.deliverTwoInvocations(&session.world)
        }
        let stream = "2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef"
        #expect(text.hasPrefix("2026-01-01T00:00:05.000000+00:00 \(stream) START RequestId: bbbb-2 Version: $LATEST\n"
            + "2026-01-01T00:00:05.000000+00:00 \(stream) END RequestId: bbbb-2\n"
            + "2026-01-01T00:00:05.000000+00:00 \(stream) REPORT RequestId: bbbb-2\tDuration: 12.00 ms\tBilled Duration: 12 ms\tMemory Size: 128 MB\tMax Memory Used: 36 MB\n"))
        #expect(text.contains("2026-01-01T00:00:00 END RequestId: aaaa-1\n2026-01-01T00:00:05 END RequestId: bbbb-2\n"))
        #expect(text.hasSuffix("2026-01-01T00:00:05 END RequestId: bbbb-2\n2026-01-01T00:00:05 REPORT RequestId: bbbb-2\tDuration: 12.00 ms"
            + "\tBilled Duration: 12 ms\tMemory Size: 128 MB\tMax Memory Used: 36 MB\n"))
    }
}
