import BigInt

// `float(s)` and `int(s, base)` for str arguments, with CPython 3.12's grammar and messages.

/// An int that `int(s)` produced: machine-sized when it fits.
package enum PyParsedInt: Equatable, Sendable {
    case small(Int)
    case big(BigInt)
}

package enum PyNumberParsing {
    /// CPython's default `sys.get_int_max_str_digits()`.
    package static let defaultMaxStrDigits = 4300

    // MARK: float()

    /// `float(s)`: `" 1_000.5 "`, `"-inf"`, `"Infinity"`, `"nan"`, `"1e-5"`, Unicode digits.
    /// - Throws: `ValueError: could not convert string to float: 'abc'`.
    package static func parseFloat(_ s: String) throws(PyTextError) -> Double {
        if let v = parseFloatOrNil(s) { return v }
        throw .valueError("could not convert string to float: " + PyStrRepr.repr(s))
    }

    /// `float(s)` or nil when Python would raise.
    package static func parseFloatOrNil(_ s: String) -> Double? {
        var buf: [UInt8] = []
        buf.reserveCapacity(s.utf8.count)
        guard asciiDigits(s, into: &buf) else { return nil }
        return parseFloatASCII(buf)
    }

    /// Maps Unicode digits to ASCII digits and Unicode spaces to ' ' as CPython's
    /// `_PyUnicode_TransformDecimalAndSpaceToASCII` does, then strips C whitespace (" \t\n\v\f\r";
    /// U+001C...U+001F stay). False when another non-ASCII character is present.
    private static func asciiDigits(_ s: String, into buf: inout [UInt8]) -> Bool {
        var bytes: [UInt8] = []
        var allASCII = true
        for b in s.utf8 where b >= 0x80 { allASCII = false; break }
        if allASCII {
            bytes = Array(s.utf8)
        } else {
            bytes.reserveCapacity(s.utf8.count)
            for c in s.unicodeScalars {
                if c.value < 0x80 {
                    bytes.append(UInt8(c.value))
                } else if PyUnicodeClass.isSpace(c.value) {
                    bytes.append(0x20)
                } else if let d = PyUnicodeClass.decimalValue(c) {
                    bytes.append(UInt8(0x30 + d))
                } else {
                    return false
                }
            }
        }
        var lo = 0
        var hi = bytes.count
        while lo < hi && isCSpace(bytes[lo]) { lo += 1 }
        while hi > lo && isCSpace(bytes[hi - 1]) { hi -= 1 }
        buf.append(contentsOf: bytes[lo..<hi])
        return true
    }

    @inline(__always) private static func isCSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Parses an ASCII float literal without surrounding space (underscores between digits allowed).
    package static func parseFloatASCII(_ bytes: [UInt8]) -> Double? {
        let n = bytes.count
        var i = 0
        var negative = false
        if i < n && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        if i < n && !isDigit(bytes[i]) && bytes[i] != UInt8(ascii: ".") {
            // inf, infinity, nan in any case
            var word: [UInt8] = []
            for b in bytes[i...] { word.append(b | 0x20) }
            if word == Array("inf".utf8) || word == Array("infinity".utf8) {
                return negative ? -Double.infinity : Double.infinity
            }
            if word == Array("nan".utf8) {
                return negative ? -Double.nan : Double.nan
            }
            return nil
        }
        var clean: [UInt8] = []
        clean.reserveCapacity(n + 1)
        if negative { clean.append(UInt8(ascii: "-")) }
        // digits [. digits] [e [sign] digits]; underscores only between two digits.
        var mantissaDigits = 0
        func digitRun() -> Bool {
            // Reads digits with single underscores between them; false on a misplaced underscore.
            guard i < n, isDigit(bytes[i]) else { return true }
            while i < n {
                let b = bytes[i]
                if isDigit(b) {
                    clean.append(b)
                    mantissaDigits += 1
                    i += 1
                } else if b == UInt8(ascii: "_") {
                    guard i + 1 < n, isDigit(bytes[i + 1]) else { return false }
                    i += 1
                } else {
                    break
                }
            }
            return true
        }
        guard digitRun() else { return nil }
        if i < n && bytes[i] == UInt8(ascii: ".") {
            clean.append(UInt8(ascii: "."))
            i += 1
            if i < n && bytes[i] == UInt8(ascii: "_") { return nil }
            guard digitRun() else { return nil }
        }
        if mantissaDigits == 0 { return nil }
        if i < n && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            clean.append(UInt8(ascii: "e"))
            i += 1
            if i < n && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) {
                clean.append(bytes[i])
                i += 1
            }
            let before = mantissaDigits
            guard digitRun(), mantissaDigits > before else { return nil }
        }
        if i != n { return nil }
        return Double(String(decoding: clean, as: UTF8.self))
    }

    // MARK: int()

    /// `int(s, base)`: base 0 or 2...36, optional `0x`/`0o`/`0b` prefix, single underscores
    /// between digits, surrounding whitespace, Unicode digits.
    /// - Throws: `ValueError: invalid literal for int() with base 10: 'abc'`,
    ///   `ValueError: int() base must be >= 2 and <= 36, or 0`, and the digit-limit error.
    package static func parseInt(
        _ s: String, base: Int = 10, maxStrDigits: Int = defaultMaxStrDigits
    ) throws(PyTextError) -> PyParsedInt {
        guard base == 0 || (2...36).contains(base) else {
            throw .valueError("int() base must be >= 2 and <= 36, or 0")
        }
        var buf: [UInt8] = []
        buf.reserveCapacity(s.utf8.count)
        guard asciiDigits(s, into: &buf), let v = try parseIntASCII(buf, base: base, maxStrDigits: maxStrDigits) else {
            throw invalidLiteral(s, base)
        }
        return v
    }

    private static func invalidLiteral(_ s: String, _ base: Int) -> PyTextError {
        var r = PyStrRepr.repr(s)
        if r.unicodeScalars.count > 200 {
            r = String(String.UnicodeScalarView(r.unicodeScalars.prefix(200)))
        }
        return .valueError("invalid literal for int() with base \(base): " + r)
    }

    @inline(__always)
    private static func digitValue(_ b: UInt8) -> Int {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x61...0x7A: return Int(b - 0x61 + 10)
        case 0x41...0x5A: return Int(b - 0x41 + 10)
        default: return 99
        }
    }

    /// Parses stripped ASCII text; nil when it is not a valid literal.
    package static func parseIntASCII(
        _ bytes: [UInt8], base requested: Int, maxStrDigits: Int = defaultMaxStrDigits
    ) throws(PyTextError) -> PyParsedInt? {
        let n = bytes.count
        var i = 0
        var negative = false
        if i < n && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var base = requested
        var underscoreAllowedFirst = false
        if i + 1 < n && bytes[i] == UInt8(ascii: "0") {
            let p = bytes[i + 1] | 0x20
            let prefixBase = p == UInt8(ascii: "x") ? 16 : p == UInt8(ascii: "o") ? 8 : p == UInt8(ascii: "b") ? 2 : 0
            if prefixBase != 0 && (base == 0 || base == prefixBase) {
                base = prefixBase
                i += 2
                underscoreAllowedFirst = true
            }
        }
        var zeroOnly = false
        if base == 0 {
            if i < n && bytes[i] == UInt8(ascii: "0") { zeroOnly = true }
            base = 10
        }
        if underscoreAllowedFirst && i < n && bytes[i] == UInt8(ascii: "_") { i += 1 }
        let start = i
        var digitCount = 0
        var prevUnderscore = false
        var j = start
        while j < n {
            let b = bytes[j]
            if b == UInt8(ascii: "_") {
                if prevUnderscore || j == start { return nil }
                prevUnderscore = true
            } else {
                let d = digitValue(b)
                if d >= base { return nil }
                if zeroOnly && d != 0 { return nil }
                prevUnderscore = false
                digitCount += 1
            }
            j += 1
        }
        if digitCount == 0 || prevUnderscore { return nil }
        let powerOfTwo = base & (base - 1) == 0
        if !powerOfTwo && maxStrDigits > 0 && digitCount > maxStrDigits {
            throw .valueError("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(digitCount) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        // Fast path: accumulate in Int until it would overflow.
        var acc = 0
        var k = start
        var overflow = false
        while k < n {
            let b = bytes[k]
            k += 1
            if b == UInt8(ascii: "_") { continue }
            let (m, o1) = acc.multipliedReportingOverflow(by: base)
            let (a, o2) = m.addingReportingOverflow(digitValue(b))
            if o1 || o2 { overflow = true; break }
            acc = a
        }
        if !overflow { return .small(negative ? -acc : acc) }
        var digits: [UInt8] = []
        digits.reserveCapacity(n)
        for b in bytes[start...] where b != UInt8(ascii: "_") { digits.append(b) }
        guard var big = BigInt(String(decoding: digits, as: UTF8.self), radix: base) else { return nil }
        if negative { big.negate() }
        if let small = Int(exactly: big) { return .small(small) }
        return .big(big)
    }
}
