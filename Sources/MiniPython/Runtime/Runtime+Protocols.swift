// Type, truth, repr/str, hashing and equality: the protocols every value takes part in.
import BigInt

extension Runtime {
    package func typeOf(_ v: Value) -> PyType {
        switch v {
        case .none: return types.none
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .str: return types.str
        case .object(let o): return typeOf(object: o)
        }
    }

    package func typeOf(object o: PyObject) -> PyType {
        switch o {
        case let i as PyInstance: return i.cls
        case is PyList: return types.list
        case let d as PyDict: return d.customType ?? types.dict
        case let t as PyTuple: return t.customType ?? types.tuple
        case is PyBigInt: return types.int
        case let s as PySet: return s.frozen ? types.frozenset : types.set
        case is PyFunction: return types.function
        case is PyBuiltinFunction: return types.builtinFunction
        case is PyBoundMethod: return types.method
        case is PyType: return types.type
        case is PyBytes: return types.bytes
        case is PyRange: return types.range
        case is PySlice: return types.slice
        case is PyModule: return types.module
        case is PyProperty: return types.property
        case is PyStaticMethod: return types.staticmethod
        case is PyClassMethod: return types.classmethod
        case is PySuper: return types.superType
        case let n as PyNativeObject: return n.nativeType
        case let it as PyIterator: return it.iteratorType(self)
        case is PyDictView: return (o as! PyDictView).viewType(self)
        case is PyNotImplemented: return types.notImplementedType
        case is PyEllipsis: return types.ellipsisType
        default: return types.object
        }
    }

    package func typeName(_ v: Value) -> String { typeOf(v).tpName }

    // MARK: Truth

