// Condition operators: a base test, an optional set qualifier (ForAnyValue:/ForAllValues:), an optional IfExists.

/// A condition operator such as `StringLike`, `ForAnyValue:StringEquals` or `ArnLikeIfExists`.
public struct ConditionOperator: Sendable, Hashable, CustomStringConvertible {
    /// How a multi-valued context key is compared.
    public enum SetQualifier: String, Sendable, Hashable {
        /// At least one request value must match. A missing key never matches.
        case forAnyValue = "ForAnyValue"
        /// Every request value must match. A missing key (or an empty set) matches.
        case forAllValues = "ForAllValues"
    }

    package enum Base: String, Sendable, Hashable, CaseIterable {
        case stringEquals = "StringEquals", stringNotEquals = "StringNotEquals"
        case stringEqualsIgnoreCase = "StringEqualsIgnoreCase", stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
        case stringLike = "StringLike", stringNotLike = "StringNotLike"
        case numericEquals = "NumericEquals", numericNotEquals = "NumericNotEquals"
        case numericLessThan = "NumericLessThan", numericLessThanEquals = "NumericLessThanEquals"
        case numericGreaterThan = "NumericGreaterThan", numericGreaterThanEquals = "NumericGreaterThanEquals"
        case dateEquals = "DateEquals", dateNotEquals = "DateNotEquals"
        case dateLessThan = "DateLessThan", dateLessThanEquals = "DateLessThanEquals"
        case dateGreaterThan = "DateGreaterThan", dateGreaterThanEquals = "DateGreaterThanEquals"
        case bool = "Bool"
        case binaryEquals = "BinaryEquals"
        case ipAddress = "IpAddress", notIpAddress = "NotIpAddress"
        case arnEquals = "ArnEquals", arnLike = "ArnLike", arnNotEquals = "ArnNotEquals", arnNotLike = "ArnNotLike"
        case null = "Null"

        /// Negated operators hold when no policy value matches, and when the key is missing.
        var isNegated: Bool {
            switch self {
            case .stringNotEquals, .stringNotEqualsIgnoreCase, .stringNotLike, .numericNotEquals,
                 .dateNotEquals, .notIpAddress, .arnNotEquals, .arnNotLike:
                true
            default:
                false
            }
        }

        /// The positive operator a negated one is the opposite of.
        var positive: Base {
            switch self {
            case .stringNotEquals: .stringEquals
            case .stringNotEqualsIgnoreCase: .stringEqualsIgnoreCase
            case .stringNotLike: .stringLike
            case .numericNotEquals: .numericEquals
            case .dateNotEquals: .dateEquals
            case .notIpAddress: .ipAddress
            case .arnNotEquals: .arnEquals
            case .arnNotLike: .arnLike
            default: self
            }
        }
    }

    /// The operator as written in the policy.
    public let text: String
    package let base: Base
    public let qualifier: SetQualifier?
    public let ifExists: Bool

    /// Parses an operator name; `nil` if IAM has no such operator.
    public init?(_ text: String) {
        var rest = Substring(text)
        var qualifier: SetQualifier?
        for candidate in [SetQualifier.forAnyValue, .forAllValues] where rest.hasPrefix(candidate.rawValue + ":") {
            qualifier = candidate
            rest = rest.dropFirst(candidate.rawValue.count + 1)
        }
        var ifExists = false
        if rest.hasSuffix("IfExists") {
            ifExists = true
            rest = rest.dropLast("IfExists".count)
        }
        guard let base = Base(rawValue: String(rest)), !(base == .null && (ifExists || qualifier != nil)) else { return nil }
        self.text = text
        self.base = base
        self.qualifier = qualifier
        self.ifExists = ifExists
    }

    public var description: String { text }
}
