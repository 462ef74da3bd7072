// Assignment and deletion targets: names, attributes, subscripts and (starred) unpacking.

extension Compiler {
    func compileStore(_ t: Expr) throws -> Store {
        switch t.kind {
        case .name(let n):
            return compileStoreName(n)
        case .attribute(let objExpr, let name):
            let obj = try compile(objExpr)
            let site = ErrorSite(t.range)
            let cache = SiteCache()
            return { f, v in
                let o = try obj(f)
                if let inst = plainInstance(o), cache.storesPlainly(inst.cls, name) {
                    let cls = inst.cls
                    if inst.attributes.count == 0 && cls.instanceAttributeHint > 1 { inst.attributes.reserve(cls.instanceAttributeHint) }
                    inst.attributes[name] = v
                    if inst.attributes.count > cls.instanceAttributeHint { cls.instanceAttributeHint = min(inst.attributes.count, 16) }
                    return
                }
                do { try f.rt.setAttribute(o, name, v) } catch let err as PyError { annotate(err, site); throw err }
            }
        case .subscript(let objExpr, let keyExpr):
            let obj = try compile(objExpr), key = try compile(keyExpr)
            let site = ErrorSite(t.range, .index(objExpr.range.end, keyExpr.range.end))
            return { f, v in
                let o = try obj(f)
                let k = try key(f)
                if case .object(let lo) = o, let l = lo as? PyList, case .int(let i) = k, i >= 0, i < l.items.count {
                    l.items[i] = v
                    return
                }
                do { try f.rt.setItem(o, k, v) } catch let err as PyError { annotate(err, site); throw err }
            }
        case .tuple(let items), .list(let items):
            return try compileUnpack(items, t.range)
        case .starred:
            throw syntaxError("starred assignment target must be in a list or tuple", t.range)
        default:
            throw syntaxError("cannot assign to expression", t.range)
        }
    }

    func compileUnpack(_ items: [Expr], _ range: SourceRange) throws -> Store {
        let starIndex = items.firstIndex { if case .starred = $0.kind { return true }; return false }
        if let si = starIndex, items[(si + 1)...].contains(where: { if case .starred = $0.kind { return true }; return false }) {
            throw syntaxError("multiple starred expressions in assignment", range)
        }
        let stores: [Store] = try items.map {
            if case .starred(let inner) = $0.kind { return try compileStore(inner) }
            return try compileStore($0)
        }
        let n = items.count
        let site = ErrorSite(range)
        return { f, v in
            let rt = f.rt
            var values: [Value]
            do {
                if case .object(let o) = v, let t = o as? PyTuple { values = t.items }
                else if case .object(let o) = v, let l = o as? PyList { values = l.items }
                else {
                    if !rt.isIterable(v) { throw rt.typeError("cannot unpack non-iterable \(rt.typeName(v)) object") }
                    values = try rt.toArray(v)
                }
                if let si = starIndex {
                    if values.count < n - 1 {
                        throw rt.valueError("not enough values to unpack (expected at least \(n - 1), got \(values.count))")
                    }
                    let restCount = values.count - (n - 1)
                    var out: [Value] = Array(values[0..<si])
                    out.append(.object(PyList(Array(values[si..<(si + restCount)]))))
                    out.append(contentsOf: values[(si + restCount)...])
                    values = out
                } else if values.count != n {
                    if values.count < n { throw rt.valueError("not enough values to unpack (expected \(n), got \(values.count))") }
                    throw rt.valueError("too many values to unpack (expected \(n))")
                }
            } catch let err as PyError { annotate(err, site); throw err }
            for i in 0..<n { try stores[i](f, values[i]) }
        }
    }

    func compileDelete(_ t: Expr) throws -> Exec {
        let site = ErrorSite(t.range)
        switch t.kind {
        case .name(let n): return compileDeleteName(n, site)
        case .attribute(let objExpr, let name):
            let obj = try compile(objExpr)
            return { f in
                let o = try obj(f)
                do { try f.rt.deleteAttribute(o, name) } catch let err as PyError { annotate(err, site); throw err }
                return .normal
            }
        case .subscript(let objExpr, let keyExpr):
            let obj = try compile(objExpr), key = try compile(keyExpr)
            let s = ErrorSite(t.range, .index(objExpr.range.end, keyExpr.range.end))
            return { f in
                let o = try obj(f)
                let k = try key(f)
                do { try f.rt.deleteItem(o, k) } catch let err as PyError { annotate(err, s); throw err }
                return .normal
            }
        case .tuple(let items), .list(let items):
            let dels = try items.map { try compileDelete($0) }
            return { f in for d in dels { _ = try d(f) }; return .normal }
        default:
            throw syntaxError("cannot delete expression", t.range)
        }
    }
}
