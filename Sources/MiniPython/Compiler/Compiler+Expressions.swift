// Compiling expressions to closures.
import BigInt

extension Compiler {
    func constantValue(_ c: Constant) -> Value {
        switch c {
        case .none: return .none
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .ellipsis: return .none
        case .int(let i): return .int(i)
        case .bigInt(let b): return .bigint(b)
        case .float(let d): return .float(d)
        case .str(let s): return .str(PyStr(s))
        case .bytes(let b): return .object(PyBytes(b))
        }
    }

    func compile(_ e: Expr) throws -> Eval {
        let site = ErrorSite(e.range)
        switch e.kind {
        case .constant(.ellipsis):
            return { f in f.rt.ellipsis }
        case .constant(let c):
            let v = constantValue(c)
            return { _ in v }
        case .name(let n):
            return compileLoad(n, site)
        case .binary(let op, let a, let b):
            return try compileBinary(op, a, b, ErrorSite(e.range, .binary(a.range.end, b.range.start)))
        case .unary(let op, let a):
            let x = try compile(a)
            if op == .not { return { f in .bool(!(try f.rt.isTrue(try x(f)))) } }
            return { f in
                let v = try x(f)
                if op == .neg, case .int(let i) = v, i != Int.min { return .int(-i) }
                do { return try f.rt.unary(op, v) } catch let err as PyError { annotate(err, site); throw err }
            }
        case .boolOp(let isAnd, let xs):
            let parts = try xs.map { try compile($0) }
            if isAnd {
                return { f in
                    var v = Value.none
                    for p in parts { v = try p(f); if !(try f.rt.isTrue(v)) { return v } }
                    return v
                }
            }
            return { f in
                var v = Value.none
                for p in parts { v = try p(f); if try f.rt.isTrue(v) { return v } }
                return v
            }
        case .compare(let first, let ops, let rest):
            return try compileCompare(first, ops, rest, site)
        case .call(let fn, let args, let kws):
            return try compileCall(fn, args, kws, site)
        case .attribute(let obj, let name):
            let o = try compile(obj)
            let cache = SiteCache()
            return { f in
                let v = try o(f)
                if let inst = plainInstance(v) {
                    // Runtime.lookupAttribute's order: a property first, then the instance, then the class.
                    let t = inst.cls
                    if let ca = cache.lookup(t, name) {
                        if case .object(let co) = ca, co is PyProperty {
                            do { return try f.rt.bind(ca, to: v, cls: t) } catch let err as PyError { annotate(err, site); throw err }
                        }
                        if let own = inst.attributes[name] { return own }
                        do { return try f.rt.bind(ca, to: v, cls: t) } catch let err as PyError { annotate(err, site); throw err }
                    }
                    if let own = inst.attributes[name] { return own }
                }
                do { return try f.rt.getAttribute(v, name) } catch let err as PyError { annotate(err, site); throw err }
            }
        case .subscript(let obj, let key):
            let o = try compile(obj)
            let k = try compile(key)
            let s = ErrorSite(e.range, .index(obj.range.end, key.range.end))
            return { f in
                let container = try o(f)
                let kv = try k(f)
                if case .object(let lo) = container, let l = lo as? PyList, case .int(var i) = kv {
                    if i < 0 { i += l.items.count }
                    if i >= 0 && i < l.items.count { return l.items[i] }
                }
                do { return try f.rt.getItem(container, kv) } catch let err as PyError { annotate(err, s); throw err }
            }
        case .slice(let a, let b, let c):
            let x = try a.map { try compile($0) }, y = try b.map { try compile($0) }, z = try c.map { try compile($0) }
            return { f in
                .object(PySlice(try x?(f) ?? .none, try y?(f) ?? .none, try z?(f) ?? .none))
            }
        case .tuple(let xs):
            let items = try compileSequenceItems(xs)
            return { f in .object(PyTuple(try items(f))) }
        case .list(let xs):
            let items = try compileSequenceItems(xs)
            return { f in
                let arr = try items(f)
                if arr.count < 16 { return .object(PyList(arr)) }
                return try f.rt.makeList(arr)
            }
        case .set(let xs):
            let items = try compileSequenceItems(xs)
            return { f in
                let s = PySet()
                for v in try items(f) { do { try s.add(v, f.rt) } catch let err as PyError { annotate(err, site); throw err } }
                return .object(s)
            }
        case .dict(let entries):
            let compiled: [(Eval?, Eval)] = try entries.map { (try $0.0.map { try compile($0) }, try compile($0.1)) }
            let size = compiled.count
            return { f in
                let d = PyDict()
                d.reserve(size)
                for (k, v) in compiled {
                    if let k {
                        let kv = try k(f)
                        let vv = try v(f)
                        do { try d.set(kv, vv, f.rt) } catch let err as PyError { annotate(err, site); throw err }
                        if d.count > 8, d.count &* 48 > d.charged { try f.rt.account(d) }
                    } else {
                        let m = try v(f)
                        do { try f.rt.mergeMapping(into: d, m) } catch let err as PyError { annotate(err, site); throw err }
                    }
                }
                return .object(d)
            }
        case .starred:
            throw syntaxError("can't use starred expression here", e.range)
        case .ifExp(let t, let b, let o):
            let test = try compile(t), body = try compile(b), orElse = try compile(o)
            return { f in try f.rt.isTrue(try test(f)) ? try body(f) : try orElse(f) }
        case .lambda(let params, let body):
            return try compileLambda(e, params, body)
        case .namedExpr(let n, let v):
            let value = try compile(v)
            let store = compileStoreName(n)
            return { f in
                let x = try value(f)
                try store(f, x)
                return x
            }
        case .fstring(let parts):
            return try compileFString(parts)
        case .listComp, .setComp, .dictComp, .genExp:
            return try compileComprehension(e)
        }
    }

