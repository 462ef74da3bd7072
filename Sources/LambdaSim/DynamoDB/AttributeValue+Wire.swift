// Reading DynamoDB's typed JSON (`{"S": "x"}`) from a request, with DynamoDB's messages for malformed values, and
// saving values in snapshots in the same shape.

import Foundation

extension AttributeValue {
    /// A value from the wire's typed JSON. Binary values arrive as base64 text.
    public init(wire: JSONValue) throws(ServiceError) {
        guard case .object(let members) = wire, !members.isEmpty else {
            throw .dynamoValidation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes")
        }
        guard members.count == 1, let (type, value) = members.members.first.map({ ($0.key, $0.value) }) else {
            throw .dynamoValidation("Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes")
        }
        switch (type, value) {
        case ("S", .string(let text)): self = .string(text)
        case ("N", .string(let text)): self = .number(try AttributeValue.number(text))
        case ("B", .string(let text)): self = .binary(try AttributeValue.binary(text))
        case ("BOOL", .bool(let flag)): self = .bool(flag)
        case ("NULL", .bool(true)): self = .null
        case ("NULL", .bool(false)):
            throw .dynamoValidation("One or more parameter values were invalid: Null attribute value types must have the value of true")
        case ("M", .object(let map)):
            var result: DynamoItem = [:]
            for member in map { result[member.key] = try AttributeValue(wire: member.value) }
            self = .map(result)
        case ("L", .array(let items)):
            var result: [AttributeValue] = []
            for item in items { result.append(try AttributeValue(wire: item)) }
            self = .list(result)
        case ("SS", .array(let items)):
            let texts = items.compactMap(\.stringValue)
            try AttributeValue.checkSet(texts, typeWord: "string", count: items.count)
            self = .stringSet(texts)
        case ("NS", .array(let items)):
            var numbers: [String] = []
            for item in items { numbers.append(try AttributeValue.number(item.stringValue ?? "")) }
            try AttributeValue.checkSet(numbers, typeWord: "number", count: items.count)
            self = .numberSet(numbers)
        case ("BS", .array(let items)):
            var blobs: [Data] = []
            for item in items { blobs.append(try AttributeValue.binary(item.stringValue ?? "")) }
            try AttributeValue.checkSet(blobs, typeWord: "binary", count: items.count)
            self = .binarySet(blobs)
        default:
            throw .dynamoValidation("Supplied AttributeValue has an unsupported datatype or a value of the wrong type: \(type)")
        }
    }

    /// An item (`--item`, `--key`) from the wire.
    public static func item(wire: JSONValue?) throws(ServiceError) -> DynamoItem {
        var item: DynamoItem = [:]
        for member in wire?.objectValue ?? [:] { item[member.key] = try AttributeValue(wire: member.value) }
        return item
    }

    private static func number(_ text: String) throws(ServiceError) -> String {
        guard let normalized = DynamoNumber.normalize(text) else {
            throw .dynamoValidation("A value provided cannot be converted into a number")
        }
        return normalized
    }

    private static func binary(_ text: String) throws(ServiceError) -> Data {
        guard let data = Data(base64Encoded: text) else { throw .dynamoValidation("Invalid binary value: not base64") }
        return data
    }

    private static func checkSet<T: Hashable>(_ items: [T], typeWord: String, count: Int) throws(ServiceError) {
        if count == 0 {
            throw .dynamoValidation("One or more parameter values were invalid: An \(typeWord) set  may not be empty")
        }
        if Set(items).count != items.count {
            throw .dynamoValidation("Input collection \(items.map { "\($0)" }) contains duplicates.")
        }
    }
}

extension AttributeValue: Codable {
    private struct TypeKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: TypeKey.self)
        guard let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "empty attribute value"))
        }
        switch key.stringValue {
        case "S": self = .string(try container.decode(String.self, forKey: key))
        case "N": self = .number(try container.decode(String.self, forKey: key))
        case "B": self = .binary(try container.decode(Data.self, forKey: key))
        case "BOOL": self = .bool(try container.decode(Bool.self, forKey: key))
        case "NULL": self = .null
        case "M": self = .map(try container.decode(DynamoItem.self, forKey: key))
        case "L": self = .list(try container.decode([AttributeValue].self, forKey: key))
        case "SS": self = .stringSet(try container.decode([String].self, forKey: key))
        case "NS": self = .numberSet(try container.decode([String].self, forKey: key))
        case "BS": self = .binarySet(try container.decode([Data].self, forKey: key))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown type \(key.stringValue)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        let key = TypeKey(stringValue: typeName)
        switch self {
        case .string(let text), .number(let text): try container.encode(text, forKey: key)
        case .binary(let data): try container.encode(data, forKey: key)
        case .bool(let flag): try container.encode(flag, forKey: key)
        case .null: try container.encode(true, forKey: key)
        case .map(let members): try container.encode(members, forKey: key)
        case .list(let items): try container.encode(items, forKey: key)
        case .stringSet(let items), .numberSet(let items): try container.encode(items, forKey: key)
        case .binarySet(let items): try container.encode(items, forKey: key)
        }
    }
}

extension ServiceError {
    /// DynamoDB's `ValidationException`.
    static func dynamoValidation(_ message: String) -> ServiceError {
        .dynamoDB(.validation, message)
    }
}
