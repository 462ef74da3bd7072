// The host API: one interpreter instance per execution environment.
import BigInt

/// A MiniPython interpreter instance: its modules, globals, budgets and counters.
///
/// ```swift
/// let py = Interpreter(options: InterpreterOptions(stepBudget: 1_000_000), output: sink)
/// py.addSourceFile(moduleName: "app", path: "/var/task/app.py", source: code)
/// let loaded = py.importModule("app")                  // INIT: top-level code runs once
/// let result = py.callFunction(module: "app", name: "handler", arguments: [event, .none])
/// ```
/// Every call runs on an interpreter-owned thread with a large stack and returns when the code finishes
/// (or is stopped by a budget). An instance must not be used from two threads at once.
public final class Interpreter {
    let rt: Runtime
    let options: InterpreterOptions
    /// The context object a hosted handler gets, made once and updated per call (see `callHandler`).
    var hostedContext: Value?

    public init(options: InterpreterOptions = InterpreterOptions(), output: OutputSink) {
        self.options = options
        let host = HostServices(clock: options.clock, seed: options.seed, filesystem: options.filesystem,
                                environment: options.environment, stepBudget: options.stepBudget,
                                deadlineSeconds: options.virtualTimeLimit, nanosecondsPerStep: options.nanosecondsPerStep)
        rt = Runtime(output: output, host: host)
        rt.recursionLimit = options.recursionLimit
        rt.argv = options.arguments
        if let limit = options.memoryLimit { rt.meter.limit = limit }
        rt.interruptCheck = options.interruption
        rt.setStepLimit(host.stepLimit())
    }

    /// Makes `source` importable as `moduleName` (a file of the code package, e.g. `utils` or `pkg.mod`).
    public func addSourceFile(moduleName: String, path: String, source: String) {
        rt.moduleSources[moduleName] = (path, source)
    }

    /// Registers a module implemented by the host (e.g. `boto3`).
    public func registerModule(_ module: NativeModule) {
        rt.nativeModules[module.name] = { rt in try module.build(rt) }
    }

    public var statistics: ExecutionStatistics {
        ExecutionStatistics(steps: rt.steps, memoryHighWater: rt.meter.highWater, memoryInUse: rt.meter.current)
    }

    /// Raises the step budget (e.g. for the next invocation of a warm environment).
    public func setStepBudget(_ budget: Int?) {
        rt.host.stepBudget = budget
        rt.setStepLimit(rt.host.stepLimit())
    }

    /// Sets a new virtual time limit, counted from the time used so far.
    public func setVirtualTimeLimit(_ seconds: Double?) {
        let used = rt.host.sleptSeconds + Double(rt.steps) * Double(rt.host.nanosecondsPerStep) / 1e9
        rt.host.deadlineSeconds = seconds.map { used + $0 }
        rt.host.deadlineHit = false
        rt.setStepLimit(rt.host.stepLimit())
    }

    /// Runs `source` as the `__main__` module.
    public func runMain(source: String, filename: String) -> Termination {
        perform { rt in
            let globals = Globals()
            globals["__name__"] = .string("__main__")
            globals["__file__"] = .string(filename)
            globals["__doc__"] = Value.none
            globals["__builtins__"] = Value.none
            let module = PyModule(name: "__main__", globals: globals)
            rt.modules["__main__"] = module
            rt.mainFilename = filename
            try rt.execute(source: source, filename: filename, globals: globals, moduleName: "__main__")
            return .none
        }.termination
    }

    /// Imports a module (running its top-level code if this is the first import).
    public func importModule(_ name: String) -> Termination {
        perform { rt in _ = try rt.importModule(name); return .none }.termination
    }

    /// Calls `module.name(*arguments)`; the module must have been imported (or run as `__main__`).
    public func callFunction(module: String, name: String, arguments: [PythonValue], keywordArguments: [(String, PythonValue)] = []) -> (Termination, PythonValue?) {
        let r = perform { rt -> Value in
            guard let m = rt.modules[module] else { throw rt.error("ModuleNotFoundError", "No module named '\(module)'") }
            guard let f = m.globals[name] else {
                throw rt.attributeError("module '\(module)' has no attribute '\(name)'")
            }
            let args = try arguments.map { try rt.value(from: $0) }
            let kwargs = try keywordArguments.map { ($0.0, try rt.value(from: $0.1)) }
            return try rt.call(f, args, kwargs)
        }
        return (r.termination, r.value.map { rt.pythonValue($0) })
    }

