// Compiling calls: arguments with `*`/`**` unpacking, method calls without bound-method objects, `super()`.

extension Compiler {
    typealias ArgsEval = (Frame) throws -> ([Value], [(String, Value)])

    func compileArguments(_ args: [Expr], _ kws: [Keyword]) throws -> ArgsEval {
        let positional = try compileSequenceItems(args)
        if kws.isEmpty { return { f in (try positional(f), []) } }
        let compiledKws: [(String?, Eval, ErrorSite)] = try kws.map { ($0.name, try compile($0.value), ErrorSite($0.value.range)) }
        return { f in
            let pos = try positional(f)
            var out: [(String, Value)] = []
            for (name, ev, site) in compiledKws {
                let v = try ev(f)
                if let name {
                    out.append((name, v))
                } else {
                    do {
                        try f.rt.expandKeywords(v, into: &out)
                    } catch let err as PyError { annotate(err, site); throw err }
                }
            }
            return (pos, out)
        }
    }

    func compileCall(_ fn: Expr, _ args: [Expr], _ kws: [Keyword], _ site: ErrorSite) throws -> Eval {
        if case .name("super") = fn.kind, args.isEmpty, kws.isEmpty, case .global = context.location("super") {
            return try compileZeroArgSuper(site)
        }
        let argsEval = try compileArguments(args, kws)
        if case .attribute(let objExpr, let name) = fn.kind {
            let obj = try compile(objExpr)
            let attrSite = ErrorSite(fn.range)
            let cache = SiteCache()
            let builtinCache = SiteCache()
            let simpleArgs = kws.isEmpty && args.count <= 3 && !args.contains { if case .starred = $0.kind { return true }; return false }
            if simpleArgs {
                // Up to three plain arguments: evaluated into locals (no argument array), then, for a Python method
                // taking exactly them, stored straight into the new frame's slots.
                let compiled = try args.map { try compile($0) }
                let n = compiled.count
                let a0 = n > 0 ? compiled[0] : nil, a1 = n > 1 ? compiled[1] : nil, a2 = n > 2 ? compiled[2] : nil
                return { f in
                    let o = try obj(f)
                    var v0 = Value.none, v1 = Value.none, v2 = Value.none
                    do {
                        if let a0 { v0 = try a0(f) }
                        if let a1 { v1 = try a1(f) }
                        if let a2 { v2 = try a2(f) }
                    } catch let err as PyError {
                        throw f.rt.prefixCallError(err, (try? f.rt.getAttribute(o, name)) ?? .none)
                    }
                    let rt = f.rt
                    @inline(__always) func arguments() -> [Value] {
                        switch n { case 0: return []; case 1: return [v0]; case 2: return [v0, v1]; default: return [v0, v1, v2] }
                    }
                    do {
                        if let inst = plainInstance(o), let m = cache.lookup(inst.cls, name), case .object(let mo) = m,
                           let fnObj = mo as? PyFunction, inst.attributes[name] == nil {
                            if rt.bindsDirectly(fnObj, n + 1) {
                                let frame = rt.makeFrame(fnObj)
                                frame.locals[0] = o
                                if n > 0 { frame.locals[1] = v0 }
                                if n > 1 { frame.locals[2] = v1 }
                                if n > 2 { frame.locals[3] = v2 }
                                rt.fillDefaults(fnObj, frame, from: n + 1)
                                return try rt.run(fnObj, consume frame)
                            }
                            return try rt.callFunction(fnObj, arguments(), [], selfArgument: o)
                        }
                        if case .object(let so) = o, type(of: so) == PySuper.self {
                            // super().name(...): the function found past the class, run on self (no bound method)
                            let sup = unsafeDowncast(so, to: PySuper.self)
                            if let fnObj = rt.superMethod(sup, name) {
                                if rt.bindsDirectly(fnObj, n + 1) {
                                    let frame = rt.makeFrame(fnObj)
                                    frame.locals[0] = sup.selfValue
                                    if n > 0 { frame.locals[1] = v0 }
                                    if n > 1 { frame.locals[2] = v1 }
                                    if n > 2 { frame.locals[3] = v2 }
                                    rt.fillDefaults(fnObj, frame, from: n + 1)
                                    return try rt.run(fnObj, consume frame)
                                }
                                return try rt.callFunction(fnObj, arguments(), [], selfArgument: sup.selfValue)
                            }
                        }
                        let t = rt.typeOf(o)
                        if t.isBuiltin, t.kind != .type, t.kind != .module, let m = builtinCache.own(t, name), case .object(let mo) = m,
                           let b = mo as? PyBuiltinFunction, b.selfValue == nil {
                            switch n {
                            case 0: return try b.body(rt, [o], [])
                            case 1: return try b.body(rt, [o, v0], [])
                            case 2: return try b.body(rt, [o, v0, v1], [])
                            default: return try b.body(rt, [o, v0, v1, v2], [])
                            }
                        }
                    } catch let err as PyError { annotate(err, site); throw err }
                    let callee: Value
                    do { callee = try rt.getAttribute(o, name) } catch let err as PyError { annotate(err, attrSite); throw err }
                    do { return try rt.call(callee, arguments(), []) } catch let err as PyError { annotate(err, site); throw err }
                }
            }
            return { f in
                let o = try obj(f)
                let (a, k): ([Value], [(String, Value)])
                do { (a, k) = try argsEval(f) } catch let err as PyError {
                    throw f.rt.prefixCallError(err, (try? f.rt.getAttribute(o, name)) ?? .none)
                }
                let rt = f.rt
                do {
                    if let inst = plainInstance(o), let m = cache.lookup(inst.cls, name), case .object(let mo) = m,
                       let fnObj = mo as? PyFunction, inst.attributes[name] == nil {
                        return try rt.callFunction(fnObj, a, k, selfArgument: o)
                    }
                    let t = rt.typeOf(o)
                    if t.isBuiltin, t.kind != .type, t.kind != .module, let m = builtinCache.own(t, name), case .object(let mo) = m,
                       let b = mo as? PyBuiltinFunction, b.selfValue == nil {
                        return try b.body(rt, [o] + a, k)
                    }
                } catch let err as PyError { annotate(err, site); throw err }
                let callee: Value
                do { callee = try rt.getAttribute(o, name) } catch let err as PyError { annotate(err, attrSite); throw err }
                do { return try rt.call(callee, a, k) } catch let err as PyError { annotate(err, site); throw err }
            }
        }
        let callee = try compile(fn)
        let simpleArgs = kws.isEmpty && args.count <= 3 && !args.contains { if case .starred = $0.kind { return true }; return false }
        if simpleArgs {
            let compiled = try args.map { try compile($0) }
            let n = compiled.count
            // arguments go straight into the callee's slots (unrolled: no array of closures on the hot path)
            let bind: (Frame, Frame) throws -> Void
            switch n {
            case 0: bind = { _, _ in }
            case 1: let a0 = compiled[0]; bind = { f, frame in frame.locals[0] = try a0(f) }
            case 2: let a0 = compiled[0], a1 = compiled[1]; bind = { f, frame in frame.locals[0] = try a0(f); frame.locals[1] = try a1(f) }
            default:
                let a0 = compiled[0], a1 = compiled[1], a2 = compiled[2]
                bind = { f, frame in frame.locals[0] = try a0(f); frame.locals[1] = try a1(f); frame.locals[2] = try a2(f) }
            }
            let a0 = n > 0 ? compiled[0] : nil, a1 = n > 1 ? compiled[1] : nil, a2 = n > 2 ? compiled[2] : nil
            return { f in
                let c = try callee(f)
                let rt = f.rt
                if case .object(let o) = c, type(of: o) == PyFunction.self {
                    let fn = unsafeDowncast(o, to: PyFunction.self)
                    if rt.bindsDirectly(fn, n) {
                        let frame = rt.makeFrame(fn)
                        try bind(f, frame)
                        rt.fillDefaults(fn, frame, from: n)
                        do { return try rt.run(fn, consume frame) } catch let err as PyError { annotate(err, site); throw err }
                    }
                }
                var v0 = Value.none, v1 = Value.none, v2 = Value.none
                if let a0 { v0 = try a0(f) }
                if let a1 { v1 = try a1(f) }
                if let a2 { v2 = try a2(f) }
                if case .object(let o) = c, type(of: o) == PyType.self {
                    // a plain class: a new instance, its __init__'s frame filled directly (no argument array)
                    let t = unsafeDowncast(o, to: PyType.self)
                    let plan = rt.plainInit(t)
                    if plan.plain, let initFunction = plan.initFunction, rt.bindsDirectly(initFunction, n + 1) {
                        let instance = Value.object(PyInstance(t))
                        let frame = rt.makeFrame(initFunction)
                        frame.locals[0] = instance
                        if n > 0 { frame.locals[1] = v0 }
                        if n > 1 { frame.locals[2] = v1 }
                        if n > 2 { frame.locals[3] = v2 }
                        rt.fillDefaults(initFunction, frame, from: n + 1)
                        do {
                            let r = try rt.run(initFunction, consume frame)
                            if case .none = r {} else { throw rt.typeError("__init__() should return None, not '\(rt.typeName(r))'") }
                        } catch let err as PyError { annotate(err, site); throw err }
                        return instance
                    }
                }
                let a: [Value]
                switch n { case 0: a = []; case 1: a = [v0]; case 2: a = [v0, v1]; default: a = [v0, v1, v2] }
                do {
                    if case .object(let o) = c, let fnObj = o as? PyFunction { return try rt.callFunction(fnObj, a, []) }
                    return try rt.call(c, a, [])
                } catch let err as PyError { annotate(err, site); throw err }
            }
        }
        return { f in
            let c = try callee(f)
            let (a, k): ([Value], [(String, Value)])
            do { (a, k) = try argsEval(f) } catch let err as PyError { throw f.rt.prefixCallError(err, c) }
            do {
                if case .object(let o) = c, let fnObj = o as? PyFunction { return try f.rt.callFunction(fnObj, a, k) }
                return try f.rt.call(c, a, k)
            } catch let err as PyError { annotate(err, site); throw err }
        }
    }

