import ArgumentParser
import LineEditing
import Shell
import MiniPython
import Workbook
import LambdaSim
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lambda-workbook`: parses the command line and wires the real terminal, files and environment
/// into the shell. Everything else lives in the libraries.
@main
struct LambdaWorkbook: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "lambda-workbook",
        abstract: "Learn AWS Lambda by doing, against an in-process simulation of Lambda.",
        discussion: """
            Without a subcommand, starts the interactive workbook (the REPL). When standard input is \
            not a terminal, the commands it carries are run as a script, as with 'run -'.
            """,
        version: "lambda-workbook \(version)",
        subcommands: [Repl.self, Run.self, Demo.self, PythonFile.self, Lint.self, Grade.self],
        defaultSubcommand: Repl.self
    )
}

/// Options every subcommand shares.
struct SessionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Where your files live (default: $XDG_DATA_HOME/lambda-workbook/workspace).", valueName: "dir"))
    var workspace: String?

    @Option(name: .long, help: ArgumentHelp("The simulated world's seed: the same seed gives the same ids and choices.", valueName: "n"))
    var seed: UInt64 = 0

    @Flag(name: .long, help: "Never colour the output (also: the NO_COLOR environment variable).")
    var noColor = false

    @Option(name: .long, help: ArgumentHelp("The folder of lessons (default: the lessons folder of the Lambda Workbook checkout this program was built in).", valueName: "dir"))
    var lessons: String?

    /// The course, where progress is kept, and the real clock.
    func lessonsConfiguration(environment: [String: String]) -> LessonsConfiguration {
        let folder = lessons.map { $0.hasPrefix("/") ? $0 : currentDirectory() + "/" + $0 } ?? CourseFolder.locate()
        let store = Environment.dataHome(environment).map { ProgressStore(path: $0 + "/lambda-workbook/progress.json") }
        return LessonsConfiguration(
            course: folder.map { Course.load(paths: [$0]) } ?? Course(parsed: []),
            courseLocation: folder ?? "a lessons folder beside this program",
            progressStore: store,
            now: { Date() },
            wait: { duration in
                let (seconds, attoseconds) = duration.components
                usleep(UInt32(seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
            })
    }

    /// Resolves and creates the workspace directory.
    func resolvedWorkspace(environment: [String: String]) throws -> Workspace {
        let root: String
        if let workspace {
            root = workspace.hasPrefix("/") ? workspace : currentDirectory() + "/" + workspace
        } else {
            guard let dataHome = Environment.dataHome(environment) else {
                throw ValidationError("HOME is not set: pass --workspace DIR to say where your files live.")
            }
            root = dataHome + "/lambda-workbook/workspace"
        }
        let resolved = Workspace(root: root)
        do {
            try resolved.createIfNeeded()
        } catch {
            throw ValidationError(error.description)
        }
        return resolved
    }

    func colorEnabled(environment: [String: String], stream: Int32) -> Bool {
        if noColor { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(stream) == 1
    }

    func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "." }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// The interactive workbook.
struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the interactive workbook (the default).",
        discussion: "Line editing with history (Ctrl-R searches it), tab completion and multi-line input."
    )

    @OptionGroup var options: SessionOptions

    @Flag(name: .long, help: "When input is piped in: go on after a command fails.")
    var keepGoing = false

    func run() throws {
        let environment = Environment.current()
        let workspace = try options.resolvedWorkspace(environment: environment)
        let interactive = isatty(STDIN_FILENO) == 1
        let reader: LineReader
        if interactive {
            reader = EditLineReader(historyFile: HistoryFile.defaultPath(environment: environment).map(HistoryFile.init(path:)))
            InterruptSignal.install()
        } else {
            reader = StreamLineReader()
        }
        let console = Terminal.console(colorEnabled: interactive && options.colorEnabled(environment: environment, stream: STDOUT_FILENO))
        let session = Session(
            configuration: .init(workspace: workspace, world: .init(seed: options.seed), keepGoing: keepGoing,
                                 sourceName: interactive ? nil : "<stdin>", version: LambdaWorkbook.version,
                                 lessons: options.lessonsConfiguration(environment: environment)),
            console: console, reader: reader,
            interruption: Interruption(isRaised: { InterruptSignal.isRaised }, reset: { InterruptSignal.reset() })
        )
        let result = session.run()
        if !interactive, result.exitStatus != 0 { throw ExitCode(result.exitStatus) }
    }
}

/// Runs workbook and AWS CLI commands from files, as a script.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the commands in FILE... non-interactively ('-' reads standard input).",
        discussion: """
            Each line is one command, exactly as typed in the REPL (lines starting with '#' are comments). \
            Stops at the first command that fails, with exit status 1, unless --keep-going.
            """
    )

    @Argument(help: ArgumentHelp("Script files to run in order; '-' is standard input.", valueName: "file"))
    var files: [String]

    @OptionGroup var options: SessionOptions

    @Flag(name: .long, help: "Go on after a command fails (the exit status still reports the failure).")
    var keepGoing = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one script file, or '-' for standard input.") }
    }

    func run() throws {
        let environment = Environment.current()
        let workspace = try options.resolvedWorkspace(environment: environment)
        let console = Terminal.console(colorEnabled: false)
        var failures = 0
        for file in files {
            let reader: LineReader
            do throws(ScriptFile.Error) {
                reader = try file == "-" ? StreamLineReader() : StreamLineReader(text: ScriptFile.read(file))
            } catch {
                console.errorLine(StyledText("lambda-workbook: ") + .styled("error:", .error) + " \(error.description)")
                throw ExitCode(1)
            }
            let session = Session(
                configuration: .init(workspace: workspace, world: .init(seed: options.seed), keepGoing: keepGoing,
                                     sourceName: file == "-" ? "<stdin>" : file, version: LambdaWorkbook.version,
                                     lessons: options.lessonsConfiguration(environment: environment)),
                console: console, reader: reader
            )
            let result = session.run()
            failures += result.failures
            if result.failures > 0, !keepGoing { break }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

/// `lambda-workbook python FILE [ARGS...]`: runs a file as `python3 FILE` would, in MiniPython's sandbox.
struct PythonFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "python",
        abstract: "Run a Python file with the workbook's Python, as 'python3 FILE' would.",
        discussion: """
            Output goes to standard output; an uncaught exception prints its traceback to standard error \
            and exits with status 1; sys.exit(n) sets the status. Other .py files in the file's directory \
            can be imported. The sandbox applies: open() sees only a virtual /tmp, time comes from the \
            simulated clock, random numbers from the seed.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Stop the program after this many steps (default: no limit).", valueName: "n"))
    var maxSteps: Int?

    @Option(name: .long, help: ArgumentHelp("Seed for random and uuid.", valueName: "n"))
    var seed: UInt64 = 0

    @Argument(help: ArgumentHelp("The Python file to run.", valueName: "file"))
    var file: String

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Arguments for the program (sys.argv[1:]).", valueName: "args"))
    var arguments: [String] = []

    func run() throws {
        let program: PythonProgram
        do {
            program = try PythonSources.load(file, arguments: arguments)
        } catch {
            // CPython's own wording and status for a file it cannot open.
            Terminal.writeAll("lambda-workbook python: can't open file \(error.description)\n", to: STDERR_FILENO)
            throw ExitCode(2)
        }
        let output = OutputSink(stdout: { Terminal.writeAll($0, to: STDOUT_FILENO) },
                                stderr: { Terminal.writeAll($0, to: STDERR_FILENO) })
        let status = program.run(maxSteps: maxSteps, seed: seed, output: output)
        if status != 0 { throw ExitCode(status) }
    }
}
