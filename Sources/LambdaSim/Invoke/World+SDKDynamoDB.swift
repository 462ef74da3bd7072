// boto3.client('dynamodb') for handlers: put_item, get_item, update_item, delete_item, query, scan and describe_table on DynamoDB's typed JSON, each authorized
// as the execution role on the table's ARN.
import Foundation
import IAM
import MiniPython

extension World {
    /// Runs one DynamoDB client operation as `principal`; items are typed JSON (`{'S': 'x'}`, `{'N': '5'}`).
    mutating func runDynamoDBOperation(_ operation: String, params: [String: PythonValue],
                                       principal: Principal) throws(ServiceError) -> ResponseValue {
        guard case .string(let table) = params["TableName"] else {
            throw ServiceError(service: .dynamodb, code: ServiceError.Code("ParamValidationError", httpStatus: 400),
                               message: "Missing required parameter in input: \"TableName\"")
        }
        try requireAuthorization(principal: principal, action: "dynamodb:\(operation)", resource: tableARN(table), service: .dynamodb)
        let attributes = try World.expressionAttributes(params)
        switch operation {
        case "DescribeTable":
            return .object([ResponseMember("Table", try describeTable(named: table).response)])
        case "PutItem":
            let old = try putItem(tableName: table, item: try World.item(params["Item"]),
                                  conditionExpression: params["ConditionExpression"]?.stringValue, attributes: attributes,
                                  returnValues: params["ReturnValues"]?.stringValue)
            guard let old, !old.isEmpty else { return .object([]) }
            return .object([ResponseMember("Attributes", AttributeValue.itemResponse(old))])
        case "UpdateItem", "DeleteItem":
            let key = try World.item(params["Key"])
            let condition = params["ConditionExpression"]?.stringValue
            let returnValues = params["ReturnValues"]?.stringValue
            let result = operation == "UpdateItem"
                ? try updateItem(tableName: table, key: key, updateExpression: params["UpdateExpression"]?.stringValue,
                                 conditionExpression: condition, attributes: attributes, returnValues: returnValues)
                : try deleteItem(tableName: table, key: key, conditionExpression: condition, attributes: attributes,
                                 returnValues: returnValues)
            guard let result, !result.isEmpty else { return .object([]) }
            return .object([ResponseMember("Attributes", AttributeValue.itemResponse(result))])
        case "GetItem":
            let item = try getItem(tableName: table, key: try World.item(params["Key"]),
                                   projectionExpression: params["ProjectionExpression"]?.stringValue, attributes: attributes)
            return .object(item.map { [ResponseMember("Item", AttributeValue.itemResponse($0))] } ?? [])
        default:
            var limit: Int?
            if case .int(let number) = params["Limit"] { limit = number }
            let options = ReadOptions(filterExpression: params["FilterExpression"]?.stringValue,
                                      projectionExpression: params["ProjectionExpression"]?.stringValue, attributes: attributes,
                                      limit: limit, exclusiveStartKey: params["ExclusiveStartKey"] == nil ? nil : try World.item(params["ExclusiveStartKey"]),
                                      select: params["Select"]?.stringValue)
            if operation == "Query" {
                var forward = true
                if case .bool(let flag) = params["ScanIndexForward"] { forward = flag }
                return try query(tableName: table, keyConditionExpression: params["KeyConditionExpression"]?.stringValue,
                                 scanIndexForward: forward, options: options).response
            }
            return try scan(tableName: table, options: options).response
        }
    }


    private static func item(_ value: PythonValue?) throws(ServiceError) -> DynamoItem {
        try AttributeValue.item(wire: value.map(json))
    }

    private static func expressionAttributes(_ params: [String: PythonValue]) throws(ServiceError) -> ExpressionAttributes {
        var names: [String: String] = [:]
        if case .dict(let entries) = params["ExpressionAttributeNames"] {
            for entry in entries { if case .string(let key) = entry.key, case .string(let name) = entry.value { names[key] = name } }
        }
        if case .dict(let entries) = params["ExpressionAttributeValues"], entries.isEmpty {
            throw .dynamoDB(.validation, "ExpressionAttributeValues must not be empty")
        }
        return ExpressionAttributes(names: names, values: try item(params["ExpressionAttributeValues"]))
    }

    /// A Python value as the JSON botocore would send (bytes as base64, as the wire carries `B`).
    static func json(_ value: PythonValue) -> JSONValue {
        switch value {
        case .none, .opaque: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .number(.integer(number))
        case .bigInt(let text): .number(.bigInteger(text))
        case .float(let number): .number(.float(number))
        case .string(let text): .string(text)
        case .bytes(let bytes): .string(Data(bytes).base64EncodedString())
        case .list(let items), .tuple(let items): .array(items.map(json))
        case .dict(let entries):
            .object(JSONObject(entries.map { entry in
                let key: String = if case .string(let text) = entry.key { text } else { "\(entry.key)" }
                return (key: key, value: json(entry.value))
            }))
        }
    }
}
