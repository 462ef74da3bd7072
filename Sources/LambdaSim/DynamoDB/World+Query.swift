// `aws dynamodb query` (KeyConditionExpression on the partition key and optionally the sort key) and `scan`,
// both with FilterExpression, ProjectionExpression, Limit and ExclusiveStartKey.

/// One page of `query` or `scan`.
public struct ItemPage: Hashable, Sendable, ResponseConvertible {
    /// The matching items, after the filter (nil for `Select` `COUNT`).
    public var items: [DynamoItem]?
    /// How many items matched the filter.
    public var count: Int
    /// How many items were read before the filter.
    public var scannedCount: Int
    /// The key to pass as `ExclusiveStartKey` for the next page, when the page stopped at `Limit`.
    public var lastEvaluatedKey: DynamoItem?

    public var response: ResponseValue {
        var builder = ResponseBuilder()
        if let items { builder.add("Items", .list(items.map(AttributeValue.itemResponse))) }
        builder.add("Count", count)
        builder.add("ScannedCount", scannedCount)
        if let lastEvaluatedKey { builder.add("LastEvaluatedKey", AttributeValue.itemResponse(lastEvaluatedKey)) }
        return builder.object
    }
}

/// The reading options `query` and `scan` share.
public struct ReadOptions: Sendable {
    public var filterExpression: String?
    public var projectionExpression: String?
    public var attributes: ExpressionAttributes
    public var limit: Int?
    public var exclusiveStartKey: DynamoItem?
    /// `ALL_ATTRIBUTES` (default), `SPECIFIC_ATTRIBUTES` or `COUNT`.
    public var select: String?

    public init(filterExpression: String? = nil, projectionExpression: String? = nil, attributes: ExpressionAttributes = ExpressionAttributes(),
                limit: Int? = nil, exclusiveStartKey: DynamoItem? = nil, select: String? = nil) {
        self.filterExpression = filterExpression
        self.projectionExpression = projectionExpression
        self.attributes = attributes
        self.limit = limit
        self.exclusiveStartKey = exclusiveStartKey
        self.select = select
    }
}

extension World {
    /// `aws dynamodb query`: the items of one partition, in sort key order (reversed when `scanIndexForward` is false).
    public func query(tableName: String, keyConditionExpression: String?, scanIndexForward: Bool = true,
                      options: ReadOptions = ReadOptions()) throws(ServiceError) -> ItemPage {
        let table = try existingTable(tableName)
        guard let keyConditionExpression else {
            throw .dynamoValidation("Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.")
        }
        var attributes = options.attributes
        try attributes.checkKeys()
        let keyCondition = try ExpressionParser.condition(keyConditionExpression, kind: .keyCondition, attributes: &attributes)
        let (partition, sortCondition) = try KeyConditionAnalysis.split(keyCondition, table: table)
        let (filter, projection) = try readExpressions(options, attributes: &attributes)
        try attributes.checkAllUsed()
        var candidates: [DynamoItem] = []
        for item in table.items where item[table.partitionKey].map({ ConditionEvaluator.equal($0, partition) }) == true {
            if let sortCondition, !(try ConditionEvaluator.holds(sortCondition, in: item, kind: .keyCondition)) { continue }
            candidates.append(item)
        }
        if !scanIndexForward { candidates.reverse() }
        return try page(candidates, table: table, filter: filter, projection: projection, options: options, forward: scanIndexForward)
    }

    /// `aws dynamodb scan`: every item, in the table's stored order.
    public func scan(tableName: String, options: ReadOptions = ReadOptions()) throws(ServiceError) -> ItemPage {
        let table = try existingTable(tableName)
        var attributes = options.attributes
        try attributes.checkKeys()
        let (filter, projection) = try readExpressions(options, attributes: &attributes)
        try attributes.checkAllUsed()
        return try page(table.items, table: table, filter: filter, projection: projection, options: options, forward: true)
    }

    private func readExpressions(_ options: ReadOptions, attributes: inout ExpressionAttributes) throws(ServiceError)
        -> (Condition?, [DocumentPath]?) {
        let filter = try options.filterExpression.map { (text: String) throws(ServiceError) in
            try ExpressionParser.condition(text, kind: .filter, attributes: &attributes)
        }
        let projection = try options.projectionExpression.map { (text: String) throws(ServiceError) in
            try ExpressionParser.projection(text, attributes: &attributes)
        }
        if options.select == "COUNT", projection != nil {
            throw .dynamoValidation("Cannot specify the AttributesToGet or ProjectionExpression when choosing to get only the Count")
        }
        return (filter, projection)
    }

