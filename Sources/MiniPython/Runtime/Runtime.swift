// The Runtime: one interpreter instance's state (types, builtins, modules, budgets, output).
// Stored properties of the interpreter's classes are `@exclusivity(unchecked)`: a runtime is used by one thread
// at a time and no code holds an inout access to them across a call back into Python, so the dynamic
// exclusivity checks (a large share of the time on hot paths) can never fire.

/// Compiled code for a function, lambda, comprehension, class body or module.
package final class CodeObject {
    package let name: String
    @exclusivity(unchecked) package var qualname: String
    package let filename: String
    package let firstLine: Int
    @exclusivity(unchecked) package var parameterNames: [String] = []
    @exclusivity(unchecked) package var positionalOnlyCount = 0
    @exclusivity(unchecked) package var positionalCount = 0      // including positional-only
    @exclusivity(unchecked) package var keywordOnlyNames: [String] = []
    @exclusivity(unchecked) package var varArgsSlot: Int? = nil
    @exclusivity(unchecked) package var varKeywordsSlot: Int? = nil
    @exclusivity(unchecked) package var localCount = 0
    @exclusivity(unchecked) package var localNames: [String] = []
    /// Cells owned by this scope, and the local slot of the parameter each one starts from (or nil).
    @exclusivity(unchecked) package var ownCellNames: [String] = []
    @exclusivity(unchecked) package var ownCellParameterSlots: [Int?] = []
    /// Free variables: indices into the defining scope's cells.
    @exclusivity(unchecked) package var freeNames: [String] = []
    /// Set once, when the code is compiled, before it can run: no access to it overlaps another.
    @exclusivity(unchecked) package var body: (Frame) throws -> Value = { _ in .none }
    package init(name: String, qualname: String, filename: String, firstLine: Int) {
        self.name = name; self.qualname = qualname; self.filename = filename; self.firstLine = firstLine
    }
}

package final class PyFunction: PyObject {
    package let code: CodeObject
    package let globals: Globals
    @exclusivity(unchecked) package var defaults: [Value]
    @exclusivity(unchecked) package var keywordDefaults: [String: Value]
    package let closure: [Cell]
    @exclusivity(unchecked) package var name: String
    @exclusivity(unchecked) package var qualname: String
    @exclusivity(unchecked) package var attributes = AttributeTable()
    /// The class whose body defined this function (for zero-argument `super()`). Strong, not `weak`: a weak
    /// reference gives the class a side table, which sends every retain and release of it (every attribute access
    /// on its instances) down the runtime's slow reference-counting path. It adds no leak: a class already keeps
    /// itself alive through its own `mro`, which starts with itself.
    @exclusivity(unchecked) package var definingClass: PyType?
    @exclusivity(unchecked) package var moduleName: String
    package init(code: CodeObject, globals: Globals, defaults: [Value], keywordDefaults: [String: Value], closure: [Cell], moduleName: String) {
        self.code = code; self.globals = globals; self.defaults = defaults; self.keywordDefaults = keywordDefaults
        self.closure = closure; self.name = code.name; self.qualname = code.qualname; self.moduleName = moduleName
    }
}

