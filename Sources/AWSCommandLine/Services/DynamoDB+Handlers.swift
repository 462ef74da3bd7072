import Foundation
import LambdaSim

// `aws dynamodb ...` bound to the simulation: tables and items. Each handler first checks that the caller may make the
// request (`dynamodb:PutItem` on `arn:aws:dynamodb:REGION:ACCOUNT:table/NAME`, ...).

enum DynamoDBHandlers {
    static let all: [AWSOperation] = tables + items + reading

    static let tables: [AWSOperation] = [
        AWSOperation(DynamoDBModel.createTable) { request, context throws(ServiceError) in
            let name = request.string("TableName") ?? ""
            try authorize("dynamodb:CreateTable", table: name, &context)
            let throughput = request["ProvisionedThroughput"]
            let stream = request["StreamSpecification"].map {
                StreamSpecification(streamEnabled: $0["StreamEnabled"]?.boolValue ?? false, streamViewType: $0["StreamViewType"]?.stringValue)
            }
            let description = try context.world.createTable(CreateTableRequest(
                tableName: name,
                attributeDefinitions: (request["AttributeDefinitions"]?.arrayValue ?? []).map {
                    AttributeDefinition(attributeName: $0["AttributeName"]?.stringValue ?? "", attributeType: $0["AttributeType"]?.stringValue ?? "")
                },
                keySchema: (request["KeySchema"]?.arrayValue ?? []).map {
                    KeySchemaElement(attributeName: $0["AttributeName"]?.stringValue ?? "", keyType: $0["KeyType"]?.stringValue ?? "")
                },
                billingMode: request.string("BillingMode"),
                readCapacityUnits: throughput?["ReadCapacityUnits"]?.intValue, writeCapacityUnits: throughput?["WriteCapacityUnits"]?.intValue,
                stream: stream,
                hasSecondaryIndexes: request["GlobalSecondaryIndexes"] != nil || request["LocalSecondaryIndexes"] != nil))
            return ["TableDescription": description.json]
        },
        AWSOperation(DynamoDBModel.describeTable) { request, context throws(ServiceError) in
            let name = request.string("TableName") ?? ""
            try authorize("dynamodb:DescribeTable", table: name, &context)
            return ["Table": try context.world.describeTable(named: name).json]
        },
        AWSOperation(DynamoDBModel.listTables) { request, context throws(ServiceError) in
            try context.world.authorizeCaller(action: "dynamodb:ListTables", resource: "*", service: .dynamodb)
            if request.int("Limit") != nil || request.string("ExclusiveStartTableName") != nil {
                let page = context.world.listTables(exclusiveStartTableName: request.string("ExclusiveStartTableName"), limit: request.int("Limit"))
                var output: JSONObject = ["TableNames": .array(page.names.map(JSONValue.string))]
                if let last = page.lastEvaluated { output["LastEvaluatedTableName"] = .string(last) }
                return .object(output)
            }
            let names = context.world.dynamoDB.tables.keys.sorted()
            return ["TableNames": .array(names.map(JSONValue.string))]
        },
        AWSOperation(DynamoDBModel.deleteTable) { request, context throws(ServiceError) in
            let name = request.string("TableName") ?? ""
            try authorize("dynamodb:DeleteTable", table: name, &context)
            return ["TableDescription": try context.world.deleteTable(named: name).json]
        },
    ]

    static let items: [AWSOperation] = [
        AWSOperation(DynamoDBModel.putItem) { request, context throws(ServiceError) in
            let name = request.string("TableName") ?? ""
            try authorize("dynamodb:PutItem", table: name, &context)
            let old = try context.world.putItem(tableName: name, item: try AttributeValue.item(wire: request["Item"]),
                                                conditionExpression: request.string("ConditionExpression"),
                                                attributes: try attributes(request), returnValues: request.string("ReturnValues"))
            return attributesOutput(old)
        },
        AWSOperation(DynamoDBModel.getItem) { request, context throws(ServiceError) in
            let name = request.string("TableName") ?? ""
            try authorize("dynamodb:GetItem", table: name, &context)
            let item = try context.world.getItem(tableName: name, key: try AttributeValue.item(wire: request["Key"]),
                                                 projectionExpression: request.string("ProjectionExpression"), attributes: try attributes(request))
            return item.map { ["Item": AttributeValue.itemResponse($0).json] }
        },
        AWSOperation(DynamoDBModel.deleteItem) { request, context throws(ServiceError) in
            let name = request.string("TableName") ?? ""
            try authorize("dynamodb:DeleteItem", table: name, &context)
            let old = try context.world.deleteItem(tableName: name, key: try AttributeValue.item(wire: request["Key"]),
                                                   conditionExpression: request.string("ConditionExpression"),
                                                   attributes: try attributes(request), returnValues: request.string("ReturnValues"))
            return attributesOutput(old)
        },
        AWSOperation(DynamoDBModel.updateItem) { request, context throws(ServiceError) in
            let name = request.string("TableName") ?? ""
            try authorize("dynamodb:UpdateItem", table: name, &context)
            let result = try context.world.updateItem(tableName: name, key: try AttributeValue.item(wire: request["Key"]),
                                                      updateExpression: request.string("UpdateExpression"),
                                                      conditionExpression: request.string("ConditionExpression"),
                                                      attributes: try attributes(request), returnValues: request.string("ReturnValues"))
            return attributesOutput(result)
        },
    ]