    /// Reads from after `ExclusiveStartKey`, at most `Limit` items, then filters and projects them.
    private func page(_ ordered: [DynamoItem], table: DynamoTable, filter: Condition?, projection: [DocumentPath]?,
                      options: ReadOptions, forward: Bool) throws(ServiceError) -> ItemPage {
        var start = ordered.startIndex
        if let startKey = options.exclusiveStartKey {
            guard Set(startKey.keys) == Set(table.keyAttributes) else {
                throw .dynamoValidation("The provided starting key is invalid: The provided key element does not match the schema")
            }
            start = ordered.firstIndex { item in
                let order = table.compareKeys(item, startKey)
                return forward ? order == .orderedDescending : order == .orderedAscending
            } ?? ordered.endIndex
        }
        var scanned = 0
        var matched: [DynamoItem] = []
        var lastKey: DynamoItem?
        for item in ordered[start...] {
            if let limit = options.limit, scanned == limit {
                break
            }
            scanned += 1
            if let limit = options.limit, scanned == limit { lastKey = table.key(of: item) }
            if let filter, !(try ConditionEvaluator.holds(filter, in: item, kind: .filter)) { continue }
            matched.append(projection.map { UpdateApplier.project(item, $0) } ?? item)
        }
        return ItemPage(items: options.select == "COUNT" ? nil : matched, count: matched.count, scannedCount: scanned,
                        lastEvaluatedKey: lastKey)
    }
}

/// Splits a KeyConditionExpression into the partition key's value and the sort key's condition.
enum KeyConditionAnalysis {
    static func split(_ condition: Condition, table: DynamoTable) throws(ServiceError) -> (AttributeValue, Condition?) {
        var parts: [Condition] = []
        try flatten(condition, into: &parts)
        var partition: AttributeValue?
        var sort: Condition?
        for part in parts {
            guard let attribute = keyAttribute(of: part) else { throw .dynamoValidation("Query key condition not supported") }
            if attribute == table.partitionKey {
                guard partition == nil else { throw .dynamoValidation("KeyConditionExpressions must only contain one condition per key") }
                guard case .compare(_, .equal, .value(let value, _)) = part else {
                    throw .dynamoValidation("Query key condition not supported")
                }
                try checkType(value, attribute: attribute, table: table)
                partition = value
            } else if attribute == table.sortKey {
                guard sort == nil else { throw .dynamoValidation("KeyConditionExpressions must only contain one condition per key") }
                switch part {
                case .compare(_, let comparator, .value(let value, _)):
                    if comparator == .notEqual { throw .dynamoValidation("Unsupported operator on KeyConditionExpression: operator: <>") }
                    try checkType(value, attribute: attribute, table: table)
                case .between(_, .value(let low, _), .value(let high, _)):
                    try checkType(low, attribute: attribute, table: table)
                    try checkType(high, attribute: attribute, table: table)
                case .beginsWith(_, .value(let prefix, _)):
                    if table.keyType(of: attribute) == "N" {
                        throw .dynamoValidation("Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N")
                    }
                    try checkType(prefix, attribute: attribute, table: table)
                default:
                    throw .dynamoValidation("Query key condition not supported")
                }
                sort = part
            } else {
                throw .dynamoValidation("Query condition missed key schema element: \(table.partitionKey)")
            }
        }
        guard let partition else { throw .dynamoValidation("Query condition missed key schema element: \(table.partitionKey)") }
        return (partition, sort)
    }

    private static func flatten(_ condition: Condition, into parts: inout [Condition]) throws(ServiceError) {
        switch condition {
        case .and(let left, let right):
            try flatten(left, into: &parts)
            try flatten(right, into: &parts)
        case .or: throw .dynamoValidation("Invalid operator used in KeyConditionExpression: OR")
        case .not: throw .dynamoValidation("Invalid operator used in KeyConditionExpression: NOT")
        case .isIn: throw .dynamoValidation("Invalid operator used in KeyConditionExpression: IN")
        case .attributeExists: throw .dynamoValidation("Invalid operator used in KeyConditionExpression: attribute_exists")
        case .attributeNotExists: throw .dynamoValidation("Invalid operator used in KeyConditionExpression: attribute_not_exists")
        case .contains: throw .dynamoValidation("Invalid operator used in KeyConditionExpression: contains")
        case .attributeType: throw .dynamoValidation("Invalid operator used in KeyConditionExpression: attribute_type")
        default: parts.append(condition)
        }
    }

    /// The single top-level attribute a key condition part is about.
    private static func keyAttribute(of part: Condition) -> String? {
        let subject: ConditionOperand
        switch part {
        case .compare(let left, _, _), .between(let left, _, _), .beginsWith(let left, _): subject = left
        default: return nil
        }
        guard case .path(let path) = subject, path.elements.count == 1 else { return nil }
        return path.attribute
    }

    private static func checkType(_ value: AttributeValue, attribute: String, table: DynamoTable) throws(ServiceError) {
        if value.typeName != table.keyType(of: attribute) {
            throw .dynamoValidation("One or more parameter values were invalid: Condition parameter type does not match schema type")
        }
    }
}
