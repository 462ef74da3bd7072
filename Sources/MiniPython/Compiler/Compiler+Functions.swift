// Compiling scopes: def, lambda, class and comprehensions (generator expressions are lazy iterators).

extension Compiler {
    func withContext<T>(_ ctx: ScopeContext, _ body: () throws -> T) rethrows -> T {
        let saved = context
        context = ctx
        defer { context = saved }
        return try body()
    }

    func compileDefaults(_ params: Parameters) throws -> ((Frame) throws -> [Value], [(String, Eval)]) {
        let positional = (params.positionalOnly + params.positional).compactMap { $0.defaultValue }
        let defs = try positional.map { try compile($0) }
        let kw: [(String, Eval)] = try params.keywordOnly.compactMap { p in try p.defaultValue.map { (p.name, try compile($0)) } }
        return ({ f in try defs.map { try $0(f) } }, kw)
    }

    func compileFunctionDef(_ stmt: Stmt, _ def: FunctionDef) throws -> Exec {
        guard let scope = scopes[ScopeKey(stmt.range, 1)] else { preconditionFailure("no scope for def \(def.name)") }
        let code = CodeObject(name: def.name, qualname: scope.qualname, filename: filename, firstLine: def.defLine)
        let decorators = try def.decorators.map { ($0, try compile($0)) }
        let (defaults, kwDefaults) = try compileDefaults(def.parameters)
        let closure = closureSources(for: scope)
        let ctx = makeContext(scope, code, parameters: def.parameters)
        let body = try withContext(ctx) { try compileBlock(def.body) }
        code.body = { f in
            let flow = try body(f)
            return flow == .returned ? f.takeReturnValue() : .none
        }
        var doc: Value? = nil
        if case .expr(let e)? = def.body.first?.kind, case .constant(.str(let s)) = e.kind { doc = .string(s) }
        let store = compileStoreName(def.name)
        let moduleName = self.moduleName
        return { f in
            var kwd: [String: Value] = [:]
            for (n, e) in kwDefaults { kwd[n] = try e(f) }
            let decos = try decorators.map { ($0.0, try $0.1(f)) }
            let fn = PyFunction(code: code, globals: f.globals, defaults: try defaults(f), keywordDefaults: kwd,
                                closure: closure.map { f.cells[$0] }, moduleName: moduleName)
            if let doc { fn.attributes["__doc__"] = doc }
            var v = Value.object(fn)
            for (expr, d) in decos.reversed() {
                do { v = try f.rt.call(d, [v]) } catch let err as PyError { annotate(err, ErrorSite(expr.range)); throw err }
            }
            try store(f, v)
            return .normal
        }
    }

    func compileLambda(_ e: Expr, _ params: Parameters, _ bodyExpr: Expr) throws -> Eval {
        guard let scope = scopes[ScopeKey(e.range, 3)] else { preconditionFailure("no scope for lambda") }
        let code = CodeObject(name: "<lambda>", qualname: scope.qualname, filename: filename, firstLine: e.range.start.line)
        let (defaults, kwDefaults) = try compileDefaults(params)
        let closure = closureSources(for: scope)
        let ctx = makeContext(scope, code, parameters: params)
        let body = try withContext(ctx) { try compile(bodyExpr) }
        code.body = body
        let moduleName = self.moduleName
        return { f in
            var kwd: [String: Value] = [:]
            for (n, ev) in kwDefaults { kwd[n] = try ev(f) }
            return .object(PyFunction(code: code, globals: f.globals, defaults: try defaults(f), keywordDefaults: kwd,
                                      closure: closure.map { f.cells[$0] }, moduleName: moduleName))
        }
    }

