// Constructors of the built-in types: int(), float(), str(), list(), dict(), type(), super()...
import BigInt
import Foundation

extension Runtime {
    func constructor(_ t: PyType, _ body: @escaping PyBuiltinFunction.Body) {
        constructors[ObjectIdentifier(t)] = body
        builtins[t.name] = .object(t)
    }

    func installTypeConstructors() {
        constructor(types.int) { rt, args, kw in
            let a = Args(rt, "int", args, kw)
            try a.allowKeywords(["base"])
            guard let x = a.value(0) else { return .int(0) }
            if let baseV = a.value(1, "base") {
                let base = try rt.intArgument(baseV)
                guard case .str(let s) = x else {
                    if case .object(let b as PyBytes) = x { return try rt.parseInt(String(decoding: b.bytes, as: UTF8.self), base: base) }
                    throw rt.typeError("int() can't convert non-string with explicit base")
                }
                if base != 0 && (base < 2 || base > 36) { throw rt.valueError("int() base must be >= 2 and <= 36, or 0") }
                return try rt.parseInt(s.value, base: base)
            }
            return try rt.toInt(x)
        }
        constructor(types.bool) { rt, args, kw in
            try Args(rt, "bool", args, kw).range(0, 1)
            return .bool(try args.first.map { try rt.isTrue($0) } ?? false)
        }
        constructor(types.float) { rt, args, kw in
            try Args(rt, "float", args, kw).range(0, 1)
            guard let x = args.first else { return .float(0) }
            return .float(try rt.toFloat(x))
        }
        constructor(types.str) { rt, args, kw in
            let a = Args(rt, "str", args, kw)
            try a.allowKeywords(["object", "encoding", "errors"])
            guard let x = a.value(0, "object") else { return .string("") }
            if let enc = a.value(1, "encoding") {
                guard case .object(let b as PyBytes) = x else {
                    if case .str = x { throw rt.typeError("decoding str is not supported") }
                    throw rt.typeError("decoding to str: need a bytes-like object, \(rt.typeName(x)) found")
                }
                return try rt.decodeBytes(b.bytes, encoding: try rt.str(enc), errors: try a.value(2, "errors").map { try rt.str($0) } ?? "strict")
            }
            if case .str = x { return x }
            return try rt.makeStr(try rt.str(x))
        }
        constructor(types.list) { rt, args, kw in
            try Args(rt, "list", args, kw).range(0, 1)
            guard let x = args.first else { return .object(PyList()) }
            return try rt.makeList(try rt.toArray(x))
        }
        constructor(types.tuple) { rt, args, kw in
            try Args(rt, "tuple", args, kw).range(0, 1)
            guard let x = args.first else { return .object(PyTuple([])) }
            if case .object(let t as PyTuple) = x { return .object(t) }
            return .object(PyTuple(try rt.toArray(x)))
        }
        constructor(types.dict) { rt, args, kw in
            try Args(rt, "dict", args, kw).range(0, 1)
            let d = PyDict()
            if let x = args.first { try rt.dictUpdate(d, x) }
            for (k, v) in kw { try d.set(.string(k), v, rt) }
            return .object(d)
        }
        constructor(types.set) { rt, args, kw in
            try Args(rt, "set", args, kw).range(0, 1)
            guard let x = args.first else { return .object(PySet()) }
            return .object(try rt.makeSet(from: x))
        }
        constructor(types.frozenset) { rt, args, kw in
            try Args(rt, "frozenset", args, kw).range(0, 1)
            guard let x = args.first else { return .object(PySet(frozen: true)) }
            return .object(try rt.makeSet(from: x, frozen: true))
        }
        constructor(types.bytes) { rt, args, kw in
            let a = Args(rt, "bytes", args, kw)
            guard let x = a.value(0, "source") else { return .object(PyBytes([])) }
            switch x {
            case .str(let s):
                guard let enc = a.value(1, "encoding") else { throw rt.typeError("string argument without an encoding") }
                return .object(PyBytes(try rt.encodeString(s.value, encoding: try rt.str(enc), errors: try a.value(2, "errors").map { try rt.str($0) } ?? "strict")))
            case .int(let n):
                if n < 0 { throw rt.valueError("negative count") }
                try rt.ensureHeadroom(n)
                return .object(PyBytes([UInt8](repeating: 0, count: n)))
            default:
                if case .object(let b as PyBytes) = x { return .object(b) }
                let items = try rt.toArray(x)
                return .object(PyBytes(try items.map { v in
                    let i = try rt.intArgument(v)
                    guard i >= 0 && i < 256 else { throw rt.valueError("bytes must be in range(0, 256)") }
                    return UInt8(i)
                }))
            }
        }
        constructor(types.range) { rt, args, kw in
            let a = Args(rt, "range", args, kw)
            try a.noKeywords()
            if args.isEmpty { throw rt.typeError("range expected at least 1 argument, got 0") }
            if args.count > 3 { throw rt.typeError("range expected at most 3 arguments, got \(args.count)") }
            let vals = try args.map { v -> Int in
                if case .float = v { throw rt.typeError("'float' object cannot be interpreted as an integer") }
                return try rt.intArgument(v)
            }
            switch vals.count {
            case 1: return .object(PyRange(0, vals[0], 1))
            case 2: return .object(PyRange(vals[0], vals[1], 1))
            default:
                if vals[2] == 0 { throw rt.valueError("range() arg 3 must not be zero") }
                return .object(PyRange(vals[0], vals[1], vals[2]))
            }
        }
        constructor(types.slice) { rt, args, kw in
            try Args(rt, "slice", args, kw).range(1, 3)
            switch args.count {
            case 1: return .object(PySlice(.none, args[0], .none))
            case 2: return .object(PySlice(args[0], args[1], .none))
            default: return .object(PySlice(args[0], args[1], args[2]))
            }
        }
        constructor(types.object) { rt, args, kw in
            if !args.isEmpty || !kw.isEmpty { throw rt.typeError("object() takes no arguments") }
            return .object(PyInstance(rt.types.object))
        }
        constructor(types.type) { rt, args, kw in
            if args.count == 1 { return .object(rt.typeOf(args[0])) }
            if args.count == 3 {
                guard case .str(let name) = args[0] else { throw rt.typeError("type.__new__() argument 1 must be str, not \(rt.typeName(args[0]))") }
                let bases = try rt.toArray(args[1]).map { v -> PyType in
                    guard case .object(let t as PyType) = v else { throw rt.typeError("bases must be types") }
                    return t
                }
                guard case .object(let d as PyDict) = args[2] else { throw rt.typeError("type() argument 3 must be dict") }
                // As CPython: `__module__` from the namespace, else the `__name__` of the module that called type().
                var module = "__main__"
                if case .str(let given)? = d.entries.first(where: { if case .str(let k) = $0.0 { k.value == "__module__" } else { false } })?.1 {
                    module = given.value
                } else if case .str(let caller)? = rt.currentFrame?.globals["__name__"] {
                    module = caller.value
                }
                let cls = PyType(name: name.value, bases: bases.isEmpty ? [rt.types.object] : bases, kind: .object, isBuiltin: false, module: module)
                for (k, v) in d.entries { cls.attributes[try rt.str(k)] = v }
                guard let mro = PyType.computeMRO(cls) else { throw rt.typeError("Cannot create a consistent method resolution order (MRO)") }
                cls.mro = mro
                cls.isException = mro.contains { $0.isException }
                return .object(cls)
            }
            throw rt.typeError("type() takes 1 or 3 arguments")
        }
        constructor(types.superType) { rt, args, kw in
            guard args.count == 2, case .object(let t as PyType) = args[0] else {
                if args.isEmpty { throw rt.error("RuntimeError", "super(): no arguments") }
                throw rt.typeError("super() argument 1 must be a type, not \(rt.typeName(args[0]))")
            }
            let selfType: PyType
            if case .object(let st as PyType) = args[1], st.isSubtype(of: t) { selfType = st } else { selfType = rt.typeOf(args[1]) }
            if !selfType.isSubtype(of: t) { throw rt.typeError("super(type, obj): obj must be an instance or subtype of type") }
            return .object(PySuper(t, args[1], selfType))
        }
        constructor(types.staticmethod) { rt, args, kw in
            try Args(rt, "staticmethod", args, kw).exactly(1)
            return .object(PyStaticMethod(args[0]))
        }
        constructor(types.classmethod) { rt, args, kw in
            try Args(rt, "classmethod", args, kw).exactly(1)
            return .object(PyClassMethod(args[0]))
        }
        constructor(types.property) { rt, args, kw in
            let a = Args(rt, "property", args, kw)
            func opt(_ i: Int, _ k: String) -> Value? { a.value(i, k).flatMap { $0.isNone ? nil : $0 } }
            return .object(PyProperty(opt(0, "fget"), opt(1, "fset"), opt(2, "fdel")))
        }
        builtins["BaseException"] = .object(types.baseException)
    }

