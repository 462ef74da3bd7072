// Methods of bytes, int, float and object; text encodings.
import BigInt
import Foundation

extension Runtime {
    func installBytesMethods() {
        let t = types.bytes
        func selfBytes(_ rt: Runtime, _ a: [Value]) throws -> [UInt8] {
            guard case .object(let b as PyBytes)? = a.first else { throw rt.typeError("descriptor requires a 'bytes' object") }
            return b.bytes
        }
        method(t, "decode") { rt, a, kw in
            let args = Args(rt, "decode", a, kw)
            let enc = try args.value(1, "encoding").map { try rt.str($0) } ?? "utf-8"
            let errors = try args.value(2, "errors").map { try rt.str($0) } ?? "strict"
            return try rt.decodeBytes(try selfBytes(rt, a), encoding: enc, errors: errors)
        }
        method(t, "hex") { rt, a, kw in
            .string(try selfBytes(rt, a).map { String($0, radix: 16).leftPadded(to: 2, with: "0") }.joined())
        }
        t.attributes["fromhex"] = .object(PyClassMethod(.object(PyBuiltinFunction("fromhex") { rt, a, kw in
            let s = try rt.str(a[1]).filter { !$0.isWhitespace }
            var out: [UInt8] = []
            var i = s.startIndex
            while i < s.endIndex {
                let j = s.index(i, offsetBy: 2, limitedBy: s.endIndex) ?? s.endIndex
                guard let b = UInt8(s[i..<j], radix: 16), s.distance(from: i, to: j) == 2 else {
                    throw rt.valueError("non-hexadecimal number found in fromhex() arg at position \(s.distance(from: s.startIndex, to: i))")
                }
                out.append(b); i = j
            }
            return .object(PyBytes(out))
        })))
        method(t, "startswith") { rt, a, kw in
            guard case .object(let p as PyBytes) = a[1] else { throw rt.typeError("startswith first arg must be bytes") }
            return .bool(try selfBytes(rt, a).starts(with: p.bytes))
        }
        method(t, "endswith") { rt, a, kw in
            guard case .object(let p as PyBytes) = a[1] else { throw rt.typeError("endswith first arg must be bytes") }
            return .bool(try selfBytes(rt, a).reversed().starts(with: p.bytes.reversed()))
        }
        method(t, "join") { rt, a, kw in
            let sep = try selfBytes(rt, a)
            var out: [UInt8] = []
            for (i, v) in try rt.toArray(a[1]).enumerated() {
                guard case .object(let b as PyBytes) = v else { throw rt.typeError("sequence item \(i): expected a bytes-like object, \(rt.typeName(v)) found") }
                if i > 0 { out += sep }
                out += b.bytes
            }
            return .object(PyBytes(out))
        }
        method(t, "upper") { rt, a, kw in .object(PyBytes(try selfBytes(rt, a).map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 })) }
        method(t, "lower") { rt, a, kw in .object(PyBytes(try selfBytes(rt, a).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })) }
        method(t, "strip") { rt, a, kw in
            var b = try selfBytes(rt, a)[...]
            let ws: Set<UInt8> = [32, 9, 10, 13, 11, 12]
            while let f = b.first, ws.contains(f) { b = b.dropFirst() }
            while let l = b.last, ws.contains(l) { b = b.dropLast() }
            return .object(PyBytes(Array(b)))
        }
        method(t, "split") { rt, a, kw in
            let b = try selfBytes(rt, a)
            if a.count > 1, case .object(let sep as PyBytes) = a[1] {
                var out: [Value] = []
                var cur: [UInt8] = []
                var i = 0
                while i < b.count {
                    if i + sep.bytes.count <= b.count && Array(b[i..<(i + sep.bytes.count)]) == sep.bytes {
                        out.append(.object(PyBytes(cur))); cur = []; i += sep.bytes.count
                    } else { cur.append(b[i]); i += 1 }
                }
                out.append(.object(PyBytes(cur)))
                return .object(PyList(out))
            }
            return .object(PyList(b.split(whereSeparator: { [32, 9, 10, 13, 11, 12].contains($0) }).map { .object(PyBytes(Array($0))) }))
        }
        method(t, "count") { rt, a, kw in
            let b = try selfBytes(rt, a)
            if case .int(let x) = a[1] { return .int(b.filter { Int($0) == x }.count) }
            return .int(0)
        }
        method(t, "find") { rt, a, kw in
            let b = try selfBytes(rt, a)
            guard case .object(let sub as PyBytes) = a[1] else { return .int(-1) }
            if sub.bytes.isEmpty { return .int(0) }
            if sub.bytes.count <= b.count { for i in 0...(b.count - sub.bytes.count) where Array(b[i..<(i + sub.bytes.count)]) == sub.bytes { return .int(i) } }
            return .int(-1)
        }
        method(t, "replace") { rt, a, kw in
            let b = try selfBytes(rt, a)
            guard case .object(let old as PyBytes) = a[1], case .object(let new as PyBytes) = a[2], !old.bytes.isEmpty else { return a[0] }
            var out: [UInt8] = []
            var i = 0
            while i < b.count {
                if i + old.bytes.count <= b.count && Array(b[i..<(i + old.bytes.count)]) == old.bytes { out += new.bytes; i += old.bytes.count } else { out.append(b[i]); i += 1 }
            }
            return .object(PyBytes(out))
        }
        method(t, "__len__") { rt, a, kw in .int(try selfBytes(rt, a).count) }
    }

    func installNumberMethods() {
        method(types.int, "bit_length") { rt, a, kw in
            guard let n = rt.numeric(a[0]) else { throw rt.typeError("bit_length requires int") }
            let b = rt.bigValue(n)
            return .int(b == 0 ? 0 : b.magnitude.bitWidth)
        }
        method(types.int, "bit_count") { rt, a, kw in
            guard let n = rt.numeric(a[0]) else { throw rt.typeError("bit_count requires int") }
            return .int(rt.bigValue(n).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        method(types.int, "to_bytes") { rt, a, kw in
            let args = Args(rt, "to_bytes", a, kw)
            let length = try args.int(1, "length", default: 1)
            let order = try args.value(2, "byteorder").map { try rt.str($0) } ?? "big"
            let signed = try args.keyword("signed").map { try rt.isTrue($0) } ?? false
            var v = rt.bigValue(rt.numeric(a[0])!)
            if v < 0 && !signed { throw rt.overflowError("can't convert negative int to unsigned") }
            if v < 0 { v += BigInt(1) << (8 * length) }
            var out: [UInt8] = []
            for _ in 0..<length { out.append(UInt8(v & 0xff)); v >>= 8 }
            if v != 0 { throw rt.overflowError("int too big to convert") }
            return .object(PyBytes(order == "big" ? out.reversed() : out))
        }
        types.int.attributes["from_bytes"] = .object(PyClassMethod(.object(PyBuiltinFunction("from_bytes") { rt, a, kw in
            let args = Args(rt, "from_bytes", a, kw)
            guard case .object(let b as PyBytes)? = args.value(1, "bytes") else { throw rt.typeError("cannot convert to bytes") }
            let order = try args.value(2, "byteorder").map { try rt.str($0) } ?? "big"
            let signed = try args.keyword("signed").map { try rt.isTrue($0) } ?? false
            var v = BigInt(0)
            for x in (order == "big" ? b.bytes : b.bytes.reversed()) { v = (v << 8) | BigInt(x) }
            if signed, let first = (order == "big" ? b.bytes.first : b.bytes.last), first & 0x80 != 0 { v -= BigInt(1) << (8 * b.bytes.count) }
            return .bigint(v)
        })))
        method(types.int, "conjugate") { rt, a, kw in a[0] }
        method(types.float, "is_integer") { rt, a, kw in
            guard case .float(let d) = a[0] else { return .bool(true) }
            return .bool(d.isFinite && d == d.rounded())
        }
        method(types.float, "as_integer_ratio") { rt, a, kw in
            guard case .float(var d) = a[0] else { throw rt.typeError("as_integer_ratio requires float") }
            if d.isInfinite { throw rt.overflowError("cannot convert Infinity to integer ratio") }
            if d.isNaN { throw rt.valueError("cannot convert NaN to integer ratio") }
            var den = BigInt(1)
            while d != d.rounded() { d *= 2; den *= 2 }
            return .object(PyTuple([.bigint(BigInt(d)), .bigint(den)]))
        }
        method(types.float, "hex") { rt, a, kw in
            guard case .float(let d) = a[0] else { throw rt.typeError("hex requires float") }
            return .string(String(format: "%a", d))
        }
        for t in [types.int, types.float] {
            method(t, "__add__") { rt, a, kw in try rt.binary(.add, a[0], a[1]) }
            method(t, "__sub__") { rt, a, kw in try rt.binary(.sub, a[0], a[1]) }
            method(t, "__mul__") { rt, a, kw in try rt.binary(.mul, a[0], a[1]) }
            method(t, "__truediv__") { rt, a, kw in try rt.binary(.div, a[0], a[1]) }
            method(t, "__eq__") { rt, a, kw in .bool(try rt.equals(a[0], a[1])) }
            method(t, "__lt__") { rt, a, kw in try rt.compare(.lt, a[0], a[1]) }
            method(t, "__hash__") { rt, a, kw in .int(try rt.hash(a[0])) }
            method(t, "__repr__") { rt, a, kw in .string(try rt.repr(a[0])) }
            method(t, "__str__") { rt, a, kw in .string(try rt.str(a[0])) }
            method(t, "__format__") { rt, a, kw in .string(try rt.format(a[0], try rt.str(a[1]))) }
        }
    }

    func installObjectMethods() {
        let o = types.object
        method(o, "__init__") { rt, a, kw in .none }
        method(o, "__eq__") { rt, a, kw in rt.isIdentical(a[0], a[1]) ? .bool(true) : rt.notImplementedValue }
        method(o, "__ne__") { rt, a, kw in
            let r = try rt.compare(.eq, a[0], a[1])
            return .bool(!(try rt.isTrue(r)))
        }
        method(o, "__hash__") { rt, a, kw in .int(try rt.hash(a[0])) }
        method(o, "__repr__") { rt, a, kw in
            if case .object(let ob) = a[0] {
                let t = rt.typeOf(a[0])
                let prefix = t.moduleName == "builtins" ? "" : t.moduleName + "."
                return .string("<\(prefix)\(t.qualname) object at \(rt.addressString(ob))>")
            }
            return .string(try rt.repr(a[0]))
        }
        method(o, "__str__") { rt, a, kw in .string(try rt.repr(a[0])) }
        method(o, "__setattr__") { rt, a, kw in
            guard case .object(let ob as PyInstance) = a[0], case .str(let n) = a[1] else { throw rt.typeError("__setattr__ requires an instance") }
            ob.attributes[n.value] = a[2]
            return .none
        }
        method(o, "__getattribute__") { rt, a, kw in try rt.getAttribute(a[0], try rt.str(a[1])) }
        method(o, "__format__") { rt, a, kw in .string(try rt.format(a[0], try rt.str(a[1]))) }
        o.attributes["__new__"] = .object(PyStaticMethod(.object(PyBuiltinFunction("__new__") { rt, a, kw in
            guard case .object(let t as PyType)? = a.first else { throw rt.typeError("object.__new__(X): X is not a type object") }
            if t.isException { let e = PyException(t); e.args = Array(a.dropFirst()); return .object(e) }
            return .object(PyInstance(t))
        })))
        o.attributes["__init_subclass__"] = .object(PyClassMethod(.object(PyBuiltinFunction("__init_subclass__") { _, _, _ in .none })))
        method(types.baseException, "with_traceback") { rt, a, kw in a[0] }
        method(types.baseException, "add_note") { rt, a, kw in
            guard case .object(let e as PyException) = a[0], a.count == 2, case .str(let s) = a[1] else { throw rt.typeError("add_note() argument must be str") }
            e.notes.append(s.value)
            return .none
        }
        method(types.baseException, "__init__") { rt, a, kw in
            if case .object(let e as PyException) = a[0] { e.args = Array(a.dropFirst()) }
            return .none
        }
        method(types.baseException, "__str__") { rt, a, kw in
            guard case .object(let e as PyException) = a[0] else { return .string("") }
            switch e.args.count {
            case 0: return .string("")
            case 1: return .string(try rt.str(e.args[0]))
            default: return .string(try rt.repr(.object(PyTuple(e.args))))
            }
        }
        method(types.baseException, "__repr__") { rt, a, kw in
            guard case .object(let e as PyException) = a[0] else { return .string("") }
            let args = e.args.count == 1 ? "(" + (try rt.repr(e.args[0])) + ")" : try rt.repr(.object(PyTuple(e.args)))
            return .string(e.cls.name + args)
        }
        method(types.type, "mro") { rt, a, kw in
            guard case .object(let t as PyType)? = a.first else { throw rt.typeError("descriptor 'mro' requires a type") }
            return .object(PyList(t.mro.map { .object($0) }))
        }
        method(types.range, "index") { rt, a, kw in
            guard case .object(let r as PyRange) = a[0] else { throw rt.typeError("index() requires a range") }
            if case .int(let v) = a[1], try rt.contains(a[0], a[1]) { return .int((v - r.start) / r.step) }
            throw rt.valueError("\(try rt.repr(a[1])) is not in range")
        }
        method(types.range, "count") { rt, a, kw in .int(try rt.contains(a[0], a[1]) ? 1 : 0) }
        method(types.function, "__get__") { rt, a, kw in a.count > 1 && !a[1].isNone ? .object(PyBoundMethod(a[0], a[1])) : a[0] }
    }

    package func encodeString(_ s: String, encoding: String, errors: String) throws -> [UInt8] {
        switch normalizeEncoding(encoding) {
        case "utf-8", "utf8": return Array(s.utf8)
        case "ascii", "latin-1", "latin1", "iso-8859-1":
            let limit: UInt32 = normalizeEncoding(encoding) == "ascii" ? 128 : 256
            var out: [UInt8] = []
            for (i, c) in s.unicodeScalars.enumerated() {
                if c.value < limit { out.append(UInt8(c.value)); continue }
                switch errors {
                case "ignore": continue
                case "replace": out.append(63)
                default:
                    let name = limit == 128 ? "ascii" : "latin-1"
                    throw PyError(newException(types[exception: "UnicodeEncodeError"], [.string(name), .string(s), .int(i), .int(i + 1), .string("ordinal not in range(\(limit))")]))
                }
            }
            return out
        case "utf-16": return [0xff, 0xfe] + s.utf16.flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }
        default: throw error("LookupError", "unknown encoding: \(encoding)")
        }
    }

    private func normalizeEncoding(_ e: String) -> String { e.lowercased().replacingOccurrences(of: "_", with: "-") }

    package func decodeBytes(_ b: [UInt8], encoding: String, errors: String) throws -> Value {
        switch normalizeEncoding(encoding) {
        case "utf-8", "utf8":
            if let s = String(validating: b, as: UTF8.self) { return try makeStr(s) }
            if errors == "replace" { return .string(String(decoding: b, as: UTF8.self)) }
            if errors == "ignore" {
                var out = ""
                var it = b.makeIterator()
                var decoder = UTF8()
                loop: while true {
                    switch decoder.decode(&it) {
                    case .scalarValue(let c): out.unicodeScalars.append(c)
                    case .emptyInput: break loop
                    case .error: continue
                    }
                }
                return .string(out)
            }
            var pos = 0
            var i = 0
            while i < b.count {
                let x = b[i]
                let len = x < 0x80 ? 1 : x >> 5 == 6 ? 2 : x >> 4 == 14 ? 3 : x >> 3 == 30 ? 4 : 0
                if len == 0 || i + len > b.count || String(validating: b[i..<(i + len)], as: UTF8.self) == nil {
                    pos = i
                    let reason = len == 0 ? "invalid start byte" : i + len > b.count ? "unexpected end of data" : "invalid continuation byte"
                    var badEnd = pos + 1
                    if len > 1 && i + len > b.count { badEnd = b.count }
                    throw PyError(newException(types[exception: "UnicodeDecodeError"], [.string("utf-8"), .object(PyBytes(b)), .int(pos), .int(badEnd), .string(reason)]))
                }
                i += len
            }
            return .string(String(decoding: b, as: UTF8.self))
        case "ascii":
            if let bad = b.firstIndex(where: { $0 >= 128 }) {
                if errors == "ignore" { return .string(String(decoding: b.filter { $0 < 128 }, as: UTF8.self)) }
                if errors == "replace" { return .string(String(b.map { $0 < 128 ? Character(UnicodeScalar($0)) : "\u{FFFD}" })) }
                throw PyError(newException(types[exception: "UnicodeDecodeError"], [.string("ascii"), .object(PyBytes(b)), .int(bad), .int(bad + 1), .string("ordinal not in range(128)")]))
            }
            return .string(String(decoding: b, as: UTF8.self))
        case "latin-1", "latin1", "iso-8859-1":
            return .string(String(String.UnicodeScalarView(b.map { UnicodeScalar($0) })))
        default: throw error("LookupError", "unknown encoding: \(encoding)")
        }
    }
}
