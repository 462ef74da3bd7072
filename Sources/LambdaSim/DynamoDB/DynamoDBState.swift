import Foundation

// Simulated DynamoDB: tables, their key schemas, and their items in key order.

/// `KeySchema` entry: an attribute and its role (`HASH` is the partition key, `RANGE` the sort key).
public struct KeySchemaElement: Hashable, Sendable, Codable {
    public var attributeName: String
    public var keyType: String

    public init(attributeName: String, keyType: String) {
        self.attributeName = attributeName
        self.keyType = keyType
    }

    var response: ResponseValue {
        .object([ResponseMember("AttributeName", .string(attributeName)), ResponseMember("KeyType", .string(keyType))])
    }
}

/// `AttributeDefinitions` entry: a key attribute's scalar type (`S`, `N` or `B`).
public struct AttributeDefinition: Hashable, Sendable, Codable {
    public var attributeName: String
    public var attributeType: String

    public init(attributeName: String, attributeType: String) {
        self.attributeName = attributeName
        self.attributeType = attributeType
    }

    var response: ResponseValue {
        .object([ResponseMember("AttributeName", .string(attributeName)), ResponseMember("AttributeType", .string(attributeType))])
    }
}

/// A table's `StreamSpecification`, kept for the issue that adds DynamoDB Streams.
public struct StreamSpecification: Hashable, Sendable, Codable {
    public var streamEnabled: Bool
    public var streamViewType: String?

    public init(streamEnabled: Bool, streamViewType: String? = nil) {
        self.streamEnabled = streamEnabled
        self.streamViewType = streamViewType
    }
}

/// One table: its definition and its items, kept sorted by partition key and then sort key (numbers numerically,
/// strings and binaries by their bytes), so a query reads a contiguous, ordered run.
public struct DynamoTable: Hashable, Sendable, Codable {
    public var name: String
    public var attributeDefinitions: [AttributeDefinition]
    public var keySchema: [KeySchemaElement]
    /// `PROVISIONED` or `PAY_PER_REQUEST`.
    public var billingMode: String
    public var readCapacityUnits: Int
    public var writeCapacityUnits: Int
    public var stream: StreamSpecification?
    /// `2026-01-01T00:00:00.000`, set when a stream is enabled.
    public var streamLabel: String?
    public var creationDate: SimulatedInstant
    public var tableID: String
    public var items: [DynamoItem] = []

    public var partitionKey: String { keySchema.first { $0.keyType == "HASH" }?.attributeName ?? "" }
    public var sortKey: String? { keySchema.first { $0.keyType == "RANGE" }?.attributeName }
    public var keyAttributes: [String] { [partitionKey] + (sortKey.map { [$0] } ?? []) }

    func keyType(of attribute: String) -> String? {
        attributeDefinitions.first { $0.attributeName == attribute }?.attributeType
    }

    /// The item's key attributes only.
    func key(of item: DynamoItem) -> DynamoItem {
        var key: DynamoItem = [:]
        for name in keyAttributes { key[name] = item[name] }
        return key
    }

    /// Where an item with this key is or would go: `(index, found)`.
    func position(of key: DynamoItem) -> (index: Int, found: Bool) {
        var low = 0, high = items.count
        while low < high {
            let middle = (low + high) / 2
            switch compareKeys(items[middle], key) {
            case .orderedAscending: low = middle + 1
            case .orderedDescending: high = middle
            case .orderedSame: return (middle, true)
            }
        }
        return (low, false)
    }

    func compareKeys(_ lhs: DynamoItem, _ rhs: DynamoItem) -> ComparisonResult {
        for name in keyAttributes {
            guard let left = lhs[name], let right = rhs[name] else { continue }
            let order = AttributeValue.order(left, right) ?? .orderedSame
            if order != .orderedSame { return order }
        }
        return .orderedSame
    }

    public var sizeBytes: Int {
        items.reduce(0) { total, item in total + item.reduce(0) { $0 + $1.key.utf8.count + $1.value.size } }
    }

    var arnSuffix: String { "table/\(name)" }
}

/// The DynamoDB part of the account.
public struct DynamoDBState: Hashable, Sendable, Codable {
    /// Tables by name; `list-tables` sorts them by name, as DynamoDB does.
    public var tables: [String: DynamoTable] = [:]

    public init() {}
}