    func compileClassDef(_ stmt: Stmt, _ c: ClassDef) throws -> Exec {
        guard let scope = scopes[ScopeKey(stmt.range, 2)] else { preconditionFailure("no scope for class \(c.name)") }
        let code = CodeObject(name: c.name, qualname: scope.qualname, filename: filename, firstLine: stmt.range.start.line)
        let decorators = try c.decorators.map { try compile($0) }
        let bases = try c.bases.map { ($0, try compile($0)) }
        if let k = c.keywords.first {
            throw syntaxError("class keyword arguments (\(k.name ?? "**")) are not supported by the workbook's Python", k.range)
        }
        let closure = closureSources(for: scope)
        let ctx = makeContext(scope, code, parameters: nil)
        let body = try withContext(ctx) { try compileBlock(c.body) }
        let store = compileStoreName(c.name)
        let name = c.name, qualname = scope.qualname, moduleName = self.moduleName
        var doc: Value? = nil
        if case .expr(let e)? = c.body.first?.kind, case .constant(.str(let s)) = e.kind { doc = .string(s) }
        // `class P(NamedTuple)` and `class E(TypedDict)` take their fields from the annotated names.
        let annotatedFields: [String] = c.body.compactMap {
            if case .annAssign(let target, _, _) = $0.kind, case .name(let n) = target.kind { return n }
            return nil
        }
        return { f in
            let rt = f.rt
            var baseTypes: [PyType] = []
            var typingBase: String? = nil
            for (expr, b) in bases {
                let v = try b(f)
                guard case .object(let o) = v, let t = o as? PyType else {
                    let err = rt.typeError("bases must be types")
                    annotate(err, ErrorSite(expr.range)); throw err
                }
                if bases.count == 1, t.moduleName == "typing", t.name == "NamedTuple" || t.name == "TypedDict" {
                    typingBase = t.name
                    continue
                }
                if t.isBuiltin && ![.object, .exception].contains(t.kind) {
                    let err = rt.notImplemented("subclassing the built-in type '\(t.name)'")
                    annotate(err, ErrorSite(expr.range)); throw err
                }
                baseTypes.append(t)
            }
            let frame = Frame(rt: rt, code: code, globals: f.globals, function: nil)
            var ns = AttributeTable()
            ns["__module__"] = .string(moduleName)
            ns["__qualname__"] = .string(qualname)
            if let doc { ns["__doc__"] = doc }
            frame.classNamespace = ns
            frame.cells = code.ownCellNames.map { _ in Cell() } + closure.map { f.cells[$0] }
            try rt.enterCall()
            do {
                _ = try body(frame)
                rt.depth -= 1
            } catch let e as PyError {
                rt.depth -= 1
                rt.leaveFrame(e, code: code)
                throw e
            }
            if typingBase == "NamedTuple" {
                var v = try rt.namedTupleClass(name, annotatedFields, frame.classNamespace!, module: moduleName)
                for d in decorators.reversed() { v = try rt.call(try d(f), [v]) }
                try store(f, v)
                return .normal
            }
            let cls = PyType(name: name, bases: baseTypes.isEmpty ? [rt.types.object] : baseTypes, kind: .object, isBuiltin: false, module: moduleName)
            cls.qualname = qualname
            cls.attributes = frame.classNamespace!
            cls.attributes["__qualname__"] = nil
            guard let mro = PyType.computeMRO(cls) else {
                throw rt.typeError("Cannot create a consistent method resolution order (MRO) for bases " + baseTypes.map { $0.name }.joined(separator: ", "))
            }
            cls.mro = mro
            if typingBase == "TypedDict" {
                // Calling a TypedDict class makes a plain dict, as in CPython.
                cls.attributes["__new__"] = .object(PyStaticMethod(.object(PyBuiltinFunction("__new__") { rt, a, kw in
                    try rt.call(.object(rt.types.dict), Array(a.dropFirst()), kw)
                })))
            }
            cls.epoch = rt.types.epoch
            cls.isException = mro.contains { $0.isException }
            if cls.isException { cls.kind = .exception }
            for (_, v) in cls.attributes.items {
                guard case .object(let o) = v else { continue }
                switch o {
                case let fn as PyFunction: fn.definingClass = cls
                case let sm as PyStaticMethod: if case .object(let fo as PyFunction) = sm.function { fo.definingClass = cls }
                case let cm as PyClassMethod: if case .object(let fo as PyFunction) = cm.function { fo.definingClass = cls }
                case let p as PyProperty:
                    for acc in [p.getter, p.setter, p.deleter] { if case .object(let fo as PyFunction)? = acc { fo.definingClass = cls } }
                default: break
                }
            }
            // As type.__new__ does: __init_subclass__ is an implicit classmethod, and the nearest base's
            // one runs for the new class before the decorators.
            if case .object(let fn as PyFunction)? = cls.attributes["__init_subclass__"] {
                cls.attributes["__init_subclass__"] = .object(PyClassMethod(.object(fn)))
            }
            if let owner = cls.mro.dropFirst().first(where: { $0.attributes["__init_subclass__"] != nil }), owner !== rt.types.object,
               case .object(let hook as PyClassMethod)? = owner.attributes["__init_subclass__"] {
                _ = try rt.call(hook.function, [.object(cls)])
            }
            var v = Value.object(cls)
            for d in decorators.reversed() { v = try rt.call(try d(f), [v]) }
            try store(f, v)
            return .normal
        }
    }

