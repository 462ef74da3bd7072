import Foundation
import LambdaSim
import Workbook

/// How demo mode plays a lesson.
public struct DemoOptions: Sendable, Equatable {
    /// Type commands one character at a time (only when a person is watching: an interactive reader).
    public var typing: Bool
    /// Typing speed in characters per second.
    public var charactersPerSecond: Int

    public init(typing: Bool = true, charactersPerSecond: Int = 25) {
        self.typing = typing
        self.charactersPerSecond = charactersPerSecond
    }
}

/// Plays a lesson for a class: each step's prose and speaker notes, each `{run}` and `{try}` command
/// typed and run, each exercise's task then its solution and checks, with a pause after each command
/// and step. At a pause the instructor presses Enter to go on, or types `goto N`, `back`, `reset` or `quit`.
///
/// Every step keeps the world it started from, so `back`, `goto` and `reset` show the same thing each
/// time. The world starts fresh from the session's seed: the same lesson plays the same way every time.
/// When nobody is at the keyboard (a pipe, a test) there are no pauses and no typing delay.
struct DemoPlayer {
    let session: Session
    let lesson: Lesson
    let options: DemoOptions
    /// Where the instructor's pause inputs are echoed for `--transcript` (the console copy holds the rest).
    var recordInput: (String) -> Void = { _ in }

    /// What the instructor asked for at a pause.
    enum Navigation: Equatable {
        case next, back, reset, quit
        case goto(Int)
    }

    private var interactive: Bool { session.reader.isInteractive }

    func play() {
        var starts: [Int: World] = [:]
        session.replaceWorld(with: World(configuration: session.configuration.world))
        session.render("# \(lesson.title)")
        let count = lesson.steps.count == 1 ? "1 step" : "\(lesson.steps.count) steps"
        session.console.line(.styled("Demo of \(lesson.id): \(count)." + (interactive ? " At each pause: Enter goes on; goto N, back, reset, quit." : ""), .dim))
        var index = 0
        while index < lesson.steps.count {
            if let start = starts[index] { session.replaceWorld(with: start) } else { starts[index] = session.world }
            let navigation = playStep(index)
            switch navigation {
            case .next:
                index += 1
            case .quit:
                session.console.line(.styled("Demo stopped at step \(index + 1).", .dim))
                return
            case .reset:
                continue
            case .back:
                index = max(0, index - 1)
            case .goto(let number):
                let target = number - 1
                if starts[target] == nil {
                    // Bring the world there by playing the steps in between quietly.
                    let from = (starts.keys.filter { $0 < target }.max()) ?? 0
                    session.replaceWorld(with: starts[from] ?? World(configuration: session.configuration.world))
                    for skipped in from..<target {
                        starts[skipped] = starts[skipped] ?? session.world
                        playQuietly(skipped)
                    }
                }
                index = target
            }
        }
        session.console.line()
        session.console.line(.styled("End of the demo of \(lesson.title).", .success))
    }

    /// Plays one step; returns where to go next.
    private func playStep(_ index: Int) -> Navigation {
        let step = lesson.steps[index]
        session.console.line()
        session.render("## Step \(step.number) of \(lesson.steps.count): \(step.title)")
        for item in step.items {
            switch item {
            case .prose(let prose):
                session.console.line()
                session.render(prose.markdown)
            case .notes(let notes):
                session.console.line()
                showNotes(notes.markdown)
            case .file(let file):
                session.console.line()
                session.showFile(file, outcome: session.writeLessonFile(file, policy: .overwrite))
            case .run(let block), .try(let block):
                for command in block.commands {
                    session.console.line()
                    type(command.text)
                    _ = session.execute(command.text)
                    if let navigation = pause(), navigation != .next { return navigation }
                }
            case .exercise(let exercise):
                if let navigation = playExercise(exercise), navigation != .next { return navigation }
            }
        }
        session.console.line()
        session.console.line(.styled("End of step \(step.number) of \(lesson.steps.count).", .dim))
        return pause() ?? .next
    }

