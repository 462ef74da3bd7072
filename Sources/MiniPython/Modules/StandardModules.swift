// The registry of standard modules, and sys.

extension Runtime {
    func installStandardModules() {
        standardModuleBuilders["sys"] = { rt in try rt.makeSysModule() }
        standardModuleBuilders["math"] = { rt in try rt.makeMathModule() }
        standardModuleBuilders["time"] = { rt in try rt.makeTimeModule() }
        standardModuleBuilders["json"] = { rt in try rt.makeJSONModule() }
        standardModuleBuilders["json.encoder"] = { rt in try rt.loadJSONEncoder() }
        standardModuleBuilders["string"] = { rt in rt.makeStringModule() }
        standardModuleBuilders["typing"] = { rt in rt.makeTypingModule() }
        standardModuleBuilders["os"] = { rt in try rt.makeOSModule() }
        standardModuleBuilders["os.path"] = { rt in try rt.importModule("os").globals["path"].flatMap { if case .object(let m as PyModule) = $0 { return m }; return nil }! }
        standardModuleBuilders["random"] = { rt in try rt.makeRandomModule() }
        standardModuleBuilders["re"] = { rt in try rt.makeReModule() }
        standardModuleBuilders["collections"] = { rt in try rt.makeCollectionsModule() }
        standardModuleBuilders["base64"] = { rt in try rt.makeBase64Module() }
        standardModuleBuilders["traceback"] = { rt in try rt.makeTracebackModule() }
        standardModuleBuilders["operator"] = { rt in try rt.makeOperatorModule() }
        standardModuleBuilders["hashlib"] = { rt in try rt.makeHashlibModule() }
        installPythonModules()
    }

    func makeSysModule() throws -> PyModule {
        let stdout = PyStdStream(rt: self, isError: false, type: streamType)
        let stderr = PyStdStream(rt: self, isError: true, type: streamType)
        return try makeModule("sys") { g in
            g["argv"] = .object(PyList(argv.map { .string($0) }))
            g["stdout"] = .object(stdout)
            g["stderr"] = .object(stderr)
            g["__stdout__"] = .object(stdout)
            g["__stderr__"] = .object(stderr)
            g["version"] = .string("3.12.1 (main, MiniPython) [Lambda Workbook]")
            if case .object(let versionInfoType as PyType) = try makeNamedTuple([.string("version_info"), .string("major minor micro releaselevel serial")], [("module", .string("sys"))]) {
                g["version_info"] = try call(.object(versionInfoType), [.int(3), .int(12), .int(1), .string("final"), .int(0)])
            }
            g["platform"] = .string("linux")
            g["maxsize"] = .int(Int.max)
            if case .object(let hashInfoType as PyType) = try makeNamedTuple([.string("hash_info"), .string("width modulus inf nan imag algorithm hash_bits seed_bits cutoff")], [("module", .string("sys"))]) {
                g["hash_info"] = try call(.object(hashInfoType), [.int(64), .int((1 << 61) - 1), .int(314159), .int(0), .int(1000003), .string("siphash13"), .int(64), .int(128), .int(0)])
            }
            g["byteorder"] = .string("little")
            g["path"] = .object(PyList([.string("/var/task")]))
            g["modules"] = .object(PyDict())
            g["implementation"] = Value.none
            g["getrecursionlimit"] = function("getrecursionlimit") { rt, _, _ in .int(rt.recursionLimit) }
            g["setrecursionlimit"] = function("setrecursionlimit") { rt, a, kw in
                try Args(rt, "setrecursionlimit", a, kw).exactly(1)
                let n = try rt.intArgument(a[0])
                if n < 1 { throw rt.valueError("recursion limit must be greater or equal than 1") }
                rt.recursionLimit = n
                return .none
            }
            g["exit"] = function("exit") { rt, a, kw in
                throw PyError(rt.newException(rt.types[exception: "SystemExit"], a.isEmpty ? [] : [a[0]]))
            }
            g["getsizeof"] = function("getsizeof") { rt, a, kw in .int(64 + ((try? rt.length(a[0])) ?? 0) * 8) }
            g["exc_info"] = function("exc_info") { rt, a, kw in
                guard let e = rt.handling.last else { return .object(PyTuple([.none, .none, .none])) }
                return .object(PyTuple([.object(e.cls), .object(e), .none]))
            }
            g["intern"] = function("intern") { _, a, _ in a[0] }
        }
    }

    var streamType: PyType {
        if let t = nativeTypes["TextIOWrapper"] { return t }
        let t = PyType(name: "TextIOWrapper", bases: [types.object], kind: .other, isBuiltin: true, module: "_io")
        t.mro = [t, types.object]
        method(t, "write") { rt, a, kw in
            guard case .object(let s as PyStdStream) = a[0] else { throw rt.typeError("write() requires a stream") }
            guard a.count == 2, case .str(let text) = a[1] else {
                throw rt.typeError("write() argument must be str, not \(a.count > 1 ? rt.typeName(a[1]) : "nothing")")
            }
            if s.isError { rt.output.stderr(text.value) } else { rt.output.stdout(text.value) }
            return .int(text.count)
        }
        method(t, "flush") { _, _, _ in .none }
        method(t, "isatty") { _, _, _ in .bool(false) }
        method(t, "writelines") { rt, a, kw in
            for line in try rt.toArray(a[1]) { _ = try rt.call(try rt.getAttribute(a[0], "write"), [line]) }
            return .none
        }
        nativeTypes["TextIOWrapper"] = t
        return t
    }
}

/// sys.stdout / sys.stderr.
package final class PyStdStream: PyNativeObject {
    let isError: Bool
    init(rt: Runtime, isError: Bool, type: PyType) {
        self.isError = isError
        super.init(type: type)
    }
    package override func repr(_ rt: Runtime) throws -> String {
        "<_io.TextIOWrapper name='<\(isError ? "stderr" : "stdout")>' mode='w' encoding='utf-8'>"
    }
}
