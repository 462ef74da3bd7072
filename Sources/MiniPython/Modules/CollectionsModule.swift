// collections: defaultdict, OrderedDict, Counter (dicts with a native subtype), namedtuple, deque.

package final class PyDeque: PyNativeObject {
    var items: [Value] = []
    var maxlen: Int? = nil
    package override func length(_ rt: Runtime) throws -> Int? { items.count }
    package override var isIterable: Bool { true }
    package override func iterate(_ rt: Runtime) throws -> PyIterator? { ArrayIterator(items, name: "_collections._deque_iterator") }
    package override func repr(_ rt: Runtime) throws -> String {
        let inner = try items.map { try rt.repr($0) }.joined(separator: ", ")
        if let m = maxlen { return "deque([\(inner)], maxlen=\(m))" }
        return "deque([\(inner)])"
    }
    package override func contains(_ item: Value, _ rt: Runtime) throws -> Bool? {
        for x in items where try rt.sameValue(x, item) { return true }
        return false
    }
    package override func getItem(_ key: Value, _ rt: Runtime) throws -> Value? {
        var i = try rt.intArgument(key)
        if i < 0 { i += items.count }
        if i < 0 || i >= items.count { throw rt.indexError("deque index out of range") }
        return items[i]
    }
    package override func setItem(_ key: Value, _ value: Value?, _ rt: Runtime) throws -> Bool {
        var i = try rt.intArgument(key)
        if i < 0 { i += items.count }
        if i < 0 || i >= items.count { throw rt.indexError("deque index out of range") }
        if let v = value { items[i] = v } else { items.remove(at: i) }
        return true
    }
    package override func compare(_ op: ComparisonOperator, _ other: Value, _ rt: Runtime) throws -> Value? {
        guard case .object(let o as PyDeque) = other else { return op == .eq ? .bool(false) : op == .ne ? .bool(true) : nil }
        return try rt.compare(op, .object(PyList(items)), .object(PyList(o.items)))
    }
    func trimRight() { if let m = maxlen { while items.count > m { items.removeFirst() } } }
    func trimLeft() { if let m = maxlen { while items.count > m { items.removeLast() } } }
}

extension Runtime {
    func dictSubtype(_ name: String) -> PyType {
        let t = PyType(name: name, bases: [types.dict], kind: .dict, isBuiltin: false, module: "collections")
        t.mro = [t, types.dict, types.object]
        return t
    }

