// traceback: format_exc, print_exc, format_exception and friends.

extension Runtime {
    func exceptionArgument(_ a: [Value], _ kw: [(String, Value)]) -> PyException? {
        let args = Args(self, "format_exception", a, kw)
        for v in [args.value(1, "value"), args.value(0, "exc")].compactMap({ $0 }) {
            if case .object(let e as PyException) = v { return e }
        }
        return nil
    }

    func makeTracebackModule() throws -> PyModule {
        makeModule("traceback") { g in
            g["format_exc"] = function("format_exc") { rt, a, kw in
                guard let e = rt.handling.last else { return .string("NoneType: None\n") }
                return .string(rt.formatException(e))
            }
            g["print_exc"] = function("print_exc") { rt, a, kw in
                let text = rt.handling.last.map { rt.formatException($0) } ?? "NoneType: None\n"
                if let file = Args(rt, "print_exc", a, kw).keyword("file"), !file.isNone {
                    _ = try rt.call(try rt.getAttribute(file, "write"), [.string(text)])
                } else {
                    rt.output.stderr(text)
                }
                return .none
            }
            g["format_exception"] = function("format_exception") { rt, a, kw in
                guard let e = rt.exceptionArgument(a, kw) else { return .object(PyList([.string("NoneType: None\n")])) }
                return .object(PyList(rt.formatExceptionLines(e).map { .string($0) }))
            }
            g["print_exception"] = function("print_exception") { rt, a, kw in
                guard let e = rt.exceptionArgument(a, kw) else { return .none }
                let text = rt.formatException(e)
                if let file = Args(rt, "print_exception", a, kw).keyword("file"), !file.isNone {
                    _ = try rt.call(try rt.getAttribute(file, "write"), [.string(text)])
                } else {
                    rt.output.stderr(text)
                }
                return .none
            }
            g["format_exception_only"] = function("format_exception_only") { rt, a, kw in
                guard let e = rt.exceptionArgument(a, kw) else { return .object(PyList([.string("NoneType: None\n")])) }
                return .object(PyList([.string(rt.exceptionOnlyLines(e))]))
            }
            g["format_tb"] = function("format_tb") { rt, a, kw in
                guard case .object(let tb as PyTracebackObject)? = a.first else { return .object(PyList([])) }
                return .object(PyList(rt.formatEntries(tb.exception.traceback.reversed()).map { .string($0) }))
            }
            g["print_stack"] = function("print_stack") { rt, a, kw in .none }
        }
    }

    /// The lines `traceback.format_exception` returns (each ends with a newline).
    func formatExceptionLines(_ e: PyException) -> [String] {
        formatException(e).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0 + "\n" }
    }
}
