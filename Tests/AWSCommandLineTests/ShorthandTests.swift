@testable import AWSCommandLine
import LambdaSim
import Testing

/// Expected values recorded from the AWS CLI's own `ShorthandParser` (awscli/shorthand.py).
@Suite("Shorthand syntax")
struct ShorthandTests {
    @Test("Shorthand parses as the CLI's parser does, before shapes give it types", arguments: [
        ("Variables={KEY=value,K2=v2}", #"{"Variables": {"KEY": "value", "K2": "v2"}}"#),
        ("AdditionalVersionWeights={2=0.1}", #"{"AdditionalVersionWeights": {"2": "0.1"}}"#),
        ("Name=a,Values=b,c", #"{"Name": "a", "Values": ["b", "c"]}"#),
        ("a=b,c=d", #"{"a": "b", "c": "d"}"#),
        ("a=b,c,d=e", #"{"a": ["b", "c"], "d": "e"}"#),
        ("a=[1,2,3]", #"{"a": ["1", "2", "3"]}"#),
        ("a=[]", #"{"a": []}"#),
        ("a={}", #"{"a": {}}"#),
        ("a=", #"{"a": ""}"#),
        ("a='x,y'", #"{"a": "x,y"}"#),
        (#"a="q\"uote""#, #"{"a": "q\"uote"}"#),
        (#"a=foo\,bar"#, #"{"a": "foo,bar"}"#),
        ("a = b , c = d", #"{"a": "b", "c": "d"}"#),
        ("a=b c", #"{"a": "b c"}"#),
        ("a={b={c=d}}", #"{"a": {"b": {"c": "d"}}}"#),
        ("a=[{b=c},{d=e}]", #"{"a": [{"b": "c"}, {"d": "e"}]}"#),
        ("k-1.x/y:z#=v", #"{"k-1.x/y:z#": "v"}"#),
        ("=b", #"{"": "b"}"#),
        ("a=b\nc==d", #"{"a": "b\nc==d"}"#),
    ])
    func parses(text: String, expected: String) throws {
        let parsed = try ShorthandParser.parse(text)
        #expect(untyped(parsed) == (try JSONValue(parsing: expected)))
    }

    @Test("Syntax errors say what was expected and point at the place", arguments: [
        ("Variables", "Expected: '=', received: 'EOF' for input:\nVariables\n         ^"),
        ("Variables={A=1", "Expected: ',', received: 'EOF' for input:\nVariables={A=1\n              ^"),
        ("a=b,", "Expected: '<second>', received: '<none>' for input:\na=b,\n    ^"),
        ("a=b,,", "Expected: '=', received: 'EOF' for input:\na=b,,\n     ^"),
        ("a=[1,2", "Expected: ',', received: 'EOF' for input:\na=[1,2\n      ^"),
        ("a='x", "Expected: '<singled quoted>', received: '<none>' for input:\na='x\n  ^"),
        ("a={b}", "Expected: '=', received: '}' for input:\na={b}\n    ^"),
        ("{a=b}", "Expected: '=', received: '{' for input:\n{a=b}\n^"),
        ("a==b", "Expected: ',', received: '=' for input:\na==b\n  ^"),
        ("a=[a,b]c", "Expected: ',', received: 'c' for input:\na=[a,b]c\n       ^"),
        ("a=é,b=😀", "Expected: ',', received: '😀' for input:\na=é,b=😀\n      ^"),
        ("a=1,\nb==c", "Expected: ',', received: '=' for input:\na=1,\nb==c\n  ^"),
    ])
    func syntaxErrors(text: String, message: String) {
        #expect(throws: ShorthandError(message: message)) { try ShorthandParser.parse(text) }
    }

    @Test("A key given twice is reported with the CLI's explanation", arguments: [
        ("Variables={A=1},Variables={B=2}", "Variables={A=1},Variables={B=2}\n                ^"),
        ("a=b,a=c", "a=b,a=c\n    ^"),
    ])
    func duplicateKeys(text: String, location: String) {
        let message = "Second instance of key \"\(text.hasPrefix("a") ? "a" : "Variables")\" encountered for input:\n\(location)\n"
            + "This is often because there is a preceding \",\" instead of a space."
        #expect(throws: ShorthandError(message: message)) { try ShorthandParser.parse(text) }
    }

    @Test("With @=, values load from files")
    func fileValues() throws {
        let files = memoryFiles(["policy.json": Array("{\"a\": 1}".utf8), "code.zip": [0x50, 0x4B, 0xFF]])
        #expect(try ShorthandParser.parse("Doc@=file://policy.json", files: files) == .object([("Doc", .string("{\"a\": 1}"))]))
        #expect(try ShorthandParser.parse("ZipFile@=fileb://code.zip", files: files) == .object([("ZipFile", .bytes([0x50, 0x4B, 0xFF]))]))
        #expect(try ShorthandParser.parse("Doc=file://policy.json", files: files) == .object([("Doc", .string("file://policy.json"))]))
        #expect(throws: ShorthandError(message: "Unable to load paramfile file://nope.json: [Errno 2] No such file or directory: 'nope.json'")) {
            try ShorthandParser.parse("Doc@=file://nope.json", files: files)
        }
    }

    private func untyped(_ value: ShorthandValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(text)
        case .bytes(let bytes): return .array(bytes.map { .number(.integer(Int($0))) })
        case .list(let items): return .array(items.map(untyped))
        case .object(let pairs): return .object(JSONObject(pairs.map { ($0.key, untyped($0.value)) }))
        }
    }
}