    // MARK: Names

    func compileLoad(_ n: String, _ site: ErrorSite) -> Eval {
        switch context.location(n) {
        case .local(let slot):
            return { f in
                if let v = f.locals[slot] { return v }
                let err = f.rt.error("UnboundLocalError", "cannot access local variable '\(n)' where it is not associated with a value")
                annotate(err, site)
                throw err
            }
        case .cell(let i):
            let isFree = i >= context.code.ownCellNames.count
            return { f in
                if let v = f.cells[i].value { return v }
                let err = isFree
                    ? f.rt.error("NameError", "cannot access free variable '\(n)' where it is not associated with a value in enclosing scope")
                    : f.rt.error("UnboundLocalError", "cannot access local variable '\(n)' where it is not associated with a value")
                annotate(err, site)
                throw err
            }
        case .global(let name):
            let slot = globals.slot(name)
            let cachedBuiltin = BuiltinMemo()
            return { f in
                if let v = f.globals.values[slot] { return v }
                if let b = cachedBuiltin.value { return b }
                if let b = f.rt.builtins[name] { cachedBuiltin.value = b; return b }
                let err = f.rt.nameError(name, frame: f)
                annotate(err, site)
                throw err
            }
        case .classBody(let name, let cell):
            let slot = globals.slot(name)
            return { f in
                if let v = f.classNamespace?[name] { return v }
                if let c = cell, let v = f.cells[c].value { return v }
                if let v = f.globals.values[slot] { return v }
                if let b = f.rt.builtins[name] { return b }
                let err = f.rt.nameError(name, frame: f)
                annotate(err, site)
                throw err
            }
        }
    }

    func compileStoreName(_ n: String) -> Store {
        switch context.location(n) {
        case .local(let slot): return { f, v in f.locals[slot] = v }
        case .cell(let i): return { f, v in f.cells[i].value = v }
        case .global(let name):
            let slot = globals.slot(name)
            return { f, v in f.globals.values[slot] = v }
        case .classBody(let name, _):
            return { f, v in f.classNamespace![name] = v }
        }
    }

