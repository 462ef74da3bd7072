import ArgumentParser
import Foundation
import LineEditing
import Shell
import Workbook
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lambda-workbook demo LESSON`: plays a lesson for a class (demo mode).
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play a lesson for a class: prose, speaker notes, each command typed and run.",
        discussion: """
            At each pause, Enter goes on; 'goto N', 'back', 'reset' (to the step's starting world) and 'quit' \
            steer it. When standard input is not a terminal there are no pauses and no typing. The lesson's \
            files go to a temporary folder unless --workspace is given.
            """
    )

    @Argument(help: ArgumentHelp("The lesson to play (its id, or a unique beginning of it).", valueName: "lesson"))
    var lesson: String

    @Flag(name: .long, help: "Show commands at once instead of typing them.")
    var noTyping = false

    @Option(name: .long, help: ArgumentHelp("Typing speed in characters per second.", valueName: "cps"))
    var speed: Int = 25

    @Option(name: .long, help: ArgumentHelp("Save what the demo shows to this file, without colours.", valueName: "file"))
    var transcript: String?

    @OptionGroup var options: SessionOptions

    func validate() throws {
        guard (1...1000).contains(speed) else { throw ValidationError("--speed must be from 1 to 1000 characters per second.") }
    }

    func run() throws {
        let environment = Environment.current()
        var temporary: String? = nil
        let workspace: Workspace
        if options.workspace != nil {
            workspace = try options.resolvedWorkspace(environment: environment)
        } else {
            let base = (environment["TMPDIR"] ?? "/tmp") + "/lambda-workbook-demo-XXXXXX"
            var template = Array(base.utf8CString)
            guard let made = mkdtemp(&template) else { throw ValidationError("cannot create a temporary folder for the demo") }
            temporary = String(cString: made)
            workspace = Workspace(root: temporary!)
        }
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
        let interactive = isatty(STDIN_FILENO) == 1
        let reader: LineReader = interactive ? EditLineReader(historyFile: nil) : StreamLineReader()
        defer { reader.close() }
        let console = Terminal.console(colorEnabled: options.colorEnabled(environment: environment, stream: STDOUT_FILENO))
        var lessons = options.lessonsConfiguration(environment: environment)
        lessons.progressStore = nil  // a demo is not the instructor's own progress
        let session = Session(
            configuration: .init(workspace: workspace, world: .init(seed: options.seed), version: LambdaWorkbook.version,
                                 lessons: lessons),
            console: console, reader: reader
        )
        do {
            let shown = try session.playDemo(lessonID: lesson, options: DemoOptions(typing: !noTyping, charactersPerSecond: speed),
                                             record: transcript != nil)
            if let transcript, let shown {
                try Data(shown.utf8).write(to: URL(fileURLWithPath: transcript))
            }
        } catch let error as PresentableError {
            ErrorPresenter.present(error, on: console)
            throw ExitCode(1)
        }
    }
}