    package func toInt(_ x: Value) throws -> Value {
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
            let t = d.rounded(.towardZero)
            if abs(t) < 9.2e18 { return .int(Int(t)) }
            return .bigint(BigInt(t))
        case .str(let s): return try parseInt(s.value, base: 10)
        case .object(let o):
            if o is PyBigInt { return x }
            if let b = o as? PyBytes { return try parseInt(String(decoding: b.bytes, as: UTF8.self), base: 10) }
            let t = typeOf(x)
            if let m = t.lookup("__int__") { return try call(m, [x]) }
            if let m = t.lookup("__index__") { return try call(m, [x]) }
            if let n = o as? PyNativeObject, let m = try n.attribute("__int__", self) { return try call(m, []) }
        default: break
        }
        throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
    }

    package func parseInt(_ text: String, base: Int) throws -> Value {
        if base == 10, let v = Self.plainDecimal(text) { return .int(v) }
        let original = text
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var negative = false
        if s.hasPrefix("-") { negative = true; s.removeFirst() } else if s.hasPrefix("+") { s.removeFirst() }
        var b = base
        let lower = s.lowercased()
        if (b == 16 || b == 0) && lower.hasPrefix("0x") { b = 16; s = String(s.dropFirst(2)) }
        else if (b == 8 || b == 0) && lower.hasPrefix("0o") { b = 8; s = String(s.dropFirst(2)) }
        else if (b == 2 || b == 0) && lower.hasPrefix("0b") { b = 2; s = String(s.dropFirst(2)) }
        else if b == 0 {
            b = 10
            if s.count > 1 && s.hasPrefix("0") && s.contains(where: { $0 != "0" && $0 != "_" }) { s = "!" }
        }
        let fail = { self.valueError("invalid literal for int() with base \(base): \(quoteString(original))") }
        if s.isEmpty || s.hasPrefix("_") || s.hasSuffix("_") || s.contains("__") { throw fail() }
        let digits = s.replacingOccurrences(of: "_", with: "")
        if !digits.unicodeScalars.allSatisfy({ $0.isASCII }) {
            // Unicode decimal digits
            var ascii = ""
            for c in digits.unicodeScalars {
                if c.isASCII { ascii.unicodeScalars.append(c) } else if let v = c.properties.numericType == .decimal ? c.properties.numericValue : nil { ascii += String(Int(v)) } else { throw fail() }
            }
            return try parseInt((negative ? "-" : "") + ascii, base: base)
        }
        if let v = Int(digits, radix: b) { return .int(negative ? -v : v) }
        if let big = BigInt(digits, radix: b) {
            if digits.count > 4300 && b == 10 {
                throw valueError("Exceeds the limit (4300 digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
            }
            return .bigint(negative ? -big : big)
        }
        throw fail()
    }

    package func toFloat(_ x: Value) throws -> Double {
        switch x {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .str(let s): return try parseFloat(s.value)
        case .object(let o):
            if let b = o as? PyBigInt {
                let d = Double(b.value)
                if d.isInfinite { throw overflowError("int too large to convert to float") }
                return d
            }
            if let m = typeOf(x).lookup("__float__") {
                let r = try call(m, [x])
                if case .float(let d) = r { return d }
                throw typeError("\(typeName(x)).__float__ returned non-float (type \(typeName(r)))")
            }
            if let n = o as? PyNativeObject, let m = try n.attribute("__float__", self) {
                if case .float(let d) = try call(m, []) { return d }
            }
        default: break
        }
        throw typeError("float() argument must be a string or a real number, not '\(typeName(x))'")
    }

    /// `int(text)` for the common spelling: an optional sign and 1 to 18 ASCII digits, nothing else (no spaces,
    /// no `_`). Anything else is nil, for the general parser.
    static func plainDecimal(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { b -> Int? in
            var i = 0
            var negative = false
            if b.count > 0 && (b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+")) { negative = b[0] == UInt8(ascii: "-"); i = 1 }
            let digits = b.count - i
            guard digits > 0 && digits <= 18 else { return nil }
            var v = 0
            while i < b.count {
                let d = b[i] &- 0x30
                guard d < 10 else { return nil }
                v = v &* 10 &+ Int(d)
                i += 1
            }
            return negative ? -v : v
        }
    }

    /// `float(text)` when the text holds only ASCII digits, `.`, `e`, `E`, `+` and `-` (at least one digit): what the
    /// general parser accepts of it after trimming nothing and removing no `_`. Nil otherwise, for that parser.
    static func plainFloat(_ text: String) -> Double? {
        var text = text
        let plain = text.withUTF8 { b -> Bool in
            var sawDigit = false
            for c in b {
                switch c {
                case 0x30...0x39: sawDigit = true
                case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"): break
                default: return false
                }
            }
            return sawDigit
        }
        return plain ? Double(text) : nil
    }

    package func parseFloat(_ text: String) throws -> Double {
        if let d = Self.plainFloat(text) { return d }
        let s = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: "")
        let lower = s.lowercased()
        switch lower {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        let valid = !s.isEmpty && s.unicodeScalars.allSatisfy { "0123456789.eE+-".unicodeScalars.contains($0) } && s.contains(where: { $0.isNumber })
        if valid, !text.contains("__"), let d = Double(s) { return d }
        throw valueError("could not convert string to float: \(quoteString(text))")
    }

    package func dictUpdate(_ d: PyDict, _ x: Value) throws {
        if case .object(let o) = x {
            if let src = o as? PyDict { for (k, v) in src.entries { try d.set(k, v, self) }; return }
            if o is PyInstance || o is PyNativeObject, let keys = try lookupAttribute(x, "keys") {
                for k in try toArray(try call(keys, [])) { try d.set(k, try getItem(x, k), self) }
                return
            }
        }
        let it = try iterate(x)
        var i = 0
        while let item = try it.next(self) {
            let pair: [Value]
            do { pair = try toArray(item) } catch {
                throw typeError("cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            if pair.count != 2 {
                throw valueError("dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1], self)
            i += 1
        }
    }

    package func inplace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if case .object(let o) = a {
            if let l = o as? PyList {
                if op == .add {
                    if !isIterable(b) { throw typeError("'\(typeName(b))' object is not iterable") }
                    let extra = try toArray(b)
                    l.items.append(contentsOf: extra)
                    try account(l)
                    return a
                }
                if op == .mul {
                    let n = max(try intArgument(b), 0)
                    let items = l.items
                    if n * items.count > 0 { try charge(n * items.count * 16); meter.release(n * items.count * 16) }
                    l.items = []
                    for _ in 0..<n { l.items.append(contentsOf: items) }
                    try account(l)
                    return a
                }
            }
            if let s = o as? PySet, !s.frozen, case .object(let bo) = b, let t = bo as? PySet {
                switch op {
                case .bitOr: try s.merge(t, self); return a
                case .bitAnd: for e in s.elements where !(try t.contains(e, self)) { try s.discard(e, self) }; return a
                case .sub: for e in t.elements { try s.discard(e, self) }; return a
                case .bitXor: for e in t.elements { if try !s.discard(e, self) { try s.add(e, self) } }; return a
                default: break
                }
            }
            if let d = o as? PyDict, op == .bitOr {
                try dictUpdate(d, b)
                return a
            }
            if let i = o as? PyInstance, let m = i.cls.lookup("__i\(op.dunder)__") {
                let r = try call(m, [a, b])
                if !isNotImplemented(r) { return r }
            }
        }
        do {
            return try binary(op, a, b)
        } catch let e as PyError where e.exception.cls === types[exception: "TypeError"] {
            let msg = exceptionMessage(e.exception)
            if msg.hasPrefix("unsupported operand type(s) for \(op.rawValue):") {
                throw typeError("unsupported operand type(s) for \(op.rawValue)=: '\(typeName(a))' and '\(typeName(b))'")
            }
            throw e
        }
    }
}