    func compileDeleteName(_ n: String, _ site: ErrorSite) -> Exec {
        switch context.location(n) {
        case .local(let slot):
            return { f in
                if f.locals[slot] == nil {
                    let err = f.rt.error("UnboundLocalError", "cannot access local variable '\(n)' where it is not associated with a value")
                    annotate(err, site); throw err
                }
                f.locals[slot] = nil
                return .normal
            }
        case .cell(let i):
            return { f in f.cells[i].value = nil; return .normal }
        case .global(let name):
            let slot = globals.slot(name)
            return { f in
                if f.globals.values[slot] == nil {
                    let err = f.rt.nameError(name, frame: f); annotate(err, site); throw err
                }
                f.globals.values[slot] = nil
                return .normal
            }
        case .classBody(let name, _):
            return { f in
                if f.classNamespace?[name] == nil {
                    let err = f.rt.nameError(name, frame: f); annotate(err, site); throw err
                }
                f.classNamespace![name] = nil
                return .normal
            }
        }
    }

    // MARK: Operators

    func compileBinary(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ site: ErrorSite) throws -> Eval {
        let l = try compile(a), r = try compile(b)
        switch op {
        case .add:
            return { f in
                let x = try l(f), y = try r(f)
                if case .int(let i) = x, case .int(let j) = y { let (s, o) = i.addingReportingOverflow(j); if !o { return .int(s) } }
                if case .float(let i) = x, case .float(let j) = y { return .float(i + j) }
                do {
                    if case .str(let i) = x, case .str(let j) = y { return try f.rt.concatenate(i, j) }
                    return try f.rt.binary(.add, x, y)
                } catch let err as PyError { annotate(err, site); throw err }
            }
        case .sub:
            return { f in
                let x = try l(f), y = try r(f)
                if case .int(let i) = x, case .int(let j) = y { let (s, o) = i.subtractingReportingOverflow(j); if !o { return .int(s) } }
                if case .float(let i) = x, case .float(let j) = y { return .float(i - j) }
                do { return try f.rt.binary(.sub, x, y) } catch let err as PyError { annotate(err, site); throw err }
            }
        default:
            return { f in
                let x = try l(f), y = try r(f)
                if let v = Runtime.fastBinary(op, x, y) { return v }
                do { return try f.rt.binary(op, x, y) } catch let err as PyError { annotate(err, site); throw err }
            }
        }
    }

    func compileCompare(_ first: Expr, _ ops: [ComparisonOperator], _ rest: [Expr], _ site: ErrorSite) throws -> Eval {
        let a = try compile(first)
        let bs = try rest.map { try compile($0) }
        if ops.count == 1 {
            let op = ops[0], b = bs[0]
            switch op {
            case .lt:
                return { f in
                    let x = try a(f), y = try b(f)
                    if case .int(let i) = x, case .int(let j) = y { return .bool(i < j) }
                    do { return try f.rt.compare(.lt, x, y) } catch let err as PyError { annotate(err, site); throw err }
                }
            case .eq:
                return { f in
                    let x = try a(f), y = try b(f)
                    if case .int(let i) = x, case .int(let j) = y { return .bool(i == j) }
                    if case .str(let i) = x, case .str(let j) = y { return .bool(i.equals(j)) }
                    do { return try f.rt.compare(.eq, x, y) } catch let err as PyError { annotate(err, site); throw err }
                }
            default:
                return { f in
                    let x = try a(f), y = try b(f)
                    if let v = Runtime.fastCompare(op, x, y) { return .bool(v) }
                    do { return try f.rt.compare(op, x, y) } catch let err as PyError { annotate(err, site); throw err }
                }
            }
        }
        return { f in
            var left = try a(f)
            var result = Value.bool(true)
            for (i, op) in ops.enumerated() {
                let right = try bs[i](f)
                do { result = try f.rt.compare(op, left, right) } catch let err as PyError { annotate(err, site); throw err }
                if !(try f.rt.isTrue(result)) { return result }
                left = right
            }
            return result
        }
    }

