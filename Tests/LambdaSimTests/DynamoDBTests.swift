import Foundation
import Testing
@testable import LambdaSim

/// `Orders`: partition key `customer` (S), sort key `order` (N).
func ordersWorld() throws -> World {
    var world = World()
    _ = try world.createTable(CreateTableRequest(
        tableName: "Orders",
        attributeDefinitions: [AttributeDefinition(attributeName: "customer", attributeType: "S"),
                               AttributeDefinition(attributeName: "order", attributeType: "N")],
        keySchema: [KeySchemaElement(attributeName: "customer", keyType: "HASH"), KeySchemaElement(attributeName: "order", keyType: "RANGE")],
        billingMode: "PAY_PER_REQUEST"))
    for (customer, order, amount) in [("ada", "10", "5.5"), ("ada", "9", "12"), ("ada", "100", "1"), ("bob", "1", "7"), ("ada", "2", "30")] {
        _ = try world.putItem(tableName: "Orders", item: ["customer": .string(customer), "order": .number(order), "amount": .number(amount),
                                                          "status": .string("new")])
    }
    return world
}

func values(_ pairs: [String: AttributeValue]) -> ExpressionAttributes { ExpressionAttributes(values: pairs) }

@Suite("DynamoDB tables and items")
struct DynamoDBTests {
    @Test("create-table answers CREATING, describe-table ACTIVE, with DynamoDB's members")
    func createDescribe() throws {
        var world = World()
        let created = try world.createTable(CreateTableRequest(
            tableName: "Users", attributeDefinitions: [AttributeDefinition(attributeName: "id", attributeType: "S")],
            keySchema: [KeySchemaElement(attributeName: "id", keyType: "HASH")], readCapacityUnits: 5, writeCapacityUnits: 5,
            stream: StreamSpecification(streamEnabled: true, streamViewType: "NEW_IMAGE")))
        #expect(created.response["TableStatus"] == .string("CREATING"))
        let described = try world.describeTable(named: "Users")
        #expect(described.response["TableStatus"] == .string("ACTIVE"))
        #expect(described.response["TableArn"] == .string("arn:aws:dynamodb:us-east-1:123456789012:table/Users"))
        #expect(described.response["LatestStreamArn"] == .string("arn:aws:dynamodb:us-east-1:123456789012:table/Users/stream/2026-01-01T00:00:00.000"))
        #expect(world.listTables().names == ["Users"])
        let again = serviceError { () throws(ServiceError) in try world.createTable(CreateTableRequest(
            tableName: "Users", attributeDefinitions: [AttributeDefinition(attributeName: "id", attributeType: "S")],
            keySchema: [KeySchemaElement(attributeName: "id", keyType: "HASH")], billingMode: "PAY_PER_REQUEST")) }
        #expect(again?.code == "ResourceInUseException")
        _ = try world.deleteTable(named: "Users")
        let gone = serviceError { () throws(ServiceError) in try world.describeTable(named: "Users") }
        #expect(gone?.code == "ResourceNotFoundException")
        #expect(gone?.message == "Requested resource not found: Table: Users not found")
    }

    @Test("create-table checks the key schema against the attribute definitions and the billing mode")
    func createValidation() {
        var world = World()
        let undefined = serviceError { () throws(ServiceError) in try world.createTable(CreateTableRequest(
            tableName: "T1x", attributeDefinitions: [AttributeDefinition(attributeName: "pk", attributeType: "S")],
            keySchema: [KeySchemaElement(attributeName: "id", keyType: "HASH")], billingMode: "PAY_PER_REQUEST")) }
        #expect(undefined?.message == "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [id], AttributeDefinitions: [pk]")
        let provisioned = serviceError { () throws(ServiceError) in try world.createTable(CreateTableRequest(
            tableName: "T1x", attributeDefinitions: [AttributeDefinition(attributeName: "id", attributeType: "S")],
            keySchema: [KeySchemaElement(attributeName: "id", keyType: "HASH")])) }
        #expect(provisioned?.message == "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED")
        let range = serviceError { () throws(ServiceError) in try world.createTable(CreateTableRequest(
            tableName: "T1x", attributeDefinitions: [AttributeDefinition(attributeName: "id", attributeType: "S")],
            keySchema: [KeySchemaElement(attributeName: "id", keyType: "RANGE")], billingMode: "PAY_PER_REQUEST")) }
        #expect(range?.message == "Invalid KeySchema: The first KeySchemaElement is not a HASH key type")
    }

