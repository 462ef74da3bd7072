// Values and results exchanged with embedders.

/// A Python value as the host sees it (converted on the way in and out).
public enum PythonValue: Sendable, Equatable {
    case none
    case bool(Bool)
    case int(Int)
    /// An int too large for `Int`, in decimal.
    case bigInt(String)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case list([PythonValue])
    case tuple([PythonValue])
    /// Insertion-ordered entries.
    case dict([DictEntry])
    /// A value with no host representation, given by its `repr()`.
    case opaque(repr: String)

    public struct DictEntry: Sendable, Equatable {
        public var key: PythonValue
        public var value: PythonValue
        public init(_ key: PythonValue, _ value: PythonValue) { self.key = key; self.value = value }
    }

    /// Convenience for string-keyed dicts.
    public static func object(_ pairs: [(String, PythonValue)]) -> PythonValue {
        .dict(pairs.map { DictEntry(.string($0.0), $0.1) })
    }
}

/// One frame of a traceback, shaped like an entry of `traceback.format_list`.
public struct StackFrame: Sendable, Equatable {
    public var filename: String
    public var line: Int
    public var function: String
    /// The stripped source line, if known.
    public var sourceText: String?
    /// `  File "app.py", line 3, in handler\n    return x\n`
    public var formatted: String
}

/// An exception that escaped the program.
public struct PythonException: Error, Sendable, Equatable {
    /// The class name, qualified as CPython prints it (`KeyError`, `json.decoder.JSONDecodeError`).
    public var errorType: String
    /// `str(exception)`.
    public var errorMessage: String
    /// Outermost first, as in a printed traceback.
    public var stackTrace: [StackFrame]
    /// Exactly what CPython prints to stderr for it.
    public var formatted: String
}

/// How a piece of work ended.
public enum Termination: Sendable, Equatable {
    case completed
    /// `sys.exit(status)` (or SystemExit).
    case exited(status: Int32)
    case uncaughtException(PythonException)
    case syntaxError(SyntaxDiagnostic)
    /// The step budget ran out (the program was stopped; no Python code ran afterwards).
    case stepBudgetExhausted
    /// The virtual deadline passed (Lambda: "Task timed out").
    case deadlineExceeded
}

/// Whether REPL input is ready to run.
public enum InputCompleteness: Sendable, Equatable {
    case complete
    /// More lines are needed (open bracket, unfinished block, trailing backslash, open triple quote).
    case incomplete
    case invalid(SyntaxDiagnostic)
}

/// Settings for one interpreter instance.
public struct InterpreterOptions: Sendable {
    /// Stop after this many steps (statements and loop iterations). nil: no budget.
    public var stepBudget: Int?
    /// Virtual seconds the program may use (steps × `nanosecondsPerStep` + sleeps). nil: no deadline.
    public var virtualTimeLimit: Double?
    /// Virtual time one step costs.
    public var nanosecondsPerStep: Int
    /// Bytes the program may allocate (counted deterministically); past it, MemoryError. nil: no limit.
    public var memoryLimit: Int?
    public var recursionLimit: Int
    /// Seed for `random`, `uuid.uuid4` and `os.urandom`.
    public var seed: UInt64
    public var clock: any ClockProvider
    public var filesystem: VirtualFileSystem
    /// `os.environ`, in order.
    public var environment: [(String, String)]
    /// `sys.argv`.
    public var arguments: [String]
    /// Polled every few thousand steps; when it returns true the program gets KeyboardInterrupt (Ctrl-C).
    public var interruption: (@Sendable () -> Bool)?

    public init(stepBudget: Int? = nil, virtualTimeLimit: Double? = nil, nanosecondsPerStep: Int = 0,
                memoryLimit: Int? = nil, recursionLimit: Int = 1000, seed: UInt64 = 0,
                clock: any ClockProvider = SimulatedClock(), filesystem: VirtualFileSystem = VirtualFileSystem(),
                environment: [(String, String)] = [], arguments: [String] = [],
                interruption: (@Sendable () -> Bool)? = nil) {
        self.interruption = interruption
        self.stepBudget = stepBudget
        self.virtualTimeLimit = virtualTimeLimit
        self.nanosecondsPerStep = nanosecondsPerStep
        self.memoryLimit = memoryLimit
        self.recursionLimit = recursionLimit
        self.seed = seed
        self.clock = clock
        self.filesystem = filesystem
        self.environment = environment
        self.arguments = arguments
    }
}

/// Counters an embedder reads after running code.
public struct ExecutionStatistics: Sendable, Equatable {
    public var steps: Int
    public var memoryHighWater: Int
    public var memoryInUse: Int
}

/// The result of `runProgram`.
public struct ProgramResult: Sendable, Equatable {
    public var stdout: String
    public var stderr: String
    public var exitStatus: Int32
    public var termination: Termination
    public var statistics: ExecutionStatistics
}
