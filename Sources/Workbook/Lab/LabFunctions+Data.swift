import Foundation
import LambdaSim
import MiniPython

// `lab.s3_object` and `lab.dynamodb_items`: what the handlers stored, for checks that the handler really worked.
extension LabFunctions {
    static let data: [(String, Function)] = [
        ("s3_object", { lab, arguments throws(NativeError) in
            let bucket = try arguments.string(0, "bucket")
            let key = try arguments.string(1, "key")
            return try lab.withWorld { world throws(NativeError) in
                guard let object = world.s3.buckets[bucket]?.objects[key] else { return .none }
                return .string(String(decoding: object.body, as: UTF8.self))
            }
        }),
        ("dynamodb_items", { lab, arguments throws(NativeError) in
            let table = try arguments.string(0, "table")
            return try lab.withWorld { world throws(NativeError) in
                guard let stored = world.dynamoDB.tables[table] else { return .none }
                return .list(stored.items.map { item in
                    .dict(item.keys.sorted().map { .init(.string($0), plain(item[$0]!)) })
                })
            }
        }),
    ]

    /// A DynamoDB value as a plain Python value: numbers as `int` when whole, else `float`; sets as sorted lists.
    static func plain(_ value: AttributeValue) -> PythonValue {
        switch value {
        case .string(let text): .string(text)
        case .number(let text): number(text)
        case .binary(let data): .bytes(Array(data))
        case .bool(let flag): .bool(flag)
        case .null: .none
        case .map(let members): .dict(members.keys.sorted().map { .init(.string($0), plain(members[$0]!)) })
        case .list(let items): .list(items.map(plain))
        case .stringSet(let texts): .list(texts.sorted().map(PythonValue.string))
        case .numberSet(let texts): .list(texts.map(number))
        case .binarySet(let blobs): .list(blobs.map { .bytes(Array($0)) })
        }
    }

    static func number(_ text: String) -> PythonValue {
        if let whole = Int(text) { return .int(whole) }
        return Double(text).map(PythonValue.float) ?? .string(text)
    }
}