    @Test("put-item needs every key attribute with its defined type")
    func putKeys() throws {
        var world = try ordersWorld()
        let missing = serviceError { () throws(ServiceError) in try world.putItem(tableName: "Orders", item: ["customer": .string("x")]) }
        #expect(missing?.message == "One or more parameter values were invalid: Missing the key order in the item")
        let mismatch = serviceError { () throws(ServiceError) in
            try world.putItem(tableName: "Orders", item: ["customer": .number("1"), "order": .number("1")])
        }
        #expect(mismatch?.message == "One or more parameter values were invalid: Type mismatch for key customer expected: S actual: N")
        let table = serviceError { () throws(ServiceError) in try world.putItem(tableName: "Nope", item: [:]) }
        #expect(table?.cliMessage(operation: "PutItem") == "An error occurred (ResourceNotFoundException) when calling the PutItem operation: Requested resource not found")
    }

    @Test("attribute_not_exists makes put-item refuse to overwrite, with ConditionalCheckFailedException")
    func conditionalPut() throws {
        var world = try ordersWorld()
        let item: DynamoItem = ["customer": .string("ada"), "order": .number("10"), "amount": .number("0")]
        let error = serviceError { () throws(ServiceError) in
            try world.putItem(tableName: "Orders", item: item, conditionExpression: "attribute_not_exists(customer)")
        }
        #expect(error?.code == "ConditionalCheckFailedException")
        #expect(error?.message == "The conditional request failed")
        _ = try world.putItem(tableName: "Orders", item: ["customer": .string("cy"), "order": .number("1")], conditionExpression: "attribute_not_exists(customer)")
        let old = try world.putItem(tableName: "Orders", item: item, conditionExpression: "amount > :min",
                                    attributes: values([":min": .number("5")]), returnValues: "ALL_OLD")
        #expect(old?["amount"] == .number("5.5"))
    }

    @Test("numbers compare numerically and are stored normalized")
    func numbers() throws {
        #expect(DynamoNumber.normalize("1.50") == "1.5")
        #expect(DynamoNumber.normalize("-0") == "0")
        #expect(DynamoNumber.normalize("1e3") == "1000")
        #expect(DynamoNumber.normalize("1.2.3") == nil)
        #expect(DynamoNumber.normalize("abc") == nil)
        #expect(DynamoNumber.compare("9", "10") == .orderedAscending)
        let error = serviceError { () throws(ServiceError) in try AttributeValue(wire: ["N": "x1"]) }
        #expect(error?.message == "A value provided cannot be converted into a number")
    }

    @Test("query follows the sort key numerically and reverses with ScanIndexForward false")
    func queryOrder() throws {
        let world = try ordersWorld()
        let page = try world.query(tableName: "Orders", keyConditionExpression: "customer = :c", options: ReadOptions(attributes: values([":c": .string("ada")])))
        #expect(page.items?.compactMap { $0["order"] } == ["2", "9", "10", "100"].map(AttributeValue.number))
        let reversed = try world.query(tableName: "Orders", keyConditionExpression: "customer = :c", scanIndexForward: false,
                                       options: ReadOptions(attributes: values([":c": .string("ada")])))
        #expect(reversed.items?.first?["order"] == .number("100"))
    }

    @Test("sort key conditions: comparisons, BETWEEN and begins_with", arguments: [
        ("customer = :c AND #o < :n", ["2", "9"]),
        ("customer = :c AND #o <= :n", ["2", "9", "10"]),
        ("customer = :c AND #o > :n", ["100"]),
        ("customer = :c AND #o >= :n", ["10", "100"]),
        ("customer = :c AND #o = :n", ["10"]),
        ("customer = :c AND #o BETWEEN :low AND :n", ["9", "10"]),
        ("#o BETWEEN :low AND :n AND customer = :c", ["9", "10"]),
    ])
    func sortConditions(expression: String, expected: [String]) throws {
        let world = try ordersWorld()
        var attributes = values([":c": .string("ada"), ":n": .number("10")])
        if expression.contains(":low") { attributes.values[":low"] = .number("3") }
        attributes.names = ["#o": "order"]
        let page = try world.query(tableName: "Orders", keyConditionExpression: expression, options: ReadOptions(attributes: attributes))
        #expect(page.items?.compactMap { $0["order"] } == expected.map(AttributeValue.number))
    }

