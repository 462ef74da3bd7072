// Attribute lookup, assignment and deletion, with descriptors (functions, properties, static and class methods).

extension Runtime {
    package func getAttribute(_ v: Value, _ name: String) throws -> Value {
        if let r = try lookupAttribute(v, name) { return r }
        throw attributeErrorFor(v, name)
    }

    package func attributeErrorFor(_ v: Value, _ name: String) -> PyError {
        let err: PyError
        if case .object(let o) = v {
            if let m = o as? PyModule {
                err = attributeError("module '\(m.name)' has no attribute '\(name)'")
            } else if let t = o as? PyType {
                err = attributeError("type object '\(t.name)' has no attribute '\(name)'")
            } else {
                err = attributeError("'\(typeName(v))' object has no attribute '\(name)'")
            }
        } else {
            err = attributeError("'\(typeName(v))' object has no attribute '\(name)'")
        }
        err.exception.attributes["name"] = .string(name)
        err.exception.attributes["obj"] = v
        err.exception.suggestion = missingStandardName(v, name) ?? suggestAttribute(v, name)
        return err
    }

    /// For a name CPython 3.12's module has and MiniPython's lacks (`os.walk`): a hint, in the place of CPython's
    /// "Did you mean", that says so instead of suggesting a near name. `str(e)` stays CPython's message.
    package func missingStandardName(_ v: Value, _ name: String) -> String? {
        guard case .object(let m as PyModule) = v, standardModuleBuilders[m.name] != nil,
              CPythonModuleNames.cpythonHas(module: m.name, name: name) else { return nil }
        return "'\(name)' is in CPython's \(m.name) but is not provided by the workbook's Python"
    }

    /// Binds a class attribute found on the type for access through an instance.
    @inline(__always) package func bind(_ attr: Value, to instance: Value, cls: PyType) throws -> Value {
        guard case .object(let o) = attr else { return attr }
        switch o {
        case is PyFunction: return .object(PyBoundMethod(attr, instance))
        case let b as PyBuiltinFunction where b.selfValue == nil:
            return .object(PyBuiltinFunction(b.name, qualifier: b.qualifier, selfValue: instance, b.body))
        case let p as PyProperty:
            guard let g = p.getter else { throw attributeError("property object has no getter") }
            return try call1(g, instance)
        case let s as PyStaticMethod: return s.function
        case let c as PyClassMethod: return .object(PyBoundMethod(c.function, .object(cls)))
        default: return attr
        }
    }

