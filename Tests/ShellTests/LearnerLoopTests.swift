import Foundation
import LineEditing
import Testing
@testable import Shell
import Workbook
import WorkbookTestSupport

/// The learner's loop against a real progress file and workspace.
@Suite("Learner's loop")
struct LearnerLoopTests {
    static let course = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Transcripts/fixture-course").path

    /// A session on the fixture course with a progress file in `data` and colour turned on.
    func session(workspace: String, data: String, inputs: [String] = [], interactive: Bool = false) -> (Session, QuietOutput) {
        let output = QuietOutput()
        let lessons = LessonsConfiguration(course: Course.load(paths: [Self.course]),
                                           progressStore: ProgressStore(path: data + "/progress.json"),
                                           now: { Date(timeIntervalSince1970: 1_800_000_000) })
        let session = Session(configuration: .init(workspace: Workspace(root: workspace), lessons: lessons),
                              console: Console(colorEnabled: true, width: 80) { _, text in output.append(text) },
                              reader: ScriptedLineReader(events: inputs.map { .line($0) }, interactive: interactive))
        return (session, output)
    }

    @Test("Moving through a lesson and revealing a hint are saved in the progress file")
    func progressIsSaved() throws {
        let workspace = try TemporaryDirectory.make(prefix: "loop-workspace")
        let data = try TemporaryDirectory.make(prefix: "loop-data")
        defer { try? FileManager.default.removeItem(atPath: workspace); try? FileManager.default.removeItem(atPath: data) }
        let (session, _) = session(workspace: workspace, data: data)
        for input in ["start 01-greetings", "next", "hint"] {
            #expect(session.execute(input) == .success)
        }
        let stored = try ProgressStore(path: data + "/progress.json").load().progress
        let lesson = LessonID("01-greetings")!
        #expect(stored.lastLesson == lesson)
        #expect(stored.lessons[lesson]?.currentStep == StepID("greet-step"))
        #expect(stored.lessons[lesson]?.currentStepNumber == 2)
        #expect(stored.hintsRevealed(of: ExerciseID("greet")!, in: lesson) == 1)

        // A new session resumes there.
        let (again, _) = self.session(workspace: workspace, data: data)
        #expect(again.execute("start 01") == .success)
        #expect(again.learner.cursor?.stepIndex == 1)
    }

    @Test("A lesson's file never silently replaces a file the learner changed")
    func learnersFileIsKept() throws {
        let workspace = try TemporaryDirectory.make(prefix: "loop-workspace")
        let data = try TemporaryDirectory.make(prefix: "loop-data")
        defer { try? FileManager.default.removeItem(atPath: workspace); try? FileManager.default.removeItem(atPath: data) }
        let mine = Array("print('mine')\n".utf8)
        try Workspace(root: workspace).write(mine, to: "lambda_function.py")
        let (session, output) = session(workspace: workspace, data: data)
        #expect(session.execute("start 01") == .success)
        #expect(try Workspace(root: workspace).read("lambda_function.py") == mine)
        #expect(output.text.contains("Kept your lambda_function.py"))
    }

    @Test("demo --transcript saves what was shown without ANSI codes")
    func demoTranscript() throws {
        let workspace = try TemporaryDirectory.make(prefix: "loop-workspace")
        let data = try TemporaryDirectory.make(prefix: "loop-data")
        defer { try? FileManager.default.removeItem(atPath: workspace); try? FileManager.default.removeItem(atPath: data) }
        let (session, output) = session(workspace: workspace, data: data)
        #expect(session.execute("demo 02 --transcript demo.txt") == .success)
        let saved = String(decoding: try Workspace(root: workspace).read("demo.txt"), as: UTF8.self)
        #expect(output.text.contains("\u{1B}["), "the console itself is coloured")
        #expect(!saved.contains("\u{1B}"))
        #expect(saved.contains("Speaker notes\n│ Ask the class what 128 MB means for CPU."))
        #expect(saved.hasSuffix("End of the demo of Memory.\n"))
    }

    @Test("Demo mode types each command one character at a time, waiting between them, only when someone watches")
    func demoTyping() throws {
        let workspace = try TemporaryDirectory.make(prefix: "loop-workspace")
        let data = try TemporaryDirectory.make(prefix: "loop-data")
        defer { try? FileManager.default.removeItem(atPath: workspace); try? FileManager.default.removeItem(atPath: data) }
        let waits = QuietOutput()
        func run(interactive: Bool) -> String {
            let output = QuietOutput()
            let lessons = LessonsConfiguration(course: Course.load(paths: [Self.course]),
                                               wait: { waits.append("\($0.components.attoseconds / 1_000_000_000_000_000)ms ") })
            let session = Session(configuration: .init(workspace: Workspace(root: workspace), lessons: lessons),
                                  console: Console(colorEnabled: false, width: 80) { _, text in output.append(text) },
                                  reader: ScriptedLineReader(events: Array(repeating: .line(""), count: 20), interactive: interactive))
            DemoPlayer(session: session, lesson: session.course.lessons[0], options: DemoOptions(charactersPerSecond: 50)).play()
            return output.text
        }
        let piped = run(interactive: false)
        #expect(waits.text.isEmpty)
        let watched = run(interactive: true)
        #expect(waits.text.hasPrefix("20ms 20ms "))
        #expect(watched.contains("» zip function.zip lambda_function.py\n"))
        #expect(piped.contains("» zip function.zip lambda_function.py\n"))
    }
}

extension LearnerLoopTests {
    @Test("undo takes back everything a lesson command did to the world as one change")
    func undoTakesBackLessonCommandsAsOne() throws {
        let workspace = try TemporaryDirectory.make(prefix: "loop-workspace")
        let data = try TemporaryDirectory.make(prefix: "loop-data")
        defer { try? FileManager.default.removeItem(atPath: workspace); try? FileManager.default.removeItem(atPath: data) }
        let (session, output) = session(workspace: workspace, data: data)
        // (Worlds are not compared inside #expect: the comparison needs more stack than a test thread has.)
        #expect(session.execute("start 01") == .success)
        #expect(session.undoHistory.count == 1, "the lesson's own commands are not separate changes")
        #expect(session.execute("aws iam get-role --role-name lambda-basic") == .success)
        #expect(session.execute("undo") == .success)
        #expect(output.text.contains("Undid: \u{1B}[36mstart 01"))
        #expect(session.undoHistory.count == 0)
        #expect(session.execute("aws iam get-role --role-name lambda-basic") == .failure, "the role start created is gone")
    }
}

extension LearnerLoopTests {
    @Test("A demo plays the same way every time")
    func demoIsDeterministic() throws {
        var shown: [String] = []
        for _ in 0..<2 {
            let workspace = try TemporaryDirectory.make(prefix: "loop-workspace")
            let data = try TemporaryDirectory.make(prefix: "loop-data")
            defer { try? FileManager.default.removeItem(atPath: workspace); try? FileManager.default.removeItem(atPath: data) }
            let (session, output) = session(workspace: workspace, data: data)
            #expect(session.execute("demo 01 --no-typing") == .success)
            shown.append(output.text)
        }
        #expect(shown[0].contains("✓"))
        #expect(shown[0] == shown[1])
    }
}
