import Testing
import IAM

@Suite("The JSON reader")
struct JSONReaderTests {
    @Test("Valid JSON texts are read", arguments: [
        #"{}"#, #"[]"#, #"{"a": [1, -2.5e3, true, false, null, "x\"y\\z\u00e9\ud83d\ude00"]}"#, "  \n\t{\"k\":\"v\"}\n",
        #"0"#, #""only a string""#,
    ])
    func readsValidJSON(text: String) throws {
        _ = try JSONReader.parse(text)
    }

    @Test("Invalid JSON is refused with the line and column of the mistake", arguments: [
        (#"{"a": 1,}"#, 1, 9),
        ("{\n  \"a\": tru\n}", 2, 8),
        ("{\"a\" 1}", 1, 6),
        ("[1, 2", 1, 6),
        ("{'a': 1}", 1, 2),
        ("{\"a\": 01}", 1, 8),
        ("{\"a\": \"b}", 1, 7),
        ("{\"a\": \"\\q\"}", 1, 9),
        ("{} x", 1, 4),
        ("", 1, 1),
        ("{\"é\": x}", 1, 7),
        ("[1,]", 1, 4),
    ])
    func refusesInvalidJSON(text: String, line: Int, column: Int) {
        #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(text) }
        do {
            _ = try JSONReader.parse(text)
        } catch {
            #expect(error.position == SourcePosition(line: line, column: column), "\(error.message)")
        }
    }

    @Test("Object keys keep the order they were written in")
    func keepsKeyOrder() throws {
        let value = try JSONReader.parse(#"{"z": 1, "a": 2, "m": 3}"#)
        guard case .object(let members) = value.kind else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["z", "a", "m"])
        #expect(members[1].keyPosition == SourcePosition(line: 1, column: 10))
    }

    @Test("Nesting deeper than the limit is refused instead of overflowing the stack")
    func refusesDeepNesting() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(text) }
    }

    @Test("Escapes decode to the characters they stand for")
    func decodesEscapes() throws {
        let value = try JSONReader.parse(#""a\nb\u0041\ud83d\ude00""#)
        #expect(value.kind == .string("a\nbA😀"))
    }
}
