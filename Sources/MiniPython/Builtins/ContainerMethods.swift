// Methods of list, tuple, dict and set.

extension Runtime {
    func selfList(_ a: [Value], _ name: String) throws -> PyList {
        guard case .object(let o as PyList)? = a.first else { throw typeError("descriptor '\(name)' for 'list' objects doesn't apply to a '\(a.first.map { typeName($0) } ?? "NoneType")' object") }
        return o
    }
    func selfDict(_ a: [Value], _ name: String) throws -> PyDict {
        guard case .object(let o as PyDict)? = a.first else { throw typeError("descriptor '\(name)' for 'dict' objects doesn't apply to a '\(a.first.map { typeName($0) } ?? "NoneType")' object") }
        return o
    }
    func selfSet(_ a: [Value], _ name: String) throws -> PySet {
        guard case .object(let o as PySet)? = a.first else { throw typeError("descriptor '\(name)' for 'set' objects doesn't apply to a '\(a.first.map { typeName($0) } ?? "NoneType")' object") }
        return o
    }

    func installListMethods() {
        let t = types.list
        method(t, "append") { rt, a, kw in
            try Args(rt, "list.append", a, kw).method(1, 1)
            let l = try rt.selfList(a, "append")
            l.items.append(a[1])
            if l.items.count &* 16 > l.charged { try rt.account(l) }
            return .none
        }
        method(t, "extend") { rt, a, kw in
            try Args(rt, "list.extend", a, kw).method(1, 1)
            let l = try rt.selfList(a, "extend")
            let extra = try rt.toArray(a[1])
            l.items.append(contentsOf: extra)
            try rt.account(l)
            return .none
        }
        method(t, "insert") { rt, a, kw in
            try Args(rt, "insert", a, kw).method(2, 2)
            let l = try rt.selfList(a, "insert")
            var i = try rt.intArgument(a[1])
            if i < 0 { i = max(i + l.items.count, 0) }
            l.items.insert(a[2], at: min(i, l.items.count))
            return .none
        }
        method(t, "pop") { rt, a, kw in
            try Args(rt, "pop", a, kw).method(0, 1)
            let l = try rt.selfList(a, "pop")
            if l.items.isEmpty { throw rt.indexError("pop from empty list") }
            var i = a.count > 1 ? try rt.intArgument(a[1]) : l.items.count - 1
            if i < 0 { i += l.items.count }
            if i < 0 || i >= l.items.count { throw rt.indexError("pop index out of range") }
            return l.items.remove(at: i)
        }
        method(t, "remove") { rt, a, kw in
            try Args(rt, "list.remove", a, kw).method(1, 1)
            let l = try rt.selfList(a, "remove")
            for (i, x) in l.items.enumerated() where (try rt.sameValue(x, a[1])) {
                l.items.remove(at: i)
                return .none
            }
            throw rt.valueError("list.remove(x): x not in list")
        }
        method(t, "index") { rt, a, kw in
            let args = Args(rt, "index", a, kw)
            try args.method(1, 3)
            let l = try rt.selfList(a, "index")
            let (lo, hi) = try rt.startEnd(args, 2, l.items.count)
            if lo < hi { for i in lo..<min(hi, l.items.count) where (try rt.sameValue(l.items[i], a[1])) { return .int(i) } }
            throw rt.valueError("\(try rt.repr(a[1])) is not in list")
        }
        method(t, "count") { rt, a, kw in
            try Args(rt, "list.count", a, kw).method(1, 1)
            let l = try rt.selfList(a, "count")
            var n = 0
            for x in l.items where (try rt.sameValue(x, a[1])) { n += 1 }
            return .int(n)
        }
        method(t, "sort") { rt, a, kw in
            let args = Args(rt, "sort", a, kw)
            try args.allowKeywords(["key", "reverse"])
            if a.count > 1 { throw rt.typeError("sort() takes no positional arguments") }
            let l = try rt.selfList(a, "sort")
            var items = l.items
            l.items = []
            defer { if l.items.isEmpty { l.items = items } }
            do {
                try rt.sortValues(&items, key: args.keyword("key"), reverse: try args.keyword("reverse").map { try rt.isTrue($0) } ?? false)
            } catch { l.items = items; throw error }
            if !l.items.isEmpty { throw rt.valueError("list modified during sort") }
            l.items = items
            return .none
        }
        method(t, "reverse") { rt, a, kw in try rt.selfList(a, "reverse").items.reverse(); return .none }
        method(t, "copy") { rt, a, kw in .object(PyList(try rt.selfList(a, "copy").items)) }
        method(t, "clear") { rt, a, kw in try rt.selfList(a, "clear").items.removeAll(); return .none }
        method(t, "__len__") { rt, a, kw in .int(try rt.selfList(a, "__len__").items.count) }
        method(t, "__getitem__") { rt, a, kw in try rt.getItem(a[0], a[1]) }
        method(t, "__setitem__") { rt, a, kw in try rt.setItem(a[0], a[1], a[2]); return .none }
        method(t, "__contains__") { rt, a, kw in .bool(try rt.contains(a[0], a[1])) }
        method(t, "__iter__") { rt, a, kw in .object(try rt.iterate(a[0])) }
        method(t, "__eq__") { rt, a, kw in .bool(try rt.equals(a[0], a[1])) }

        let tu = types.tuple
        method(tu, "index") { rt, a, kw in
            let args = Args(rt, "index", a, kw)
            guard case .object(let o as PyTuple) = a[0] else { throw rt.typeError("index() requires a tuple") }
            let (lo, hi) = try rt.startEnd(args, 2, o.items.count)
            if lo < hi { for i in lo..<hi where (try rt.sameValue(o.items[i], a[1])) { return .int(i) } }
            throw rt.valueError("tuple.index(x): x not in tuple")
        }
        method(tu, "count") { rt, a, kw in
            guard case .object(let o as PyTuple) = a[0] else { throw rt.typeError("count() requires a tuple") }
            var n = 0
            for x in o.items where (try rt.sameValue(x, a[1])) { n += 1 }
            return .int(n)
        }
        method(tu, "__len__") { rt, a, kw in .int(try rt.length(a[0])) }
        method(tu, "__getitem__") { rt, a, kw in try rt.getItem(a[0], a[1]) }
        method(tu, "__contains__") { rt, a, kw in .bool(try rt.contains(a[0], a[1])) }
    }