/// One activation of a code object.
package final class Frame {
    /// `unowned(unsafe)`: a frame only runs while its runtime is executing code, and the runtime owns every
    /// object that can reach a frame, so the runtime always outlives the frame's use.
    package unowned(unsafe) let rt: Runtime
    /// Local variable slots (a fixed buffer: no copy-on-write or exclusivity checks on the hot path).
    package let locals: UnsafeMutablePointer<Value?>
    /// The number of slots in `locals`: the code's locals and the return value.
    package let slotCount: Int
    @exclusivity(unchecked) package var cells: [Cell]
    /// `var`, not `let`: a recycled frame (see `Runtime.makeFrame`) takes the next function's code and globals.
    @exclusivity(unchecked) package var globals: Globals
    @exclusivity(unchecked) package var code: CodeObject
    @exclusivity(unchecked) package unowned(unsafe) var function: PyFunction?
    @exclusivity(unchecked) package var classNamespace: AttributeTable? = nil
    /// The value being returned (stored in the locals buffer, past the last local, to avoid exclusivity checks).
    package var returnValue: Value {
        get { locals[slotCount &- 1] ?? .none }
        set { locals[slotCount &- 1] = newValue }
    }
    /// Moves the returned value out of its slot (no copy to retain now and release when the frame is cleared).
    @inline(__always) func takeReturnValue() -> Value { locals[slotCount &- 1].take() ?? .none }
    /// The calling frame (for logging's funcName and similar introspection).
    @exclusivity(unchecked) package var back: Frame? = nil
    /// The next frame in the runtime's free list of finished frames with this many slots (see `Runtime.makeFrame`).
    @exclusivity(unchecked) var nextSpare: Frame? = nil
    package init(rt: Runtime, code: CodeObject, globals: Globals, function: PyFunction?) {
        self.rt = rt
        self.code = code
        self.globals = globals
        self.function = function
        self.slotCount = code.localCount + 1
        self.locals = UnsafeMutablePointer<Value?>.allocate(capacity: slotCount)
        self.locals.initialize(repeating: nil, count: slotCount)
        self.cells = []
    }
    deinit {
        locals.deinitialize(count: slotCount)
        locals.deallocate()
    }
    /// Empties a finished frame for reuse: its values are released now, as freeing the frame would.
    @inline(__always) func clear() {
        locals.update(repeating: nil, count: slotCount)
        if !cells.isEmpty { cells = [] }
        back = nil
    }
}

/// Receives what the program writes.
public struct OutputSink: Sendable {
    public var stdout: @Sendable (String) -> Void
    public var stderr: @Sendable (String) -> Void
    public init(stdout: @escaping @Sendable (String) -> Void, stderr: @escaping @Sendable (String) -> Void) {
        self.stdout = stdout; self.stderr = stderr
    }
}

