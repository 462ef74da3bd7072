// The live half of the simulation: each execution environment's MiniPython interpreter, /tmp and log capture.
import MiniPython
import Synchronization

/// The live half of the simulation: execution environments with their MiniPython interpreters.
/// Not part of `World` (World is a Sendable, Hashable, Codable value): never saved, never undone.
/// The Shell session owns one; the lab module and grader make their own for their scratch worlds.
/// Used from one thread at a time.
public final class ExecutionEnvironments {
    var live: [String: LiveEnvironment] = [:]

    public init() {}

    /// Drops every live interpreter (after `open` or `undo`: the next invoke is cold).
    public func removeAll() { live.removeAll() }

    /// How many environments hold a live interpreter.
    public var count: Int { live.count }

    /// The live environment for a record, when it is the one that record describes.
    func environment(for record: ExecutionEnvironmentRecord) -> LiveEnvironment? {
        guard let environment = live[record.id], environment.logStreamName == record.logStreamName else { return nil }
        return environment
    }
}

/// Log output of one phase, as CloudWatch events: each line of stdout/stderr is an event stamped when its
/// line ended (the clock includes `time.sleep`).
final class LogCapture: Sendable {
    private struct State {
        var events: [(timestamp: Int64, message: String)] = []
        var partial = ""
        var partialTimestamp: Int64 = 0
    }
    private let state = Mutex(State())
    let clock: SimulatedClock

    init(clock: SimulatedClock) { self.clock = clock }

    var sink: OutputSink {
        OutputSink(stdout: { [self] text in write(text) }, stderr: { [self] text in write(text) })
    }

    private func write(_ text: String) {
        let now = Int64((clock.now() * 1000).rounded(.down))
        state.withLock { state in
            if state.partial.isEmpty { state.partialTimestamp = now }
            guard text.utf8.contains(10) else {
                state.partial += text
                return
            }
            var rest = Substring(text)
            while let newline = rest.firstIndex(of: "\n") {
                state.partial += rest[..<newline]
                state.events.append((state.partialTimestamp, state.partial))
                state.partial = ""
                state.partialTimestamp = now
                rest = rest[rest.index(after: newline)...]
            }
            state.partial += rest
        }
    }

    /// Appends one event as it is (the `[ERROR]` entry, whose lines are joined by `\r`).
    func append(_ message: String, at timestamp: Int64) {
        state.withLock { $0.events.append((timestamp, message)) }
    }

    /// The events so far (an unfinished last line included), emptying the capture.
    func take() -> [(timestamp: Int64, message: String)] {
        state.withLock { state in
            if !state.partial.isEmpty {
                state.events.append((state.partialTimestamp, state.partial))
                state.partial = ""
            }
            defer { state.events.removeAll(keepingCapacity: true) }
            return state.events
        }
    }
}

/// One execution environment's live parts.
final class LiveEnvironment {
    let id: String
    let logStreamName: String
    /// The version as it was when the environment started: a change of code or configuration retires it.
    let version: FunctionVersion
    let clock: SimulatedClock
    /// `/tmp` (writable) and `/var/task` (the code): kept when the environment is reset.
    let filesystem: VirtualFileSystem
    let capture: LogCapture
    let environmentVariables: [(String, String)]
    let nanosecondsPerStep: Int
    let seed: UInt64
    /// The handler's module and function (from the handler string, split on its last dot).
    let handlerModule: String
    let handlerFunction: String
    /// Nil after a reset (timeout, out of memory) until the next invocation initialises it again.
    var interpreter: Interpreter?
    /// Whether the function's module has been imported in `interpreter`.
    var initialized = false
    /// The world the handler's boto3 calls reach, lent for the duration of each handler call.
    let aws: HandlerAWSAccess

    init(id: String, logStreamName: String, version: FunctionVersion, environmentVariables: [(String, String)],
         seed: UInt64, handlerModule: String, handlerFunction: String) {
        self.id = id
        self.logStreamName = logStreamName
        self.version = version
        self.clock = SimulatedClock(start: 0)
        self.filesystem = VirtualFileSystem(writable: ["/tmp"], readOnly: ["/var/task", "/var/runtime"])
        self.capture = LogCapture(clock: clock)
        self.aws = HandlerAWSAccess(clock: clock)
        self.environmentVariables = environmentVariables
        self.nanosecondsPerStep = ExecutionModel.nanosecondsPerStep(memoryMB: version.memorySize)
        self.seed = seed
        self.handlerModule = handlerModule
        self.handlerFunction = handlerFunction
        for file in version.code.files {
            filesystem.addReadOnlyFile("/var/task/" + file.path, contents: Array(file.text?.utf8 ?? "".utf8))
        }
    }

    /// A new interpreter (a new runtime process) on the environment's filesystem, with the runtime module and the
    /// function's files importable. Globals start empty; /tmp is what it was.
    func startInterpreter() -> Interpreter {
        let options = InterpreterOptions(
            nanosecondsPerStep: nanosecondsPerStep,
            memoryLimit: ExecutionModel.interpreterMemoryLimit(memorySizeMB: version.memorySize),
            seed: seed, clock: clock, filesystem: filesystem, environment: environmentVariables,
            arguments: ["/var/runtime/bootstrap.py"])
        let interpreter = Interpreter(options: options, output: capture.sink)
        interpreter.addSourceFile(moduleName: LambdaRuntimeSource.moduleName, path: LambdaRuntimeSource.path,
                                  source: LambdaRuntimeSource.source)
        interpreter.registerModule(aws.nativeModule)
        for (name, path, source) in Boto3Source.modules {
            interpreter.addSourceFile(moduleName: name, path: path, source: source)
        }
        var packages = Set<String>()
        for (path, text) in version.code.pythonSources where path.hasSuffix(".py") {
            var parts = path.dropLast(3).split(separator: "/").map(String.init)
            if parts.last == "__init__" { parts.removeLast() }
            guard !parts.isEmpty else { continue }
            interpreter.addSourceFile(moduleName: parts.joined(separator: "."), path: "/var/task/" + path, source: text)
            for depth in 1..<parts.count { packages.insert(parts[..<depth].joined(separator: ".")) }
        }
        let files = Set(version.code.pythonSources.map(\.path))
        for package in packages.sorted() where !files.contains(package.replacingOccurrences(of: ".", with: "/") + "/__init__.py") {
            interpreter.addSourceFile(moduleName: package, path: "/var/task/" + package.replacingOccurrences(of: ".", with: "/") + "/__init__.py",
                                      source: "")
        }
        self.interpreter = interpreter
        initialized = false
        return interpreter
    }
}