    static let reading: [AWSOperation] = [
        AWSOperation(DynamoDBModel.query) { request, context throws(ServiceError) in
            let name = request.string("TableName") ?? ""
            try authorize("dynamodb:Query", table: name, &context)
            let world = context.world
            return try pages(request) { (options: ReadOptions) throws(ServiceError) in
                try world.query(tableName: name, keyConditionExpression: request.string("KeyConditionExpression"),
                                scanIndexForward: request.bool("ScanIndexForward") ?? true, options: options)
            }
        },
        AWSOperation(DynamoDBModel.scan) { request, context throws(ServiceError) in
            let name = request.string("TableName") ?? ""
            try authorize("dynamodb:Scan", table: name, &context)
            let world = context.world
            return try pages(request) { (options: ReadOptions) throws(ServiceError) in try world.scan(tableName: name, options: options) }
        },
    ]

    /// As in the CLI, naming `--limit` or `--exclusive-start-key` turns pagination off and prints DynamoDB's page as it
    /// is. Otherwise every page is read and joined (`Items`, `Count`, `ScannedCount`, and the paginator's
    /// `ConsumedCapacity: null`), cut at `--max-items` with a `NextToken`.
    static func pages(_ request: AWSRequest, read: (ReadOptions) throws(ServiceError) -> ItemPage) throws(ServiceError) -> JSONValue {
        var options = ReadOptions(filterExpression: request.string("FilterExpression"), projectionExpression: request.string("ProjectionExpression"),
                                  attributes: try attributes(request), limit: request.int("Limit"),
                                  exclusiveStartKey: try request["ExclusiveStartKey"].map { (key: JSONValue) throws(ServiceError) in
                                      try AttributeValue.item(wire: key)
                                  },
                                  select: request.string("Select"))
        if options.limit != nil || options.exclusiveStartKey != nil { return try read(options).json }
        if let token = request.localString("StartingToken") {
            guard let data = Data(base64Encoded: token), let key = try? JSONValue(parsing: String(decoding: data, as: UTF8.self)) else {
                throw .dynamoDB(.validation, "The provided starting key is invalid")
            }
            options.exclusiveStartKey = try AttributeValue.item(wire: key)
        }
        let maxItems = request.local["MaxItems"]?.intValue
        options.limit = maxItems
        let page = try read(options)
        var output: JSONObject = [:]
        if let items = page.items { output["Items"] = .array(items.map { AttributeValue.itemResponse($0).json }) }
        output["Count"] = .number(.integer(page.count))
        output["ScannedCount"] = .number(.integer(page.scannedCount))
        output["ConsumedCapacity"] = .null
        if maxItems != nil, let last = page.lastEvaluatedKey {
            output["NextToken"] = .string(Data(AttributeValue.itemResponse(last).json.rendered().utf8).base64EncodedString())
        }
        return .object(output)
    }

    static func authorize(_ action: String, table: String, _ context: inout AWSCommandContext) throws(ServiceError) {
        try context.world.authorizeCaller(action: action, resource: context.world.tableARN(table), service: .dynamodb)
    }

    static func attributes(_ request: AWSRequest) throws(ServiceError) -> ExpressionAttributes {
        var names: [String: String] = [:]
        for member in request["ExpressionAttributeNames"]?.objectValue ?? [:] { names[member.key] = member.value.stringValue ?? "" }
        if let values = request["ExpressionAttributeValues"]?.objectValue, values.isEmpty {
            throw .dynamoDB(.validation, "ExpressionAttributeValues must not be empty")
        }
        return ExpressionAttributes(names: names, values: try AttributeValue.item(wire: request["ExpressionAttributeValues"]))
    }

    static func attributesOutput(_ item: DynamoItem?) -> JSONValue? {
        guard let item, !item.isEmpty else { return nil }
        return ["Attributes": AttributeValue.itemResponse(item).json]
    }
}
