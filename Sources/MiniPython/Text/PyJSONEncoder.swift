// `json.dumps` leaf rendering, as CPython 3.12's encoder does it: strings escaped for
// ensure_ascii=True (non-ASCII as \uXXXX, non-BMP as a surrogate pair) or False (only
// control characters, `"` and `\`), floats as `repr` with NaN/Infinity/-Infinity.

package enum PyJSONEncoder {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// The JSON string literal for `s`, with its quotes (`json.dumps("é")` is `"\u00e9"`).
    package static func encodeString(_ s: String, ensureASCII: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        appendString(s, ensureASCII: ensureASCII, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON string literal for `s` (UTF-8) to `out`.
    package static func appendString(_ s: String, ensureASCII: Bool, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var needsSlowPath = false
        for b in s.utf8 where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || (ensureASCII && b >= 0x7F) {
            needsSlowPath = true
            break
        }
        if !needsSlowPath {
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        if ensureASCII {
            for c in s.unicodeScalars {
                let v = c.value
                if v >= 0x20 && v < 0x7F {
                    appendASCIIEscaped(UInt8(v), into: &out)
                } else if let short = shortEscape(v) {
                    out.append(UInt8(ascii: "\\"))
                    out.append(short)
                } else if v >= 0x10000 {
                    let n = v - 0x10000
                    appendU(0xD800 | (n >> 10), into: &out)
                    appendU(0xDC00 | (n & 0x3FF), into: &out)
                } else {
                    appendU(v, into: &out)
                }
            }
        } else {
            for b in s.utf8 {
                if b >= 0x20 {
                    appendASCIIEscaped(b, into: &out)
                } else if let short = shortEscape(UInt32(b)) {
                    out.append(UInt8(ascii: "\\"))
                    out.append(short)
                } else {
                    appendU(UInt32(b), into: &out)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func appendASCIIEscaped(_ b: UInt8, into out: inout [UInt8]) {
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
        out.append(b)
    }

    @inline(__always)
    private static func shortEscape(_ v: UInt32) -> UInt8? {
        switch v {
        case 0x08: return UInt8(ascii: "b")
        case 0x0C: return UInt8(ascii: "f")
        case 0x0A: return UInt8(ascii: "n")
        case 0x0D: return UInt8(ascii: "r")
        case 0x09: return UInt8(ascii: "t")
        default: return nil
        }
    }

    @inline(__always)
    private static func appendU(_ v: UInt32, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "u"))
        out.append(hex[Int((v >> 12) & 0xF)])
        out.append(hex[Int((v >> 8) & 0xF)])
        out.append(hex[Int((v >> 4) & 0xF)])
        out.append(hex[Int(v & 0xF)])
    }

    /// A float as `json.dumps` writes it: `repr`, or `NaN`/`Infinity`/`-Infinity`.
    /// - Throws: with `allowNaN` false, `ValueError: Out of range float values are not JSON compliant: inf`.
    package static func encodeFloat(_ d: Double, allowNaN: Bool = true) throws(PyTextError) -> String {
        if d.isFinite { return PyFloatRepr.repr(d) }
        if !allowNaN {
            throw .valueError("Out of range float values are not JSON compliant: " + PyFloatRepr.repr(d))
        }
        return d.isNaN ? "NaN" : d < 0 ? "-Infinity" : "Infinity"
    }
}