    @Test("begins_with on a string sort key, and string keys sort by their bytes")
    func beginsWith() throws {
        var world = World()
        _ = try world.createTable(CreateTableRequest(
            tableName: "Events", attributeDefinitions: [AttributeDefinition(attributeName: "pk", attributeType: "S"), AttributeDefinition(attributeName: "sk", attributeType: "S")],
            keySchema: [KeySchemaElement(attributeName: "pk", keyType: "HASH"), KeySchemaElement(attributeName: "sk", keyType: "RANGE")], billingMode: "PAY_PER_REQUEST"))
        for sk in ["2026-02", "2025-12", "2026-01", "Z", "a"] {
            _ = try world.putItem(tableName: "Events", item: ["pk": .string("p"), "sk": .string(sk)])
        }
        let all = try world.query(tableName: "Events", keyConditionExpression: "pk = :p", options: ReadOptions(attributes: values([":p": .string("p")])))
        #expect(all.items?.compactMap { $0["sk"] } == ["2025-12", "2026-01", "2026-02", "Z", "a"].map(AttributeValue.string))
        let year = try world.query(tableName: "Events", keyConditionExpression: "pk = :p AND begins_with(sk, :y)",
                                   options: ReadOptions(attributes: values([":p": .string("p"), ":y": .string("2026")])))
        #expect(year.count == 2)
    }

    @Test("bad key conditions get DynamoDB's messages", arguments: [
        ("amount = :n", "Query condition missed key schema element: customer"),
        ("customer = :c OR customer = :c", "Invalid operator used in KeyConditionExpression: OR"),
        ("customer < :c", "Query key condition not supported"),
        ("customer = :c AND begins_with(#o, :n)", "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N"),
        ("customer = :n", "One or more parameter values were invalid: Condition parameter type does not match schema type"),
        ("customer = :c AND", "Invalid KeyConditionExpression: Syntax error; token: \"<EOF>\", near: \"AND\""),
    ])
    func badKeyConditions(expression: String, message: String) throws {
        let world = try ordersWorld()
        var attributes = values([":c": .string("ada"), ":n": .number("1")])
        if expression.contains("#o") { attributes.names = ["#o": "order"] }
        if !expression.contains(":n") { attributes.values[":n"] = nil }
        if !expression.contains(":c") { attributes.values[":c"] = nil }
        let error = serviceError { () throws(ServiceError) in
            try world.query(tableName: "Orders", keyConditionExpression: expression, options: ReadOptions(attributes: attributes))
        }
        #expect(error?.code == "ValidationException")
        #expect(error?.message == message)
    }

    @Test("Limit stops the read and gives LastEvaluatedKey; ExclusiveStartKey resumes; the filter counts after")
    func limitAndFilter() throws {
        let world = try ordersWorld()
        let attributes = values([":c": .string("ada")])
        let first = try world.query(tableName: "Orders", keyConditionExpression: "customer = :c", options: ReadOptions(attributes: attributes, limit: 2))
        #expect(first.count == 2)
        #expect(first.lastEvaluatedKey == ["customer": .string("ada"), "order": .number("9")])
        let second = try world.query(tableName: "Orders", keyConditionExpression: "customer = :c",
                                     options: ReadOptions(attributes: attributes, exclusiveStartKey: first.lastEvaluatedKey))
        #expect(second.items?.compactMap { $0["order"] } == ["10", "100"].map(AttributeValue.number))
        let filtered = try world.scan(tableName: "Orders", options: ReadOptions(filterExpression: "amount >= :t", attributes: values([":t": .number("7")])))
        #expect(filtered.count == 3)
        #expect(filtered.scannedCount == 5)
    }