package final class Runtime {
    package let types: TypeRegistry
    @exclusivity(unchecked) package var builtins: [String: Value] = [:]
    @exclusivity(unchecked) package var modules: [String: PyModule] = [:]
    @exclusivity(unchecked) package var output: OutputSink
    package let meter = MemoryMeter()
    /// Counters touched at every statement and call, kept behind a pointer so that reading and writing them
    /// costs no dynamic exclusivity check (the runtime is only ever used by one thread at a time).
    package struct HotState {
        var steps = 0
        var stepLimit = Int.max
        var depth = 0
        var currentFrame: Frame? = nil
    }
    private let hot: UnsafeMutablePointer<HotState> = {
        let p = UnsafeMutablePointer<HotState>.allocate(capacity: 1)
        p.initialize(to: HotState())
        return p
    }()
    deinit {
        hot.deinitialize(count: 1)
        hot.deallocate()
        for i in 0..<Runtime.pooledSlotCounts {
            // Unlinked one by one: freeing a long chain recursively could exhaust the stack.
            var next = spareFrames[i].take()
            while let fr = next { next = fr.nextSpare.take() }
        }
        spareFrames.deinitialize(count: Runtime.pooledSlotCounts)
        spareFrames.deallocate()
        spareCounts.deallocate()
    }
    package var steps: Int { @inline(__always) get { hot.pointee.steps } @inline(__always) set { hot.pointee.steps = newValue } }
    package var stepLimit: Int { @inline(__always) get { hot.pointee.stepLimit } @inline(__always) set { hot.pointee.stepLimit = newValue } }
    package var depth: Int { @inline(__always) get { hot.pointee.depth } @inline(__always) set { hot.pointee.depth = newValue } }
    /// The innermost running Python frame.
    package var currentFrame: Frame? { @inline(__always) get { hot.pointee.currentFrame } @inline(__always) set { hot.pointee.currentFrame = newValue } }
    /// Finished function frames kept for reuse: one free list (through `Frame.nextSpare`) per slot count below
    /// `Runtime.pooledSlotCounts`, each at most `Runtime.sparesPerSlotCount` long. Behind a pointer, like `hot`.
    let spareFrames: UnsafeMutablePointer<Frame?> = {
        let p = UnsafeMutablePointer<Frame?>.allocate(capacity: Runtime.pooledSlotCounts)
        p.initialize(repeating: nil, count: Runtime.pooledSlotCounts)
        return p
    }()
    let spareCounts: UnsafeMutablePointer<Int> = {
        let p = UnsafeMutablePointer<Int>.allocate(capacity: Runtime.pooledSlotCounts)
        p.initialize(repeating: 0, count: Runtime.pooledSlotCounts)
        return p
    }()
    static let pooledSlotCounts = 32
    static let sparesPerSlotCount = 64
    @exclusivity(unchecked) package var recursionLimit = 1000
    /// Address below which the host stack is too close to exhausted (RecursionError instead of a crash).
    @exclusivity(unchecked) package var stackFloor: UInt = 0
    /// Exceptions currently being handled (innermost last), for bare `raise` and implicit chaining.
    @exclusivity(unchecked) package var handling: [PyException] = []
    @exclusivity(unchecked) package var host: HostServices
    @exclusivity(unchecked) package var nativeModules: [String: (Runtime) throws -> PyModule] = [:]
    @exclusivity(unchecked) package var sourceFiles: [String: String] = [:]
    @exclusivity(unchecked) package var moduleSources: [String: (path: String, source: String)] = [:]
    @exclusivity(unchecked) package var loadingModules: Set<String> = []
    @exclusivity(unchecked) package var mainFilename = "<string>"
    @exclusivity(unchecked) package var argv: [String] = []
    @exclusivity(unchecked) package var reprInProgress = Set<ObjectIdentifier>()
    @exclusivity(unchecked) package var objectIDs: [ObjectIdentifier: Int] = [:]
    @exclusivity(unchecked) package var iteratorTypes: [String: PyType] = [:]
    package let asciiChars: [PyStr] = (0..<128).map { PyStr(String(UnicodeScalar(UInt8($0)))) }
    package let ellipsisObject = PyEllipsis()
    package let notImplementedObject = PyNotImplemented()
    @exclusivity(unchecked) package var modulePaths: [String: String] = [:]
    @exclusivity(unchecked) package var builtinNames: [String] = []
    /// The `random` module's generator (seeded from the host's seed on first import).
    @exclusivity(unchecked) package var twister = MersenneTwister()
    /// The object an isinstance() check is about (for numbers' ABC-style checks).
    @exclusivity(unchecked) package var instanceForCheck: Value? = nil
    @exclusivity(unchecked) package var standardModuleBuilders: [String: (Runtime) throws -> PyModule] = [:]
    @exclusivity(unchecked) package var nativeTypes: [String: PyType] = [:]
    @exclusivity(unchecked) package var constructors: [ObjectIdentifier: PyBuiltinFunction.Body] = [:]

    package init(output: OutputSink, host: HostServices) {
        self.output = output
        self.host = host
        self.types = TypeRegistry()
        installBuiltins()
        installStandardModules()
    }

    /// Called at every statement: counts a step and enforces the budget.
    @inline(__always) package func tick() throws {
        let h = hot
        h.pointee.steps &+= 1
        if h.pointee.steps > h.pointee.stepLimit { try budgetExceeded() }
    }

    /// Steps between two polls of the host's interruption check, when one is set.
    package static let interruptPollInterval = 10_000
    /// The host's Ctrl-C check (see ``InterpreterOptions/interruption``).
    package var interruptCheck: (@Sendable () -> Bool)?
    /// The limit from the step budget and the deadline; `stepLimit` is lower while polling for Ctrl-C.
    package var hardStepLimit = Int.max

    /// Sets the budget/deadline limit; with an interruption check, `stepLimit` becomes the next poll.
    package func setStepLimit(_ limit: Int) {
        hardStepLimit = limit
        stepLimit = interruptCheck == nil ? limit : min(limit, steps &+ Self.interruptPollInterval)
    }

    package func budgetExceeded() throws {
        if steps <= hardStepLimit, let check = interruptCheck {
            // A poll, not the real limit: raise KeyboardInterrupt on Ctrl-C, else run on to the next poll.
            stepLimit = min(hardStepLimit, steps &+ Self.interruptPollInterval)
            if check() { throw PyError(newException(types[exception: "KeyboardInterrupt"], [])) }
            return
        }
        if host.deadlineReached(steps: steps) { throw Halt.deadlineExceeded }
        throw Halt.stepBudgetExhausted
    }

    package func write(_ s: String, toStderr: Bool) { toStderr ? output.stderr(s) : output.stdout(s) }
}