    func makeCollectionsModule() throws -> PyModule {
        let defaultdict = dictSubtype("defaultdict")
        let ordered = dictSubtype("OrderedDict")
        let counter = dictSubtype("Counter")
        func selfDict(_ rt: Runtime, _ a: [Value]) throws -> PyDict {
            guard case .object(let d as PyDict)? = a.first else { throw rt.typeError("descriptor requires a dict") }
            return d
        }
        constructors[ObjectIdentifier(defaultdict)] = { rt, a, kw in
            let d = PyDict()
            d.customType = defaultdict
            if let f = a.first, !f.isNone {
                if !rt.isCallable(f) { throw rt.typeError("first argument must be callable or None") }
                d.defaultFactory = f
            }
            if a.count > 1 { try rt.dictUpdate(d, a[1]) }
            for (k, v) in kw { try d.set(.string(k), v, rt) }
            return .object(d)
        }
        method(defaultdict, "__repr__") { rt, a, kw in
            let d = try selfDict(rt, a)
            let plain = PyDict(); for (k, v) in d.entries { try plain.set(k, v, rt) }
            let f = try d.defaultFactory.map { try rt.repr($0) } ?? "None"
            return .string("defaultdict(\(f), \(try rt.repr(.object(plain))))")
        }
        defaultdict.attributes["default_factory"] = .object(PyProperty(.object(PyBuiltinFunction("default_factory") { rt, a, _ in
            try selfDict(rt, a).defaultFactory ?? Value.none
        }), nil, nil))

        constructors[ObjectIdentifier(ordered)] = { rt, a, kw in
            let d = PyDict()
            d.customType = ordered
            if let x = a.first { try rt.dictUpdate(d, x) }
            for (k, v) in kw { try d.set(.string(k), v, rt) }
            return .object(d)
        }
        method(ordered, "__repr__") { rt, a, kw in
            let d = try selfDict(rt, a)
            if d.count == 0 { return .string("OrderedDict()") }
            let items = try d.entries.map { "\(try rt.repr($0.0)): \(try rt.repr($0.1))" }.joined(separator: ", ")
            return .string("OrderedDict({\(items)})")
        }
        method(ordered, "__eq__") { rt, a, kw in
            let d = try selfDict(rt, a)
            guard case .object(let o as PyDict) = a[1] else { return rt.notImplementedValue }
            if o.customType === ordered {
                let x = d.entries, y = o.entries
                if x.count != y.count { return .bool(false) }
                for (p, q) in zip(x, y) { if try !rt.sameValue(p.0, q.0) || !rt.sameValue(p.1, q.1) { return .bool(false) } }
                return .bool(true)
            }
            let plain = PyDict(); for (k, v) in d.entries { try plain.set(k, v, rt) }
            return .bool(try rt.equals(.object(plain), a[1]))
        }
        method(ordered, "move_to_end") { rt, a, kw in
            let d = try selfDict(rt, a)
            let last = try Args(rt, "move_to_end", a, kw).value(2, "last").map { try rt.isTrue($0) } ?? true
            guard let v = try d.remove(a[1], rt) else { throw rt.keyError(a[1]) }
            if last { try d.set(a[1], v, rt) } else {
                let rest = d.entries
                d.removeAll()
                try d.set(a[1], v, rt)
                for (k, x) in rest { try d.set(k, x, rt) }
            }
            return .none
        }
        method(ordered, "popitem") { rt, a, kw in
            let d = try selfDict(rt, a)
            let last = try Args(rt, "popitem", a, kw).value(1, "last").map { try rt.isTrue($0) } ?? true
            if d.count == 0 { throw rt.error("KeyError", "dictionary is empty") }
            if last, let (k, v) = d.popLast() { return .object(PyTuple([k, v])) }
            let (k, v) = d.entries[0]
            try d.remove(k, rt)
            return .object(PyTuple([k, v]))
        }

        func counterUpdate(_ rt: Runtime, _ d: PyDict, _ src: Value, sign: Int) throws {
            if case .object(let o as PyDict) = src {
                for (k, v) in o.entries { try d.set(k, try rt.binary(sign > 0 ? .add : .sub, try d.get(k, rt) ?? .int(0), v), rt) }
                return
            }
            let it = try rt.iterate(src)
            while let x = try it.next(rt) { try d.set(x, try rt.binary(sign > 0 ? .add : .sub, try d.get(x, rt) ?? .int(0), .int(1)), rt) }
        }
        func newCounter() -> PyDict { let d = PyDict(); d.customType = counter; return d }
        func mostCommon(_ rt: Runtime, _ d: PyDict) throws -> [(Value, Value)] {
            var e = d.entries
            try e.sort { try rt.lessThan($1.1, $0.1) }
            return e
        }
        constructors[ObjectIdentifier(counter)] = { rt, a, kw in
            let d = newCounter()
            if let x = a.first, !x.isNone { try counterUpdate(rt, d, x, sign: 1) }
            for (k, v) in kw { try d.set(.string(k), v, rt) }
            return .object(d)
        }
        method(counter, "__missing__") { _, _, _ in .int(0) }
        method(counter, "__repr__") { rt, a, kw in
            let d = try selfDict(rt, a)
            if d.count == 0 { return .string("Counter()") }
            return .string("Counter({" + (try mostCommon(rt, d).map { "\(try rt.repr($0.0)): \(try rt.repr($0.1))" }.joined(separator: ", ")) + "})")
        }
        method(counter, "most_common") { rt, a, kw in
            let d = try selfDict(rt, a)
            var e = try mostCommon(rt, d)
            if a.count > 1, !a[1].isNone { e = Array(e.prefix(max(try rt.intArgument(a[1]), 0))) }
            return .object(PyList(e.map { .object(PyTuple([$0.0, $0.1])) }))
        }
        method(counter, "elements") { rt, a, kw in
            var out: [Value] = []
            for (k, v) in try selfDict(rt, a).entries { if case .int(let n) = v, n > 0 { out += Array(repeating: k, count: n) } }
            return .object(ArrayIterator(out, name: "itertools.chain"))
        }
        method(counter, "update") { rt, a, kw in
            let d = try selfDict(rt, a)
            if a.count > 1, !a[1].isNone { try counterUpdate(rt, d, a[1], sign: 1) }
            for (k, v) in kw { try d.set(.string(k), try rt.binary(.add, try d.get(.string(k), rt) ?? .int(0), v), rt) }
            return .none
        }
        method(counter, "subtract") { rt, a, kw in
            let d = try selfDict(rt, a)
            if a.count > 1 { try counterUpdate(rt, d, a[1], sign: -1) }
            for (k, v) in kw { try d.set(.string(k), try rt.binary(.sub, try d.get(.string(k), rt) ?? .int(0), v), rt) }
            return .none
        }
        method(counter, "total") { rt, a, kw in
            var t: Value = .int(0)
            for v in try selfDict(rt, a).valueList { t = try rt.binary(.add, t, v) }
            return t
        }
        for (name, op) in [("__add__", "+"), ("__sub__", "-"), ("__or__", "|"), ("__and__", "&")] {
            method(counter, name) { rt, a, kw in
                let x = try selfDict(rt, a)
                guard case .object(let y as PyDict) = a[1], y.customType === counter else { return rt.notImplementedValue }
                let r = newCounter()
                var keys = x.keyList
                for k in y.keyList where !(try x.contains(k, rt)) { keys.append(k) }
                for k in keys {
                    let p = try x.get(k, rt) ?? .int(0), q = try y.get(k, rt) ?? .int(0)
                    let v: Value
                    switch op {
                    case "+": v = try rt.binary(.add, p, q)
                    case "-": v = try rt.binary(.sub, p, q)
                    case "|": v = try rt.lessThan(p, q) ? q : p
                    default: v = try rt.lessThan(p, q) ? p : q
                    }
                    if try rt.lessThan(.int(0), v) { try r.set(k, v, rt) }
                }
                return .object(r)
            }
        }

        let dequeType = PyType(name: "deque", bases: [types.object], kind: .other, isBuiltin: true, module: "collections")
        dequeType.mro = [dequeType, types.object]
        func selfDeque(_ rt: Runtime, _ a: [Value]) throws -> PyDeque {
            guard case .object(let d as PyDeque)? = a.first else { throw rt.typeError("descriptor requires a deque") }
            return d
        }
        constructors[ObjectIdentifier(dequeType)] = { rt, a, kw in
            let args = Args(rt, "deque", a, kw)
            let d = PyDeque(type: dequeType)
            if let m = args.value(1, "maxlen"), !m.isNone {
                let n = try rt.intArgument(m)
                if n < 0 { throw rt.valueError("maxlen must be non-negative") }
                d.maxlen = n
            }
            if let it = args.value(0, "iterable") { d.items = try rt.toArray(it); d.trimRight() }
            return .object(d)
        }
        method(dequeType, "append") { rt, a, kw in let d = try selfDeque(rt, a); d.items.append(a[1]); d.trimRight(); return .none }
        method(dequeType, "appendleft") { rt, a, kw in let d = try selfDeque(rt, a); d.items.insert(a[1], at: 0); d.trimLeft(); return .none }
        method(dequeType, "extend") { rt, a, kw in let d = try selfDeque(rt, a); d.items += try rt.toArray(a[1]); d.trimRight(); return .none }
        method(dequeType, "extendleft") { rt, a, kw in
            let d = try selfDeque(rt, a)
            for x in try rt.toArray(a[1]) { d.items.insert(x, at: 0) }
            d.trimLeft()
            return .none
        }
        method(dequeType, "pop") { rt, a, kw in
            let d = try selfDeque(rt, a)
            guard let v = d.items.popLast() else { throw rt.indexError("pop from an empty deque") }
            return v
        }
        method(dequeType, "popleft") { rt, a, kw in
            let d = try selfDeque(rt, a)
            if d.items.isEmpty { throw rt.indexError("pop from an empty deque") }
            return d.items.removeFirst()
        }
        method(dequeType, "rotate") { rt, a, kw in
            let d = try selfDeque(rt, a)
            let n = a.count > 1 ? try rt.intArgument(a[1]) : 1
            if d.items.isEmpty { return .none }
            let k = ((n % d.items.count) + d.items.count) % d.items.count
            d.items = Array(d.items.suffix(k) + d.items.prefix(d.items.count - k))
            return .none
        }
        method(dequeType, "clear") { rt, a, kw in try selfDeque(rt, a).items.removeAll(); return .none }
        method(dequeType, "copy") { rt, a, kw in
            let d = try selfDeque(rt, a); let c = PyDeque(type: dequeType); c.items = d.items; c.maxlen = d.maxlen; return .object(c)
        }
        method(dequeType, "count") { rt, a, kw in
            var n = 0
            for x in try selfDeque(rt, a).items where try rt.sameValue(x, a[1]) { n += 1 }
            return .int(n)
        }
        method(dequeType, "remove") { rt, a, kw in
            let d = try selfDeque(rt, a)
            for (i, x) in d.items.enumerated() where try rt.sameValue(x, a[1]) { d.items.remove(at: i); return .none }
            throw rt.valueError("deque.remove(x): x not in deque")
        }
        method(dequeType, "index") { rt, a, kw in
            for (i, x) in try selfDeque(rt, a).items.enumerated() where try rt.sameValue(x, a[1]) { return .int(i) }
            throw rt.valueError("\(try rt.repr(a[1])) is not in deque")
        }
        method(dequeType, "reverse") { rt, a, kw in try selfDeque(rt, a).items.reverse(); return .none }
        dequeType.attributes["maxlen"] = .object(PyProperty(.object(PyBuiltinFunction("maxlen") { rt, a, _ in
            try selfDeque(rt, a).maxlen.map { .int($0) } ?? Value.none
        }), nil, nil))

        return makeModule("collections") { g in
            g["defaultdict"] = .object(defaultdict)
            g["OrderedDict"] = .object(ordered)
            g["Counter"] = .object(counter)
            g["deque"] = .object(dequeType)
            g["namedtuple"] = function("namedtuple") { rt, a, kw in try rt.makeNamedTuple(a, kw) }
        }
    }