    package func lookupAttribute(_ v: Value, _ name: String) throws -> Value? {
        let t = typeOf(v)
        if case .object(let o) = v {
            switch o {
            case let inst as PyInstance:
                if let e = inst as? PyException, e.attributes[name] == nil, let r = exceptionAttribute(e, name) { return r }
                let classAttr = t.lookup(name)
                if let ca = classAttr, case .object(let co) = ca, co is PyProperty { return try bind(ca, to: v, cls: t) }
                if let own = inst.attributes[name] { return own }
                if let ca = classAttr { return try bind(ca, to: v, cls: t) }
                if name == "__class__" { return .object(t) }
                if name == "__dict__" { return .object(try instanceDict(inst)) }
                if let ga = t.lookup("__getattr__") { return try call(ga, [v, .string(name)]) }
                return nil
            case let cls as PyType:
                if let a = cls.lookup(name) {
                    if case .object(let ao) = a {
                        if let c = ao as? PyClassMethod { return .object(PyBoundMethod(c.function, v)) }
                        if let s = ao as? PyStaticMethod { return s.function }
                    }
                    return a
                }
                switch name {
                case "__name__": return .string(cls.name)
                case "__qualname__": return .string(cls.qualname)
                case "__module__": return .string(cls.moduleName)
                case "__mro__": return .object(PyTuple(cls.mro.map { .object($0) }))
                case "__bases__": return .object(PyTuple(cls.bases.map { .object($0) }))
                case "__base__": return cls.bases.first.map { .object($0) } ?? Value.none
                case "__doc__": return Value.none
                case "__dict__":
                    let d = PyDict()
                    for (k, val) in cls.attributes.items { try d.set(.string(k), val, self) }
                    return .object(d)
                case "__class__": return .object(types.type)
                default: break
                }
                if let a = types.type.lookup(name) { return try bind(a, to: v, cls: types.type) }
                return nil
            case let m as PyModule:
                if let g = m.globals[name] { return g }
                if name == "__name__" { return .string(m.name) }
                if name == "__dict__" {
                    let d = PyDict()
                    for n in m.globals.definedNames { try d.set(.string(n), m.globals[n]!, self) }
                    return .object(d)
                }
                if m.name == "json" { return try jsonLazyAttribute(m, name) }
                return nil
            case let f as PyFunction:
                switch name {
                case "__name__": return .string(f.name)
                case "__qualname__": return .string(f.qualname)
                case "__module__": return .string(f.moduleName)
                case "__doc__": return f.attributes["__doc__"] ?? Value.none
                case "__defaults__": return f.defaults.isEmpty ? Value.none : .object(PyTuple(f.defaults))
                case "__dict__":
                    let d = PyDict()
                    for (k, val) in f.attributes.items { try d.set(.string(k), val, self) }
                    return .object(d)
                case "__wrapped__": return f.attributes[name]
                default: if let a = f.attributes[name] { return a }
                }
            case let b as PyBuiltinFunction:
                if name == "__name__" { return .string(b.name) }
                if name == "__qualname__" { return .string(b.qualifier.map { "\($0).\(b.name)" } ?? b.name) }
                if name == "__self__" { return b.selfValue ?? Value.none }
            case let m as PyBoundMethod:
                if name == "__self__" { return m.selfValue }
                if name == "__func__" { return m.function }
                return try lookupAttribute(m.function, name)
            case let s as PySuper:
                return try superAttribute(s, name)
            case let p as PyProperty:
                switch name {
                case "setter": return .object(PyBuiltinFunction("setter") { _, a, _ in .object(PyProperty(p.getter, a.first, p.deleter)) })
                case "getter": return .object(PyBuiltinFunction("getter") { _, a, _ in .object(PyProperty(a.first, p.setter, p.deleter)) })
                case "deleter": return .object(PyBuiltinFunction("deleter") { _, a, _ in .object(PyProperty(p.getter, p.setter, a.first)) })
                case "fget": return p.getter ?? Value.none
                default: break
                }
            case let n as PyNativeObject:
                if let a = try n.attribute(name, self) { return a }
            case let sm as PyStaticMethod:
                if name == "__func__" { return sm.function }
            case let cm as PyClassMethod:
                if name == "__func__" { return cm.function }
            case let sl as PySlice:
                switch name { case "start": return sl.start; case "stop": return sl.stop; case "step": return sl.step; default: break }
            case let r as PyRange:
                switch name { case "start": return .int(r.start); case "stop": return .int(r.stop); case "step": return .int(r.step); default: break }
            default: break
            }
        }
        if name == "__class__" { return .object(t) }
        if name == "real" || name == "imag" || name == "numerator" || name == "denominator" {
            if let n = numeric(v) {
                switch (name, n) {
                case ("real", _): if case .bool(let b) = v { return .int(b ? 1 : 0) }; return v
                case ("imag", .float): return .float(0)
                case ("imag", _): return .int(0)
                case ("numerator", .int), ("numerator", .big): return v
                case ("denominator", .int), ("denominator", .big): return .int(1)
                default: break
                }
            }
        }
        if let a = t.lookup(name) { return try bind(a, to: v, cls: t) }
        return nil
    }

    private func exceptionAttribute(_ e: PyException, _ name: String) -> Value? {
        switch name {
        case "args": return .object(PyTuple(e.args))
        case "__cause__": return e.cause.map { .object($0) } ?? Value.none
        case "__context__": return e.context.map { .object($0) } ?? Value.none
        case "__suppress_context__": return .bool(e.suppressContext)
        case "__traceback__": return e.traceback.isEmpty ? Value.none : .object(PyTracebackObject(e))

        case "__notes__": return e.notes.isEmpty ? nil : .object(PyList(e.notes.map { .string($0) }))
        default: break
        }
        if e.attributes[name] == nil, e.cls.lookup(name) == nil {
            // common built-in exception attributes
            let isOS = e.cls.isSubtype(of: types[exception: "OSError"])
            switch name {
            case "errno" where isOS: return e.args.count >= 2 ? e.args[0] : .none
            case "strerror" where isOS: return e.args.count >= 2 ? e.args[1] : .none
            case "filename" where isOS: return e.args.count >= 3 ? e.args[2] : .none
            case "code" where e.cls === types[exception: "SystemExit"]:
                return e.args.isEmpty ? .none : e.args.count == 1 ? e.args[0] : .object(PyTuple(e.args))
            case "value" where e.cls === types[exception: "StopIteration"]: return e.args.first ?? Value.none
            case "msg" where e.cls.isSubtype(of: types[exception: "SyntaxError"]): return e.args.first ?? Value.none
            case "name" where e.cls.isSubtype(of: types[exception: "NameError"]) || e.cls.isSubtype(of: types[exception: "ImportError"]):
                return Value.none
            default: break
            }
        }
        return nil
    }

    package func instanceDict(_ inst: PyInstance) throws -> PyDict {
        let d = PyDict()
        for (k, v) in inst.attributes.items { try d.set(.string(k), v, self) }
        return d
    }