    func installDictMethods() {
        let t = types.dict
        method(t, "get") { rt, a, kw in
            try Args(rt, "get", a, kw).method(1, 2)
            let d = try rt.selfDict(a, "get")
            return try d.get(a[1], rt) ?? (a.count > 2 ? a[2] : .none)
        }
        method(t, "keys") { rt, a, kw in .object(PyDictView(try rt.selfDict(a, "keys"), .keys)) }
        method(t, "values") { rt, a, kw in .object(PyDictView(try rt.selfDict(a, "values"), .values)) }
        method(t, "items") { rt, a, kw in .object(PyDictView(try rt.selfDict(a, "items"), .items)) }
        method(t, "pop") { rt, a, kw in
            try Args(rt, "pop", a, kw).method(1, 2)
            let d = try rt.selfDict(a, "pop")
            if let v = try d.remove(a[1], rt) { return v }
            if a.count > 2 { return a[2] }
            throw rt.keyError(a[1])
        }
        method(t, "popitem") { rt, a, kw in
            let d = try rt.selfDict(a, "popitem")
            guard let (k, v) = d.popLast() else { throw rt.error("KeyError", "popitem(): dictionary is empty") }
            return .object(PyTuple([k, v]))
        }
        method(t, "setdefault") { rt, a, kw in
            try Args(rt, "setdefault", a, kw).method(1, 2)
            let d = try rt.selfDict(a, "setdefault")
            if let v = try d.get(a[1], rt) { return v }
            let v = a.count > 2 ? a[2] : .none
            try d.set(a[1], v, rt)
            return v
        }
        method(t, "update") { rt, a, kw in
            try Args(rt, "update", a, kw).method(0, 1)
            let d = try rt.selfDict(a, "update")
            if a.count > 1 { try rt.dictUpdate(d, a[1]) }
            for (k, v) in kw { try d.set(.string(k), v, rt) }
            return .none
        }
        method(t, "copy") { rt, a, kw in
            let d = try rt.selfDict(a, "copy")
            let c = d.copy()
            c.customType = d.customType
            c.defaultFactory = d.defaultFactory
            return .object(c)
        }
        method(t, "clear") { rt, a, kw in try rt.selfDict(a, "clear").removeAll(); return .none }
        t.attributes["fromkeys"] = .object(PyClassMethod(.object(PyBuiltinFunction("fromkeys") { rt, a, kw in
            let d = PyDict()
            let v = a.count > 2 ? a[2] : .none
            for k in try rt.toArray(a[1]) { try d.set(k, v, rt) }
            return .object(d)
        })))
        method(t, "__len__") { rt, a, kw in .int(try rt.selfDict(a, "__len__").count) }
        method(t, "__getitem__") { rt, a, kw in try rt.getItem(a[0], a[1]) }
        method(t, "__setitem__") { rt, a, kw in try rt.setItem(a[0], a[1], a[2]); return .none }
        method(t, "__delitem__") { rt, a, kw in try rt.deleteItem(a[0], a[1]); return .none }
        method(t, "__contains__") { rt, a, kw in .bool(try rt.contains(a[0], a[1])) }
        method(t, "__iter__") { rt, a, kw in .object(try rt.iterate(a[0])) }
        method(t, "__eq__") { rt, a, kw in .bool(try rt.equals(a[0], a[1])) }
        method(t, "__init__") { rt, a, kw in
            let d = try rt.selfDict(a, "__init__")
            if a.count > 1 { try rt.dictUpdate(d, a[1]) }
            for (k, v) in kw { try d.set(.string(k), v, rt) }
            return .none
        }
        for view in [types.dictKeys, types.dictValues, types.dictItems] {
            method(view, "__len__") { rt, a, kw in .int(try rt.length(a[0])) }
            method(view, "isdisjoint") { rt, a, kw in
                let s = try rt.makeSet(from: a[0])
                for x in try rt.toArray(a[1]) where try s.contains(x, rt) { return .bool(false) }
                return .bool(true)
            }
        }
    }