    func compileZeroArgSuper(_ site: ErrorSite) throws -> Eval {
        guard context.scope.isFunctionLike, let firstName = context.code.parameterNames.first else {
            return { f in
                let err = f.rt.error("RuntimeError", "super(): no arguments")
                annotate(err, site); throw err
            }
        }
        let loadFirst = compileLoad(firstName, site)
        return { f in
            guard let fn = f.function, let cls = fn.definingClass else {
                let err = f.rt.error("RuntimeError", "super(): __class__ cell not found")
                annotate(err, site); throw err
            }
            let first = try loadFirst(f)
            let selfType: PyType
            if case .object(let o) = first, let t = o as? PyType, t.isSubtype(of: cls) { selfType = t } else { selfType = f.rt.typeOf(first) }
            return .object(PySuper(cls, first, selfType))
        }
    }
}

extension Runtime {
    /// Call-site argument errors name the function, as CPython's do (`__main__.f() argument after * must be...`).
    func prefixCallError(_ err: PyError, _ callee: Value) -> PyError {
        guard err.exception.cls === types[exception: "TypeError"], case .str(let s)? = err.exception.args.first else { return err }
        var msg = s.value
        if msg.hasPrefix("Value after * must be") { msg = "argument after * must be" + msg.dropFirst("Value after * must be".count) }
        else if !msg.hasPrefix("argument after ** must be") && !msg.hasPrefix("got multiple values for keyword argument") { return err }
        var desc = "function"
        if case .object(let o) = callee {
            switch o {
            case let f as PyFunction: desc = "\(f.moduleName).\(f.qualname)()"
            case let b as PyBuiltinFunction: desc = "\(b.name)()"
            case let m as PyBoundMethod:
                if case .object(let fo as PyFunction) = m.function { desc = "\(fo.moduleName).\(fo.qualname)()" }
            case let t as PyType: desc = "\(t.name)()"
            default: break
            }
        }
        err.exception.args = [.string(desc + " " + msg)]
        return err
    }

