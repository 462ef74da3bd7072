// format() and f-string format specs, str.format and %-formatting.
import BigInt
import Foundation

extension Runtime {
    /// `format(value, spec)`: `__format__` of user and native classes, else CPython's formatter (PyFormat).
    package func format(_ v: Value, _ spec: String) throws -> String {
        if case .object(let o) = v {
            if let i = o as? PyInstance, let m = i.cls.lookupUser("__format__") {
                return try str(try call(m, [v, .string(spec)]))
            }
            if let n = o as? PyNativeObject, let m = n.nativeType.lookup("__format__") {
                return try str(try call(m, [v, .string(spec)]))
            }
        }
        if spec.isEmpty { return try str(v) }
        do {
            switch v {
            case .str(let s): return try PyFormat.format(string: s.value, spec: spec)
            case .int(let i): return try PyFormat.format(int: i, spec: spec)
            case .bool(let b): return try PyFormat.format(int: b ? 1 : 0, spec: spec, typeName: "bool")
            case .float(let d): return try PyFormat.format(float: d, spec: spec)
            case .object(let o as PyBigInt): return try PyFormat.format(bigInt: o.value, spec: spec)
            default: break
            }
        } catch {
            throw textError(error)
        }
        throw typeError("unsupported format string passed to \(typeName(v)).__format__")
    }

    /// The Python exception a text building block's error names.
    package func textError(_ e: PyTextError) -> PyError { self.error(e.kind.rawValue, e.message) }


    // MARK: str.format

    package func formatString(_ template: String, _ args: [Value], _ kwargs: [(String, Value)]) throws -> String {
        // Scanned as UTF-8: the braces are ASCII, so a byte match is a character match; literal text is copied in runs.
        let c = Array(template.utf8)
        var out = ""
        out.reserveCapacity(c.count + 16)
        var literalStart = 0
        func flush(_ end: Int) {
            if end > literalStart { out += String(decoding: c[literalStart..<end], as: UTF8.self) }
        }
        var i = 0
        var autoIndex = 0
        var manual = false
        while i < c.count {
            let ch = c[i]
            if ch == UInt8(ascii: "}") {
                if i + 1 < c.count && c[i + 1] == UInt8(ascii: "}") { flush(i + 1); i += 2; literalStart = i; continue }
                throw valueError("Single '}' encountered in format string")
            }
            if ch != UInt8(ascii: "{") { i += 1; continue }
            if i + 1 < c.count && c[i + 1] == UInt8(ascii: "{") { flush(i + 1); i += 2; literalStart = i; continue }
            flush(i)
            // replacement field
            var j = i + 1
            var depth = 1
            while j < c.count {
                if c[j] == UInt8(ascii: "{") { depth += 1 }
                if c[j] == UInt8(ascii: "}") { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            if j >= c.count { throw valueError("expected '}' before end of string") }
            let field = String(decoding: c[(i + 1)..<j], as: UTF8.self)
            i = j + 1
            literalStart = i
            var name = field
            var conversion: Character? = nil
            var spec = ""
            if let colon = field.firstIndex(of: ":") {
                name = String(field[..<colon]); spec = String(field[field.index(after: colon)...])
            }
            if let bang = name.firstIndex(of: "!") {
                let conv = name[name.index(after: bang)...]
                guard conv.count == 1 else { throw valueError("expected ':' after conversion specifier") }
                conversion = conv.first
                name = String(name[..<bang])
            }
            // first part of the name: index or keyword
            var rest = ""
            var head = name
            if let k = name.firstIndex(where: { $0 == "." || $0 == "[" }) { head = String(name[..<k]); rest = String(name[k...]) }
            var value: Value
            if head.isEmpty {
                if manual { throw valueError("cannot switch from manual field specification to automatic field numbering") }
                guard autoIndex < args.count else { throw indexError("Replacement index \(autoIndex) out of range for positional args tuple") }
                value = args[autoIndex]; autoIndex += 1
            } else if let n = Int(head) {
                manual = true
                if autoIndex > 0 { throw valueError("cannot switch from automatic field numbering to manual field specification") }
                guard n < args.count else { throw indexError("Replacement index \(n) out of range for positional args tuple") }
                value = args[n]
            } else {
                guard let v = kwargs.first(where: { $0.0 == head })?.1 else { throw keyError(.string(head)) }
                value = v
            }
            // attribute and index access
            var r = Array(rest)
            while !r.isEmpty {
                if r[0] == "." {
                    var k = 1
                    while k < r.count && r[k] != "." && r[k] != "[" { k += 1 }
                    value = try getAttribute(value, String(r[1..<k]))
                    r = Array(r[k...])
                } else if r[0] == "[" {
                    guard let close = r.firstIndex(of: "]") else { throw valueError("Missing ']' in format string") }
                    let key = String(r[1..<close])
                    value = try getItem(value, Int(key).map { .int($0) } ?? .string(key))
                    r = Array(r[(close + 1)...])
                } else { throw valueError("Only '.' or '[' may follow ']' in format field specifier") }
            }
            if spec.contains("{") { spec = try formatString(spec, args, kwargs) }
            switch conversion {
            case "r": value = .string(try repr(value))
            case "s": value = .string(try str(value))
            case "a": value = .string(asciiEscape(try repr(value)))
            case nil: break
            default: throw valueError("Unknown conversion specifier \(conversion!)")
            }
            out += try format(value, spec)
        }
        flush(c.count)
        return out
    }

    // MARK: % formatting

    /// `template % args` (CPython's PyUnicode_Format, in PyPercentFormat).
    package func percentFormat(_ template: String, _ argValue: Value) throws -> String {
        let args: PyPercentArguments<Value>
        if case .object(let o) = argValue, let t = o as? PyTuple { args = .tuple(t.items) } else {
            var isMapping = false
            if case .object(let o) = argValue {
                switch o {
                case is PyDict, is PyList, is PyBytes, is PyRange: isMapping = true
                case let i as PyInstance: isMapping = i.cls.lookup("__getitem__") != nil
                case let n as PyNativeObject: isMapping = n.nativeType.lookup("__getitem__") != nil
                default: break
                }
            }
            args = .single(argValue, isMapping: isMapping)
        }
        do {
            return try PyPercentFormat.format(template, args, host: PercentHost(rt: self))
        } catch let e as PyTextError {
            throw textError(e)
        }
    }
}

/// The object model side of `%` formatting.
private struct PercentHost: PyPercentFormatHost {
    let rt: Runtime
    func classify(_ value: Value) -> PyPercentOperand {
        switch value {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .str(let s): return .str(s.value)
        case .object(let o as PyBigInt): return .bigInt(o.value)
        default: return .other(typeName: rt.typeName(value))
        }
    }
    func str(_ value: Value) throws -> String { try rt.str(value) }
    func repr(_ value: Value) throws -> String { try rt.repr(value) }
    func item(of mapping: Value, key: String) throws -> Value { try rt.getItem(mapping, .string(key)) }
}
