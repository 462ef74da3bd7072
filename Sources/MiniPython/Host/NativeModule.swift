// Modules implemented by the embedder.

/// Raise this from a native function to raise a Python exception of a built-in class
/// (`NativeError(type: "ValueError", message: "bad input")`).
public struct NativeError: Error, Sendable {
    public var type: String
    public var message: String
    public init(type: String, message: String) { self.type = type; self.message = message }
}

/// The arguments of a call into a native function.
public struct NativeCall: Sendable {
    public var arguments: [PythonValue]
    public var keywordArguments: [(String, PythonValue)]
    public func keyword(_ name: String) -> PythonValue? { keywordArguments.first { $0.0 == name }?.1 }
}

/// A module the host provides: functions (taking and returning plain values) and constants.
public struct NativeModule: Sendable {
    public typealias Function = @Sendable (NativeCall) throws -> PythonValue
    public var name: String
    public var functions: [String: Function]
    public var constants: [String: PythonValue]

    public init(name: String, functions: [String: Function] = [:], constants: [String: PythonValue] = [:]) {
        self.name = name; self.functions = functions; self.constants = constants
    }

    func build(_ rt: Runtime) throws -> PyModule {
        try rt.makeModule(name) { g in
            for (k, v) in constants.sorted(by: { $0.key < $1.key }) { g[k] = try rt.value(from: v) }
            for (k, f) in functions.sorted(by: { $0.key < $1.key }) {
                g[k] = .object(PyBuiltinFunction(k) { rt, args, kw in
                    let call = NativeCall(arguments: args.map { rt.pythonValue($0) }, keywordArguments: kw.map { ($0.0, rt.pythonValue($0.1)) })
                    do {
                        return try rt.value(from: try f(call))
                    } catch let e as NativeError {
                        let type = rt.types.exceptions[e.type] ?? rt.types[exception: "RuntimeError"]
                        throw rt.error(type, e.message)
                    }
                })
            }
        }
    }
}
