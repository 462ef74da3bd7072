// DynamoDB's typed values (`{"S": "x"}`, `{"N": "1.5"}`, …): parsing the wire JSON, ordering, rendering.

import Foundation

/// One DynamoDB attribute value. Numbers keep DynamoDB's normalized decimal text (`"1.50"` is stored as `"1.5"`),
/// so equal numbers are equal values; they compare numerically (``DynamoNumber``).
public indirect enum AttributeValue: Hashable, Sendable {
    case string(String)
    case number(String)
    case binary(Data)
    case bool(Bool)
    case null
    case map([String: AttributeValue])
    case list([AttributeValue])
    case stringSet([String])
    case numberSet([String])
    case binarySet([Data])

    /// The type descriptor DynamoDB uses: `S`, `N`, `B`, `BOOL`, `NULL`, `M`, `L`, `SS`, `NS`, `BS`.
    public var typeName: String {
        switch self {
        case .string: "S"
        case .number: "N"
        case .binary: "B"
        case .bool: "BOOL"
        case .null: "NULL"
        case .map: "M"
        case .list: "L"
        case .stringSet: "SS"
        case .numberSet: "NS"
        case .binarySet: "BS"
        }
    }

    /// How DynamoDB names the type in "incorrect operand type" messages (`STRING`, `NUMBER`, …).
    var operandTypeName: String {
        switch self {
        case .string: "STRING"
        case .number: "NUMBER"
        case .binary: "BINARY"
        case .bool: "BOOLEAN"
        case .null: "NULL"
        case .map: "MAP"
        case .list: "LIST"
        case .stringSet: "STRING_SET"
        case .numberSet: "NUMBER_SET"
        case .binarySet: "BINARY_SET"
        }
    }

    /// The value as the wire's typed JSON, in a response.
    public var response: ResponseValue {
        switch self {
        case .string(let text): return .object([ResponseMember("S", .string(text))])
        case .number(let text): return .object([ResponseMember("N", .string(text))])
        case .binary(let data): return .object([ResponseMember("B", .string(data.base64EncodedString()))])
        case .bool(let flag): return .object([ResponseMember("BOOL", .bool(flag))])
        case .null: return .object([ResponseMember("NULL", .bool(true))])
        case .map(let members): return .object([ResponseMember("M", AttributeValue.itemResponse(members))])
        case .list(let items): return .object([ResponseMember("L", .list(items.map(\.response)))])
        case .stringSet(let items): return .object([ResponseMember("SS", .list(items.map { .string($0) }))])
        case .numberSet(let items): return .object([ResponseMember("NS", .list(items.map { .string($0) }))])
        case .binarySet(let items): return .object([ResponseMember("BS", .list(items.map { .string($0.base64EncodedString()) }))])
        }
    }

    /// An item (or map) as a response object, attributes sorted by name so output never depends on hashing.
    public static func itemResponse(_ item: [String: AttributeValue]) -> ResponseValue {
        .object(item.keys.sorted().map { ResponseMember($0, item[$0]?.response ?? .null) })
    }

    /// `{N:5}`-style text DynamoDB uses inside some messages.
    var shortDescription: String {
        switch self {
        case .string(let text): "{S:\(text)}"
        case .number(let text): "{N:\(text)}"
        case .bool(let flag): "{BOOL:\(flag)}"
        default: "{\(typeName):...}"
        }
    }

    /// Approximate stored size in bytes (names are counted by the item).
    var size: Int {
        switch self {
        case .string(let text): text.utf8.count
        case .number(let text): (text.count + 1) / 2 + 1
        case .binary(let data): data.count
        case .bool, .null: 1
        case .map(let members): 3 + members.reduce(0) { $0 + $1.key.utf8.count + $1.value.size + 1 }
        case .list(let items): 3 + items.reduce(0) { $0 + $1.size + 1 }
        case .stringSet(let items): items.reduce(0) { $0 + $1.utf8.count }
        case .numberSet(let items): items.reduce(0) { $0 + ($1.count + 1) / 2 + 1 }
        case .binarySet(let items): items.reduce(0) { $0 + $1.count }
        }
    }
}

/// A DynamoDB item: attribute name to value.
public typealias DynamoItem = [String: AttributeValue]

/// DynamoDB numbers: decimal text, up to 38 significant digits, compared and added exactly.
enum DynamoNumber {
    /// The normalized text of a number as DynamoDB would store it, or nil if `text` is not a number.
    static func normalize(_ text: String) -> String? {
        guard isNumberText(text), let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return render(decimal)
    }

    static func isNumberText(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == 43 || first == 45 { bytes = bytes.dropFirst() }
        var digits = 0
        while let byte = bytes.first, byte >= 48, byte <= 57 { digits += 1; bytes = bytes.dropFirst() }
        if bytes.first == 46 {
            bytes = bytes.dropFirst()
            while let byte = bytes.first, byte >= 48, byte <= 57 { digits += 1; bytes = bytes.dropFirst() }
        }
        guard digits > 0 else { return false }
        if let byte = bytes.first, byte == 101 || byte == 69 {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == 43 || sign == 45 { bytes = bytes.dropFirst() }
            var exponentDigits = 0
            while let byte = bytes.first, byte >= 48, byte <= 57 { exponentDigits += 1; bytes = bytes.dropFirst() }
            guard exponentDigits > 0 else { return false }
        }
        return bytes.isEmpty
    }

    static func decimal(_ text: String) -> Decimal {
        Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }

    static func render(_ value: Decimal) -> String {
        var text = NSDecimalNumber(decimal: value).stringValue
        if text == "-0" { text = "0" }
        return text
    }

    static func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
        let left = decimal(lhs), right = decimal(rhs)
        return left < right ? .orderedAscending : (left > right ? .orderedDescending : .orderedSame)
    }

    static func add(_ lhs: String, _ rhs: String) -> String { render(decimal(lhs) + decimal(rhs)) }
    static func subtract(_ lhs: String, _ rhs: String) -> String { render(decimal(lhs) - decimal(rhs)) }
}

extension AttributeValue {
    /// Orders two scalar values of the same key type as DynamoDB sorts keys: numbers numerically, strings and
    /// binaries by their bytes. Nil when the values cannot be ordered (different or non-scalar types).
    static func order(_ lhs: AttributeValue, _ rhs: AttributeValue) -> ComparisonResult? {
        switch (lhs, rhs) {
        case (.number(let left), .number(let right)): return DynamoNumber.compare(left, right)
        case (.string(let left), .string(let right)): return bytesOrder(Array(left.utf8), Array(right.utf8))
        case (.binary(let left), .binary(let right)): return bytesOrder(Array(left), Array(right))
        default: return nil
        }
    }

    private static func bytesOrder(_ lhs: [UInt8], _ rhs: [UInt8]) -> ComparisonResult {
        if lhs == rhs { return .orderedSame }
        return lhs.lexicographicallyPrecedes(rhs) ? .orderedAscending : .orderedDescending
    }
}
