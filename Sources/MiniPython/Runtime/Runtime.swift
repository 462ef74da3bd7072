// The Runtime: one interpreter instance's state (types, builtins, modules, budgets, output).

/// Compiled code for a function, lambda, comprehension, class body or module.
package final class CodeObject {
    package let name: String
    package var qualname: String
    package let filename: String
    package let firstLine: Int
    package var parameterNames: [String] = []
    package var positionalOnlyCount = 0
    package var positionalCount = 0      // including positional-only
    package var keywordOnlyNames: [String] = []
    package var varArgsSlot: Int? = nil
    package var varKeywordsSlot: Int? = nil
    package var localCount = 0
    package var localNames: [String] = []
    /// Cells owned by this scope, and the local slot of the parameter each one starts from (or nil).
    package var ownCellNames: [String] = []
    package var ownCellParameterSlots: [Int?] = []
    /// Free variables: indices into the defining scope's cells.
    package var freeNames: [String] = []
    package var body: (Frame) throws -> Value = { _ in .none }
    package init(name: String, qualname: String, filename: String, firstLine: Int) {
        self.name = name; self.qualname = qualname; self.filename = filename; self.firstLine = firstLine
    }
}

package final class PyFunction: PyObject {
    package let code: CodeObject
    package let globals: Globals
    package var defaults: [Value]
    package var keywordDefaults: [String: Value]
    package let closure: [Cell]
    package var name: String
    package var qualname: String
    package var attributes = AttributeTable()
    package weak var definingClass: PyType?
    package var moduleName: String
    package init(code: CodeObject, globals: Globals, defaults: [Value], keywordDefaults: [String: Value], closure: [Cell], moduleName: String) {
        self.code = code; self.globals = globals; self.defaults = defaults; self.keywordDefaults = keywordDefaults
        self.closure = closure; self.name = code.name; self.qualname = code.qualname; self.moduleName = moduleName
    }
}

/// One activation of a code object.
package final class Frame {
    package unowned let rt: Runtime
    /// Local variable slots (a fixed buffer: no copy-on-write or exclusivity checks on the hot path).
    package let locals: UnsafeMutablePointer<Value?>
    package var cells: [Cell]
    package let globals: Globals
    package let code: CodeObject
    package unowned(unsafe) let function: PyFunction?
    package var classNamespace: AttributeTable? = nil
    package var returnValue: Value = .none
    /// The calling frame (for logging's funcName and similar introspection).
    package var back: Frame? = nil
    package init(rt: Runtime, code: CodeObject, globals: Globals, function: PyFunction?) {
        self.rt = rt
        self.code = code
        self.globals = globals
        self.function = function
        self.locals = UnsafeMutablePointer<Value?>.allocate(capacity: max(code.localCount, 1))
        self.locals.initialize(repeating: nil, count: max(code.localCount, 1))
        self.cells = []
    }
    deinit {
        locals.deinitialize(count: max(code.localCount, 1))
        locals.deallocate()
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
    package var builtins: [String: Value] = [:]
    package var modules: [String: PyModule] = [:]
    package var output: OutputSink
    package let meter = MemoryMeter()
    package var steps = 0
    package var stepLimit = Int.max
    package var depth = 0
    package var recursionLimit = 1000
    /// Address below which the host stack is too close to exhausted (RecursionError instead of a crash).
    package var stackFloor: UInt = 0
    /// Exceptions currently being handled (innermost last), for bare `raise` and implicit chaining.
    package var handling: [PyException] = []
    package var host: HostServices
    package var nativeModules: [String: (Runtime) throws -> PyModule] = [:]
    package var sourceFiles: [String: String] = [:]
    package var moduleSources: [String: (path: String, source: String)] = [:]
    package var loadingModules: Set<String> = []
    package var mainFilename = "<string>"
    package var argv: [String] = []
    package var reprInProgress = Set<ObjectIdentifier>()
    package var objectIDs: [ObjectIdentifier: Int] = [:]
    package var iteratorTypes: [String: PyType] = [:]
    package let asciiChars: [PyStr] = (0..<128).map { PyStr(String(UnicodeScalar(UInt8($0)))) }
    package let ellipsisObject = PyEllipsis()
    package let notImplementedObject = PyNotImplemented()
    package var modulePaths: [String: String] = [:]
    package var builtinNames: [String] = []
    /// Set when sys.stdout is replaced by a Python object.
    package var stdoutRedirect: Value? = nil
    /// The innermost running Python frame.
    package var currentFrame: Frame? = nil
    /// The `random` module's generator (seeded from the host's seed on first import).
    package var twister = MersenneTwister()
    /// The object an isinstance() check is about (for numbers' ABC-style checks).
    package var instanceForCheck: Value? = nil
    package var standardModuleBuilders: [String: (Runtime) throws -> PyModule] = [:]
    package var nativeTypes: [String: PyType] = [:]
    package var constructors: [ObjectIdentifier: PyBuiltinFunction.Body] = [:]

    package init(output: OutputSink, host: HostServices) {
        self.output = output
        self.host = host
        self.types = TypeRegistry()
        installBuiltins()
        installStandardModules()
    }

    /// Called at every statement: counts a step and enforces the budget.
    @inline(__always) package func tick() throws {
        steps &+= 1
        if steps > stepLimit { try budgetExceeded() }
    }

    package func budgetExceeded() throws {
        if host.deadlineReached(steps: steps) { throw Halt.deadlineExceeded }
        throw Halt.stepBudgetExhausted
    }

    package func write(_ s: String, toStderr: Bool) { toStderr ? output.stderr(s) : output.stdout(s) }
}
