// Standard modules written in Python (run by MiniPython itself, once per interpreter, on first import).

extension Runtime {
    func installPythonModules() {
        let sources: [(String, String)] = [
            ("functools", functoolsSource), ("itertools", itertoolsSource), ("copy", copySource),
            ("dataclasses", dataclassesSource), ("urllib.parse", urllibParseSource),
        ]
        for (name, source) in sources {
            let path = "/var/lang/lib/python3.12/" + name.replacingOccurrences(of: ".", with: "/") + ".py"
            standardModuleBuilders[name] = { rt in
                let m = try rt.runModuleSource(name: name, path: path, source: source)
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
