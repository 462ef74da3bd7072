@testable import AWSCommandLine
import LambdaSim
import Testing

/// Deterministic fuzzing: seeded random and malformed inputs must always give a value or a clean
/// error, never a crash or a hang.
@Suite("Malformed input never crashes")
struct FuzzTests {
    static let fragments = [
        "a", "Key", "=", ",", "{", "}", "[", "]", "'", "\"", "\\", "@", " ", "\n", "é", "😀", "file://", "fileb://x",
        "\\,", "1", "-", ".", ":", "#", "/", "true", "null", "0.5", "\t",
    ]

    static func randomText(_ random: inout SeededRandom, fragments: [String] = fragments, maxLength: Int = 12) -> String {
        let count = Int(random.next() % UInt64(maxLength + 1))
        return (0..<count).map { _ in fragments[Int(random.next() % UInt64(fragments.count))] }.joined()
    }

    @Test("Random shorthand parses or fails with a ShorthandError", arguments: [1, 2, 3, 4] as [UInt64])
    func shorthand(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var failures = 0
        for _ in 0..<2_000 {
            let text = Self.randomText(&random)
            do {
                _ = try ShorthandParser.parse(text, files: memoryFiles([:]))
            } catch {
                failures += 1
                #expect(!error.message.isEmpty)
            }
        }
        #expect(failures > 0)
    }

    @Test("Random JSON-like text parses or fails with a positioned JSONParseError", arguments: [5, 6, 7] as [UInt64])
    func json(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let fragments = ["{", "}", "[", "]", "\"", "\"a\"", ":", ",", " ", "1", "-", "2.5e", "e3", "true", "fals", "null", "NaN", "\\u00", "é", "\n"]
        for _ in 0..<2_000 {
            let text = Self.randomText(&random, fragments: fragments, maxLength: 16)
            do {
                let value = try JSONValue(parsing: text)
                // What parses must print and parse back to the same value.
                #expect(try JSONValue(parsing: value.rendered()) == value || value.rendered().contains("NaN"))
            } catch {
                #expect(error.offset >= 0 && error.offset <= text.unicodeScalars.count)
            }
        }
    }

    @Test("Random --query expressions parse or fail with a message", arguments: [8, 9] as [UInt64])
    func queries(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let fragments = ["a", "b", ".", "[", "]", "*", "0", "-1", "|", "{", "}", ":", ",", "@", "'x'", "`1`", "\"q\"", " ", "?", "(",
                         ")", "==", "&&", "!", "length(", "sort_by(", "&", "join("]
        let document = try JSONValue(parsing: OutputTests.document)
        for _ in 0..<2_000 {
            let text = Self.randomText(&random, fragments: fragments, maxLength: 10)
            do {
                _ = try JMESPath.parse(text).evaluate(on: document)
            } catch {
                #expect(!error.message.isEmpty)
            }
        }
    }

    @Test("Random argument words give output or a CLI error with a CLI exit status", arguments: [10, 11, 12] as [UInt64])
    func commands(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let options = ["--function-name", "--environment", "--timeout", "--layers", "--runtime", "--dead-letter-config", "--cli-input-json",
                       "--output", "--query", "--publish", "--payload", "--foo", "help", "--generate-cli-skeleton", "--cli-binary-format"]
        let operations = ["update-function-configuration", "create-function", "invoke", "update-alias"]
        for _ in 0..<500 {
            var words = ["lambda", operations[Int(random.next() % UInt64(operations.count))]]
            for _ in 0..<Int(random.next() % 6) {
                words.append(options[Int(random.next() % UInt64(options.count))])
                words.append(Self.randomText(&random, maxLength: 6))
            }
            var context = AWSCommandContext(world: World())
            let result = AWSCommandLine.run(words: words.map { CommandWord(text: $0, sourceRange: 0..<0) }, context: &context,
                                            registry: EchoOperations.registry)
            if result.succeeded {
                #expect(result.errorLines.isEmpty || result.errorLines.allSatisfy { $0.hasPrefix("[debug]") })
            } else {
                #expect(!result.errorLines.isEmpty, "\(words)")
                #expect([252, 253, 254, 255].contains(result.exitStatus), "\(words)")
            }
        }
    }

    @Test("Deeply nested input is refused with a clean error instead of overflowing the stack")
    func deepNesting() {
        let depth = 100_000
        #expect(throws: ShorthandError(message: "maximum recursion depth exceeded")) {
            try ShorthandParser.parse("a=" + String(repeating: "[", count: depth))
        }
        #expect(throws: ShorthandError(message: "maximum recursion depth exceeded")) {
            try ShorthandParser.parse("a=" + String(repeating: "{b=", count: depth))
        }
        #expect(throws: JMESPath.Error(message: "the expression is nested too deeply")) { try JMESPath.parse(String(repeating: "[", count: depth)) }
        #expect(throws: JMESPath.Error(message: "the expression is nested too deeply")) { try JMESPath.parse("a[?" + String(repeating: "(", count: depth)) }
        #expect(throws: JMESPath.Error(message: "the expression is too long")) { try JMESPath.parse(String(repeating: "a.", count: depth) + "a") }
        let deepJSON = String(repeating: "[", count: 1_400) + String(repeating: "]", count: 1_400)
        #expect(run("lambda update-function-configuration --function-name f --environment '{\"Variables\": \(deepJSON)}'").errorLines.first
            == "Parameter validation failed:")
    }
}
