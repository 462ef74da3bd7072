// `aws dynamodb create-table`, `describe-table`, `list-tables`, `delete-table`.

/// `create-table`'s parameters.
public struct CreateTableRequest: Sendable {
    public var tableName: String
    public var attributeDefinitions: [AttributeDefinition]
    public var keySchema: [KeySchemaElement]
    /// `PROVISIONED` (the API's default) or `PAY_PER_REQUEST`.
    public var billingMode: String?
    public var readCapacityUnits: Int?
    public var writeCapacityUnits: Int?
    public var stream: StreamSpecification?
    /// Index definitions are refused: secondary indexes are not simulated.
    public var hasSecondaryIndexes: Bool

    public init(tableName: String, attributeDefinitions: [AttributeDefinition], keySchema: [KeySchemaElement], billingMode: String? = nil,
                readCapacityUnits: Int? = nil, writeCapacityUnits: Int? = nil, stream: StreamSpecification? = nil,
                hasSecondaryIndexes: Bool = false) {
        self.tableName = tableName
        self.attributeDefinitions = attributeDefinitions
        self.keySchema = keySchema
        self.billingMode = billingMode
        self.readCapacityUnits = readCapacityUnits
        self.writeCapacityUnits = writeCapacityUnits
        self.stream = stream
        self.hasSecondaryIndexes = hasSecondaryIndexes
    }
}

/// A table as `describe-table` shows it, with the status of the moment (`CREATING`, `ACTIVE`, `DELETING`).
public struct TableDescription: Hashable, Sendable, ResponseConvertible {
    public var table: DynamoTable
    public var status: String
    public var arn: String

    public var response: ResponseValue {
        var builder = ResponseBuilder()
        builder.add("AttributeDefinitions", .list(table.attributeDefinitions.map(\.response)))
        builder.add("TableName", table.name)
        builder.add("KeySchema", .list(table.keySchema.map(\.response)))
        builder.add("TableStatus", status)
        builder.add("CreationDateTime", table.creationDate.cliTimestamp)
        builder.add("ProvisionedThroughput", .object([
            ResponseMember("NumberOfDecreasesToday", .integer(0)),
            ResponseMember("ReadCapacityUnits", .integer(Int64(table.readCapacityUnits))),
            ResponseMember("WriteCapacityUnits", .integer(Int64(table.writeCapacityUnits))),
        ]))
        builder.add("TableSizeBytes", table.sizeBytes)
        builder.add("ItemCount", table.items.count)
        builder.add("TableArn", arn)
        builder.add("TableId", table.tableID)
        if table.billingMode == "PAY_PER_REQUEST" {
            builder.add("BillingModeSummary", .object([
                ResponseMember("BillingMode", .string("PAY_PER_REQUEST")),
                ResponseMember("LastUpdateToPayPerRequestDateTime", .string(table.creationDate.cliTimestamp)),
            ]))
        }
        if let stream = table.stream, stream.streamEnabled, let label = table.streamLabel {
            builder.add("StreamSpecification", .object([ResponseMember("StreamEnabled", .bool(true)),
                                                        ResponseMember("StreamViewType", .string(stream.streamViewType ?? ""))]))
            builder.add("LatestStreamLabel", label)
            builder.add("LatestStreamArn", arn + "/stream/" + label)
        }
        builder.add("DeletionProtectionEnabled", false)
        return builder.object
    }
}

extension World {
    static let tableNotFound = ServiceError.dynamoDB(.dynamoResourceNotFound, "Requested resource not found")

    /// `arn:aws:dynamodb:REGION:ACCOUNT:table/NAME`.
    public func tableARN(_ name: String) -> String { "arn:aws:dynamodb:\(region):\(account):table/\(name)" }

