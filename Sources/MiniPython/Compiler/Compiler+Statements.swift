// Compiling statements; control flow travels as `Flow`, exceptions as thrown `PyError`s.

extension Compiler {
    func compileBlock(_ stmts: [Stmt]) throws -> Exec {
        let compiled = try stmts.map { try compileStatement($0) }
        switch compiled.count {
        case 0: return { _ in .normal }
        case 1: return compiled[0]
        case 2:
            let a = compiled[0], b = compiled[1]
            return { f in
                let r = try a(f)
                if r != .normal { return r }
                return try b(f)
            }
        default:
            return { f in
                for s in compiled {
                    let r = try s(f)
                    if r != .normal { return r }
                }
                return .normal
            }
        }
    }

    /// Wraps a simple statement: counts a step and gives errors the statement's position if nothing closer did.
    func simple(_ stmt: Stmt, _ body: @escaping Exec) -> Exec {
        let site = ErrorSite(stmt.range)
        return { f in
            try f.rt.tick()
            do { return try body(f) } catch let e as PyError { annotate(e, site); throw e }
        }
    }

    func compileStatement(_ stmt: Stmt) throws -> Exec {
        switch stmt.kind {
        case .expr(let e):
            let ev = try compile(e)
            if interactive && context.scope.kind == .module {
                return simple(stmt) { f in
                    let v = try ev(f)
                    if !v.isNone {
                        f.globals["_"] = v
                        try f.rt.writeStdout(try f.rt.repr(v) + "\n")
                    }
                    return .normal
                }
            }
            return simple(stmt) { f in _ = try ev(f); return .normal }
        case .assign(let targets, let value):
            let v = try compile(value)
            let stores = try targets.map { try compileStore($0) }
            if stores.count == 1 {
                let s = stores[0]
                if case .name = targets[0].kind {
                    return { f in try f.rt.tick(); try s(f, try v(f)); return .normal }
                }
                return simple(stmt) { f in try s(f, try v(f)); return .normal }
            }
            return simple(stmt) { f in
                let x = try v(f)
                for s in stores { try s(f, x) }
                return .normal
            }
        case .augAssign(let target, let op, let value):
            return simple(stmt, try compileAugAssign(target, op, value, stmt.range))
        case .annAssign(let target, let annotation, let value):
            if context.scope.kind == .classBody, case .name(let n) = target.kind {
                // record the annotation (as its source text) for dataclasses and __annotations__
                let text = annotationText(annotation.range)
                let assign: Exec? = try value.map { v in
                    let ev = try compile(v)
                    let s = try compileStore(target)
                    return { f in try s(f, try ev(f)); return .normal }
                }
                return simple(stmt) { f in
                    let rt = f.rt
                    let d: PyDict
                    if case .object(let o as PyDict)? = f.classNamespace?["__annotations__"] { d = o } else {
                        d = PyDict()
                        f.classNamespace?["__annotations__"] = .object(d)
                    }
                    try d.set(.string(n), .string(text), rt)
                    if let assign { return try assign(f) }
                    return .normal
                }
            }
            guard let value else { return { f in try f.rt.tick(); return .normal } }
            let v = try compile(value)
            let s = try compileStore(target)
            return simple(stmt) { f in try s(f, try v(f)); return .normal }
        case .pass:
            return { f in try f.rt.tick(); return .normal }
        case .break:
            if context.loopDepth == 0 { throw syntaxError("'break' outside loop", stmt.range) }
            return { f in try f.rt.tick(); return .breakLoop }
        case .continue:
            if context.loopDepth == 0 { throw syntaxError("'continue' not properly in loop", stmt.range) }
            return { f in try f.rt.tick(); return .continueLoop }
        case .return(let e):
            if !context.scope.isFunctionLike { throw syntaxError("'return' outside function", stmt.range) }
            guard let e else { return { f in try f.rt.tick(); f.returnValue = .none; return .returned } }
            let v = try compile(e)
            return simple(stmt) { f in f.returnValue = try v(f); return .returned }
        case .if(let test, let body, let orElse):
            let t = try compile(test), b = try compileBlock(body), o = try compileBlock(orElse)
            let hasElse = !orElse.isEmpty
            return { f in
                try f.rt.tick()
                let c = try t(f)
                let truth: Bool
                if case .bool(let bv) = c { truth = bv } else { truth = try f.rt.isTrue(c) }
                if truth { return try b(f) }
                return hasElse ? try o(f) : .normal
            }
        case .while(let test, let body, let orElse):
            let t = try compile(test)
            context.loopDepth += 1
            let b = try compileBlock(body)
            context.loopDepth -= 1
            let o = try compileBlock(orElse)
            return { f in
                let rt = f.rt
                while true {
                    try rt.tick()
                    let c = try t(f)
                    if case .bool(let bv) = c { if !bv { break } } else if !(try rt.isTrue(c)) { break }
                    let r = try b(f)
                    if r == .breakLoop { return .normal }
                    if r == .returned { return r }
                }
                return try o(f)
            }
        case .for(let target, let iter, let body, let orElse):
            return try compileFor(target, iter, body, orElse)
        case .functionDef(let def):
            return simple(stmt, try compileFunctionDef(stmt, def))
        case .classDef(let c):
            let body = try compileClassDef(stmt, c)
            let site = ErrorSite(SourceRange(stmt.range.start, stmt.range.start))
            _ = site
            return { f in try f.rt.tick(); return try body(f) }
        case .try(let body, let handlers, let orElse, let final):
            return try compileTry(body, handlers, orElse, final)
        case .raise(let e, let cause):
            return simple(stmt, try compileRaise(e, cause))
        case .assert(let test, let msg):
            let t = try compile(test)
            let m = try msg.map { try compile($0) }
            return simple(stmt) { f in
                if try f.rt.isTrue(try t(f)) { return .normal }
                let args: [Value] = try m.map { [try $0(f)] } ?? []
                throw PyError(f.rt.newException(f.rt.types[exception: "AssertionError"], args))
            }
        case .delete(let targets):
            let dels = try targets.map { try compileDelete($0) }
            return simple(stmt) { f in for d in dels { _ = try d(f) }; return .normal }
        case .global, .nonlocal:
            return { _ in .normal }
        case .import(let names):
            return simple(stmt, try compileImport(names))
        case .importFrom(let module, let names, let level):
            return simple(stmt, try compileFromImport(module, names, level, stmt.range))
        case .with(let items, let body):
            return try compileWith(items, body)
        }
    }

