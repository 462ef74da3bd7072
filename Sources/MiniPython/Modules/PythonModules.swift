// Standard modules written in Python (run by MiniPython itself, once per interpreter, on first import).

extension Runtime {
    func installPythonModules() {
        let sources: [(String, String)] = [
            ("functools", functoolsSource), ("itertools", itertoolsSource), ("copy", copySource),
            ("dataclasses", dataclassesSource), ("urllib.parse", urllibParseSource), ("logging", loggingSource), ("datetime", datetimeSource), ("uuid", uuidSource), ("decimal", decimalSource), ("numbers", numbersSource), ("contextvars", contextvarsSource), ("__future__", futureSource), ("_strptime", strptimeSource),
        ]
        for (name, source) in sources {
            let path = "/var/lang/lib/python3.12/" + name.replacingOccurrences(of: ".", with: "/") + ".py"
            standardModuleBuilders[name] = { rt in
                let m = try rt.runModuleSource(name: name, path: path, source: source)
                if name == "logging" {
                    m.globals["_caller"] = rt.function("_caller") { rt, _, _ in
                        var f = rt.currentFrame
                        while let fr = f, fr.code.filename == path { f = fr.back }
                        guard let fr = f else { return .object(PyTuple([.string("(unknown file)"), .int(0), .string("(unknown function)")])) }
                        return .object(PyTuple([.string(fr.code.filename), .int(fr.code.firstLine), .string(fr.code.name)]))
                    }
                }
                if name == "decimal" {
                    for n in ["Decimal", "Context"] {
                        if case .object(let t as PyType)? = m.globals[n] { t.cName = "decimal." + n }
                    }
                }
                if name == "datetime" {
                    for n in ["date", "datetime", "time", "timedelta", "timezone", "tzinfo"] {
                        if case .object(let t as PyType)? = m.globals[n] { t.cName = "datetime." + n }
                    }
                }
                if name == "copy" {
                    m.globals["_native_copy"] = rt.function("_native_copy") { rt, a, _ in
                        if case .object(let d as PyDeque) = a[0] {
                            let c = PyDeque(type: d.nativeType); c.items = d.items; c.maxlen = d.maxlen; return .object(c)
                        }
                        if case .object(let d as PyDict) = a[0] {
                            let c = d.copy(); c.customType = d.customType; c.defaultFactory = d.defaultFactory; return .object(c)
                        }
                        return a[0]
                    }
                }
                return m
            }
        }
        standardModuleBuilders["urllib"] = { rt in
            rt.makeModule("urllib") { g in g["__path__"] = .object(PyList([])) }
        }
    }
}