    private func playExercise(_ exercise: Exercise) -> Navigation? {
        session.console.line()
        session.render("### Exercise: \(exercise.title)")
        for item in exercise.task {
            switch item {
            case .prose(let prose):
                session.console.line()
                session.render(prose.markdown)
            case .try(let block):
                session.console.line()
                session.showTry(block)
            case .notes(let notes):
                session.console.line()
                showNotes(notes.markdown)
            default:
                continue
            }
        }
        for starter in exercise.starters {
            session.console.line()
            session.showFile(starter, outcome: session.writeLessonFile(starter, policy: .overwrite), label: "Starter file")
        }
        if let navigation = pause(), navigation != .next { return navigation }
        session.console.line()
        session.render("### Solution: \(exercise.title)")
        for file in exercise.solution.files {
            session.console.line()
            session.showFile(file, outcome: session.writeLessonFile(file, policy: .overwrite))
        }
        for command in exercise.solution.commands.flatMap(\.commands) {
            session.console.line()
            type(command.text)
            _ = session.execute(command.text)
        }
        session.console.line()
        type("check")
        _ = session.checkExercise(exercise)
        return pause()
    }

    /// What `goto` does for the steps it skips: the same world changes, with no output.
    private func playQuietly(_ index: Int) {
        func write(_ file: FileBlock) {
            let contents = Array(file.contents.utf8)
            try? session.workspace.write(contents, to: file.path)
            session.learner.written[file.path] = contents
        }
        for item in lesson.steps[index].items {
            switch item {
            case .file(let file): write(file)
            case .run(let block), .try(let block):
                for command in block.commands { _ = session.runQuietly(command.text) }
            case .exercise(let exercise):
                exercise.solution.files.forEach(write)
                for command in exercise.setup.flatMap(\.commands) + exercise.solution.commands.flatMap(\.commands) {
                    _ = session.runQuietly(command.text)
                }
            case .prose, .notes:
                continue
            }
        }
    }

    private func showNotes(_ markdown: String) {
        session.console.line(.styled("Speaker notes", .hint))
        let bar = StyledText("│ ", style: .hint)
        for line in ProseRenderer(width: max(16, session.console.width - 2)).render(markdown) {
            session.console.line(line.runs.isEmpty ? StyledText("│", style: .hint) : bar + line)
        }
    }

    /// Shows a command as if typed at the prompt: one character at a time when someone is watching.
    private func type(_ command: String) {
        session.console.write(.styled("» ", .dim))
        if options.typing, interactive, options.charactersPerSecond > 0 {
            let delay = Duration.milliseconds(max(1, 1000 / options.charactersPerSecond))
            for character in command {
                session.console.write(.styled(String(character), .code))
                session.configuration.lessons.wait(delay)
            }
            session.console.line()
        } else {
            session.console.line(.styled(command, .code))
        }
    }

    /// Waits for the instructor; `nil` when nobody is at the keyboard.
    private func pause() -> Navigation? {
        guard interactive else { return nil }
        while true {
            switch session.reader.readLine(prompt: "demo> ") {
            case .endOfInput:
                recordInput("demo> ^D")
                return .quit
            case .interrupted:
                recordInput("demo> ^C")
                return .quit
            case .line(let text):
                recordInput("demo> " + text)
                let words = text.split(separator: " ").map(String.init)
                switch words.first {
                case nil: return .next
                case "back": return .back
                case "reset": return .reset
                case "quit", "exit", "q": return .quit
                case "goto":
                    if words.count == 2, let number = Int(words[1]), (1...lesson.steps.count).contains(number) {
                        return .goto(number)
                    }
                    session.console.errorLine(.styled("error:", .error) + " goto needs a step number from 1 to \(lesson.steps.count).")
                default:
                    session.console.errorLine(.styled("error:", .error)
                                              + " At a pause: Enter goes on; goto N, back, reset or quit.")
                }
            }
        }
    }
}
