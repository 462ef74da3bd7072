// Exact money: whole yoctodollars (10⁻²⁴ $) in a 128-bit integer, so no figure ever drifts as a Double would.

/// An amount of US dollars, exact.
///
/// Lambda's prices have ten decimals and GB-seconds divide by 1,024,000 (MB × ms), whose factors are only 2 and
/// 5; so every charge is a finite decimal, and 24 decimals hold each one exactly.
///
///     Money(decimal: "0.0000166667")! * 1000   // $0.0166667
public struct Money: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// 10²⁴ units per dollar.
    public static let scaleDigits = 24
    static let unitsPerDollar: Int128 = {
        var value: Int128 = 1
        for _ in 0..<scaleDigits { value *= 10 }
        return value
    }()

    /// The amount in yoctodollars.
    public var units: Int128

    public init(units: Int128) { self.units = units }

    public static let zero = Money(units: 0)

    /// Parses `0.20`, `0.0000166667`, `12` (at most 24 decimals); `nil` for anything else.
    public init?(decimal text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholePart = parts.first, !wholePart.isEmpty, wholePart.allSatisfy(\.isASCIIDigit),
              let whole = Int128(String(wholePart)) else { return nil }
        var fraction: Int128 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= Money.scaleDigits, digits.allSatisfy(\.isASCIIDigit),
                  var value = Int128(String(digits)) else { return nil }
            for _ in digits.count..<Money.scaleDigits { value *= 10 }
            fraction = value
        }
        units = whole * Money.unitsPerDollar + fraction
    }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(units: lhs.units + rhs.units) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.units += rhs.units }
    public static func * (lhs: Money, rhs: Int64) -> Money { Money(units: lhs.units * Int128(rhs)) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.units < rhs.units }

    /// Divides exactly; `nil` if the quotient is not a whole number of units.
    func dividedExactly(by divisor: Int64) -> Money? {
        let (quotient, remainder) = units.quotientAndRemainder(dividingBy: Int128(divisor))
        return remainder == 0 ? Money(units: quotient) : nil
    }

    /// Every significant decimal: `$0.0000002`, `$1.2`, `$0`.
    public var description: String {
        var text = plainDecimal(units: units, decimals: Money.scaleDigits)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return "$" + text
    }

    /// Rounded half-up to `decimals` places, with exactly that many: `formatted(decimals: 2)` → `$1.20`.
    public func formatted(decimals: Int) -> String {
        precondition((0...Money.scaleDigits).contains(decimals), "at most 24 decimals")
        var divisor: Int128 = 1
        for _ in 0..<(Money.scaleDigits - decimals) { divisor *= 10 }
        let (quotient, remainder) = units.quotientAndRemainder(dividingBy: divisor)
        let rounded = remainder * 2 >= divisor ? quotient + 1 : quotient
        return "$" + plainDecimal(units: rounded, decimals: decimals)
    }

    private func plainDecimal(units: Int128, decimals: Int) -> String {
        let negative = units < 0
        var digits = String(negative ? -units : units)
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        let split = digits.index(digits.endIndex, offsetBy: -decimals)
        let text = decimals == 0 ? digits : digits[..<split] + "." + digits[split...]
        return (negative ? "-" : "") + text
    }
}
