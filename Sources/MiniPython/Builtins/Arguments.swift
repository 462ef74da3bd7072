// Argument checking for built-in functions, with CPython's messages.

package struct Args {
    let rt: Runtime
    let name: String
    package let positional: [Value]
    package let keywords: [(String, Value)]

    package init(_ rt: Runtime, _ name: String, _ p: [Value], _ k: [(String, Value)]) {
        self.rt = rt; self.name = name; positional = p; keywords = k
    }

    package var count: Int { positional.count }
    package subscript(i: Int) -> Value { positional[i] }
    package func at(_ i: Int) -> Value? { i < positional.count ? positional[i] : nil }

    /// Positional argument `i`, or the keyword `kw`.
    package func value(_ i: Int, _ kw: String? = nil) -> Value? {
        if i < positional.count { return positional[i] }
        if let kw { return keywords.first { $0.0 == kw }?.1 }
        return nil
    }
    package func keyword(_ kw: String) -> Value? { keywords.first { $0.0 == kw }?.1 }

    package func noKeywords() throws {
        if !keywords.isEmpty { throw rt.typeError("\(name)() takes no keyword arguments") }
    }

    package func allowKeywords(_ allowed: Set<String>) throws {
        for (k, _) in keywords where !allowed.contains(k) {
            throw rt.typeError("\(name)() got an unexpected keyword argument '\(k)'")
        }
    }

    package func exactly(_ n: Int) throws {
        if positional.count != n {
            if n == 0 { throw rt.typeError("\(name)() takes no arguments (\(positional.count) given)") }
            if n == 1 { throw rt.typeError("\(name)() takes exactly one argument (\(positional.count) given)") }
            throw rt.typeError("\(name) expected \(n) arguments, got \(positional.count)")
        }
    }

    package func range(_ lo: Int, _ hi: Int) throws {
        if positional.count < lo {
            if lo == 1 && hi == 1 { throw rt.typeError("\(name)() takes exactly one argument (0 given)") }
            throw rt.typeError("\(name) expected at least \(lo) argument\(lo == 1 ? "" : "s"), got \(positional.count)")
        }
        if positional.count > hi {
            throw rt.typeError("\(name) expected at most \(hi) argument\(hi == 1 ? "" : "s"), got \(positional.count)")
        }
    }

    /// For methods: self is argument 0; counts exclude it in messages.
    package func method(_ lo: Int, _ hi: Int) throws {
        let n = positional.count - 1
        if n < lo || n > hi {
            let bare = name.split(separator: ".").last.map(String.init) ?? name
            if lo == hi {
                if lo == 0 { throw rt.typeError("\(name)() takes no arguments (\(n) given)") }
                if lo == 1 { throw rt.typeError("\(name)() takes exactly one argument (\(n) given)") }
                throw rt.typeError("\(bare) expected \(lo) arguments, got \(n)")
            }
            if n < lo { throw rt.typeError("\(bare) expected at least \(lo) argument\(lo == 1 ? "" : "s"), got \(n)") }
            throw rt.typeError("\(bare) expected at most \(hi) argument\(hi == 1 ? "" : "s"), got \(n)")
        }
    }

    package func int(_ i: Int, _ kw: String? = nil, default d: Int? = nil) throws -> Int {
        guard let v = value(i, kw) else {
            if let d { return d }
            throw rt.typeError("\(name)() missing required argument '\(kw ?? "arg")' (pos \(i + 1))")
        }
        if case .none = v, let d { return d }
        return try rt.intArgument(v)
    }

    package func string(_ i: Int, _ kw: String? = nil) throws -> String? {
        guard let v = value(i, kw) else { return nil }
        if case .str(let s) = v { return s.value }
        if case .none = v { return nil }
        throw rt.typeError("\(name)() argument \(i + 1) must be str, not \(rt.typeName(v))")
    }
}

extension Runtime {
    /// An integer argument (ints, bools, `__index__`); TypeError otherwise.
    package func intArgument(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(is PyBigInt):
            throw overflowError("Python int too large to convert to C ssize_t")
        default:
            if case .object(let o as PyInstance) = v, let m = o.cls.lookup("__index__") { return try intArgument(try call(m, [v])) }
            throw typeError("'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }

    package func builtin(_ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        builtins[name] = .object(PyBuiltinFunction(name, body))
    }

    package func method(_ type: PyType, _ name: String, _ body: @escaping PyBuiltinFunction.Body) {
        type.attributes[name] = .object(PyBuiltinFunction(name, qualifier: type.name, body))
    }

    package var ellipsis: Value { .object(ellipsisObject) }
    package var notImplementedValue: Value { .object(notImplementedObject) }
}
