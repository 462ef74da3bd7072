// Evaluating one condition against the request context: operators, IfExists, set qualifiers, Null.

extension Condition {
    /// Evaluates the condition. Multiple policy values are ORed (for negated operators: none may match).
    func evaluate(in context: EvaluationContext, substitutingVariables: Bool) -> ConditionCheck {
        let policyValues = substitutingVariables ? values.compactMap { PolicyVariables.substitute($0, from: context) } : values
        let requestValues = context.values(for: key)
        let base = `operator`.base

        func check(_ holds: Bool, rule: String? = nil) -> ConditionCheck {
            ConditionCheck(operator: `operator`, key: key, policyValues: policyValues, requestValues: requestValues, holds: holds, missingKeyRule: rule)
        }

        if base == .null {
            let present = !(requestValues?.isEmpty ?? true)
            let wantsMissing = policyValues.map { $0.lowercased() }
            let holds = wantsMissing.contains { ($0 == "true" && !present) || ($0 == "false" && present) }
            return check(holds, rule: present ? nil : "Null tests whether the key is missing")
        }

        // ForAllValues also treats a key whose only value is an empty string as an empty set (IAM User Guide).
        let isEmptySet = requestValues.map { $0.isEmpty || (`operator`.qualifier == .forAllValues && $0 == [""]) } ?? true
        guard let requestValues, !isEmptySet else {
            if `operator`.ifExists {
                return check(true, rule: "…IfExists: a missing key counts as a match")
            }
            switch `operator`.qualifier {
            case .forAllValues:
                return check(true, rule: "ForAllValues: a missing or empty key matches (there is no value that fails)")
            case .forAnyValue:
                return check(false, rule: "ForAnyValue: a missing key never matches")
            case nil:
                return base.isNegated
                    ? check(true, rule: "a negated operator holds when the key is missing")
                    : check(false, rule: "the request does not have this key, so the condition is false")
            }
        }

        let positive = base.positive
        let compiled = CompiledValues(positive, policyValues)
        func single(_ value: String) -> Bool {
            let matched = compiled.matchesAny(value)
            return base.isNegated ? !matched : matched
        }
        let holds: Bool
        switch `operator`.qualifier {
        case .forAllValues: holds = requestValues.allSatisfy(single)
        case .forAnyValue: holds = requestValues.contains(where: single)
        case nil: holds = base.isNegated ? requestValues.allSatisfy(single) : requestValues.contains(where: single)
        }
        return check(holds)
    }
}

/// The policy's values prepared once per condition for a positive operator.
private struct CompiledValues {
    let base: ConditionOperator.Base
    let values: [String]
    var patterns: [WildcardPattern] = []
    var arnPatterns: [ARNPattern] = []
    var numbers: [Double] = []
    var ranges: [IPAddressRange] = []

    init(_ base: ConditionOperator.Base, _ values: [String]) {
        self.base = base
        self.values = values
        switch base {
        case .stringLike: patterns = values.map { WildcardPattern($0, caseSensitive: true) }
        case .arnEquals, .arnLike: arnPatterns = values.map { ARNPattern($0) }
        case .numericEquals, .numericLessThan, .numericLessThanEquals, .numericGreaterThan, .numericGreaterThanEquals:
            numbers = values.compactMap(Double.init)
        case .dateEquals, .dateLessThan, .dateLessThanEquals, .dateGreaterThan, .dateGreaterThanEquals:
            numbers = values.compactMap(DateValue.secondsSinceEpoch)
        case .ipAddress: ranges = values.compactMap(IPAddressRange.init)
        default: break
        }
    }

    func matchesAny(_ value: String) -> Bool {
        switch base {
        case .stringEquals, .binaryEquals:
            return values.contains(value)
        case .stringEqualsIgnoreCase:
            let lowered = value.lowercased()
            return values.contains { $0.lowercased() == lowered }
        case .stringLike:
            return patterns.contains { $0.matches(value) }
        case .bool:
            let lowered = value.lowercased()
            return values.contains { $0.lowercased() == lowered }
        case .arnEquals, .arnLike:
            guard let parts = ARN.split(value) else { return false }
            return arnPatterns.contains { $0.matches(value, parts: parts) }
        case .ipAddress:
            return ranges.contains { $0.contains(value) }
        case .numericEquals, .numericLessThan, .numericLessThanEquals, .numericGreaterThan, .numericGreaterThanEquals:
            guard let number = Double(value) else { return false }
            return numbers.contains { compare(number, $0) }
        case .dateEquals, .dateLessThan, .dateLessThanEquals, .dateGreaterThan, .dateGreaterThanEquals:
            guard let date = DateValue.secondsSinceEpoch(value) else { return false }
            return numbers.contains { compare(date, $0) }
        default:
            return false  // negated and Null operators never reach here
        }
    }

    /// `request <op> policy`, e.g. NumericLessThan holds when the request's value is less than the policy's.
    private func compare(_ request: Double, _ policy: Double) -> Bool {
        switch base {
        case .numericEquals, .dateEquals: request == policy
        case .numericLessThan, .dateLessThan: request < policy
        case .numericLessThanEquals, .dateLessThanEquals: request <= policy
        case .numericGreaterThan, .dateGreaterThan: request > policy
        case .numericGreaterThanEquals, .dateGreaterThanEquals: request >= policy
        default: false
        }
    }
}