    func annotationText(_ r: SourceRange) -> String {
        guard r.start.line == r.end.line else { return "" }
        let scalars = Array(lineText(r.start.line).unicodeScalars)
        guard r.start.column <= r.end.column, r.end.column <= scalars.count else { return "" }
        return String(String.UnicodeScalarView(scalars[r.start.column..<r.end.column]))
    }

    func compileAugAssign(_ target: Expr, _ op: BinaryOperator, _ valueExpr: Expr, _ range: SourceRange) throws -> Exec {
        let value = try compile(valueExpr)
        let site = ErrorSite(range)
        switch target.kind {
        case .name(let n):
            let load = compileLoad(n, ErrorSite(target.range))
            let store = compileStoreName(n)
            return { f in
                let a = try load(f)
                let b = try value(f)
                if let r = Runtime.fastBinary(op, a, b) { try store(f, r); return .normal }
                let r: Value
                do { r = try f.rt.inplace(op, a, b) } catch let err as PyError { annotate(err, site); throw err }
                try store(f, r)
                return .normal
            }
        case .attribute(let objExpr, let name):
            let obj = try compile(objExpr)
            let attrSite = ErrorSite(target.range)
            let cache = SiteCache()
            return { f in
                let o = try obj(f)
                if let inst = plainInstance(o), cache.lookup(inst.cls, name) == nil, let a = inst.attributes[name] {
                    // `obj.count += n` on a plain instance attribute (no class attribute of that name: so no property
                    // or descriptor either way, and a plain store back)
                    let b = try value(f)
                    let r: Value
                    if op == .add, case .int(let x) = a, case .int(let y) = b, case (let s, false) = x.addingReportingOverflow(y) {
                        r = .int(s)
                    } else {
                        do { r = try f.rt.inplace(op, a, b) } catch let err as PyError { annotate(err, site); throw err }
                    }
                    if cache.storesPlainly(inst.cls, name) { inst.attributes[name] = r; return .normal }
                    do { try f.rt.setAttribute(o, name, r) } catch let err as PyError { annotate(err, attrSite); throw err }
                    return .normal
                }
                let a: Value
                do { a = try f.rt.getAttribute(o, name) } catch let err as PyError { annotate(err, attrSite); throw err }
                let b = try value(f)
                let r: Value
                do { r = try f.rt.inplace(op, a, b) } catch let err as PyError { annotate(err, site); throw err }
                do { try f.rt.setAttribute(o, name, r) } catch let err as PyError { annotate(err, attrSite); throw err }
                return .normal
            }
        case .subscript(let objExpr, let keyExpr):
            let obj = try compile(objExpr), key = try compile(keyExpr)
            let subSite = ErrorSite(target.range, .index(objExpr.range.end, keyExpr.range.end))
            return { f in
                let o = try obj(f)
                let k = try key(f)
                let a: Value
                if case .object(let lo) = o, let l = lo as? PyList, case .int(let i) = k, i >= 0, i < l.items.count {
                    a = l.items[i]
                } else {
                    do { a = try f.rt.getItem(o, k) } catch let err as PyError { annotate(err, subSite); throw err }
                }
                let b = try value(f)
                let r: Value
                if let v = Runtime.fastBinary(op, a, b) { r = v } else {
                    do { r = try f.rt.inplace(op, a, b) } catch let err as PyError { annotate(err, site); throw err }
                }
                // The value may have changed the list: its length is checked again.
                if case .object(let lo) = o, let l = lo as? PyList, case .int(let i) = k, i >= 0, i < l.items.count {
                    l.items[i] = r
                    return .normal
                }
                do { try f.rt.setItem(o, k, r) } catch let err as PyError { annotate(err, subSite); throw err }
                return .normal
            }
        default:
            throw syntaxError("'\(target.kind)' is an illegal expression for augmented assignment", target.range)
        }
    }

