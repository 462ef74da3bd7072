import AWSCommandLine
import LambdaSim
import LineEditing
import Workbook

/// How a session reacts to Ctrl-C while a command runs.
public struct Interruption: Sendable {
    public var isRaised: @Sendable () -> Bool
    public var reset: @Sendable () -> Void

    public init(isRaised: @escaping @Sendable () -> Bool, reset: @escaping @Sendable () -> Void) {
        self.isRaised = isRaised
        self.reset = reset
    }

    /// No interruptions (scripts and tests).
    public static let never = Interruption(isRaised: { false }, reset: {})
}

/// One REPL or script run: it owns the session's state and turns each input into a command.
///
/// Domain state lives in its own modules (the simulated `World`, the `Workspace`); the session only
/// wires input, commands and output together.
public final class Session {
    public struct Configuration: Sendable {
        public var workspace: Workspace
        public var world: World.Configuration
        /// Keep running a script after a command fails (the exit status still reports the failure).
        public var keepGoing: Bool
        /// Names the input in batch error messages (`lesson.wb:3: error: ...`).
        public var sourceName: String?
        /// Shown in the welcome banner and `--version`.
        public var version: String
        /// The course, where progress is kept, and the clocks the lesson commands use.
        public var lessons: LessonsConfiguration

        public init(workspace: Workspace, world: World.Configuration = .init(), keepGoing: Bool = false,
                    sourceName: String? = nil, version: String = "", lessons: LessonsConfiguration = .none) {
            self.workspace = workspace
            self.world = world
            self.keepGoing = keepGoing
            self.sourceName = sourceName
            self.version = version
            self.lessons = lessons
        }
    }

    public let configuration: Configuration
    /// Where output goes; lesson commands swap it briefly to run setup commands quietly.
    public internal(set) var console: Console
    public let reader: LineReader
    public let registry: CommandRegistry
    public let interruption: Interruption
    public var world: World
    /// Earlier worlds and the inputs that changed them, for `undo`.
    var undoHistory = UndoHistory()
    /// The learner's place in a lesson and what this session did for it (see ``LearnerState``).
    var learner = LearnerState()
    /// How many inputs are running: more than one while a lesson command runs the lesson's own commands.
    private var inputDepth = 0
    /// The live execution environments (interpreters with their globals and /tmp): never saved, never undone.
    public let environments = ExecutionEnvironments()
    /// The last invocation and the authorization decision current just after it, so that `explain last`
    /// explains the invoke unless another request was decided since.
    var lastInvocation: (record: InvocationRecord, authorization: AuthorizationRecord?)?
    public var workspace: Workspace { configuration.workspace }
    /// The session's Python namespace, shared by the `python` prompt and Python typed at the workbook prompt.
    private(set) lazy var python = PythonPrompt(console: console, seed: configuration.world.seed, interruption: interruption)

    public static let prompt = "workbook> "
    public static let continuationPrompt = "     ...> "

    public init(configuration: Configuration, console: Console, reader: LineReader,
                registry: CommandRegistry = .standard, interruption: Interruption = .never) {
        self.configuration = configuration
        self.console = console
        self.reader = reader
        self.registry = registry
        self.interruption = interruption
        self.world = World(configuration: configuration.world)
    }

    /// The result of one logical input.
    public enum InputOutcome: Equatable, Sendable {
        case success, failure, exit
    }

    /// Runs one complete logical input (which may span several lines).
    public func execute(_ input: String, location: String? = nil) -> InputOutcome {
        interruption.reset()
        do {
            let outcome = try dispatch(input)
            if interruption.isRaised() {
                interruption.reset()
                console.errorLine(.styled("Interrupted.", .warning))
                return .failure
            }
            return outcome == .exit ? .exit : .success
        } catch {
            ErrorPresenter.present(error, on: console, location: location)
            return .failure
        }
    }

    private func dispatch(_ input: String) throws -> CommandOutcome {
        inputDepth += 1
        defer { inputDepth -= 1 }
        let kind = InputClassifier.classify(input, registry: registry, pythonNames: pythonNames)
        if case .workbook(let command, _) = kind, Self.unrecordedCommands.contains(command.spec.name) {
            return try run(kind)
        }
        // Commands a lesson runs inside the learner's input (`start`, `check`) are undone with it, as one change.
        guard inputDepth == 1 else { return try run(kind) }
        let before = world
        defer { recordChange(from: before, input: input) }
        return try run(kind)
    }

    private func run(_ kind: InputKind) throws -> CommandOutcome {
        switch kind {
        case .blank, .comment:
            return .success
        case .python(let source):
            if python.run(source) == .failed { throw AlreadyReported() }
            return .success
        case .incomplete(let reason, let pointer):
            throw IncompleteInputError(reason: reason, pointer: pointer)
        case .aws(let words):
            let identity = world.getCallerIdentity()
            var context = AWSCommandContext(world: world, caller: CallerIdentity(arn: identity.arn, userID: identity.userID),
                                            files: workspace.fileAccess)
            context.environments = environments
            let result = AWSCommandLine.run(words: words, context: &context)
            world = context.world
            if !result.output.isEmpty { console.write(StyledText(result.output)) }
            if let failure = result.failure { throw failure }
            for line in result.errorLines { console.errorLine(StyledText(line)) }  // --debug, on success
            return .success
        case .workbook(let command, let words):
            let arguments = try command.spec.parse(words.dropFirst().map(\.text))
            return try command.action(arguments, self)
        case .unknown(let name):
            throw UnknownCommandError(name: name, suggestion: SpellingSuggestion.closest(
                to: name, among: registry.allNames + ["aws"] + AWSServiceCatalogue.simulatedServices))
        }
    }
}

extension Session {
    /// Names defined at the top level of the session's Python namespace (so that `x` after `x = 1` is Python).
    var pythonNames: (String) -> Bool {
        { [unowned self] name in self.python.defines(name) }
    }
}

/// A failure whose message was already shown (a Python traceback); it only marks the input as failed.
struct AlreadyReported: PresentableError {
    var presentation: ErrorPresentation { ErrorPresentation(form: .verbatim, lines: []) }
}

/// The first word names no command.
struct UnknownCommandError: PresentableError {
    var name: String
    var suggestion: String?

    var presentation: ErrorPresentation {
        let shown = Printable.truncated(name, limit: 40)
        if let suggestion {
            return ErrorPresentation(lines: ["Unknown command '\(shown)'. Did you mean '\(suggestion)'?"])
        }
        return ErrorPresentation(lines: ["Unknown command '\(shown)'."], hint: "Type 'help' to see all commands.")
    }
}

/// The input ended while a quote or bracket was still open.
struct IncompleteInputError: PresentableError {
    var reason: IncompleteInput
    var pointer: (line: String, column: Int)?

    var presentation: ErrorPresentation {
        ErrorPresentation(lines: ["the input ends early: \(reason.explanation)"], pointer: pointer)
    }
}