    package func isTrue(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .str(let s): return !s.value.isEmpty
        case .object(let o):
            switch o {
            case let l as PyList: return !l.items.isEmpty
            case let d as PyDict: return d.count != 0
            case let t as PyTuple: return !t.items.isEmpty
            case let s as PySet: return s.count != 0
            case is PyBigInt: return true
            case let b as PyBytes: return !b.bytes.isEmpty
            case let r as PyRange: return r.count != 0
            case let i as PyInstance:
                if let m = i.cls.lookupUser("__bool__") {
                    let r = try call(m, [v])
                    guard case .bool(let b) = r else { throw typeError("__bool__ should return bool, returned \(typeName(r))") }
                    return b
                }
                if let m = i.cls.lookupUser("__len__") {
                    return try lengthFromDunder(m, v) != 0
                }
                return true
            case let n as PyNativeObject:
                return try n.truth(self)
            default: return true
            }
        }
    }

    // MARK: Length

    package func length(_ v: Value) throws -> Int {
        switch v {
        case .str(let s): return s.count
        case .object(let o):
            switch o {
            case let l as PyList: return l.items.count
            case let d as PyDict: return d.count
            case let t as PyTuple: return t.items.count
            case let s as PySet: return s.count
            case let b as PyBytes: return b.bytes.count
            case let r as PyRange: return r.count
            case let dv as PyDictView: return dv.dict.count
            case let i as PyInstance:
                if let m = i.cls.lookupUser("__len__") { return try lengthFromDunder(m, v) }
            case let n as PyNativeObject:
                if let c = try n.length(self) { return c }
            default: break
            }
        default: break
        }
        throw typeError("object of type '\(typeName(v))' has no len()")
    }

    private func lengthFromDunder(_ m: Value, _ v: Value) throws -> Int {
        let r = try call(m, [v])
        guard case .int(let n) = r else {
            if case .bool(let b) = r { return b ? 1 : 0 }
            throw typeError("'\(typeName(r))' object cannot be interpreted as an integer")
        }
        if n < 0 { throw valueError("__len__() should return >= 0") }
        return n
    }

    // MARK: repr and str

    package func repr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return PyFloatRepr.repr(d)
        case .str(let s): return quoteString(s.value)
        case .object(let o): return try reprObject(o, v)
        }
    }

    private func reprObject(_ o: PyObject, _ v: Value) throws -> String {
        switch o {
        case let b as PyBigInt: return b.value.description
        case let d as PyDict where d.customType?.attributes["__repr__"] != nil:
            return try withReprGuard(o, "...") { try str(try call(d.customType!.attributes["__repr__"]!, [v])) }
        case let t as PyTuple where t.customType?.attributes["__repr__"] != nil:
            return try withReprGuard(o, "...") { try str(try call(t.customType!.attributes["__repr__"]!, [v])) }
        case let l as PyList:
            return try withReprGuard(o, "[...]") { "[" + (try l.items.map { try repr($0) }.joined(separator: ", ")) + "]" }
        case let t as PyTuple:
            if t.items.count == 1 { return "(" + (try repr(t.items[0])) + ",)" }
            return try withReprGuard(o, "(...)") { "(" + (try t.items.map { try repr($0) }.joined(separator: ", ")) + ")" }
        case let d as PyDict:
            return try withReprGuard(o, "{...}") {
                "{" + (try d.entries.map { "\(try repr($0.0)): \(try repr($0.1))" }.joined(separator: ", ")) + "}"
            }
        case let s as PySet:
            let name = s.frozen ? "frozenset" : "set"
            if s.count == 0 { return "\(name)()" }
            let inner = try s.elements.map { try repr($0) }.joined(separator: ", ")
            return s.frozen ? "frozenset({\(inner)})" : "{\(inner)}"
        case let b as PyBytes: return bytesRepr(b.bytes)
        case let r as PyRange: return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice: return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case let f as PyFunction: return "<function \(f.qualname) at \(addressString(o))>"
        case let f as PyBuiltinFunction:
            if let sv = f.selfValue { return "<built-in method \(f.name) of \(typeName(sv)) object at \(addressString(o))>" }
            return "<built-in function \(f.name)>"
        case let m as PyBoundMethod:
            var fname = "?"
            if case .object(let fo) = m.function, let f = fo as? PyFunction { fname = f.qualname }
            return "<bound method \(fname) of \(try repr(m.selfValue))>"
        case let t as PyType:
            if t.isBuiltin { return "<class '\(t.name)'>" }
            return "<class '\(t.moduleName).\(t.qualname)'>"
        case let m as PyModule: return "<module '\(m.name)'>"
        case let e as PyException:
            if let r = e.cls.lookupUser("__repr__"), case .object(let ro) = r, ro is PyFunction { return try str(try call(r, [v])) }
            let args = e.args.count == 1 ? "(" + (try repr(e.args[0])) + ")" : try repr(.object(PyTuple(e.args)))
            return e.cls.name + args
        case let i as PyInstance:
            if let r = i.cls.lookupUser("__repr__") {
                let res = try call(r, [v])
                guard case .str(let s) = res else { throw typeError("__repr__ returned non-string (type \(typeName(res)))") }
                return s.value
            }
            if i.cls.moduleName == "builtins" { return "<\(i.cls.qualname) object at \(addressString(o))>" }
            return "<\(i.cls.moduleName).\(i.cls.qualname) object at \(addressString(o))>"
        case is PyNotImplemented: return "NotImplemented"
        case is PyEllipsis: return "Ellipsis"
        case let p as PyProperty: _ = p; return "<property object at \(addressString(o))>"
        case let dv as PyDictView:
            let name = typeOf(object: dv).name
            switch dv.kind {
            case .keys: return "\(name)([" + (try dv.dict.keyList.map { try repr($0) }.joined(separator: ", ")) + "])"
            case .values: return "\(name)([" + (try dv.dict.valueList.map { try repr($0) }.joined(separator: ", ")) + "])"
            case .items: return "\(name)([" + (try dv.dict.entries.map { "(\(try repr($0.0)), \(try repr($0.1)))" }.joined(separator: ", ")) + "])"
            }
        case let n as PyNativeObject: return try n.repr(self)
        case is PyIterator: return "<\(typeOf(object: o).name) object at \(addressString(o))>"
        default: return "<\(typeOf(object: o).name) object at \(addressString(o))>"
        }
    }

    package func str(_ v: Value) throws -> String {
        switch v {
        case .str(let s): return s.value
        case .object(let o):
            if let e = o as? PyException {
                if let custom = e.cls.lookupUser("__str__"), case .object(let f) = custom, f is PyFunction {
                    return try str(try call(custom, [v]))
                }
                return exceptionMessage(e)
            }
            if let i = o as? PyInstance, let m = i.cls.lookupUser("__str__") {
                let r = try call(m, [v])
                guard case .str(let s) = r else { throw typeError("__str__ returned non-string (type \(typeName(r)))") }
                return s.value
            }
            if let n = o as? PyNativeObject { return try n.str(self) }
            return try repr(v)
        default: return try repr(v)
        }
    }

    private func withReprGuard(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprInProgress.contains(id) { return placeholder }
        reprInProgress.insert(id)
        defer { reprInProgress.remove(id) }
        return try body()
    }

    package func addressString(_ o: PyObject) -> String {
        "0x" + String(objectID(o), radix: 16).leftPadded(to: 12, with: "0")
    }

    package func objectID(_ o: PyObject) -> Int {
        let key = ObjectIdentifier(o)
        if let n = objectIDs[key] { return n }
        let n = 0x7f0000001000 + objectIDs.count * 48
        objectIDs[key] = n
        return n
    }

    // MARK: Hashing and equality

    package func hash(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0x5f5e1000
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return hashInt(i)
        case .float(let d): return hashDouble(d)
        case .str(let s): return s.hash
        case .object(let o):
            switch o {
            case let b as PyBigInt: return hashBigInt(b.value)
            case let t as PyTuple: return try hashTuple(t.items)
            case let s as PySet where s.frozen:
                var h: UInt = 0
                for e in s.elements { let x = UInt(bitPattern: try hash(e)); h ^= (x ^ (x << 16) ^ 89869747) &* 3644798167 }
                return Int(bitPattern: h)
            case let b as PyBytes:
                var h: UInt64 = 0xcbf29ce484222325
                for x in b.bytes { h = (h ^ UInt64(x)) &* 0x100000001b3 }
                return Int(bitPattern: UInt(h))
            case is PyList, is PyDict, is PySet:
                throw typeError("unhashable type: '\(typeName(v))'")
            case let i as PyInstance:
                if let h = i.cls.lookupUser("__hash__") {
                    if case .none = h { throw typeError("unhashable type: '\(i.cls.name)'") }
                    let r = try call(h, [v])
                    switch r {
                    case .int(let n): return n == -1 ? -2 : n
                    case .bool(let b): return b ? 1 : 0
                    case .object(let bo as PyBigInt): return hashBigInt(bo.value)
                    default: throw typeError("__hash__ method should return an integer")
                    }
                }
                if i.cls.lookupUser("__eq__") != nil && !(i is PyException) {
                    // a class that defines __eq__ without __hash__ is unhashable
                    if let own = i.cls.mro.first(where: { $0.attributes["__eq__"] != nil }), !own.isBuiltin {
                        throw typeError("unhashable type: '\(i.cls.name)'")
                    }
                }
                return objectID(o) >> 4
            case let n as PyNativeObject:
                if let h = try n.hash(self) { return h }
                return objectID(o) >> 4
            default:
                return objectID(o) >> 4
            }
        }
    }

    private static let modulus: UInt64 = (1 << 61) - 1

    package func hashInt(_ i: Int) -> Int {
        if i >= 0 && UInt64(i) < Runtime.modulus { return i }
        let m = Int(Runtime.modulus)
        var r: Int
        if i == Int.min { r = -Int((UInt64(1) << 63) % Runtime.modulus) } else { r = i >= 0 ? i % m : -((-i) % m) }
        if r == -1 { r = -2 }
        return r
    }

    package func hashBigInt(_ b: BigInt) -> Int {
        let m = BigInt(Runtime.modulus)
        var r = Int(b.magnitude % m.magnitude)
        if b.sign == .minus { r = -r }
        if r == -1 { r = -2 }
        return r
    }

    package func hashDouble(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        if d == d.rounded(), abs(d) < 9.2e18 { return hashInt(Int(d)) }
        let bits: UInt64 = 61
        var m = Swift.abs(d).significand / 2
        var e = Int(Swift.abs(d).exponent) + 1
        let sign: Int = d < 0 ? -1 : 1
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & Runtime.modulus) | x >> (bits - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= Runtime.modulus { x -= Runtime.modulus }
        }
        let ee = e >= 0 ? e % Int(bits) : Int(bits) - 1 - ((-1 - e) % Int(bits))
        x = ((x << UInt64(ee)) & Runtime.modulus) | x >> (bits - UInt64(ee))
        var r = Int(x) * sign
        if r == -1 { r = -2 }
        return r
    }

    package func hashTuple(_ items: [Value]) throws -> Int {
        let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
        var acc = p5
        for it in items {
            let lane = UInt64(bitPattern: Int64(try hash(it)))
            acc = acc &+ lane &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt64(items.count) ^ (p5 ^ 3527539))
        if acc == UInt64.max { return 1546275796 }
        return Int(Int64(bitPattern: acc))
    }

    /// Key equality for dicts and sets: identity first, then `==`.
    @inline(__always) package func keysEqual(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.str(let x), .str(let y)): return x.equals(y)
        case (.int(let x), .int(let y)): return x == y
        default:
            if case .object(let x) = a, case .object(let y) = b, x === y { return true }
            return try equals(a, b)
        }
    }
}

extension String {
    func leftPadded(to n: Int, with c: Character) -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
}

package final class PyNotImplemented: PyObject {}
package final class PyEllipsis: PyObject {}
