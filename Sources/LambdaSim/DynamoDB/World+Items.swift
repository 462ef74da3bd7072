// `aws dynamodb put-item`, `get-item`, `delete-item`, `update-item`, with condition expressions and ReturnValues.

extension World {
    static let conditionFailed = ServiceError.dynamoDB(.conditionalCheckFailed, "The conditional request failed")
    static let keyMismatch = ServiceError.dynamoValidation("The provided key element does not match the schema")

    /// `aws dynamodb put-item`: stores the item, replacing one with the same key if the condition holds.
    /// Answers the old item for `ReturnValues` `ALL_OLD`.
    public mutating func putItem(tableName: String, item: DynamoItem, conditionExpression: String? = nil,
                                 attributes: ExpressionAttributes = ExpressionAttributes(),
                                 returnValues: String? = nil) throws(ServiceError) -> DynamoItem? {
        var table = try existingTable(tableName)
        try checkReturnValues(returnValues, allowed: ["NONE", "ALL_OLD"])
        try checkItemKey(item, table: table)
        try checkItemSize(item)
        var attributes = attributes
        try attributes.checkKeys()
        let condition = try conditionExpression.map { (text: String) throws(ServiceError) in
            try ExpressionParser.condition(text, kind: .condition, attributes: &attributes)
        }
        try attributes.checkAllUsed()
        let (index, found) = table.position(of: item)
        let old = found ? table.items[index] : nil
        if let condition, !(try ConditionEvaluator.holds(condition, in: old ?? [:], kind: .condition)) { throw World.conditionFailed }
        if found { table.items[index] = item } else { table.items.insert(item, at: index) }
        dynamoDB.tables[tableName] = table
        return returnValues == "ALL_OLD" ? old : nil
    }

    /// `aws dynamodb get-item`: the item (cut to the projection), or nil.
    public func getItem(tableName: String, key: DynamoItem, projectionExpression: String? = nil,
                        attributes: ExpressionAttributes = ExpressionAttributes()) throws(ServiceError) -> DynamoItem? {
        let table = try existingTable(tableName)
        try checkKey(key, table: table)
        var attributes = attributes
        try attributes.checkKeys()
        let projection = try projectionExpression.map { (text: String) throws(ServiceError) in
            try ExpressionParser.projection(text, attributes: &attributes)
        }
        try attributes.checkAllUsed()
        let (index, found) = table.position(of: key)
        guard found else { return nil }
        return projection.map { UpdateApplier.project(table.items[index], $0) } ?? table.items[index]
    }

    /// `aws dynamodb delete-item`: removes the item if the condition holds (deleting a missing item succeeds).
    public mutating func deleteItem(tableName: String, key: DynamoItem, conditionExpression: String? = nil,
                                    attributes: ExpressionAttributes = ExpressionAttributes(),
                                    returnValues: String? = nil) throws(ServiceError) -> DynamoItem? {
        var table = try existingTable(tableName)
        try checkReturnValues(returnValues, allowed: ["NONE", "ALL_OLD"])
        try checkKey(key, table: table)
        var attributes = attributes
        try attributes.checkKeys()
        let condition = try conditionExpression.map { (text: String) throws(ServiceError) in
            try ExpressionParser.condition(text, kind: .condition, attributes: &attributes)
        }
        try attributes.checkAllUsed()
        let (index, found) = table.position(of: key)
        let old = found ? table.items[index] : nil
        if let condition, !(try ConditionEvaluator.holds(condition, in: old ?? [:], kind: .condition)) { throw World.conditionFailed }
        if found { table.items.remove(at: index) }
        dynamoDB.tables[tableName] = table
        return returnValues == "ALL_OLD" ? old : nil
    }

    /// `aws dynamodb update-item`: applies the UpdateExpression to the item (creating it from the key when missing)
    /// if the condition holds. Answers what `ReturnValues` asks for.
    public mutating func updateItem(tableName: String, key: DynamoItem, updateExpression: String?, conditionExpression: String? = nil,
                                    attributes: ExpressionAttributes = ExpressionAttributes(),
                                    returnValues: String? = nil) throws(ServiceError) -> DynamoItem? {
        var table = try existingTable(tableName)
        try checkReturnValues(returnValues, allowed: ["NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"])
        try checkKey(key, table: table)
        var attributes = attributes
        try attributes.checkKeys()
        let actions = try updateExpression.map { (text: String) throws(ServiceError) in
            try ExpressionParser.update(text, attributes: &attributes)
        } ?? []
        let condition = try conditionExpression.map { (text: String) throws(ServiceError) in
            try ExpressionParser.condition(text, kind: .condition, attributes: &attributes)
        }
        try attributes.checkAllUsed()
        for action in actions where table.keyAttributes.contains(action.path.attribute) {
            throw .dynamoValidation("One or more parameter values were invalid: Cannot update attribute \(action.path.attribute). This attribute is part of the key")
        }
        let (index, found) = table.position(of: key)
        let old = found ? table.items[index] : nil
        if let condition, !(try ConditionEvaluator.holds(condition, in: old ?? [:], kind: .condition)) { throw World.conditionFailed }
        let new = try UpdateApplier.apply(actions, to: old ?? key)
        try checkItemSize(new)
        if found { table.items[index] = new } else { table.items.insert(new, at: index) }
        dynamoDB.tables[tableName] = table
        let touched = Set(actions.map(\.path.attribute))
        switch returnValues {
        case "ALL_OLD": return old
        case "ALL_NEW": return new
        case "UPDATED_OLD": return old.map { $0.filter { touched.contains($0.key) } }
        case "UPDATED_NEW": return new.filter { touched.contains($0.key) }
        default: return nil
        }
    }

    // MARK: Keys

    /// A full item must carry each key attribute, with the defined type and (for strings and binaries) not empty.
    func checkItemKey(_ item: DynamoItem, table: DynamoTable) throws(ServiceError) {
        for name in table.keyAttributes {
            guard let value = item[name] else {
                throw .dynamoValidation("One or more parameter values were invalid: Missing the key \(name) in the item")
            }
            let expected = table.keyType(of: name) ?? "S"
            if value.typeName != expected {
                throw .dynamoValidation("One or more parameter values were invalid: Type mismatch for key \(name) expected: \(expected) actual: \(value.typeName)")
            }
            if value == .string("") || value == .binary(.init()) {
                throw .dynamoValidation("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty \(value.typeName == "S" ? "string" : "binary") value. Key: \(name)")
            }
        }
    }

    /// A key must be exactly the key attributes, with the defined types.
    func checkKey(_ key: DynamoItem, table: DynamoTable) throws(ServiceError) {
        guard Set(key.keys) == Set(table.keyAttributes) else { throw World.keyMismatch }
        for name in table.keyAttributes where key[name]?.typeName != table.keyType(of: name) { throw World.keyMismatch }
    }

    /// DynamoDB's 400 KB item limit (attribute names count, as DynamoDB counts them).
    func checkItemSize(_ item: DynamoItem) throws(ServiceError) {
        let size = item.reduce(0) { $0 + $1.key.utf8.count + $1.value.size }
        if size > 400 * 1024 { throw .dynamoValidation("Item size has exceeded the maximum allowed size") }
    }

    func checkReturnValues(_ value: String?, allowed: [String]) throws(ServiceError) {
        if let value, !allowed.contains(value) { throw .dynamoValidation("Return values set to invalid value") }
    }
}