    func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orElse: [Stmt]) throws -> Exec {
        let it = try compile(iter)
        let iterSite = ErrorSite(iter.range)
        let store = try compileStore(target)
        context.loopDepth += 1
        let b = try compileBlock(body)
        context.loopDepth -= 1
        let o = try compileBlock(orElse)
        var simpleLocal: Int? = nil
        if case .name(let n) = target.kind, case .local(let slot) = context.location(n) { simpleLocal = slot }
        // `for k, v in d.items()`: the key and value are stored straight from the entries, with no tuple per item.
        var pairStores: (Store, Store)? = nil
        if case .tuple(let items) = target.kind, items.count == 2,
           !items.contains(where: { if case .starred = $0.kind { return true }; return false }) {
            pairStores = (try compileStore(items[0]), try compileStore(items[1]))
        }
        // `for i, x in enumerate(name)` over a list: the index and item are stored with no iterator and no tuple per
        // item. The callee and the argument are plain name loads, so when they turn out to be something else the
        // whole expression is evaluated as usual (loading a name twice has no effect).
        var enumerateParts: (Eval, Eval)? = nil
        if pairStores != nil, case .call(let fn, let args, let kws) = iter.kind, case .name("enumerate") = fn.kind,
           args.count == 1, kws.isEmpty, case .name = args[0].kind {
            enumerateParts = (try compile(fn), try compile(args[0]))
        }
        return { f in
            let rt = f.rt
            try rt.tick()
            if let (storeIndex, storeItem) = pairStores, let (callee, argument) = enumerateParts,
               case .object(let fo) = try callee(f), case .object(let builtin)? = rt.builtins["enumerate"], fo === builtin,
               case .object(let lo) = try argument(f), let l = lo as? PyList {
                var i = 0
                while i < l.items.count {
                    let x = l.items[i]
                    try storeIndex(f, .int(i))
                    try storeItem(f, x)
                    i += 1
                    let r = try b(f)
                    if r == .breakLoop { return .normal }
                    if r == .returned { return r }
                }
                return try o(f)
            }
            let iterable = try it(f)
            if case .object(let obj) = iterable {
                if let (storeKey, storeValue) = pairStores, let view = obj as? PyDictView, view.kind == .items {
                    // The checks and messages of DictIterator, made before each item as it makes them.
                    let d = view.dict
                    let size = d.count, version = d.version
                    var i = 0
                    while true {
                        if d.count != size || d.version != version {
                            let err = rt.error("RuntimeError", d.count != size ? "dictionary changed size during iteration"
                                                                                : "dictionary keys changed during iteration")
                            annotate(err, iterSite)
                            throw err
                        }
                        var entry: (Value, Value)? = nil
                        while i < d.entryCapacity && entry == nil {
                            entry = d.entry(at: i)
                            i += 1
                        }
                        guard let (k, v) = entry else { break }
                        try storeKey(f, k)
                        try storeValue(f, v)
                        let r = try b(f)
                        if r == .breakLoop { return .normal }
                        if r == .returned { return r }
                    }
                    return try o(f)
                }
                if let l = obj as? PyList {
                    var i = 0
                    while i < l.items.count {
                        let x = l.items[i]
                        i += 1
                        if let s = simpleLocal { f.locals[s] = x } else { try store(f, x) }
                        let r = try b(f)
                        if r == .breakLoop { return .normal }
                        if r == .returned { return r }
                    }
                    return try o(f)
                }
                if let range = obj as? PyRange {
                    var cur = range.start
                    var remaining = range.count
                    while remaining > 0 {
                        let x = Value.int(cur)
                        cur &+= range.step
                        remaining -= 1
                        if let s = simpleLocal { f.locals[s] = x } else { try store(f, x) }
                        let r = try b(f)
                        if r == .breakLoop { return .normal }
                        if r == .returned { return r }
                    }
                    return try o(f)
                }
            }
            if case .str(let text) = iterable, text.isASCII {
                // An ASCII str: one-character strs straight from its bytes (strs are immutable: no snapshot needed).
                let r: Flow = try text.withUTF8 { bytes in
                    var i = 0
                    while i < bytes.count {
                        let x = Value.str(rt.character(Unicode.Scalar(bytes[i])))
                        i += 1
                        if let s = simpleLocal { f.locals[s] = x } else { try store(f, x) }
                        let r = try b(f)
                        if r == .breakLoop { return .normal }
                        if r == .returned { return r }
                    }
                    return try o(f)
                }
                return r
            }
            let iterator: PyIterator
            do { iterator = try rt.iterate(iterable) } catch let err as PyError { annotate(err, iterSite); throw err }
            while true {
                let next: Value?
                do { next = try iterator.next(rt) } catch let err as PyError { annotate(err, iterSite); throw err }
                guard let x = next else { break }
                if let s = simpleLocal { f.locals[s] = x } else { try store(f, x) }
                let r = try b(f)
                if r == .breakLoop { return .normal }
                if r == .returned { return r }
            }
            return try o(f)
        }
    }

    func compileRaise(_ e: Expr?, _ cause: Expr?) throws -> Exec {
        guard let e else {
            return { f in
                guard let current = f.rt.handling.last else {
                    throw f.rt.error("RuntimeError", "No active exception to reraise")
                }
                let err = PyError(current)
                err.frameCommitted = true
                throw err
            }
        }
        let ev = try compile(e)
        let cv = try cause.map { try compile($0) }
        return { f in
            let rt = f.rt
            let exc = try rt.exceptionFrom(try ev(f), forCause: false)
            if let cv {
                let c = try cv(f)
                if case .none = c { exc.cause = nil } else { exc.cause = try rt.exceptionFrom(c, forCause: true) }
                exc.suppressContext = true
            }
            if let ctx = rt.handling.last, ctx !== exc { exc.context = ctx }
            exc.pendingSite = nil
            throw PyError(exc)
        }
    }

    func compileTry(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ final: [Stmt]) throws -> Exec {
        let b = try compileBlock(body)
        struct Handler {
            let type: Eval?
            let typeSite: ErrorSite
            let bind: Store?
            let unbind: Exec?
            let body: Exec
        }
        let hs: [Handler] = try handlers.map { h in
            Handler(type: try h.type.map { try compile($0) }, typeSite: ErrorSite(h.type?.range ?? h.range),
                    bind: h.name.map { compileStoreName($0) },
                    unbind: h.name.map { compileDeleteName($0, ErrorSite(h.range)) },
                    body: try compileBlock(h.body))
        }
        let o = try compileBlock(orElse)
        let hasElse = !orElse.isEmpty
        let fin: Exec? = final.isEmpty ? nil : try compileBlock(final)
        return { f in
            let rt = f.rt
            var flow: Flow = .normal
            var pending: PyError? = nil
            var raised = false
            do {
                flow = try b(f)
            } catch let e as PyError {
                raised = true
                rt.commitFrame(e, f)
                var handled = false
                do {
                    for h in hs {
                        var matches = true
                        if let t = h.type {
                            let tv = try t(f)
                            do { matches = try rt.exceptionMatches(e.exception, tv) } catch let err as PyError {
                                annotate(err, h.typeSite)
                                if err.exception.context == nil { err.exception.context = e.exception }
                                throw err
                            }
                        }
                        if !matches { continue }
                        handled = true
                        rt.handling.append(e.exception)
                        if let bind = h.bind { try bind(f, .object(e.exception)) }
                        do {
                            flow = try h.body(f)
                        } catch let inner as PyError {
                            rt.handling.removeLast()
                            if inner.exception !== e.exception, inner.exception.context == nil, !rt.chainContains(e.exception, inner.exception) {
                                inner.exception.context = e.exception
                            }
                            if let un = h.unbind { _ = try? un(f) }
                            throw inner
                        }
                        rt.handling.removeLast()
                        if let un = h.unbind { _ = try? un(f) }
                        break
                    }
                } catch let inner as PyError {
                    pending = inner
                }
                if !handled && pending == nil { pending = e }
            }
            if !raised && hasElse && flow == .normal {
                do { flow = try o(f) } catch let e as PyError {
                    if fin == nil { throw e }
                    rt.commitFrame(e, f)
                    pending = e
                }
            }
            if let fin {
                if let p = pending { rt.handling.append(p.exception) }
                let finFlow: Flow
                do {
                    finFlow = try fin(f)
                } catch let e as PyError {
                    if let p = pending {
                        rt.handling.removeLast()
                        if e.exception !== p.exception && e.exception.context == nil { e.exception.context = p.exception }
                    }
                    throw e
                }
                if pending != nil { rt.handling.removeLast() }
                if finFlow != .normal { return finFlow }
            }
            if let p = pending { throw p }
            return flow
        }
    }

    func compileWith(_ items: [(Expr, Expr?)], _ body: [Stmt]) throws -> Exec {
        var inner = try compileBlock(body)
        for (ctxExpr, target) in items.reversed() {
            let ctx = try compile(ctxExpr)
            let store = try target.map { try compileStore($0) }
            let site = ErrorSite(ctxExpr.range)
            let bodyExec = inner
            inner = { f in
                let rt = f.rt
                try rt.tick()
                let mgr = try ctx(f)
                let t = rt.typeOf(mgr)
                guard let enter = t.lookup("__enter__") else {
                    let err = rt.typeError("'\(t.name)' object does not support the context manager protocol")
                    annotate(err, site); throw err
                }
                guard let exit = t.lookup("__exit__") else {
                    let err = rt.typeError("'\(t.name)' object does not support the context manager protocol (missed __exit__ method)")
                    annotate(err, site); throw err
                }
                let entered: Value
                do { entered = try rt.call(try rt.bind(enter, to: mgr, cls: t), []) } catch let err as PyError { annotate(err, site); throw err }
                if let store { try store(f, entered) }
                let flow: Flow
                do {
                    flow = try bodyExec(f)
                } catch let e as PyError {
                    rt.commitFrame(e, f)
                    rt.handling.append(e.exception)
                    let suppress: Value
                    do {
                        suppress = try rt.call(try rt.bind(exit, to: mgr, cls: t), [.object(e.exception.cls), .object(e.exception), .object(PyTracebackObject(e.exception))])
                    } catch let err as PyError {
                        rt.handling.removeLast()
                        if err.exception !== e.exception && err.exception.context == nil { err.exception.context = e.exception }
                        annotate(err, site)
                        throw err
                    }
                    rt.handling.removeLast()
                    if try rt.isTrue(suppress) { return .normal }
                    throw e
                }
                do { _ = try rt.call(try rt.bind(exit, to: mgr, cls: t), [.none, .none, .none]) } catch let err as PyError { annotate(err, site); throw err }
                return flow
            }
        }
        return inner
    }

    func compileImport(_ names: [ImportName]) throws -> Exec {
        let parts: [(String, Store, Bool)] = names.map { n in
            let bindName = n.asName ?? String(n.name.split(separator: ".")[0])
            return (n.name, compileStoreName(bindName), n.asName != nil)
        }
        return { f in
            for (name, store, hasAlias) in parts {
                let module = try f.rt.importModule(name)
                if hasAlias || !name.contains(".") {
                    try store(f, .object(module))
                } else {
                    try store(f, .object(try f.rt.importModule(String(name.split(separator: ".")[0]))))
                }
            }
            return .normal
        }
    }

    func compileFromImport(_ module: String, _ names: [ImportName], _ level: Int, _ range: SourceRange) throws -> Exec {
        if level > 0 {
            return { f in throw f.rt.error("ImportError", "attempted relative import with no known parent package") }
        }
        if names.count == 1 && names[0].name == "*" {
            if context.scope.kind != .module { throw syntaxError("import * only allowed at module level", range) }
            return { f in
                let m = try f.rt.importModule(module)
                let exported: [String]
                if let all = m.globals["__all__"] {
                    exported = try f.rt.toArray(all).map { try f.rt.str($0) }
                } else {
                    exported = m.globals.definedNames.filter { !$0.hasPrefix("_") }
                }
                for n in exported { if let v = m.globals[n] { f.globals[n] = v } }
                return .normal
            }
        }
        let parts: [(String, Store)] = names.map { ($0.name, compileStoreName($0.asName ?? $0.name)) }
        return { f in
            let rt = f.rt
            let m = try rt.importModule(module)
            for (name, store) in parts {
                if let v = try rt.lookupAttribute(.object(m), name) {
                    try store(f, v)
                } else if let sub = try? rt.importModule(module + "." + name) {
                    try store(f, .object(sub))
                } else {
                    let path = rt.modulePaths[module].map { " (\($0))" } ?? " (unknown location)"
                    let err = rt.error("ImportError", "cannot import name '\(name)' from '\(module)'\(path)")
                    err.exception.attributes["name"] = .string(module)
                    err.exception.suggestion = rt.missingStandardName(.object(m), name)
                    throw err
                }
            }
            return .normal
        }
    }
}