    /// Whether a module-level name exists (e.g. to report `Runtime.HandlerNotFound`).
    public func hasAttribute(module: String, name: String) -> Bool {
        rt.modules[module]?.globals[name] != nil
    }

    /// Parses JSON text into a value exactly as `json.loads` would.
    public func decodeJSON(_ text: String) -> Result<PythonValue, PythonException> {
        let r = perform { rt in try rt.jsonLoads(text, Args(rt, "loads", [], [])) }
        if case .uncaughtException(let e) = r.termination { return .failure(e) }
        return .success(r.value.map { rt.pythonValue($0) } ?? .none)
    }

    /// Serializes a value as `json.dumps(value)` would (compact separators when `compact`).
    public func encodeJSON(_ value: PythonValue, compact: Bool = false) -> Result<String, PythonException> {
        let r = perform { rt -> Value in
            let kw: [(String, Value)] = compact ? [("separators", .object(PyTuple([.string(","), .string(":")])))] : []
            return .string(try rt.jsonDumps(try rt.value(from: value), Args(rt, "dumps", [], kw)))
        }
        if case .uncaughtException(let e) = r.termination { return .failure(e) }
        if case .str(let s)? = r.value { return .success(s.value) }
        return .success("null")
    }

    /// REPL: runs one complete input in `__main__`, printing the repr of expression statements' values.
    public func runInteractive(_ source: String) -> Termination {
        perform { rt in
            let main: PyModule
            if let m = rt.modules["__main__"] { main = m } else {
                let g = Globals()
                g["__name__"] = .string("__main__")
                main = PyModule(name: "__main__", globals: g)
                rt.modules["__main__"] = main
            }
            // CPython's REPL shows no source lines in tracebacks for <stdin> (syntax errors carry their own line)
            let filename = "<stdin>"
            let code: CodeObject
            switch Compiler.compileModule(source: source, filename: filename, globals: main.globals, moduleName: "__main__", interactive: true) {
            case .success(let c): code = c
            case .failure(let d): throw rt.syntaxErrorException(d)
            }
            let frame = Frame(rt: rt, code: code, globals: main.globals, function: nil)
            do { _ = try code.body(frame) } catch let e as PyError { rt.leaveFrame(e, code: code); throw e }
            return .none
        }.termination
    }

    /// Classifies REPL input: run it, ask for more lines, or report the error.
    public static func completeness(of source: String) -> InputCompleteness {
        // parsing recurses; run it on a large stack like everything else
        runOnLargeStack(stackSize: 64 * 1024 * 1024) { _ in checkCompleteness(source) }
    }

    // MARK: Running

    struct Outcome { var termination: Termination; var value: Value? }

    func perform(_ body: @escaping (Runtime) throws -> Value) -> Outcome {
        let rt = self.rt
        return runOnLargeStack { floor in
            rt.stackFloor = floor
            rt.depth = 0
            rt.handling = []
            do {
                let v = try body(rt)
                return Outcome(termination: .completed, value: v)
            } catch let e as PyError {
                return Outcome(termination: rt.termination(for: e.exception), value: nil)
            } catch let h as Halt {
                switch h {
                case .stepBudgetExhausted: return Outcome(termination: .stepBudgetExhausted, value: nil)
                case .deadlineExceeded: return Outcome(termination: .deadlineExceeded, value: nil)
                }
            } catch {
                preconditionFailure("unexpected host error \(error)")
            }
        }
    }
}