    func installSetMethods() {
        for t in [types.set, types.frozenset] {
            let frozen = t === types.frozenset
            func other(_ rt: Runtime, _ v: Value) throws -> PySet {
                if case .object(let s as PySet) = v { return s }
                return try rt.makeSet(from: v)
            }
            for (name, op) in [("union", BinaryOperator.bitOr), ("intersection", .bitAnd), ("difference", .sub), ("symmetric_difference", .bitXor)] {
                method(t, name) { rt, a, kw in
                    var s = try rt.selfSet(a, name)
                    if a.count == 1 { let c = PySet(frozen: s.frozen); try c.merge(s, rt); return .object(c) }
                    for x in a.dropFirst() { s = try rt.setOperation(op, s, try other(rt, x)) }
                    return .object(s)
                }
            }
            method(t, "issubset") { rt, a, kw in .bool(try rt.isSubset(try rt.selfSet(a, "issubset"), try other(rt, a[1]))) }
            method(t, "issuperset") { rt, a, kw in .bool(try rt.isSubset(try other(rt, a[1]), try rt.selfSet(a, "issuperset"))) }
            method(t, "isdisjoint") { rt, a, kw in
                let s = try rt.selfSet(a, "isdisjoint")
                for x in try rt.toArray(a[1]) where try s.contains(x, rt) { return .bool(false) }
                return .bool(true)
            }
            method(t, "copy") { rt, a, kw in
                let s = try rt.selfSet(a, "copy")
                let c = PySet(frozen: s.frozen); try c.merge(s, rt); return .object(c)
            }
            method(t, "__len__") { rt, a, kw in .int(try rt.selfSet(a, "__len__").count) }
            method(t, "__contains__") { rt, a, kw in .bool(try rt.contains(a[0], a[1])) }
            method(t, "__iter__") { rt, a, kw in .object(try rt.iterate(a[0])) }
            if frozen { continue }
            method(t, "add") { rt, a, kw in
                try Args(rt, "add", a, kw).method(1, 1)
                try rt.selfSet(a, "add").add(a[1], rt); return .none
            }
            method(t, "discard") { rt, a, kw in
                try Args(rt, "discard", a, kw).method(1, 1)
                try rt.selfSet(a, "discard").discard(a[1], rt); return .none
            }
            method(t, "remove") { rt, a, kw in
                try Args(rt, "remove", a, kw).method(1, 1)
                if try !rt.selfSet(a, "remove").discard(a[1], rt) { throw rt.keyError(a[1]) }
                return .none
            }
            method(t, "pop") { rt, a, kw in
                guard let v = try rt.selfSet(a, "pop").pop() else { throw rt.error("KeyError", "pop from an empty set") }
                return v
            }
            method(t, "clear") { rt, a, kw in try rt.selfSet(a, "clear").removeAll(); return .none }
            method(t, "update") { rt, a, kw in
                let s = try rt.selfSet(a, "update")
                for x in a.dropFirst() { try s.merge(try other(rt, x), rt) }
                return .none
            }
            for (name, op) in [("intersection_update", BinaryOperator.bitAnd), ("difference_update", .sub), ("symmetric_difference_update", .bitXor)] {
                method(t, name) { rt, a, kw in
                    let s = try rt.selfSet(a, name)
                    for x in a.dropFirst() { _ = try rt.inplace(op, .object(s), .object(try other(rt, x))) }
                    return .none
                }
            }
        }
    }
}