    package func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o {
        case is PyFunction, is PyBuiltinFunction, is PyBoundMethod, is PyType: return true
        case let i as PyInstance: return i.cls.lookupUser("__call__") != nil
        default: return false
        }
    }

    /// `class P(NamedTuple):` with annotated fields: typing's class form of namedtuple. Fields with a
    /// value are defaults; the body's other names (methods, properties, constants) join the class.
    func namedTupleClass(_ name: String, _ fields: [String], _ namespace: AttributeTable, module: String) throws -> Value {
        var defaults: [Value] = []
        var defaultNames: [String] = []
        for field in fields {
            if let v = namespace[field] {
                defaults.append(v)
                defaultNames.append(field)
            } else if !defaultNames.isEmpty {
                throw typeError("Non-default namedtuple field \(field) cannot follow default field\(defaultNames.count > 1 ? "s" : "") \(defaultNames.joined(separator: ", "))")
            }
        }
        let made = try makeNamedTuple([.string(name), .object(PyList(fields.map { .string($0) }))],
                                      [("defaults", .object(PyTuple(defaults))), ("module", .string(module))])
        guard case .object(let t as PyType) = made else { return made }
        for (key, value) in namespace.items where !fields.contains(key) && key != "__qualname__" {
            t.attributes[key] = value
            if case .object(let fn as PyFunction) = value { fn.definingClass = t }
        }
        return made
    }

    func makeNamedTuple(_ a: [Value], _ kw: [(String, Value)]) throws -> Value {
        let args = Args(self, "namedtuple", a, kw)
        guard let nameV = args.value(0, "typename"), let fieldsV = args.value(1, "field_names") else {
            throw typeError("namedtuple() missing required argument 'typename'")
        }
        let name = try str(nameV)
        var fields: [String]
        if case .str(let s) = fieldsV {
            fields = s.value.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        } else {
            fields = try toArray(fieldsV).map { try str($0) }
        }
        for f in fields where f.hasPrefix("_") || f.first?.isNumber == true || pythonKeywords.contains(f) {
            if f.hasPrefix("_") { throw valueError("Field names cannot start with an underscore: \(quoteString(f))") }
            throw valueError("Type names and field names cannot be a keyword: \(quoteString(f))")
        }
        var defaults: [Value] = []
        if let d = args.keyword("defaults"), !d.isNone { defaults = try toArray(d) }
        let moduleName = (try? str(args.keyword("module") ?? .string("__main__"))) ?? "__main__"
        let t = PyType(name: name, bases: [types.tuple], kind: .tuple, isBuiltin: false, module: moduleName)
        t.mro = [t, types.tuple, types.object]
        let n = fields.count
        constructors[ObjectIdentifier(t)] = { rt, a, kw in
            var values: [Value?] = Array(repeating: nil, count: n)
            if a.count > n { throw rt.typeError("\(name).__new__() takes \(n + 1) positional arguments but \(a.count + 1) were given") }
            for (i, v) in a.enumerated() { values[i] = v }
            for (k, v) in kw {
                guard let i = fields.firstIndex(of: k) else { throw rt.typeError("\(name).__new__() got an unexpected keyword argument '\(k)'") }
                if values[i] != nil { throw rt.typeError("\(name).__new__() got multiple values for argument '\(k)'") }
                values[i] = v
            }
            let firstDefault = n - defaults.count
            var missing: [String] = []
            for i in 0..<n where values[i] == nil {
                if i >= firstDefault { values[i] = defaults[i - firstDefault] } else { missing.append(fields[i]) }
            }
            if !missing.isEmpty {
                let q = missing.map { "'\($0)'" }
                let list = q.count == 1 ? q[0] : q.count == 2 ? "\(q[0]) and \(q[1])" : q.dropLast().joined(separator: ", ") + ", and " + q.last!
                throw rt.typeError("\(name).__new__() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
            }
            let tup = PyTuple(values.map { $0! })
            tup.customType = t
            return .object(tup)
        }
        for (i, f) in fields.enumerated() {
            t.attributes[f] = .object(PyProperty(.object(PyBuiltinFunction(f) { rt, a, _ in
                guard case .object(let tup as PyTuple)? = a.first else { throw rt.typeError("bad self") }
                return tup.items[i]
            }), nil, nil))
        }
        t.attributes["_fields"] = .object(PyTuple(fields.map { .string($0) }))
        t.attributes["__repr__"] = .object(PyBuiltinFunction("__repr__") { rt, a, _ in
            guard case .object(let tup as PyTuple)? = a.first else { throw rt.typeError("bad self") }
            let inner = try zip(fields, tup.items).map { "\($0.0)=\(try rt.repr($0.1))" }.joined(separator: ", ")
            return .string("\(name)(\(inner))")
        })
        t.attributes["_asdict"] = .object(PyBuiltinFunction("_asdict") { rt, a, _ in
            guard case .object(let tup as PyTuple)? = a.first else { throw rt.typeError("bad self") }
            let d = PyDict()
            for (f, v) in zip(fields, tup.items) { try d.set(.string(f), v, rt) }
            return .object(d)
        })
        t.attributes["_replace"] = .object(PyBuiltinFunction("_replace") { rt, a, kw in
            guard case .object(let tup as PyTuple)? = a.first else { throw rt.typeError("bad self") }
            var items = tup.items
            for (k, v) in kw {
                guard let i = fields.firstIndex(of: k) else { throw rt.valueError("Got unexpected field names: ['\(k)']") }
                items[i] = v
            }
            let r = PyTuple(items)
            r.customType = t
            return .object(r)
        })
        t.attributes["_make"] = .object(PyClassMethod(.object(PyBuiltinFunction("_make") { rt, a, _ in
            try rt.call(.object(t), try rt.toArray(a[1]))
        })))
        return .object(t)
    }
}