extension Runtime {
    func termination(for e: PyException) -> Termination {
        if e.cls.isSubtype(of: types[exception: "SystemExit"]) {
            let code = e.args.first ?? .none
            switch code {
            case .none: return .exited(status: 0)
            case .int(let i): return .exited(status: Int32(truncatingIfNeeded: i))
            case .bool(let b): return .exited(status: b ? 1 : 0)
            default:
                output.stderr(((try? str(code)) ?? "") + "\n")
                return .exited(status: 1)
            }
        }
        if let d = e.syntaxDiagnostic, e.traceback.isEmpty { return .syntaxError(d) }
        return .uncaughtException(pythonException(e))
    }

    package func pythonException(_ e: PyException) -> PythonException {
        var name = e.cls.qualname
        if e.cls.moduleName != "builtins" && e.cls.moduleName != "__main__" { name = e.cls.moduleName + "." + name }
        let frames = e.traceback.reversed().map { entry -> StackFrame in
            let text = sourceLine(entry.filename, entry.line)?.trimmingCharacters(in: .whitespaces)
            var formatted = "  File \"\(entry.filename)\", line \(entry.line), in \(entry.name)\n"
            if let t = text, !t.isEmpty { formatted += "    \(t)\n" }
            return StackFrame(filename: entry.filename, line: entry.line, function: entry.name, sourceText: text, formatted: formatted)
        }
        return PythonException(errorType: name, errorMessage: (try? str(.object(e))) ?? "", stackTrace: frames, formatted: formatException(e))
    }

    package func value(from p: PythonValue) throws -> Value {
        switch p {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s): return .bigint(BigInt(s) ?? 0)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .bytes(let b): return .object(PyBytes(b))
        case .list(let xs): return .object(PyList(try xs.map { try value(from: $0) }))
        case .tuple(let xs): return .object(PyTuple(try xs.map { try value(from: $0) }))
        case .dict(let entries):
            let d = PyDict()
            for e in entries { try d.set(try value(from: e.key), try value(from: e.value), self) }
            return .object(d)
        case .opaque(let r): return .string(r)
        }
    }

    package func pythonValue(_ v: Value) -> PythonValue {
        switch v {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .str(let s): return .string(s.value)
        case .object(let o):
            switch o {
            case let b as PyBigInt: return .bigInt(b.value.description)
            case let b as PyBytes: return .bytes(b.bytes)
            case let l as PyList: return .list(l.items.map(pythonValue))
            case let t as PyTuple: return .tuple(t.items.map(pythonValue))
            case let d as PyDict: return .dict(d.entries.map { PythonValue.DictEntry(pythonValue($0.0), pythonValue($0.1)) })
            default: return .opaque(repr: (try? repr(v)) ?? "<object>")
            }
        }
    }
}

/// Runs a whole program the way `python3 FILE` would: stdout/stderr collected, `sys.exit` honoured, an
/// uncaught exception printed as a traceback (exit status 1).
///
/// - Parameter modules: other files of the program, importable by module name: (module, path, source).
public func runProgram(source: String, filename: String, arguments: [String] = [], options: InterpreterOptions = InterpreterOptions(),
                       modules: [(name: String, path: String, source: String)] = []) -> ProgramResult {
    let collected = OutputCollector()
    var opts = options
    opts.arguments = arguments.isEmpty ? [filename] : arguments
    let interpreter = Interpreter(options: opts, output: collected.sink)
    for m in modules { interpreter.addSourceFile(moduleName: m.name, path: m.path, source: m.source) }
    let termination = interpreter.runMain(source: source, filename: filename)
    var status: Int32 = 0
    switch termination {
    case .completed: status = 0
    case .exited(let s): status = s
    case .uncaughtException(let e): collected.appendError(e.formatted); status = 1
    case .syntaxError(let d): collected.appendError(d.rendered); status = 1
    case .stepBudgetExhausted: collected.appendError("MiniPython: stopped after the step budget of \(options.stepBudget ?? 0) steps\n"); status = 1
    case .deadlineExceeded: collected.appendError("MiniPython: stopped at the virtual time limit of \(options.virtualTimeLimit ?? 0) seconds\n"); status = 1
    }
    return ProgramResult(stdout: collected.stdout, stderr: collected.stderr, exitStatus: status, termination: termination, statistics: interpreter.statistics)
}