    private func superAttribute(_ s: PySuper, _ name: String) throws -> Value? {
        let mro = s.selfType.mro
        guard let idx = mro.firstIndex(where: { $0 === s.startAfter }) else { return nil }
        for t in mro[(idx + 1)...] {
            if let a = t.attributes[name] {
                if case .object(let st) = s.selfValue, st is PyType, s.selfType === (st as! PyType) {
                    // super() inside a classmethod: bind class methods to the class
                    if case .object(let ao) = a, let c = ao as? PyClassMethod { return .object(PyBoundMethod(c.function, s.selfValue)) }
                    if case .object(let ao) = a, let sm = ao as? PyStaticMethod { return sm.function }
                    if case .object(let ao) = a, ao is PyBuiltinFunction, name == "__new__" { return a }
                    return a
                }
                return try bind(a, to: s.selfValue, cls: s.selfType)
            }
        }
        if name == "__init__" {
            return .object(PyBuiltinFunction("__init__", selfValue: s.selfValue) { rt, args, _ in
                if case .object(let o) = args[0], let e = o as? PyException, args.count > 1 { e.args = Array(args.dropFirst()) }
                return .none
            })
        }
        return nil
    }

    package func setAttribute(_ v: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = v else {
            if typeOf(v).lookup(name) != nil { throw attributeError("'\(typeName(v))' object attribute '\(name)' is read-only") }
            throw attributeError("'\(typeName(v))' object has no attribute '\(name)'")
        }
        switch o {
        case let inst as PyInstance:
            if let ca = inst.cls.lookup(name), case .object(let co) = ca, let p = co as? PyProperty {
                guard let s = p.setter else {
                    throw attributeError("property '\(name)' of '\(inst.cls.name)' object has no setter")
                }
                _ = try call(s, [v, value])
                return
            }
            if let sa = inst.cls.lookupUser("__setattr__"), case .object(let so) = sa, so is PyFunction {
                _ = try call(sa, [v, .string(name), value])
                return
            }
            if let e = inst as? PyException {
                switch name {
                case "__cause__": if case .object(let c as PyException) = value { e.cause = c } else { e.cause = nil }; e.suppressContext = true; return
                case "__context__": if case .object(let c as PyException) = value { e.context = c } else { e.context = nil }; return
                case "args": e.args = try toArray(value); return
                default: break
                }
            }
            if inst.cls === types.object { throw attributeError("'object' object has no attribute '\(name)'") }
            inst.attributes[name] = value
        case let t as PyType:
            if t.isBuiltin { throw typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'") }
            t.attributes[name] = value
            types.epoch.value &+= 1
            if name == "__name__", case .str(let s) = value { t.name = s.value }
        case let f as PyFunction:
            if name == "__name__", case .str(let s) = value { f.name = s.value; return }
            if name == "__qualname__", case .str(let s) = value { f.qualname = s.value; return }
            f.attributes[name] = value
        case let m as PyModule:
            m.globals[name] = value
        case let n as PyNativeObject:
            if try n.setAttribute(name, value, self) { return }
            throw attributeError("'\(n.nativeType.name)' object has no attribute '\(name)'")
        default:
            if let t = o as? PyTuple, t.customType != nil {
                if typeOf(v).lookup(name) != nil { throw attributeError("can't set attribute") }
                throw attributeError("'\(typeName(v))' object has no attribute '\(name)'")
            }
            if typeOf(v).lookup(name) != nil {
                throw attributeError("'\(typeName(v))' object attribute '\(name)' is read-only")
            }
            throw attributeError("'\(typeName(v))' object has no attribute '\(name)'")
        }
    }

    package func deleteAttribute(_ v: Value, _ name: String) throws {
        if case .object(let o) = v {
            switch o {
            case let inst as PyInstance:
                if let ca = inst.cls.lookup(name), case .object(let co) = ca, let p = co as? PyProperty {
                    guard let d = p.deleter else { throw attributeError("property '\(name)' of '\(inst.cls.name)' object has no deleter") }
                    _ = try call(d, [v]); return
                }
                if inst.attributes[name] == nil { throw attributeErrorFor(v, name) }
                inst.attributes[name] = nil
                return
            case let t as PyType where !t.isBuiltin:
                if t.attributes[name] == nil { throw attributeErrorFor(v, name) }
                t.attributes[name] = nil
                types.epoch.value &+= 1
                return
            case let m as PyModule:
                if m.globals[name] == nil { throw attributeErrorFor(v, name) }
                m.globals[name] = nil
                return
            case let f as PyFunction:
                f.attributes[name] = nil
                return
            default: break
            }
        }
        throw attributeErrorFor(v, name)
    }
}
