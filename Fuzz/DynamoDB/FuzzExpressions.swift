// libFuzzer entry point for DynamoDB's expression parser and evaluator (built by scripts/fuzz-dynamodb, not by SwiftPM).
// Every input must either parse or be refused with a ValidationException whose message starts with "Invalid "; a parsed
// expression must evaluate, apply or project without trapping.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpressions(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let item: DynamoItem = [
        "id": .string("x"), "a": .map(["b": .list([.null, .bool(true), .map(["c": .number("3")])])]), "tags": .stringSet(["t"]),
        "k": .number("2"), "b": .list([]), "d": .number("1"), "e": .stringSet(["s"]),
    ]
    let attributes = ExpressionAttributes(
        names: ["#s": "status", "#n": "name"],
        values: [":v": .string("v"), ":n": .number("1"), ":lo": .number("0"), ":hi": .number("9"), ":l": .list([.string("z")]),
                 ":ss": .stringSet(["s"])])
    for kind in 0..<3 {
        var used = attributes
        do throws(ServiceError) {
            switch kind {
            case 0:
                let condition = try ExpressionParser.condition(text, kind: .condition, attributes: &used)
                _ = try? ConditionEvaluator.holds(condition, in: item, kind: .condition)
            case 1:
                let actions = try ExpressionParser.update(text, attributes: &used)
                _ = try? UpdateApplier.apply(actions, to: item)
            default:
                _ = UpdateApplier.project(item, try ExpressionParser.projection(text, attributes: &used))
            }
        } catch {
            guard error.code == "ValidationException", error.message.hasPrefix("Invalid ") else {
                fatalError("an unexpected refusal: \(error)")
            }
        }
    }
    return 0
}
