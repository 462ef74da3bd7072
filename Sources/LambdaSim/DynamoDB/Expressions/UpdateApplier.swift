// Applying an UpdateExpression's actions to an item, with DynamoDB's messages for impossible updates.

enum UpdateApplier {
    static let incorrectType = ServiceError.dynamoValidation("An operand in the update expression has an incorrect data type")
    static let invalidPath = ServiceError.dynamoValidation("The document path provided in the update expression is invalid for update")

    /// The item after `actions`; each SET operand is read from the item as it was before the update.
    static func apply(_ actions: [UpdateAction], to original: DynamoItem) throws(ServiceError) -> DynamoItem {
        var item = original
        for action in actions {
            switch action {
            case .set(let path, let operand):
                try write(try evaluate(operand, original), at: path, in: &item)
            case .remove(let path):
                remove(path, from: &item)
            case .add(let path, let value):
                let result: AttributeValue
                switch (path.value(in: item), value) {
                case (nil, .number), (nil, .stringSet), (nil, .numberSet), (nil, .binarySet): result = value
                case (.number(let current)?, .number(let amount)): result = .number(DynamoNumber.add(current, amount))
                case (.stringSet(let current)?, .stringSet(let more)): result = .stringSet(current + more.filter { !current.contains($0) })
                case (.numberSet(let current)?, .numberSet(let more)):
                    result = .numberSet(current + more.filter { number in !current.contains { DynamoNumber.compare($0, number) == .orderedSame } })
                case (.binarySet(let current)?, .binarySet(let more)): result = .binarySet(current + more.filter { !current.contains($0) })
                case (_, let value):
                    throw .dynamoValidation("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: \(value.operandTypeName)")
                }
                try write(result, at: path, in: &item)
            case .delete(let path, let value):
                switch (path.value(in: item), value) {
                case (nil, .stringSet), (nil, .numberSet), (nil, .binarySet): continue
                case (.stringSet(let current)?, .stringSet(let less)):
                    let rest = current.filter { !less.contains($0) }
                    if rest.isEmpty { remove(path, from: &item) } else { try write(.stringSet(rest), at: path, in: &item) }
                case (.numberSet(let current)?, .numberSet(let less)):
                    let rest = current.filter { number in !less.contains { DynamoNumber.compare($0, number) == .orderedSame } }
                    if rest.isEmpty { remove(path, from: &item) } else { try write(.numberSet(rest), at: path, in: &item) }
                case (.binarySet(let current)?, .binarySet(let less)):
                    let rest = current.filter { !less.contains($0) }
                    if rest.isEmpty { remove(path, from: &item) } else { try write(.binarySet(rest), at: path, in: &item) }
                case (_, let value):
                    throw .dynamoValidation("Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: \(value.operandTypeName)")
                }
            }
        }
        return item
    }

    static func evaluate(_ operand: UpdateOperand, _ item: DynamoItem) throws(ServiceError) -> AttributeValue {
        switch operand {
        case .value(let value):
            return value
        case .path(let path):
            guard let value = path.value(in: item) else {
                throw .dynamoValidation("The provided expression refers to an attribute that does not exist in the item")
            }
            return value
        case .ifNotExists(let path, let fallback):
            if let value = path.value(in: item) { return value }
            return try evaluate(fallback, item)
        case .listAppend(let first, let second):
            guard case .list(let head) = try evaluate(first, item), case .list(let tail) = try evaluate(second, item) else {
                throw .dynamoValidation("Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: list_append, operand type: \(try evaluate(first, item).operandTypeName)")
            }
            return .list(head + tail)
        case .plus(let left, let right), .minus(let left, let right):
            guard case .number(let a) = try evaluate(left, item), case .number(let b) = try evaluate(right, item) else {
                throw incorrectType
            }
            if case .plus = operand { return .number(DynamoNumber.add(a, b)) }
            return .number(DynamoNumber.subtract(a, b))
        }
    }

    static func write(_ value: AttributeValue, at path: DocumentPath, in item: inout DynamoItem) throws(ServiceError) {
        var root = AttributeValue.map(item)
        try write(value, at: path.elements[...], in: &root)
        if case .map(let members) = root { item = members }
    }

    private static func write(_ value: AttributeValue, at elements: ArraySlice<PathElement>, in container: inout AttributeValue) throws(ServiceError) {
        guard let first = elements.first else {
            container = value
            return
        }
        let rest = elements.dropFirst()
        switch (first, container) {
        case (.name(let name), .map(var members)):
            if rest.isEmpty {
                members[name] = value
            } else {
                guard var child = members[name] else { throw invalidPath }
                try write(value, at: rest, in: &child)
                members[name] = child
            }
            container = .map(members)
        case (.index(let index), .list(var items)):
            if rest.isEmpty {
                if index < items.count { items[index] = value } else { items.append(value) }
            } else {
                guard index < items.count else { throw invalidPath }
                try write(value, at: rest, in: &items[index])
            }
            container = .list(items)
        default:
            throw invalidPath
        }
    }

    static func remove(_ path: DocumentPath, from item: inout DynamoItem) {
        var root = AttributeValue.map(item)
        remove(path.elements[...], from: &root)
        if case .map(let members) = root { item = members }
    }

    private static func remove(_ elements: ArraySlice<PathElement>, from container: inout AttributeValue) {
        guard let first = elements.first else { return }
        let rest = elements.dropFirst()
        switch (first, container) {
        case (.name(let name), .map(var members)):
            if rest.isEmpty { members[name] = nil } else if var child = members[name] {
                remove(rest, from: &child)
                members[name] = child
            }
            container = .map(members)
        case (.index(let index), .list(var items)):
            guard index < items.count else { return }
            if rest.isEmpty { items.remove(at: index) } else { remove(rest, from: &items[index]) }
            container = .list(items)
        default:
            return
        }
    }

    /// The item cut down to `paths` (ProjectionExpression); list elements keep their order, compacted.
    static func project(_ item: DynamoItem, _ paths: [DocumentPath]) -> DynamoItem {
        var result: AttributeValue = .map([:])
        for path in paths {
            guard let value = path.value(in: item) else { continue }
            insert(value, at: path.elements[...], into: &result)
        }
        if case .map(let members) = result { return members }
        return [:]
    }

    private static func insert(_ value: AttributeValue, at elements: ArraySlice<PathElement>, into container: inout AttributeValue) {
        guard let first = elements.first else {
            container = value
            return
        }
        let rest = elements.dropFirst()
        switch first {
        case .name(let name):
            guard case .map(var members) = container else { return }
            var child = members[name] ?? (rest.first.map { if case .index = $0 { return AttributeValue.list([]) } else { return .map([:]) } } ?? value)
            insert(value, at: rest, into: &child)
            members[name] = child
            container = .map(members)
        case .index:
            guard case .list(var items) = container else { return }
            var child = rest.first.map { if case .index = $0 { return AttributeValue.list([]) } else { return .map([:]) } } ?? value
            insert(value, at: rest, into: &child)
            items.append(child)
            container = .list(items)
        }
    }
}
