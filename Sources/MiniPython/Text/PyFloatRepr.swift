import BigInt

// Python's float-to-text conversions (CPython's PyOS_double_to_string / format_float_short):
// `repr(x)` uses the shortest digits that round-trip; `'%.2f' % x` and `format(x, '.3e')` round the
// exact binary value half-to-even ("%.2f" % 2.675 is "2.67" because 2.675 is 2.67499999...).

/// Decimal digits of a non-negative finite double: value = 0.d1d2d3... × 10^decimalPoint.
/// `digits` holds ASCII digits without leading or trailing zeros; zero is `"0"` with point 1,
/// as David Gay's dtoa (and so CPython) returns it.
package struct PyDecimalDigits: Equatable, Sendable {
    package var digits: [UInt8]
    package var decimalPoint: Int

    package init(digits: [UInt8], decimalPoint: Int) {
        self.digits = digits
        self.decimalPoint = decimalPoint
    }
}

package enum PyFloatRepr {
    /// `repr(x)` and `str(x)` of a Python float: `0.1`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
    package static func repr(_ value: Double) -> String {
        if value.isFinite && value == value.rounded() && abs(value) < 1e16 {
            // Integral values below 1e16 print as "<int>.0"; fast path avoids digit generation.
            if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
            return String(Int64(value)) + ".0"
        }
        return format(value, code: .repr, precision: 0)
    }

    /// The float formats of `PyOS_double_to_string`.
    package enum Code: Sendable {
        /// Exponent notation with `precision` digits after the point (`'e'`).
        case exponent
        /// Fixed notation with `precision` digits after the point (`'f'`).
        case fixed
        /// General notation with `precision` significant digits (`'g'`).
        case general
        /// Shortest round-trip digits, exponent from 1e16 on and below 1e-4 (`'r'`, repr).
        case repr
    }

    /// CPython's `PyOS_double_to_string(value, code, precision, flags)`.
    /// - Parameters:
    ///   - alwaysSign: `Py_DTSF_SIGN` (the `+` sign option).
    ///   - addDotZero: `Py_DTSF_ADD_DOT_0`: integral results in fixed notation get ".0".
    ///   - alternate: `Py_DTSF_ALT` (`#`): keep the point and trailing zeros.
    ///   - noNegativeZero: `Py_DTSF_NO_NEG_0` (`z`): a result that rounds to zero loses its minus.
    ///   - uppercase: `E`, `INF`, `NAN` (the codes `E F G`).
    package static func format(
        _ value: Double, code: Code, precision: Int,
        alwaysSign: Bool = false, addDotZero: Bool = false, alternate: Bool = false,
        noNegativeZero: Bool = false, uppercase: Bool = false
    ) -> String {
        var out: [UInt8] = []
        formatInto(&out, value, code: code, precision: precision, alwaysSign: alwaysSign,
                   addDotZero: addDotZero || code == .repr, alternate: alternate,
                   noNegativeZero: noNegativeZero, uppercase: uppercase)
        return String(decoding: out, as: UTF8.self)
    }

    // swiftlint:disable:next function_body_length
    package static func formatInto(
        _ out: inout [UInt8], _ value: Double, code: Code, precision requested: Int,
        alwaysSign: Bool, addDotZero: Bool, alternate: Bool, noNegativeZero: Bool, uppercase: Bool
    ) {
        var negative = value.sign == .minus
        if value.isNaN {
            if alwaysSign { out.append(UInt8(ascii: "+")) }
            out.append(contentsOf: uppercase ? Array("NAN".utf8) : Array("nan".utf8))
            return
        }
        if value.isInfinite {
            if negative { out.append(UInt8(ascii: "-")) } else if alwaysSign { out.append(UInt8(ascii: "+")) }
            out.append(contentsOf: uppercase ? Array("INF".utf8) : Array("inf".utf8))
            return
        }
        var precision = requested
        let magnitude = abs(value)
        let d: PyDecimalDigits
        switch code {
        case .exponent:
            precision += 1
            d = roundedSignificant(magnitude, digits: precision)
        case .fixed:
            d = roundedFixed(magnitude, fractionDigits: precision)
        case .general:
            if precision == 0 { precision = 1 }
            d = roundedSignificant(magnitude, digits: precision)
        case .repr:
            d = shortestDigits(magnitude)
        }
        let digits = d.digits
        let digitsLen = digits.count
        var decpt = d.decimalPoint
        if noNegativeZero && negative && (digitsLen == 0 || (digitsLen == 1 && digits[0] == UInt8(ascii: "0"))) {
            negative = false
        }
        var useExp = false
        var vdigitsEnd = digitsLen
        switch code {
        case .exponent:
            useExp = true
            vdigitsEnd = precision
        case .fixed:
            vdigitsEnd = decpt + precision
        case .general:
            if decpt <= -4 || decpt > (addDotZero ? precision - 1 : precision) { useExp = true }
            if alternate { vdigitsEnd = precision }
        case .repr:
            if decpt <= -4 || decpt > 16 { useExp = true }
        }
        var exp = 0
        if useExp {
            exp = decpt - 1
            decpt = 1
        }
        let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
        if !useExp && addDotZero {
            vdigitsEnd = max(vdigitsEnd, decpt + 1)
        } else {
            vdigitsEnd = max(vdigitsEnd, decpt)
        }
        let zero = UInt8(ascii: "0")
        let point = UInt8(ascii: ".")
        if negative { out.append(UInt8(ascii: "-")) } else if alwaysSign { out.append(UInt8(ascii: "+")) }
        if decpt <= 0 {
            appendRepeated(&out, zero, decpt - vdigitsStart)
            out.append(point)
            appendRepeated(&out, zero, -decpt)
        } else {
            appendRepeated(&out, zero, -vdigitsStart)
        }
        if decpt > 0 && decpt <= digitsLen {
            out.append(contentsOf: digits[0..<decpt])
            out.append(point)
            out.append(contentsOf: digits[decpt...])
        } else {
            out.append(contentsOf: digits)
        }
        if digitsLen < decpt {
            appendRepeated(&out, zero, decpt - digitsLen)
            out.append(point)
            appendRepeated(&out, zero, vdigitsEnd - decpt)
        } else {
            appendRepeated(&out, zero, vdigitsEnd - digitsLen)
        }
        if out.last == point && !alternate { out.removeLast() }
        if useExp {
            out.append(uppercase ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let e = abs(exp)
            if e < 10 { out.append(zero) }
            out.append(contentsOf: Array(String(e).utf8))
        }
    }

    @inline(__always)
    private static func appendRepeated(_ out: inout [UInt8], _ byte: UInt8, _ count: Int) {
        if count > 0 { out.append(contentsOf: repeatElement(byte, count: count)) }
    }

    // MARK: - Digit generation

    /// The shortest digits that read back as `value` (non-negative, finite), choosing the closest
    /// such digits as CPython's dtoa mode 0 does. Swift's `description` prints exactly these digits
    /// (shortest round-trip, closest to the exact value); only its notation differs from Python's.
    package static func shortestDigits(_ value: Double) -> PyDecimalDigits {
        if value == 0 { return PyDecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1) }
        var text = value.description
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var pointSeen = false
        var intDigits = 0
        var exponent = 0
        var leadingZeros = 0
        text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                    if digits.isEmpty && b == UInt8(ascii: "0") {
                        if pointSeen { leadingZeros += 1 }
                    } else {
                        digits.append(b)
                        if !pointSeen { intDigits += 1 }
                    }
                } else if b == UInt8(ascii: ".") {
                    pointSeen = true
                } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                    var j = i + 1
                    var expNegative = false
                    if j < bytes.count && (bytes[j] == UInt8(ascii: "-") || bytes[j] == UInt8(ascii: "+")) {
                        expNegative = bytes[j] == UInt8(ascii: "-")
                        j += 1
                    }
                    while j < bytes.count {
                        exponent = exponent * 10 + Int(bytes[j] - UInt8(ascii: "0"))
                        j += 1
                    }
                    if expNegative { exponent = -exponent }
                    break
                }
                i += 1
            }
        }
        // Digits before the point that were all read count as the integer part; fraction-only
        // numbers ("0.00123") have their point moved left by the leading zeros.
        var decpt = intDigits > 0 ? intDigits : -leadingZeros
        decpt += exponent
        while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return PyDecimalDigits(digits: digits, decimalPoint: decpt)
    }

    /// The exact decimal expansion of a non-negative finite double.
    package static func exactDigits(_ value: Double) -> PyDecimalDigits {
        if value == 0 { return PyDecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1) }
        let exponent = Int(value.exponent)
        // value = significand × 2^(exponent - 52) with an integral 53-bit significand.
        var mantissa = value.significandBitPattern
        var shift = exponent - 52
        if value.isSubnormal {
            shift = -1074
        } else {
            mantissa |= (1 << 52)
        }
        while mantissa & 1 == 0 {
            mantissa >>= 1
            shift += 1
        }
        var text: [UInt8]
        var decpt: Int
        if shift >= 0 {
            if shift <= 10 {
                text = Array(String(mantissa << UInt64(shift)).utf8)
            } else {
                text = Array(String(BigUInt(mantissa) << shift).utf8)
            }
            decpt = text.count
        } else {
            let k = -shift
            if k <= 27 && mantissa < (1 << 53) {
                // 5^27 < 2^63, product may need 116 bits: use a 128-bit multiply.
                let p = power5[k]
                let (high, low) = mantissa.multipliedFullWidth(by: p)
                if high == 0 {
                    text = Array(String(low).utf8)
                } else {
                    text = Array(String(BigUInt(words: [UInt(low), UInt(high)])).utf8)
                }
            } else {
                text = Array(String(BigUInt(mantissa) * BigUInt(5).power(k)).utf8)
            }
            decpt = text.count - k
        }
        while text.count > 1 && text.last == UInt8(ascii: "0") { text.removeLast() }
        return PyDecimalDigits(digits: text, decimalPoint: decpt)
    }

    private static let power5: [UInt64] = {
        var p: [UInt64] = [1]
        for _ in 1...27 { p.append(p.last! * 5) }
        return p
    }()

    /// dtoa mode 2: at most `digits` significant digits, rounded half-even on the exact value,
    /// trailing zeros removed.
    package static func roundedSignificant(_ value: Double, digits count: Int) -> PyDecimalDigits {
        if value == 0 { return PyDecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1) }
        if value.isNormal, let fast = roundedFromShortest(shortestDigits(value), keep: count, fractionDigits: nil) {
            return fast
        }
        return round(exactDigits(value), keep: count)
    }

    /// dtoa mode 3: digits through `fractionDigits` places after the point, rounded half-even on
    /// the exact value, trailing zeros removed; no digits (point at -fractionDigits) when it rounds to 0.
    package static func roundedFixed(_ value: Double, fractionDigits: Int) -> PyDecimalDigits {
        if value == 0 { return PyDecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1) }
        if value.isNormal {
            let short = shortestDigits(value)
            if let fast = roundedFromShortest(short, keep: short.decimalPoint + fractionDigits, fractionDigits: fractionDigits) {
                return fast
            }
        }
        return roundedFixed(exact: exactDigits(value), fractionDigits: fractionDigits)
    }

    package static func roundedFixed(exact: PyDecimalDigits, fractionDigits: Int) -> PyDecimalDigits {
        let keep = exact.decimalPoint + fractionDigits
        if keep < 0 { return PyDecimalDigits(digits: [], decimalPoint: -fractionDigits) }
        if keep == 0 {
            let first = exact.digits[0]
            let up = first > UInt8(ascii: "5") || (first == UInt8(ascii: "5") && exact.digits.count > 1)
            return up ? PyDecimalDigits(digits: [UInt8(ascii: "1")], decimalPoint: exact.decimalPoint + 1)
                      : PyDecimalDigits(digits: [], decimalPoint: -fractionDigits)
        }
        return round(exact, keep: keep)
    }

    /// Rounding the shortest round-trip digits `s` gives the same digits as rounding the exact
    /// value, except near a tie: a rounding midpoint between the value and `s` would be a shorter
    /// or closer round-trip string, so it can only be `s` itself (length keep+1, ending in 5).
    /// Keeping all of `s` is exact when at most 15 digits are kept (the grid is then coarser than
    /// the round-trip interval, which holds for normal numbers). Nil when the exact digits are needed.
    private static func roundedFromShortest(_ s: PyDecimalDigits, keep: Int, fractionDigits: Int?) -> PyDecimalDigits? {
        let n = s.digits.count
        if keep >= n {
            return keep <= 15 ? s : nil
        }
        if keep == n - 1 && s.digits[n - 1] == UInt8(ascii: "5") { return nil }
        if let fractionDigits { return roundedFixed(exact: s, fractionDigits: fractionDigits) }
        return keep > 0 ? round(s, keep: keep) : nil
    }

    /// dtoa mode 2 from the exact digits only (the reference for the shortcut above).
    package static func roundedSignificantExact(_ value: Double, digits count: Int) -> PyDecimalDigits {
        if value == 0 { return PyDecimalDigits(digits: [UInt8(ascii: "0")], decimalPoint: 1) }
        return round(exactDigits(value), keep: count)
    }

    /// Keeps `keep` (> 0) leading digits, rounding half to even; strips trailing zeros.
    private static func round(_ exact: PyDecimalDigits, keep: Int) -> PyDecimalDigits {
        var digits = exact.digits
        var decpt = exact.decimalPoint
        if digits.count <= keep { return exact }
        let next = digits[keep]
        var up = false
        if next > UInt8(ascii: "5") {
            up = true
        } else if next == UInt8(ascii: "5") {
            if digits.count > keep + 1 {
                up = true  // digits carry no trailing zeros, so anything after is non-zero
            } else {
                up = (digits[keep - 1] - UInt8(ascii: "0")) & 1 == 1
            }
        }
        digits.removeSubrange(keep...)
        if up {
            var i = keep - 1
            while i >= 0 && digits[i] == UInt8(ascii: "9") {
                digits[i] = UInt8(ascii: "0")
                i -= 1
            }
            if i < 0 {
                digits.insert(UInt8(ascii: "1"), at: 0)
                decpt += 1
            } else {
                digits[i] += 1
            }
        }
        while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
        return PyDecimalDigits(digits: digits, decimalPoint: decpt)
    }
}