    // MARK: Comprehensions

    func compileComprehension(_ e: Expr) throws -> Eval {
        guard let scope = scopes[ScopeKey(e.range, 4)] else { preconditionFailure("no comprehension scope") }
        let clauses: [Comprehension]
        switch e.kind {
        case .listComp(_, let cs), .setComp(_, let cs), .genExp(_, let cs), .dictComp(_, _, let cs): clauses = cs
        default: preconditionFailure("not a comprehension")
        }
        let firstIter = try compile(clauses[0].iter)
        let firstSite = ErrorSite(clauses[0].iter.range)
        let closure = closureSources(for: scope)
        let code = CodeObject(name: e.kind.comprehensionName, qualname: scope.qualname, filename: filename, firstLine: e.range.start.line)
        let ctx = makeContext(scope, code, parameters: nil)
        let saved = context
        context = ctx
        defer { context = saved }
        var iters: [Eval?] = [nil]
        var iterSites: [ErrorSite] = [firstSite]
        var stores: [Store] = []
        var conds: [[Eval]] = []
        for (i, c) in clauses.enumerated() {
            if i > 0 { iters.append(try compile(c.iter)); iterSites.append(ErrorSite(c.iter.range)) }
            stores.append(try compileStore(c.target))
            conds.append(try c.conditions.map { try compile($0) })
        }
        let makeFrame: (Frame, Value) throws -> Frame = { f, iterable in
            let frame = Frame(rt: f.rt, code: code, globals: f.globals, function: nil)
            if !code.ownCellNames.isEmpty || !closure.isEmpty {
                frame.cells = code.ownCellNames.map { _ in Cell() } + closure.map { f.cells[$0] }
            }
            frame.locals[0] = iterable
            return frame
        }
        if case .genExp(let el, _) = e.kind {
            let element = try compile(el)
            let spec = GeneratorSpec(iters: iters, iterSites: iterSites, stores: stores, conds: conds, element: element, code: code)
            return { f in
                let iterable = try firstIter(f)
                let it: PyIterator
                do { it = try f.rt.iterate(iterable) } catch let err as PyError { annotate(err, firstSite); throw err }
                let frame = try makeFrame(f, .none)
                return .object(GeneratorExpressionIterator(spec, frame, it))
            }
        }
        // eager comprehensions: nested loops appending to an accumulator kept in the frame's return slot
        let action: (Frame) throws -> Void
        let makeAccumulator: () -> Value
        switch e.kind {
        case .listComp(let el, _):
            let element = try compile(el)
            makeAccumulator = { .object(PyList()) }
            action = { f in
                let v = try element(f)
                guard case .object(let o) = f.returnValue else { return }
                let l = unsafeDowncast(o, to: PyList.self)
                l.items.append(v)
                if l.items.count &* 16 > l.charged { try f.rt.account(l) }
            }
        case .setComp(let el, _):
            let element = try compile(el)
            let site = ErrorSite(el.range)
            makeAccumulator = { .object(PySet()) }
            action = { f in
                let v = try element(f)
                guard case .object(let o) = f.returnValue else { return }
                do { try unsafeDowncast(o, to: PySet.self).add(v, f.rt) } catch let err as PyError { annotate(err, site); throw err }
            }
        case .dictComp(let k, let v, _):
            let key = try compile(k), value = try compile(v)
            let site = ErrorSite(k.range)
            makeAccumulator = { .object(PyDict()) }
            action = { f in
                let kv = try key(f)
                let vv = try value(f)
                guard case .object(let o) = f.returnValue else { return }
                let d = unsafeDowncast(o, to: PyDict.self)
                do { try d.set(kv, vv, f.rt) } catch let err as PyError { annotate(err, site); throw err }
                if d.count &* 48 > d.charged { try f.rt.account(d) }
            }
        default: preconditionFailure("not a comprehension")
        }
        var body = action
        for i in (0..<clauses.count).reversed() {
            let inner = body, store = stores[i], cs = conds[i], iterEval = iters[i], site = iterSites[i]
            body = { f in
                let iterable: Value = i == 0 ? f.locals[0]! : try iterEval!(f)
                let rt = f.rt
                if i == 0, case .object(let lo) = iterable, let l = lo as? PyList {
                    var j = 0
                    while j < l.items.count {
                        let x = l.items[j]
                        j += 1
                        try rt.tick()
                        try store(f, x)
                        var ok = true
                        for c in cs where !(try rt.isTrue(try c(f))) { ok = false; break }
                        if ok { try inner(f) }
                    }
                    return
                }
                let it: PyIterator
                do { it = try rt.iterate(iterable) } catch let err as PyError { annotate(err, site); throw err }
                while let x = try it.next(rt) {
                    try rt.tick()
                    try store(f, x)
                    var ok = true
                    for c in cs where !(try rt.isTrue(try c(f))) { ok = false; break }
                    if ok { try inner(f) }
                }
            }
        }
        let loop = body
        return { f in
            let iterable = try firstIter(f)
            if i0NotIterable(f.rt, iterable) {
                let err = f.rt.typeError("'\(f.rt.typeName(iterable))' object is not iterable")
                annotate(err, firstSite); throw err
            }
            let frame = try makeFrame(f, iterable)
            frame.returnValue = makeAccumulator()
            try loop(frame)
            return frame.returnValue
        }
    }
}