    /// Expands `**mapping` into keyword arguments, with CPython's errors.
    package func expandKeywords(_ v: Value, into out: inout [(String, Value)]) throws {
        guard case .object(let o) = v, let d = o as? PyDict else {
            if case .object(let o) = v, let inst = o as? PyInstance, inst.cls.lookup("keys") != nil {
                let keys = try toArray(try call(try getAttribute(v, "keys"), []))
                for k in keys {
                    guard case .str(let s) = k else { throw typeError("keywords must be strings") }
                    out.append((s.value, try getItem(v, k)))
                }
                return
            }
            throw typeError("argument after ** must be a mapping, not \(typeName(v))")
        }
        for (k, val) in d.entries {
            guard case .str(let s) = k else { throw typeError("keywords must be strings") }
            if out.contains(where: { $0.0 == s.value }) {
                throw typeError("got multiple values for keyword argument '\(s.value)'")
            }
            out.append((s.value, val))
        }
    }

    package func mergeMapping(into d: PyDict, _ m: Value) throws {
        if case .object(let o) = m, let src = o as? PyDict {
            for (k, v) in src.entries { try d.set(k, v, self) }
            return
        }
        if case .object(let o) = m, o is PyInstance || o is PyNativeObject, let keys = try? getAttribute(m, "keys") {
            for k in try toArray(try call(keys, [])) { try d.set(k, try getItem(m, k), self) }
            return
        }
        throw typeError("'\(typeName(m))' object is not a mapping")
    }
}
