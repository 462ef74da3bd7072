/// A JSON document as the AWS CLI and the simulated services see it: Python's `json` data model.
///
/// Objects keep their keys in document order (the CLI parses with `object_pairs_hook=OrderedDict`
/// and prints keys in the order the service returned them); numbers keep integer versus float and
/// integers of any size exactly.
///
/// ```swift
/// let value: JSONValue = ["FunctionName": "hello", "Timeout": 3, "Publish": true]
/// value["Timeout"]?.intValue          // 3
/// value.rendered()                    // "{\n    \"FunctionName\": \"hello\", ..."
/// ```
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

/// A JSON number as Python's `json` reads it: an `int` (any size) or a `float`.
public enum JSONNumber: Hashable, Sendable {
    /// An integer that fits in `Int`.
    case integer(Int)
    /// An integer outside `Int`'s range, as its exact decimal text (`-123456789012345678901234567890`).
    case bigInteger(String)
    /// A float (`1.0`, `1e3`, `NaN`): printed as Python's `repr`.
    case float(Double)

    /// The value as a `Double` (big integers lose precision, as Python's `float(n)` does).
    public var doubleValue: Double {
        switch self {
        case .integer(let value): return Double(value)
        case .bigInteger(let text): return Double(text) ?? .nan
        case .float(let value): return value
        }
    }

    /// Whether the number is an integer (`int` in Python), of any size.
    public var isInteger: Bool {
        if case .float = self { return false }
        return true
    }
}

/// A JSON object: string keys in insertion order, each key once.
///
/// Setting an existing key replaces its value in place (Python's `dict` keeps the first position).
/// - Complexity: lookups are O(*n*); AWS payloads are small and order matters more than speed.
public struct JSONObject: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var members: [(key: String, value: JSONValue)] = []

    public init() {}

    public init(_ members: [(key: String, value: JSONValue)]) {
        for member in members { self[member.key] = member.value }
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (key, value) in elements { self[key] = value }
    }

    public var keys: [String] { members.map(\.key) }
    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }

    public subscript(key: String) -> JSONValue? {
        get { members.first(where: { $0.key == key })?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        members.makeIterator()
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for member in members {
            hasher.combine(member.key)
            hasher.combine(member.value)
        }
    }
}

extension JSONValue {
    public subscript(key: String) -> JSONValue? {
        get {
            guard case .object(let object) = self else { return nil }
            return object[key]
        }
        set {
            guard case .object(var object) = self else { return }
            object[key] = newValue
            self = .object(object)
        }
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value if it is an integer that fits in `Int`.
    public var intValue: Int? {
        if case .number(.integer(let value)) = self { return value }
        return nil
    }

    public var doubleValue: Double? {
        if case .number(let number) = self { return number.doubleValue }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// Python's name for the value's type (`str`, `int`, `dict`, ...), as error messages show it.
    public var pythonTypeName: String {
        switch self {
        case .null: return "NoneType"
        case .bool: return "bool"
        case .number(let number): return number.isInteger ? "int" : "float"
        case .string: return "str"
        case .array: return "list"
        case .object: return "dict"
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(.integer(value)) }
    public init(floatLiteral value: Double) { self = .number(.float(value)) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object = JSONObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}