@inline(__always) private func i0NotIterable(_ rt: Runtime, _ v: Value) -> Bool { !rt.isIterable(v) }

/// The compiled pieces of a generator expression.
final class GeneratorSpec {
    let iters: [Eval?]
    let iterSites: [ErrorSite]
    let stores: [Store]
    let conds: [[Eval]]
    let element: Eval
    let code: CodeObject
    init(iters: [Eval?], iterSites: [ErrorSite], stores: [Store], conds: [[Eval]], element: @escaping Eval, code: CodeObject) {
        self.iters = iters; self.iterSites = iterSites; self.stores = stores; self.conds = conds; self.element = element; self.code = code
    }
}

/// A generator expression, evaluated lazily one element at a time (a state machine over its `for` clauses).
package final class GeneratorExpressionIterator: PyIterator {
    let spec: GeneratorSpec
    let frame: Frame
    var stack: [PyIterator]
    var finished = false
    var running = false

    init(_ spec: GeneratorSpec, _ frame: Frame, _ first: PyIterator) {
        self.spec = spec; self.frame = frame; self.stack = [first]
    }

    package override var typeName: String { "generator" }

    package override func next(_ rt: Runtime) throws -> Value? {
        if finished { return nil }
        if running { throw rt.valueError("generator already executing") }
        running = true
        defer { running = false }
        try rt.enterCall()
        defer { rt.depth -= 1 }
        do {
            while let top = stack.last {
                let level = stack.count - 1
                guard let item = try top.next(rt) else {
                    stack.removeLast()
                    continue
                }
                try rt.tick()
                try spec.stores[level](frame, item)
                var ok = true
                for c in spec.conds[level] where !(try rt.isTrue(try c(frame))) { ok = false; break }
                if !ok { continue }
                if level == spec.stores.count - 1 { return try spec.element(frame) }
                let iterable = try spec.iters[level + 1]!(frame)
                do { stack.append(try rt.iterate(iterable)) } catch let err as PyError { annotate(err, spec.iterSites[level + 1]); throw err }
            }
        } catch let e as PyError {
            finished = true
            rt.leaveFrame(e, code: spec.code)
            throw e
        }
        finished = true
        return nil
    }
}
