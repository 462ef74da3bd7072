import Foundation
import Testing
@testable import LambdaSim

/// Mutated expressions never crash the parser or the evaluator: each either parses and evaluates, or is refused with
/// a ValidationException. The mutations are seeded, so a failure reproduces.
@Suite("DynamoDB expression fuzzing")
struct DynamoExpressionFuzzTests {
    static let seeds = [
        "attribute_not_exists(id) AND #s = :v", "a.b[2].c >= :n OR NOT (x BETWEEN :lo AND :hi)", "size(tags) > :n AND contains(tags, :v)",
        "begins_with(#n, :v) AND k IN (:v, :n, :lo)", "SET a = a + :n, b = list_append(if_not_exists(b, :l), :l) REMOVE c[0] ADD d :n DELETE e :ss",
        "SET #s = :v, m.x = :n", "a, b.c, d[3], #n", "attribute_type(a, :v) OR a <> :v", "pk = :v AND sk BETWEEN :lo AND :hi",
    ]
    static let fragments = ["(", ")", "[", "]", ",", ".", "=", "<>", "<=", ">=", "+", "-", ":", "#", " AND ", " OR ", "NOT ", " BETWEEN ",
                            " IN ", "SET ", "REMOVE ", "ADD ", "size(", "contains(", ":v", ":n", "#s", "#n", "9999999999999999999999", "é", "\u{0}", "[-1]", "status"]

    static func mutate(_ text: String, _ random: inout SeededRandom) -> String {
        var bytes = Array(text.utf8)
        let rounds = Int(random.next() % 4) + 1
        for _ in 0..<rounds {
            let position = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count + 1))
            switch random.next() % 5 {
            case 0 where !bytes.isEmpty && position < bytes.count:
                bytes.remove(at: position)
            case 1:
                let fragment = fragments[Int(random.next() % UInt64(fragments.count))]
                bytes.insert(contentsOf: Array(fragment.utf8), at: position)
            case 2 where bytes.count > 2:
                let end = min(bytes.count, position + Int(random.next() % 6) + 1)
                if position < end { bytes.removeSubrange(position..<end) }
            case 3:
                bytes.insert(UInt8(truncatingIfNeeded: random.next() % 128), at: position)
            default:
                let other = Array(seeds[Int(random.next() % UInt64(seeds.count))].utf8)
                let cut = Int(random.next() % UInt64(other.count))
                bytes.insert(contentsOf: other[cut...], at: position)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let item: DynamoItem = [
        "id": .string("x"), "a": .map(["b": .list([.null, .bool(true), .map(["c": .number("3")])])]), "tags": .stringSet(["t"]),
        "k": .number("2"), "b": .list([]), "d": .number("1"), "e": .stringSet(["s"]), "m": .map([:]),
    ]
    static let attributes = ExpressionAttributes(
        names: ["#s": "status", "#n": "name"],
        values: [":v": .string("v"), ":n": .number("1"), ":lo": .number("0"), ":hi": .number("9"), ":l": .list([.string("z")]),
                 ":ss": .stringSet(["s"])])

    @Test("three thousand mutated expressions parse or fail cleanly, and parsed ones evaluate without crashing")
    func fuzz() {
        var random = SeededRandom(seed: 20_260_101)
        var parsed = 0
        for index in 0..<3_000 {
            let group = [[0, 1, 2, 3, 7, 8], [4, 5], [6]][index % 3]
            let input = Self.mutate(Self.seeds[group[(index / 3) % group.count]], &random)
            var attributes = Self.attributes
            do throws(ServiceError) {
                switch index % 3 {
                case 0:
                    let condition = try ExpressionParser.condition(input, kind: .condition, attributes: &attributes)
                    _ = try? ConditionEvaluator.holds(condition, in: Self.item, kind: .condition)
                case 1:
                    let actions = try ExpressionParser.update(input, attributes: &attributes)
                    _ = try? UpdateApplier.apply(actions, to: Self.item)
                default:
                    let paths = try ExpressionParser.projection(input, attributes: &attributes)
                    _ = UpdateApplier.project(Self.item, paths)
                }
                parsed += 1
            } catch {
                #expect(error.code == "ValidationException", "\(input)")
                #expect(error.message.hasPrefix("Invalid "), "\(input): \(error.message)")
            }
        }
        #expect(parsed > 100)
    }

    @Test("a syntax error names the token and the text around it")
    func position() {
        var attributes = ExpressionAttributes(values: [":v": .number("1")])
        let error = serviceError { () throws(ServiceError) in try ExpressionParser.condition("a = = :v", kind: .condition, attributes: &attributes) }
        #expect(error?.message == "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = :v\"")
        #expect(error?.explanation == "The ConditionExpression stops making sense at character 5.")
    }
}
