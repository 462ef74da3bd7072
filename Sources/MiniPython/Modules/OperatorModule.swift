// operator: the functions handlers and the datetime module use.

extension Runtime {
    func makeOperatorModule() throws -> PyModule {
        makeModule("operator") { g in
            g["index"] = function("index") { rt, a, kw in
                try Args(rt, "index", a, kw).exactly(1)
                if case .object(let o as PyBigInt) = a[0] { return .object(o) }
                return .int(try rt.intArgument(a[0]))
            }
            let binaries: [(String, BinaryOperator)] = [("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .div), ("floordiv", .floorDiv),
                                                         ("mod", .mod), ("pow", .pow), ("and_", .bitAnd), ("or_", .bitOr), ("xor", .bitXor),
                                                         ("lshift", .lshift), ("rshift", .rshift)]
            for (name, op) in binaries {
                g[name] = function(name) { rt, a, kw in try rt.binary(op, a[0], a[1]) }
            }
            let comparisons: [(String, ComparisonOperator)] = [("eq", .eq), ("ne", .ne), ("lt", .lt), ("le", .le), ("gt", .gt), ("ge", .ge), ("contains", .in)]
            for (name, op) in comparisons {
                g[name] = function(name) { rt, a, kw in
                    name == "contains" ? .bool(try rt.contains(a[0], a[1])) : try rt.compare(op, a[0], a[1])
                }
            }
            g["neg"] = function("neg") { rt, a, kw in try rt.unary(.neg, a[0]) }
            g["not_"] = function("not_") { rt, a, kw in .bool(!(try rt.isTrue(a[0]))) }
            g["truth"] = function("truth") { rt, a, kw in .bool(try rt.isTrue(a[0])) }
            g["getitem"] = function("getitem") { rt, a, kw in try rt.getItem(a[0], a[1]) }
            g["itemgetter"] = function("itemgetter") { rt, a, kw in
                let keys = a
                return .object(PyBuiltinFunction("itemgetter") { rt, b, _ in
                    if keys.count == 1 { return try rt.getItem(b[0], keys[0]) }
                    return .object(PyTuple(try keys.map { try rt.getItem(b[0], $0) }))
                })
            }
            g["attrgetter"] = function("attrgetter") { rt, a, kw in
                let names = try a.map { try rt.str($0) }
                func get(_ rt: Runtime, _ v: Value, _ path: String) throws -> Value {
                    var cur = v
                    for part in path.split(separator: ".") { cur = try rt.getAttribute(cur, String(part)) }
                    return cur
                }
                return .object(PyBuiltinFunction("attrgetter") { rt, b, _ in
                    if names.count == 1 { return try get(rt, b[0], names[0]) }
                    return .object(PyTuple(try names.map { try get(rt, b[0], $0) }))
                })
            }
            g["methodcaller"] = function("methodcaller") { rt, a, kw in
                let name = try rt.str(a[0])
                let rest = Array(a.dropFirst())
                return .object(PyBuiltinFunction("methodcaller") { rt, b, _ in
                    try rt.call(try rt.getAttribute(b[0], name), rest, kw)
                })
            }
        }
    }

    /// time.struct_time: a named tuple of the nine fields.
    func structTimeType() throws -> PyType {
        if let t = nativeTypes["struct_time"] { return t }
        let fields: [Value] = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"].map { .string($0) }
        guard case .object(let t as PyType) = try makeNamedTuple([.string("struct_time"), .object(PyList(fields))], [("module", .string("time"))]) else {
            preconditionFailure("namedtuple did not make a type")
        }
        let make = constructors[ObjectIdentifier(t)]!
        constructors[ObjectIdentifier(t)] = { rt, a, kw in
            if a.count == 1 { return try make(rt, Array(try rt.toArray(a[0]).prefix(9)), kw) }
            return try make(rt, a, kw)
        }
        let baseRepr = t.attributes["__repr__"]!
        t.attributes["__repr__"] = .object(PyBuiltinFunction("__repr__") { rt, a, _ in
            .string("time." + (try rt.str(try rt.call(baseRepr, a))))
        })
        nativeTypes["struct_time"] = t
        return t
    }
}