    /// `aws dynamodb create-table`. The answer says `CREATING`, as DynamoDB's does; the table is usable at once and
    /// `describe-table` already says `ACTIVE`.
    public mutating func createTable(_ request: CreateTableRequest) throws(ServiceError) -> TableDescription {
        try DynamoValidation.tableName(request.tableName)
        if request.hasSecondaryIndexes {
            throw .dynamoValidation("Secondary indexes are not simulated here: create the table without GlobalSecondaryIndexes or LocalSecondaryIndexes.")
        }
        try DynamoValidation.keySchema(request.keySchema, definitions: request.attributeDefinitions)
        let mode = request.billingMode ?? "PROVISIONED"
        var read = 0, write = 0
        if mode == "PROVISIONED" {
            guard let readUnits = request.readCapacityUnits, let writeUnits = request.writeCapacityUnits else {
                throw .dynamoValidation("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED")
            }
            read = readUnits
            write = writeUnits
        } else if request.readCapacityUnits != nil || request.writeCapacityUnits != nil {
            throw .dynamoValidation("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST")
        }
        if let stream = request.stream, stream.streamEnabled, stream.streamViewType == nil {
            throw .dynamoValidation("One or more parameter values were invalid: StreamViewType is required when StreamEnabled is true")
        }
        if dynamoDB.tables[request.tableName] != nil {
            throw .dynamoDB(.dynamoResourceInUse, "Table already exists: \(request.tableName)")
        }
        let enabled = request.stream?.streamEnabled == true
        let table = DynamoTable(name: request.tableName, attributeDefinitions: request.attributeDefinitions, keySchema: request.keySchema,
                                billingMode: mode, readCapacityUnits: read, writeCapacityUnits: write,
                                stream: enabled ? request.stream : nil,
                                streamLabel: enabled ? String(CivilTime(millisecondsSinceEpoch: clock.now.millisecondsSinceEpoch).iso8601.dropLast()) : nil,
                                creationDate: clock.now, tableID: random.uuid())
        dynamoDB.tables[request.tableName] = table
        return TableDescription(table: table, status: "CREATING", arn: tableARN(table.name))
    }

    /// `aws dynamodb describe-table`.
    public func describeTable(named name: String) throws(ServiceError) -> TableDescription {
        guard let table = dynamoDB.tables[name] else {
            throw .dynamoDB(.dynamoResourceNotFound, "Requested resource not found: Table: \(name) not found")
        }
        return TableDescription(table: table, status: "ACTIVE", arn: tableARN(name))
    }

    /// `aws dynamodb list-tables`: names sorted, from after `exclusiveStartTableName`, at most `limit` (1–100).
    public func listTables(exclusiveStartTableName: String? = nil, limit: Int? = nil) -> (names: [String], lastEvaluated: String?) {
        let all = dynamoDB.tables.keys.sorted().filter { exclusiveStartTableName == nil || $0 > exclusiveStartTableName! }
        let count = min(limit ?? 100, 100)
        let page = Array(all.prefix(count))
        return (page, all.count > count ? page.last : nil)
    }

    /// `aws dynamodb delete-table`: answers the table as it was, `DELETING`.
    public mutating func deleteTable(named name: String) throws(ServiceError) -> TableDescription {
        guard let table = dynamoDB.tables[name] else { throw World.tableNotFound }
        dynamoDB.tables[name] = nil
        return TableDescription(table: table, status: "DELETING", arn: tableARN(name))
    }

    func existingTable(_ name: String) throws(ServiceError) -> DynamoTable {
        guard let table = dynamoDB.tables[name] else { throw World.tableNotFound }
        return table
    }
}

enum DynamoValidation {
    static func tableName(_ name: String) throws(ServiceError) {
        let allowed = name.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 || $0 == 45 || $0 == 46 }
        if name.utf8.count < 3 || name.utf8.count > 255 {
            throw .dynamoValidation("TableName must be at least 3 characters long and at most 255 characters long")
        }
        if !allowed {
            throw .dynamoValidation(ServiceError.validationMessage(value: name, field: "tableName",
                                                                   constraint: "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"))
        }
    }

    static func keySchema(_ schema: [KeySchemaElement], definitions: [AttributeDefinition]) throws(ServiceError) {
        guard let first = schema.first, schema.count <= 2 else {
            throw .dynamoValidation("1 validation error detected: Value '\(schema.count)' at 'keySchema' failed to satisfy constraint: Member must have length less than or equal to 2")
        }
        if first.keyType != "HASH" { throw .dynamoValidation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type") }
        if schema.count == 2 {
            if schema[1].keyType != "RANGE" { throw .dynamoValidation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type") }
            if schema[1].attributeName == first.attributeName {
                throw .dynamoValidation("Both the Hash Key and the Range Key element in the KeySchema have the same name")
            }
        }
        let defined = definitions.map(\.attributeName)
        let keys = schema.map(\.attributeName)
        let undefined = keys.filter { !defined.contains($0) }
        if !undefined.isEmpty {
            throw .dynamoValidation("One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. "
                + "Keys: [\(undefined.joined(separator: ", "))], AttributeDefinitions: [\(defined.joined(separator: ", "))]")
        }
        if defined.count != keys.count {
            throw .dynamoValidation("One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions")
        }
        for definition in definitions where !["S", "N", "B"].contains(definition.attributeType) {
            throw .dynamoValidation("1 validation error detected: Value '\(definition.attributeType)' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]")
        }
    }
}
