// Python's repr() of a str, and str.isprintable(), as CPython 3.12 computes them.
// Used by the text building blocks for error messages ("could not convert string to float: 'abc'");
// the interpreter core may use it for repr(str) as well.

package enum PyStrRepr {
    /// `repr(s)` for a Python str: picks the quote as CPython does and escapes
    /// non-printable characters (`repr("it's\n")` is `"it's\\n"`).
    package static func repr(_ s: String) -> String {
        repr(scalars: s.unicodeScalars)
    }

    /// `repr()` of a str given as Unicode scalars.
    package static func repr<S: Sequence>(scalars: S) -> String where S.Element == Unicode.Scalar {
        var hasSingle = false
        var hasDouble = false
        for c in scalars {
            if c == "'" { hasSingle = true } else if c == "\"" { hasDouble = true }
        }
        let quote: Unicode.Scalar = (hasSingle && !hasDouble) ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for c in scalars {
            let v = c.value
            if c == quote || c == "\\" {
                out.append("\\"); out.append(c)
            } else if c == "\t" {
                out.append("\\"); out.append("t")
            } else if c == "\n" {
                out.append("\\"); out.append("n")
            } else if c == "\r" {
                out.append("\\"); out.append("r")
            } else if v < 0x20 || v == 0x7F {
                appendHex(&out, prefix: "x", value: v, digits: 2)
            } else if v < 0x7F {
                out.append(c)
            } else if isPrintable(c) {
                out.append(c)
            } else if v <= 0xFF {
                appendHex(&out, prefix: "x", value: v, digits: 2)
            } else if v <= 0xFFFF {
                appendHex(&out, prefix: "u", value: v, digits: 4)
            } else {
                appendHex(&out, prefix: "U", value: v, digits: 8)
            }
        }
        out.append(quote)
        return String(out)
    }

    /// Python's notion of a printable character (`str.isprintable()` for one character):
    /// everything except the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space.
    package static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x7F { return c.value >= 0x20 }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    private static let hexDigits: [Unicode.Scalar] = Array("0123456789abcdef".unicodeScalars)

    fileprivate static func appendHex(_ out: inout String.UnicodeScalarView, prefix: Unicode.Scalar, value: UInt32, digits: Int) {
        out.append("\\")
        out.append(prefix)
        var shift = (digits - 1) * 4
        while shift >= 0 {
            out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
            shift -= 4
        }
    }
}

extension PyStrRepr {
    /// `ascii(x)` from `repr(x)`: non-ASCII characters become `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
    package static func asciiEscaped(_ text: String) -> String {
        var needs = false
        for b in text.utf8 where b >= 0x80 { needs = true; break }
        if !needs { return text }
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            let v = c.value
            if v < 0x80 {
                out.append(c)
            } else if v <= 0xFF {
                appendHex(&out, prefix: "x", value: v, digits: 2)
            } else if v <= 0xFFFF {
                appendHex(&out, prefix: "u", value: v, digits: 4)
            } else {
                appendHex(&out, prefix: "U", value: v, digits: 8)
            }
        }
        return String(out)
    }
}
