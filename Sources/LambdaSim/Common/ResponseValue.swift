// An ordered, typed view of a response, in the AWS CLI's key order, for the CLI layer to render as JSON.

/// One value of a response as the AWS CLI prints it: objects keep their keys in the service's order.
///
/// The CLI layer turns this into its JSON type; it exists so that LambdaSim never depends on how output is printed.
///
///     configuration.response["Timeout"]   // .integer(3)
public enum ResponseValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    /// A decimal number already in its printed form (AWS returns some as floats).
    case decimal(String)
    case string(String)
    case list([ResponseValue])
    case object([ResponseMember])

    /// The value of `key` in an object (the first one), or `nil`.
    public subscript(key: String) -> ResponseValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The keys of an object in order; empty for other values.
    public var keys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.key)
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var integerValue: Int64? {
        if case .integer(let number) = self { return number }
        return nil
    }

    public var listValue: [ResponseValue]? {
        if case .list(let items) = self { return items }
        return nil
    }
}

/// One `key: value` member of a response object.
public struct ResponseMember: Hashable, Sendable {
    public var key: String
    public var value: ResponseValue

    public init(_ key: String, _ value: ResponseValue) {
        self.key = key
        self.value = value
    }
}

/// Builds a response object in order, leaving out absent optional members (as the CLI leaves out absent keys).
struct ResponseBuilder {
    private(set) var members: [ResponseMember] = []

    mutating func add(_ key: String, _ value: ResponseValue) { members.append(ResponseMember(key, value)) }
    mutating func add(_ key: String, _ text: String) { add(key, .string(text)) }
    mutating func add(_ key: String, _ number: Int) { add(key, .integer(Int64(number))) }
    mutating func add(_ key: String, _ number: Int64) { add(key, .integer(number)) }
    mutating func add(_ key: String, _ flag: Bool) { add(key, .bool(flag)) }
    mutating func addIfPresent(_ key: String, _ text: String?) { if let text { add(key, .string(text)) } }
    mutating func addIfPresent(_ key: String, _ value: ResponseValue?) { if let value { add(key, value) } }

    var object: ResponseValue { .object(members) }
}

/// Something with an AWS-shaped response (a role, a function configuration, a log event…).
public protocol ResponseConvertible {
    /// The value in the AWS CLI's key order.
    var response: ResponseValue { get }
}

extension Array where Element: ResponseConvertible {
    /// The elements' responses as a list.
    var responseList: ResponseValue { .list(map(\.response)) }
}
