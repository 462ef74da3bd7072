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

/// Shortest round-trip digits of a finite, non-zero double: (digits, decimal point position) with value = 0.d1d2... * 10^decpt.
package func shortestDigits(_ d: Double) -> (String, Int) {
    let s = "\(abs(d))"
    var mantissa = s
    var exp = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = String(s[..<e])
        exp = Int(s[s.index(after: e)...])!
    }
    var intPart = mantissa
    var frac = ""
    if let dot = mantissa.firstIndex(of: ".") {
        intPart = String(mantissa[..<dot])
        frac = String(mantissa[mantissa.index(after: dot)...])
    }
    var digits = intPart + frac
    var decpt = intPart.count + exp
    while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); decpt -= 1 }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (digits, decpt)
}

package func formatFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d > 0 ? "inf" : "-inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    let (digits, decpt) = shortestDigits(d)
    let sign = d < 0 ? "-" : ""
    if decpt <= -4 || decpt > 16 {
        var m = String(digits.first!)
        if digits.count > 1 { m += "." + digits.dropFirst() }
        let e = decpt - 1
        let es = String(abs(e)).leftPadded(to: 2, with: "0")
        return sign + m + "e" + (e < 0 ? "-" : "+") + es
    }
    if decpt <= 0 { return sign + "0." + String(repeating: "0", count: -decpt) + digits }
    if decpt >= digits.count { return sign + digits + String(repeating: "0", count: decpt - digits.count) + ".0" }
    let i = digits.index(digits.startIndex, offsetBy: decpt)
    return sign + digits[..<i] + "." + digits[i...]
}
