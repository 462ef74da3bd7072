// Evaluating conditions against an item, applying update actions, and projecting items.

import Foundation

extension DocumentPath {
    /// The value at this path in `item`, or nil when any step is missing.
    func value(in item: DynamoItem) -> AttributeValue? {
        var current: AttributeValue = .map(item)
        for element in elements {
            switch (element, current) {
            case (.name(let name), .map(let members)):
                guard let next = members[name] else { return nil }
                current = next
            case (.index(let index), .list(let items)):
                guard index >= 0, index < items.count else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}

enum ConditionEvaluator {
    /// Whether `condition` holds for `item` (an absent item is an empty one).
    static func holds(_ condition: Condition, in item: DynamoItem, kind: ExpressionKind) throws(ServiceError) -> Bool {
        switch condition {
        case .and(let left, let right):
            let first = try holds(left, in: item, kind: kind)
            let second = try holds(right, in: item, kind: kind)
            return first && second
        case .or(let left, let right):
            let first = try holds(left, in: item, kind: kind)
            let second = try holds(right, in: item, kind: kind)
            return first || second
        case .not(let inner):
            return !(try holds(inner, in: item, kind: kind))
        case .attributeExists(let path):
            return path.value(in: item) != nil
        case .attributeNotExists(let path):
            return path.value(in: item) == nil
        case .attributeType(let path, let type):
            guard case .string(let name)? = value(type, item) else {
                throw .dynamoValidation("Invalid \(kind.rawValue): Incorrect operand type for operator or function; operator or function: attribute_type, operand type: \(value(type, item)?.operandTypeName ?? "NULL")")
            }
            let valid = ["S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M"]
            guard valid.contains(name) else {
                throw .dynamoValidation("Invalid \(kind.rawValue): Invalid attribute type name found; type: \(name), valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}")
            }
            return path.value(in: item)?.typeName == name
        case .beginsWith(let subject, let prefix):
            let prefixValue = value(prefix, item)
            switch (value(subject, item), prefixValue) {
            case (.string(let text)?, .string(let start)?): return text.utf8.starts(with: start.utf8)
            case (.binary(let data)?, .binary(let start)?): return data.starts(with: start)
            default:
                if let prefixValue, prefixValue.typeName != "S", prefixValue.typeName != "B" {
                    throw .dynamoValidation("Invalid \(kind.rawValue): Incorrect operand type for operator or function; operator or function: begins_with, operand type: \(prefixValue.typeName)")
                }
                return false
            }
        case .contains(let subject, let operand):
            guard let container = value(subject, item), let element = value(operand, item) else { return false }
            switch (container, element) {
            case (.string(let text), .string(let part)): return part.isEmpty || text.contains(part)
            case (.binary(let data), .binary(let part)): return part.isEmpty || data.range(of: part) != nil
            case (.stringSet(let items), .string(let part)): return items.contains(part)
            case (.numberSet(let items), .number(let number)): return items.contains { DynamoNumber.compare($0, number) == .orderedSame }
            case (.binarySet(let items), .binary(let part)): return items.contains(part)
            case (.list(let items), let wanted): return items.contains(wanted)
            default: return false
            }
        case .compare(let left, let comparator, let right):
            return compare(value(left, item), comparator, value(right, item))
        case .between(let subject, let low, let high):
            guard let lowValue = value(low, item), let highValue = value(high, item) else { return false }
            if let order = AttributeValue.order(lowValue, highValue), order == .orderedDescending {
                throw .dynamoValidation("Invalid \(kind.rawValue): The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: \(lowValue.shortDescription), upper bound operand: AttributeValue: \(highValue.shortDescription)")
            }
            let subjectValue = value(subject, item)
            return compare(subjectValue, .greaterOrEqual, lowValue) && compare(subjectValue, .lessOrEqual, highValue)
        case .isIn(let subject, let options):
            guard let subjectValue = value(subject, item) else { return false }
            return options.contains { compare(subjectValue, .equal, value($0, item)) }
        }
    }

    static func value(_ operand: ConditionOperand, _ item: DynamoItem) -> AttributeValue? {
        switch operand {
        case .value(let value, _): return value
        case .path(let path): return path.value(in: item)
        case .size(let path):
            guard let value = path.value(in: item) else { return nil }
            let count: Int? = switch value {
            case .string(let text): text.count
            case .binary(let data): data.count
            case .map(let members): members.count
            case .list(let items): items.count
            case .stringSet(let items), .numberSet(let items): items.count
            case .binarySet(let items): items.count
            default: nil
            }
            return count.map { .number(String($0)) }
        }
    }

    /// Missing operands make every comparison false; ordering needs two values of one scalar type.
    static func compare(_ left: AttributeValue?, _ comparator: Comparator, _ right: AttributeValue?) -> Bool {
        guard let left, let right else { return false }
        switch comparator {
        case .equal: return equal(left, right)
        case .notEqual: return !equal(left, right)
        default:
            guard let order = AttributeValue.order(left, right) else { return false }
            switch comparator {
            case .less: return order == .orderedAscending
            case .lessOrEqual: return order != .orderedDescending
            case .greater: return order == .orderedDescending
            default: return order != .orderedAscending
            }
        }
    }

    static func equal(_ left: AttributeValue, _ right: AttributeValue) -> Bool {
        switch (left, right) {
        case (.number(let a), .number(let b)): return DynamoNumber.compare(a, b) == .orderedSame
        case (.stringSet(let a), .stringSet(let b)), (.numberSet(let a), .numberSet(let b)): return Set(a) == Set(b)
        case (.binarySet(let a), .binarySet(let b)): return Set(a) == Set(b)
        default: return left == right
        }
    }
}
