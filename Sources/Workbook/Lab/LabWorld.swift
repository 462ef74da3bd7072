import LambdaSim
import MiniPython
import Synchronization

/// What a check's `lab` module looks at and changes: a simulated world and the learner's workspace.
///
/// The checks of one exercise share one `LabWorld`, so what one check does (an invoke, a clock
/// advance) is seen by the next. The native functions run on the interpreter's own thread, so the
/// world is kept behind a lock; the checks of one attempt run one after another, never at once.
public final class LabWorld: Sendable {
    struct State {
        var world: World
        /// The live interpreters of the world's execution environments (warm starts between checks).
        let environments: ExecutionEnvironments
    }

    let state: Mutex<State>
    /// The learner's files, which `lab.files()`, `lab.exists()` and `lab.read()` see.
    public let workspace: Workspace

    /// A lab over `world`. Its execution environments start empty: the first invoke of each
    /// function version in the checks is a cold start.
    public init(world: World, workspace: Workspace) {
        self.state = Mutex(State(world: world, environments: ExecutionEnvironments()))
        self.workspace = workspace
    }

    /// The world as the checks have left it.
    public var world: World { state.withLock { $0.world } }

    /// Runs `body` with the world, under the lock.
    func withWorld<Result: Sendable>(_ body: (inout World) throws(NativeError) -> Result) throws(NativeError) -> Result {
        try state.withLock { (state: inout State) throws(NativeError) -> Result in try body(&state.world) }
    }

    /// Runs `body` with the world and its live environments, under the lock.
    func withWorldAndEnvironments<Result: Sendable>(
        _ body: (inout World, ExecutionEnvironments) throws(NativeError) -> Result
    ) throws(NativeError) -> Result {
        try state.withLock { (state: inout State) throws(NativeError) -> Result in try body(&state.world, state.environments) }
    }

    /// The native half of the `lab` module (`_lab`), bound to this world.
    func nativeModule() -> NativeModule {
        var functions: [String: NativeModule.Function] = [:]
        for (name, function) in LabFunctions.all {
            functions[name] = { [self] call in try function(self, LabArguments(function: name, call: call)) }
        }
        return NativeModule(name: "_lab", functions: functions)
    }
}

/// The positional arguments the Python half of `lab` passes to a native function.
struct LabArguments {
    var function: String
    var call: NativeCall

    func value(_ index: Int) -> PythonValue {
        index < call.arguments.count ? call.arguments[index] : .none
    }

    func string(_ index: Int, _ name: String) throws(NativeError) -> String {
        guard case .string(let text) = value(index) else {
            throw NativeError(type: "TypeError", message: "lab.\(function)(): \(name) must be a string")
        }
        return text
    }

    func optionalString(_ index: Int, _ name: String) throws(NativeError) -> String? {
        if case .none = value(index) { return nil }
        return try string(index, name)
    }
}

extension PythonValue {
    static func optional(_ text: String?) -> PythonValue { text.map(PythonValue.string) ?? .none }
    static func optional(_ number: Int?) -> PythonValue { number.map(PythonValue.int) ?? .none }
    static func strings(_ texts: [String]) -> PythonValue { .list(texts.map(PythonValue.string)) }
}