    @Test("scan filters with functions, IN, NOT and size, and projects")
    func scanFunctions() throws {
        var world = try ordersWorld()
        _ = try world.putItem(tableName: "Orders", item: ["customer": .string("zed"), "order": .number("1"), "tags": .stringSet(["gift", "rush"]),
                                                          "notes": .list([.string("a"), .string("b")]), "info": .map(["city": .string("Oslo")])])
        func count(_ filter: String, _ placeholders: [String: AttributeValue] = [:], names: [String: String] = [:]) throws -> Int {
            try world.scan(tableName: "Orders", options: ReadOptions(filterExpression: filter,
                                                                     attributes: ExpressionAttributes(names: names, values: placeholders))).count
        }
        #expect(try count("contains(tags, :t)", [":t": .string("gift")]) == 1)
        #expect(try count("attribute_exists(info.city)") == 1)
        #expect(try count("size(notes) = :two", [":two": .number("2")]) == 1)
        #expect(try count("customer IN (:a, :b)", [":a": .string("bob"), ":b": .string("zed")]) == 2)
        #expect(try count("NOT attribute_exists(tags)") == 5)
        #expect(try count("attribute_type(tags, :ss)", [":ss": .string("SS")]) == 1)
        #expect(try count("#s = :new AND (amount < :ten OR amount > :twenty)", [":new": .string("new"), ":ten": .number("10"), ":twenty": .number("20")],
                          names: ["#s": "status"]) == 4)
        let projected = try world.scan(tableName: "Orders", options: ReadOptions(filterExpression: "customer = :z", projectionExpression: "info.city, notes[1]",
                                                                                 attributes: values([":z": .string("zed")])))
        #expect(projected.items?.first == ["info": .map(["city": .string("Oslo")]), "notes": .list([.string("b")])])
    }

    @Test("update-item SET with arithmetic, if_not_exists and list_append, REMOVE, ADD and DELETE")
    func update() throws {
        var world = try ordersWorld()
        let key: DynamoItem = ["customer": .string("ada"), "order": .number("10")]
        let new = try world.updateItem(
            tableName: "Orders", key: key,
            updateExpression: "SET amount = amount + :inc, visits = if_not_exists(visits, :zero) + :one, history = list_append(if_not_exists(history, :empty), :h) REMOVE #s ADD tags :tags, points :five",
            attributes: ExpressionAttributes(names: ["#s": "status"], values: [":inc": .number("0.5"), ":zero": .number("0"), ":one": .number("1"),
                                                                               ":empty": .list([]), ":h": .list([.string("paid")]),
                                                                               ":tags": .stringSet(["vip"]), ":five": .number("5")]),
            returnValues: "ALL_NEW")
        #expect(new?["amount"] == .number("6"))
        #expect(new?["visits"] == .number("1"))
        #expect(new?["history"] == .list([.string("paid")]))
        #expect(new?["status"] == nil)
        #expect(new?["tags"] == .stringSet(["vip"]))
        let updated = try world.updateItem(tableName: "Orders", key: key, updateExpression: "DELETE tags :tags SET amount = amount - :one",
                                           attributes: values([":tags": .stringSet(["vip"]), ":one": .number("1")]), returnValues: "UPDATED_OLD")
        #expect(updated == ["tags": .stringSet(["vip"]), "amount": .number("6")])
        #expect(try world.getItem(tableName: "Orders", key: key)?["tags"] == nil)
    }

    @Test("update-item creates a missing item from its key, and refuses to change key attributes")
    func updateCreatesAndGuardsKeys() throws {
        var world = try ordersWorld()
        let key: DynamoItem = ["customer": .string("new"), "order": .number("1")]
        _ = try world.updateItem(tableName: "Orders", key: key, updateExpression: "SET amount = :t", attributes: values([":t": .number("3")]))
        #expect(try world.getItem(tableName: "Orders", key: key) == ["customer": .string("new"), "order": .number("1"), "amount": .number("3")])
        let error = serviceError { () throws(ServiceError) in
            try world.updateItem(tableName: "Orders", key: key, updateExpression: "SET customer = :t", attributes: values([":t": .string("x")]))
        }
        #expect(error?.message == "One or more parameter values were invalid: Cannot update attribute customer. This attribute is part of the key")
        let condition = serviceError { () throws(ServiceError) in
            try world.updateItem(tableName: "Orders", key: key, updateExpression: "SET amount = :t", conditionExpression: "amount > :t",
                                 attributes: values([":t": .number("3")]))
        }
        #expect(condition?.code == "ConditionalCheckFailedException")
        let arithmetic = serviceError { () throws(ServiceError) in
            try world.updateItem(tableName: "Orders", key: key, updateExpression: "SET amount = amount + :t", attributes: values([":t": .string("x")]))
        }
        #expect(arithmetic?.message == "An operand in the update expression has an incorrect data type")
    }

    @Test("expression errors use DynamoDB's wording", arguments: [
        ("SET x", "Invalid UpdateExpression: Syntax error; token: \"<EOF>\", near: \"x\""),
        ("SET x y", "Invalid UpdateExpression: Syntax error; token: \"y\", near: \"x y\""),
        ("SET status = :v", "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: status"),
        ("SET a = :missing", "Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :missing"),
        ("SET #nope = :v", "Invalid UpdateExpression: An expression attribute name used in the document path is not defined; attribute name: #nope"),
        ("SET a = foo(:v)", "Invalid UpdateExpression: Invalid function name; function: foo"),
        ("SET a = :v SET b = :v", "Invalid UpdateExpression: The \"SET\" section can only be used once in an update expression;"),
        ("SET a = :v REMOVE a", "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]"),
        ("", "Invalid UpdateExpression: The expression can not be empty;"),
        ("SET a = :v, b = :w", "Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :w"),
    ])
    func expressionErrors(expression: String, message: String) throws {
        var world = try ordersWorld()
        let error = serviceError { () throws(ServiceError) in
            try world.updateItem(tableName: "Orders", key: ["customer": .string("ada"), "order": .number("10")], updateExpression: expression,
                                 attributes: values([":v": .number("1")]))
        }
        #expect(error?.message == message)
    }

    @Test("placeholders that no expression uses are refused")
    func unused() throws {
        var world = try ordersWorld()
        let error = serviceError { () throws(ServiceError) in
            try world.putItem(tableName: "Orders", item: ["customer": .string("q"), "order": .number("1")], conditionExpression: "attribute_not_exists(customer)",
                              attributes: ExpressionAttributes(names: ["#x": "x"], values: [":a": .number("1")]))
        }
        #expect(error?.message == "Value provided in ExpressionAttributeValues unused in expressions: keys: {:a}")
    }

    @Test("get-item with a key that does not match the schema is a ValidationException; delete-item removes")
    func getDelete() throws {
        var world = try ordersWorld()
        let error = serviceError { () throws(ServiceError) in try world.getItem(tableName: "Orders", key: ["customer": .string("ada")]) }
        #expect(error?.message == "The provided key element does not match the schema")
        let key: DynamoItem = ["customer": .string("bob"), "order": .number("1")]
        let old = try world.deleteItem(tableName: "Orders", key: key, returnValues: "ALL_OLD")
        #expect(old?["amount"] == .number("7"))
        #expect(try world.getItem(tableName: "Orders", key: key) == nil)
    }

    @Test("tables and items survive save and open")
    func snapshot() throws {
        let world = try ordersWorld()
        #expect(try World(snapshot: try world.snapshot()) == world)
    }

    @Test("placeholder keys must start with # and :, and items stay under 400 KB")
    func placeholderKeysAndSize() throws {
        var world = try ordersWorld()
        let key: DynamoItem = ["customer": .string("ada"), "order": .number("10")]
        let name = serviceError { () throws(ServiceError) in
            try world.updateItem(tableName: "Orders", key: key, updateExpression: "SET a = :v",
                                 attributes: ExpressionAttributes(names: ["n": "x"], values: [":v": .number("1")]))
        }
        #expect(name?.message == "ExpressionAttributeNames contains invalid key: Syntax error; key: \"n\"")
        let value = serviceError { () throws(ServiceError) in
            try world.scan(tableName: "Orders", options: ReadOptions(filterExpression: "a = v", attributes: values(["v": .number("1")])))
        }
        #expect(value?.message == "ExpressionAttributeValues contains invalid key: Syntax error; key: \"v\"")
        let big = serviceError { () throws(ServiceError) in
            try world.putItem(tableName: "Orders", item: key.merging(["blob": .string(String(repeating: "x", count: 410_000))]) { a, _ in a })
        }
        #expect(big?.message == "Item size has exceeded the maximum allowed size")
    }
}
