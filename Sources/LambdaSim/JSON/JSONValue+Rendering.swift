import MiniPython

extension JSONValue {
    /// The text Python's `json.dumps` writes, by default as the AWS CLI prints output:
    /// `json.dump(response, indent=4, ensure_ascii=False)`.
    ///
    /// - With an indent, items are separated by `,` + newline and keys by `: `; empty containers
    ///   print as `{}` and `[]`. Without one, separators are `, ` and `: ` on one line.
    /// - `ensureASCII` escapes every non-ASCII character as `\uXXXX` (a surrogate pair above U+FFFF);
    ///   otherwise only `"`, `\` and control characters are escaped.
    /// - Floats print as Python's `repr` (`1.0`, `1e-07`, `1e+16`, `NaN`); integers exactly.
    ///
    /// ```swift
    /// JSONValue(["a": [1, 2]]).rendered()               // "{\n    \"a\": [\n        1,\n        2\n    ]\n}"
    /// JSONValue(["a": "é"]).rendered(indent: nil, ensureASCII: true)   // "{\"a\": \"\\u00e9\"}"
    /// ```
    public func rendered(indent: Int? = 4, ensureASCII: Bool = false) -> String {
        var out: [UInt8] = []
        append(to: &out, indent: indent, level: 0, ensureASCII: ensureASCII, compact: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// `json.dumps(value, separators=(',', ':'))`: one line, no spaces (JMESPath's `to_string`).
    public func renderedCompact(ensureASCII: Bool = true) -> String {
        var out: [UInt8] = []
        append(to: &out, indent: nil, level: 0, ensureASCII: ensureASCII, compact: true)
        return String(decoding: out, as: UTF8.self)
    }

    private func append(to out: inout [UInt8], indent: Int?, level: Int, ensureASCII: Bool, compact: Bool) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let number): out.append(contentsOf: number.jsonText.utf8)
        case .string(let value): PyJSONEncoder.appendString(value, ensureASCII: ensureASCII, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                Self.separate(&out, first: index == 0, indent: indent, level: level + 1, compact: compact)
                item.append(to: &out, indent: indent, level: level + 1, ensureASCII: ensureASCII, compact: compact)
            }
            Self.close(&out, indent: indent, level: level)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                Self.separate(&out, first: index == 0, indent: indent, level: level + 1, compact: compact)
                PyJSONEncoder.appendString(member.key, ensureASCII: ensureASCII, into: &out)
                out.append(contentsOf: (compact ? ":" : ": ").utf8)
                member.value.append(to: &out, indent: indent, level: level + 1, ensureASCII: ensureASCII, compact: compact)
            }
            Self.close(&out, indent: indent, level: level)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func separate(_ out: inout [UInt8], first: Bool, indent: Int?, level: Int, compact: Bool) {
        if let indent {
            if !first { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
        } else if !first {
            out.append(contentsOf: (compact ? "," : ", ").utf8)
        }
    }

    private static func close(_ out: inout [UInt8], indent: Int?, level: Int) {
        guard let indent else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * level))
    }

    /// The value as Python's `str()` prints it, which is what the CLI's `--output text` and
    /// botocore's messages show: `True`, `None`, `1.5`, strings bare, containers as their `repr`.
    public var pythonStr: String {
        switch self {
        case .null: return "None"
        case .bool(let value): return value ? "True" : "False"
        case .number(let number):
            if case .float(let value) = number {
                return value.isNaN ? "nan" : value.isInfinite ? (value < 0 ? "-inf" : "inf") : PyFloatRepr.repr(value)
            }
            return number.jsonText
        case .string(let value): return value
        case .array, .object: return pythonRepr
        }
    }

    /// Python's `repr()` of the value: `'abc'`, `None`, `[1, 'a']`, `{'a': True}`.
    public var pythonRepr: String {
        switch self {
        case .string(let text): return PyStrRepr.repr(text)
        case .array(let items): return "[" + items.map(\.pythonRepr).joined(separator: ", ") + "]"
        case .object(let object):
            return "{" + object.map { PyStrRepr.repr($0.key) + ": " + $0.value.pythonRepr }.joined(separator: ", ") + "}"
        default: return pythonStr
        }
    }
}

extension JSONNumber {
    /// The number as `json.dumps` writes it.
    public var jsonText: String {
        switch self {
        case .integer(let value): return String(value)
        case .bigInteger(let text): return text
        case .float(let value):
            if value.isNaN { return "NaN" }
            if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
            return PyFloatRepr.repr(value)
        }
    }
}
