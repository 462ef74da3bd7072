// Python's repr for str, bytes and float.
import Foundation

package func quoteString(_ s: String) -> String {
    var hasSingle = false, hasDouble = false
    for c in s.unicodeScalars { if c == "'" { hasSingle = true } else if c == "\"" { hasDouble = true } }
    let q: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(q)
    for c in s.unicodeScalars {
        switch c {
        case "\\": out.append("\\"); out.append("\\")
        case "\n": out.append("\\"); out.append("n")
        case "\r": out.append("\\"); out.append("r")
        case "\t": out.append("\\"); out.append("t")
        default:
            if c == q { out.append("\\"); out.append(c); continue }
            if isPrintable(c) { out.append(c); continue }
            let v = c.value
            let hex: String
            if v < 0x100 { hex = "\\x" + String(v, radix: 16).leftPadded(to: 2, with: "0") }
            else if v < 0x10000 { hex = "\\u" + String(v, radix: 16).leftPadded(to: 4, with: "0") }
            else { hex = "\\U" + String(v, radix: 16).leftPadded(to: 8, with: "0") }
            out.append(contentsOf: hex.unicodeScalars)
        }
    }
    out.append(q)
    return String(out)
}

package func isPrintable(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return c.value >= 0x20 && c.value < 0x7f }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default: return true
    }
}

package func bytesRepr(_ b: [UInt8]) -> String {
    let hasSingle = b.contains(39), hasDouble = b.contains(34)
    let q: UInt8 = hasSingle && !hasDouble ? 34 : 39
    var out = "b" + String(UnicodeScalar(q))
    for x in b {
        switch x {
        case 92: out += "\\\\"
        case 10: out += "\\n"
        case 13: out += "\\r"
        case 9: out += "\\t"
        default:
            if x == q { out += "\\" + String(UnicodeScalar(x)) }
            else if x >= 0x20 && x < 0x7f { out.unicodeScalars.append(UnicodeScalar(x)) }
            else { out += "\\x" + String(x, radix: 16).leftPadded(to: 2, with: "0") }
        }
    }
    return out + String(UnicodeScalar(q))
}