    // MARK: Displays

    /// Items of a list/tuple/set display, expanding `*iterable`.
    func compileSequenceItems(_ xs: [Expr]) throws -> (Frame) throws -> [Value] {
        let hasStar = xs.contains { if case .starred = $0.kind { return true }; return false }
        if !hasStar {
            let items = try xs.map { try compile($0) }
            switch items.count {
            case 0: return { _ in [] }
            case 1: let a = items[0]; return { f in [try a(f)] }
            case 2: let a = items[0], b = items[1]; return { f in [try a(f), try b(f)] }
            default:
                return { f in
                    var out: [Value] = []
                    out.reserveCapacity(items.count)
                    for it in items { out.append(try it(f)) }
                    return out
                }
            }
        }
        let parts: [(Bool, Eval, ErrorSite)] = try xs.map {
            if case .starred(let inner) = $0.kind { return (true, try compile(inner), ErrorSite(inner.range)) }
            return (false, try compile($0), ErrorSite($0.range))
        }
        if parts.count == 1 {
            // `f(*args)`: a tuple's items are passed on as they are (no copy)
            let (_, ev, site) = parts[0]
            return { f in
                let v = try ev(f)
                if case .object(let o) = v, type(of: o) == PyTuple.self { return unsafeDowncast(o, to: PyTuple.self).items }
                do {
                    if !f.rt.isIterable(v) {
                        throw f.rt.typeError("Value after * must be an iterable, not \(f.rt.typeName(v))")
                    }
                    return try f.rt.toArray(v)
                } catch let err as PyError { annotate(err, site); throw err }
            }
        }
        return { f in
            var out: [Value] = []
            for (star, ev, site) in parts {
                let v = try ev(f)
                if star {
                    do {
                        if !f.rt.isIterable(v) {
                            throw f.rt.typeError("Value after * must be an iterable, not \(f.rt.typeName(v))")
                        }
                        out.append(contentsOf: try f.rt.toArray(v))
                    } catch let err as PyError { annotate(err, site); throw err }
                } else { out.append(v) }
            }
            return out
        }
    }

    // MARK: f-strings

    func compileFString(_ parts: [FStringPart]) throws -> Eval {
        let pieces = try compileFStringParts(parts)
        return { f in
            var s = ""
            for p in pieces { s += try p(f) }
            return try f.rt.makeStr(s)
        }
    }

    func compileFStringParts(_ parts: [FStringPart]) throws -> [(Frame) throws -> String] {
        try parts.map { part -> (Frame) throws -> String in
            switch part {
            case .literal(let s): return { _ in s }
            case .field(let e, let conversion, let spec, let debug):
                let value = try compile(e)
                let specParts = try spec.map { try compileFStringParts($0) }
                let site = ErrorSite(e.range)
                return { f in
                    var v = try value(f)
                    do {
                        switch conversion {
                        case "r": v = .string(try f.rt.repr(v))
                        case "s": v = .string(try f.rt.str(v))
                        case "a": v = .string(asciiEscape(try f.rt.repr(v)))
                        default: break
                        }
                        var specText = ""
                        if let sp = specParts { for p in sp { specText += try p(f) } }
                        let text: String
                        if specText.isEmpty, case .str(let s) = v { text = s.value } else { text = try f.rt.format(v, specText) }
                        return (debug ?? "") + text
                    } catch let err as PyError { annotate(err, site); throw err }
                }
            }
        }
    }
}

package func asciiEscape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
        if c.isASCII { out.unicodeScalars.append(c) }
        else if c.value < 0x100 { out += "\\x" + String(c.value, radix: 16).leftPadded(to: 2, with: "0") }
        else if c.value < 0x10000 { out += "\\u" + String(c.value, radix: 16).leftPadded(to: 4, with: "0") }
        else { out += "\\U" + String(c.value, radix: 16).leftPadded(to: 8, with: "0") }
    }
    return out
}

