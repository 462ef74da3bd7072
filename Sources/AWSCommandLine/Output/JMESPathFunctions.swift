import LambdaSim

/// JMESPath's built-in functions that learners reach for in `--query`, with jmespath.py's errors
/// (`In function length(), invalid type for value: 1, expected one of: ['string', 'array', 'object'], received: "number"`).
enum JMESPathFunctions {
    /// How many arguments each function takes.
    static let arity: [String: ClosedRange<Int>] = [
        "length": 1...1, "keys": 1...1, "values": 1...1, "sort": 1...1, "reverse": 1...1, "max": 1...1, "min": 1...1,
        "sum": 1...1, "avg": 1...1, "to_string": 1...1, "to_number": 1...1, "type": 1...1, "abs": 1...1,
        "sort_by": 2...2, "max_by": 2...2, "min_by": 2...2, "contains": 2...2, "starts_with": 2...2, "ends_with": 2...2,
        "join": 2...2, "not_null": 1...Int.max,
    ]

    static func call(_ name: String, _ arguments: [JMESPath], on current: JSONValue) throws(JMESPath.Error) -> JSONValue {
        var values: [JSONValue] = []
        var references: [JMESPath] = []
        for argument in arguments {
            if case .expressionReference(let inner) = argument {
                references.append(inner)
                values.append(.null)
            } else {
                values.append(try argument.evaluate(on: current))
            }
        }
        func argument(_ index: Int, _ allowed: [String]) throws(JMESPath.Error) -> JSONValue {
            let value = values[index]
            guard allowed.contains(typeName(value)) else {
                throw JMESPath.Error(message: "In function \(name)(), invalid type for value: \(value.pythonStr), expected one of: "
                    + "[" + allowed.map { "'\($0)'" }.joined(separator: ", ") + "], received: \"\(typeName(value))\"")
            }
            return value
        }
        func numbers(_ value: JSONValue) -> [Double] { value.arrayValue?.compactMap(\.doubleValue) ?? [] }

        switch name {
        case "length":
            switch try argument(0, ["string", "array", "object"]) {
            case .string(let text): return .number(.integer(text.unicodeScalars.count))
            case .array(let items): return .number(.integer(items.count))
            case .object(let object): return .number(.integer(object.count))
            default: return .null
            }
        case "keys": return .array(try argument(0, ["object"]).objectValue!.keys.map(JSONValue.string))
        case "values": return .array(try argument(0, ["object"]).objectValue!.map(\.value))
        case "reverse":
            switch try argument(0, ["string", "array"]) {
            case .string(let text): return .string(String(text.reversed()))
            case .array(let items): return .array(items.reversed())
            default: return .null
            }
        case "sort":
            let items = try argument(0, ["array"]).arrayValue!
            return .array(items.sorted(by: isOrderedBefore))
        case "max", "min":
            let items = try argument(0, ["array"]).arrayValue!
            let sorted = items.sorted(by: isOrderedBefore)
            return (name == "max" ? sorted.last : sorted.first) ?? .null
        case "sum":
            let items = try argument(0, ["array"]).arrayValue!
            if items.allSatisfy({ $0.intValue != nil }) { return .number(.integer(items.reduce(0) { $0 + $1.intValue! })) }
            return .number(.float(numbers(.array(items)).reduce(0, +)))
        case "avg":
            let items = numbers(try argument(0, ["array"]))
            return items.isEmpty ? .null : .number(.float(items.reduce(0, +) / Double(items.count)))
        case "abs":
            guard case .number(let number) = try argument(0, ["number"]) else { return .null }
            if case .integer(let integer) = number { return .number(.integer(abs(integer))) }
            return .number(.float(abs(number.doubleValue)))
        case "to_string":
            if case .string = values[0] { return values[0] }
            return .string(values[0].renderedCompact())
        case "to_number":
            switch values[0] {
            case .number: return values[0]
            case .string(let text): return (try? PythonNumbers.int(text)) ?? (try? PythonNumbers.float(text)) ?? .null
            default: return .null
            }
        case "type": return .string(typeName(values[0]))
        case "not_null": return values.first { $0 != .null } ?? .null
        case "contains":
            switch try argument(0, ["array", "string"]) {
            case .string(let text): return .bool(values[1].stringValue.map { text.contains($0) } ?? false)
            case .array(let items): return .bool(items.contains(values[1]))
            default: return .null
            }
        case "starts_with", "ends_with":
            let text = try argument(0, ["string"]).stringValue!
            let affix = try argument(1, ["string"]).stringValue!
            return .bool(name == "starts_with" ? text.hasPrefix(affix) : text.hasSuffix(affix))
        case "join":
            let separator = try argument(0, ["string"]).stringValue!
            let items = try argument(1, ["array"]).arrayValue!
            return .string(items.map { $0.stringValue ?? $0.pythonStr }.joined(separator: separator))
        case "sort_by", "max_by", "min_by":
            let items = try argument(0, ["array"]).arrayValue!
            guard let key = references.first else {
                throw JMESPath.Error(message: "In function \(name)(), the second argument must be an expression (&...)")
            }
            var keyed: [(key: JSONValue, item: JSONValue)] = []
            for item in items { keyed.append((try key.evaluate(on: item), item)) }
            let sorted = keyed.enumerated().sorted { lhs, rhs in
                isOrderedBefore(lhs.element.key, rhs.element.key) || (!isOrderedBefore(rhs.element.key, lhs.element.key) && lhs.offset < rhs.offset)
            }.map(\.element.item)
            switch name {
            case "sort_by": return .array(sorted)
            case "max_by": return sorted.last ?? .null
            default: return sorted.first ?? .null
            }
        default:
            throw JMESPath.Error(message: "Unknown function: \(name)()")
        }
    }

    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// Numbers by value, strings by code point; other kinds keep their order.
    private static func isOrderedBefore(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a.doubleValue < b.doubleValue
        case (.string(let a), .string(let b)): return Array(a.unicodeScalars.map(\.value)).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
        default: return false
        }
    }
}
