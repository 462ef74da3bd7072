// The trees DynamoDB's expression languages parse into: condition, key condition, filter, update and projection.

/// One step of a document path: `info.ratings[2]` is `.name("info")`, `.name("ratings")`, `.index(2)`.
public enum PathElement: Hashable, Sendable {
    case name(String)
    case index(Int)
}

/// A resolved document path (`#n` already replaced by its name).
public struct DocumentPath: Hashable, Sendable, CustomStringConvertible {
    public var elements: [PathElement]

    /// The top-level attribute the path starts at.
    public var attribute: String {
        if case .name(let name)? = elements.first { return name }
        return ""
    }

    /// `[a, b, [2]]`, DynamoDB's rendering of a path in messages.
    public var description: String {
        "[" + elements.map { element in
            switch element {
            case .name(let name): name
            case .index(let index): "[\(index)]"
            }
        }.joined(separator: ", ") + "]"
    }
}

/// A value in a condition: an attribute, a placeholder's value, or `size(path)`.
public indirect enum ConditionOperand: Hashable, Sendable {
    case path(DocumentPath)
    case value(AttributeValue, placeholder: String)
    case size(DocumentPath)
}

public enum Comparator: String, Hashable, Sendable {
    case equal = "=", notEqual = "<>", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

/// A condition (`ConditionExpression`, `FilterExpression`, `KeyConditionExpression`).
public indirect enum Condition: Hashable, Sendable {
    case compare(ConditionOperand, Comparator, ConditionOperand)
    case between(ConditionOperand, ConditionOperand, ConditionOperand)
    case isIn(ConditionOperand, [ConditionOperand])
    case attributeExists(DocumentPath)
    case attributeNotExists(DocumentPath)
    case attributeType(DocumentPath, ConditionOperand)
    case beginsWith(ConditionOperand, ConditionOperand)
    case contains(ConditionOperand, ConditionOperand)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
}

/// The right-hand side of `SET path = …`.
public indirect enum UpdateOperand: Hashable, Sendable {
    case path(DocumentPath)
    case value(AttributeValue)
    case ifNotExists(DocumentPath, UpdateOperand)
    case listAppend(UpdateOperand, UpdateOperand)
    case plus(UpdateOperand, UpdateOperand)
    case minus(UpdateOperand, UpdateOperand)
}

/// One action of an `UpdateExpression`.
public enum UpdateAction: Hashable, Sendable {
    case set(DocumentPath, UpdateOperand)
    case remove(DocumentPath)
    case add(DocumentPath, AttributeValue)
    case delete(DocumentPath, AttributeValue)

    public var path: DocumentPath {
        switch self {
        case .set(let path, _), .remove(let path), .add(let path, _), .delete(let path, _): path
        }
    }
}

/// Which expression a message is about: `Invalid UpdateExpression: …`.
public enum ExpressionKind: String, Sendable {
    case condition = "ConditionExpression"
    case filter = "FilterExpression"
    case keyCondition = "KeyConditionExpression"
    case update = "UpdateExpression"
    case projection = "ProjectionExpression"
}
