import MiniPython

/// A Python program to run the way `python3 FILE` runs it: the main file and the other modules beside it.
public struct PythonProgram: Sendable {
    /// The main file's text.
    public var source: String
    /// The main file's absolute path: tracebacks and `__file__` show it, as CPython 3.12 does.
    public var path: String
    /// `sys.argv`: the path as typed, then the arguments.
    public var arguments: [String]
    /// Other `.py` files in the main file's directory, importable by module name (CPython puts that
    /// directory first on `sys.path`).
    public var siblingModules: [(name: String, path: String, source: String)]

    public init(source: String, path: String, arguments: [String], siblingModules: [(name: String, path: String, source: String)] = []) {
        self.source = source
        self.path = path
        self.arguments = arguments
        self.siblingModules = siblingModules
    }

    /// Runs the program in the sandbox and returns the exit status `python3` would give: 0, the
    /// `sys.exit` status, or 1 after printing the traceback of an uncaught exception.
    /// - Parameter maxSteps: stop the program after this many steps (none by default).
    public func run(maxSteps: Int?, seed: UInt64, output: OutputSink) -> Int32 {
        let options = InterpreterOptions(stepBudget: maxSteps, seed: seed, arguments: arguments)
        let interpreter = Interpreter(options: options, output: output)
        for module in siblingModules {
            interpreter.addSourceFile(moduleName: module.name, path: module.path, source: module.source)
        }
        return PythonOutcome.exitStatus(of: interpreter.runMain(source: source, filename: path),
                                        maxSteps: maxSteps, output: output)
    }
}

/// How a finished Python run reads on the terminal and what status it ends with.
enum PythonOutcome {
    static func exitStatus(of termination: Termination, maxSteps: Int?, output: OutputSink) -> Int32 {
        switch termination {
        case .completed: return 0
        case .exited(let status): return status
        case .uncaughtException(let exception):
            output.stderr(exception.formatted)
            return 1
        case .syntaxError(let diagnostic):
            output.stderr(diagnostic.rendered)
            return 1
        case .stepBudgetExhausted:
            output.stderr("lambda-workbook: the program was stopped after \(maxSteps ?? 0) steps (--max-steps).\n")
            return 1
        case .deadlineExceeded:
            output.stderr("lambda-workbook: the program was stopped at its virtual time limit.\n")
            return 1
        }
    }
}
