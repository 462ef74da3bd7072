import Foundation
import Workbook

/// `demo LESSON`: demo mode from the REPL (the executable's `lambda-workbook demo` plays the same way).
enum DemoCommand {
    static let demo = WorkbookCommand(CommandSpec(
        "demo", group: .lessons,
        summary: "Play a lesson for a class, typing each command.",
        discussion: "At each pause, Enter goes on; 'goto N', 'back', 'reset' (to the step's starting world) and 'quit' "
            + "steer it. The demo starts a fresh simulated world and writes the lesson's files into the workspace. With --transcript, what was shown is saved "
            + "to a file in the workspace, without colours.",
        arguments: [ArgumentSpec("LESSON", help: "the lesson's id", completion: .lessonID)],
        options: [
            OptionSpec("--no-typing", help: "show commands at once instead of typing them"),
            OptionSpec("--speed", value: "CPS", help: "typing speed in characters per second (default 25)"),
            OptionSpec("--transcript", value: "FILE", help: "save what the demo shows to FILE", completion: .workspacePath),
        ],
        examples: ["demo 02-execution-environment", "demo 01 --no-typing --transcript demo.txt"]
    )) { arguments, session in
        var options = DemoOptions(typing: !arguments.flag("--no-typing"))
        if let speed = arguments.option("--speed") {
            guard let value = Int(speed), (1...1000).contains(value) else {
                throw UsageError(commandName: "demo", usage: "demo [--no-typing] [--speed CPS] [--transcript FILE] LESSON",
                                 message: "--speed must be a whole number of characters per second from 1 to 1000")
            }
            options.charactersPerSecond = value
        }
        let lesson = try LessonLookup.lesson(arguments.value("LESSON")!, in: session.requireLessons())
        guard let path = arguments.option("--transcript") else {
            session.playDemo(of: lesson, options: options)
            return .success
        }
        let transcript = session.recordingDemo(of: lesson, options: options)
        try session.workspace.write(Array(transcript.utf8), to: path)
        session.console.line(.styled("The demo's transcript is in \(path).", .dim))
        return .success
    }
}

extension Session {
    /// Plays `lesson` in demo mode on this session's console.
    func playDemo(of lesson: Lesson, options: DemoOptions, recordInput: @escaping (String) -> Void = { _ in }) {
        learner.cursor = nil
        learner.preparedSteps = 0
        learner.written = [:]
        DemoPlayer(session: self, lesson: lesson, options: options, recordInput: recordInput).play()
    }

    /// Plays `lesson` in demo mode and returns what was shown, without colours (for `--transcript`).
    func recordingDemo(of lesson: Lesson, options: DemoOptions) -> String {
        let transcript = QuietOutput()
        let visible = console
        console = visible.copying { transcript.append($0) }
        defer { console = visible }
        playDemo(of: lesson, options: options) { transcript.append($0 + "\n") }
        return transcript.text
    }

    /// Demo mode for the executable's `lambda-workbook demo LESSON`.
    /// - Returns: the text shown (without colours) when `record` is set, and whether the lesson exists.
    public func playDemo(lessonID: String, options: DemoOptions, record: Bool) throws -> String? {
        let lesson = try LessonLookup.lesson(lessonID, in: requireLessons())
        if record { return recordingDemo(of: lesson, options: options) }
        playDemo(of: lesson, options: options)
        return nil
    }
}
