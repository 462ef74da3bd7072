import Foundation
@testable import LambdaSim
import Testing

/// Expected texts recorded from CPython 3.12's `json` module, which the AWS CLI uses.
@Suite("JSON values")
struct JSONValueTests {
    @Test("Malformed JSON is refused with Python's message and position", arguments: [
        ("", "Expecting value: line 1 column 1 (char 0)"),
        ("{bad", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ("[1,]", "Expecting value: line 1 column 4 (char 3)"),
        ("{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)"),
        ("{\"a\": 1,}", "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)"),
        ("nul", "Expecting value: line 1 column 1 (char 0)"),
        ("[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"),
        ("\"abc", "Unterminated string starting at: line 1 column 1 (char 0)"),
        ("{\"a\": 1} x", "Extra data: line 1 column 10 (char 9)"),
        ("\n\n  [", "Expecting value: line 3 column 4 (char 5)"),
        ("{\"é\": tru}", "Expecting value: line 1 column 7 (char 6)"),
        ("01", "Extra data: line 1 column 2 (char 1)"),
        ("-", "Expecting value: line 1 column 1 (char 0)"),
        ("[1, 2", "Expecting ',' delimiter: line 1 column 6 (char 5)"),
        ("\"\\x\"", "Invalid \\escape: line 1 column 2 (char 1)"),
        ("{'a': 1}", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        ("[\n1,\n2\n,]", "Expecting value: line 4 column 2 (char 8)"),
    ])
    func malformed(text: String, message: String) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
        do {
            _ = try JSONValue(parsing: text)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("Documents print as the AWS CLI prints them: four-space indent, unicode as is", arguments: [
        ("{\"b\": 1, \"a\": [1, 2.5, null, true, false], \"c\": {}, \"d\": [], \"e\": \"é\\u2028\\ud83d\\ude00\\n\"}",
         "{\n    \"b\": 1,\n    \"a\": [\n        1,\n        2.5,\n        null,\n        true,\n        false\n    ],\n    \"c\": {},\n    \"d\": [],\n    \"e\": \"é\u{2028}😀\\n\"\n}"),
        ("[1e3, 1E-7, 1.0, 0.1, 1e16, 12345678901234567890, -0.0, 3.14159]",
         "[\n    1000.0,\n    1e-07,\n    1.0,\n    0.1,\n    1e+16,\n    12345678901234567890,\n    -0.0,\n    3.14159\n]"),
        ("{\"a\": 1, \"a\": 2, \"b\": 3}", "{\n    \"a\": 2,\n    \"b\": 3\n}"),
        ("\"x\"", "\"x\""),
        ("[[], {}, [[]]]", "[\n    [],\n    {},\n    [\n        []\n    ]\n]"),
    ])
    func rendering(text: String, expected: String) throws {
        #expect(try JSONValue(parsing: text).rendered() == expected)
    }

    @Test("With ensure_ascii and no indent, output matches json.dumps defaults")
    func compactASCII() throws {
        let value = try JSONValue(parsing: "{\"b\": 1, \"a\": [1, 2.5, null, true, false], \"c\": {}, \"d\": [], \"e\": \"é\\u2028\\ud83d\\ude00\\n\"}")
        #expect(value.rendered(indent: nil, ensureASCII: true)
            == "{\"b\": 1, \"a\": [1, 2.5, null, true, false], \"c\": {}, \"d\": [], \"e\": \"\\u00e9\\u2028\\ud83d\\ude00\\n\"}")
    }

    @Test("Object keys keep document order; a repeated key keeps its place and takes the last value")
    func keyOrder() throws {
        let value = try JSONValue(parsing: #"{"z": 1, "a": 2, "z": 3}"#)
        #expect(value.objectValue?.keys == ["z", "a"])
        #expect(value["z"] == 3)
    }

    @Test("Integers stay integers, floats stay floats, and big integers stay exact")
    func numbers() throws {
        #expect(try JSONValue(parsing: "3") == .number(.integer(3)))
        #expect(try JSONValue(parsing: "3.0") == .number(.float(3.0)))
        #expect(try JSONValue(parsing: "-98765432109876543210") == .number(.bigInteger("-98765432109876543210")))
        #expect(try JSONValue(parsing: "9223372036854775807") == .number(.integer(Int.max)))
        #expect(try JSONValue(parsing: "NaN").rendered() == "NaN")
        #expect(try JSONValue(parsing: "-Infinity").rendered() == "-Infinity")
    }

    @Test("Literals build values, and subscripts read and write object members in place")
    func literalsAndSubscripts() {
        var value: JSONValue = ["FunctionName": "hello", "Timeout": 3, "Publish": true, "Layers": [], "Role": nil]
        #expect(value["Timeout"]?.intValue == 3)
        value["Timeout"] = 10
        value["MemorySize"] = 128
        #expect(value.objectValue?.keys == ["FunctionName", "Timeout", "Publish", "Layers", "Role", "MemorySize"])
        #expect(value.rendered(indent: nil) == #"{"FunctionName": "hello", "Timeout": 10, "Publish": true, "Layers": [], "Role": null, "MemorySize": 128}"#)
    }

    @Test("Python's str and repr of values, as botocore's messages and text output show them", arguments: [
        (JSONValue.null, "None", "None"), (true, "True", "True"), (1.5, "1.5", "1.5"), ("it's", "it's", "\"it's\""),
        (["a", 1], "['a', 1]", "['a', 1]"), (["k": false], "{'k': False}", "{'k': False}"),
    ] as [(JSONValue, String, String)])
    func pythonText(value: JSONValue, str: String, repr: String) {
        #expect(value.pythonStr == str)
        #expect(value.pythonRepr == repr)
    }

    @Test("A service error prints as the CLI prints it and carries Lambda's Type and Reason")
    func serviceError() {
        let error = AWSServiceError(code: "TooManyRequestsException", message: "Rate Exceeded.", httpStatus: 429, type: "User",
                                    reason: "ReservedFunctionConcurrentInvocationLimitExceeded")
        #expect(error.cliMessage(operation: "Invoke")
            == "An error occurred (TooManyRequestsException) when calling the Invoke operation: Rate Exceeded.")
        #expect(error.response["Reason"] == "ReservedFunctionConcurrentInvocationLimitExceeded")
        #expect(error.response["Error"]?["Type"] == "User")
    }
}

@Suite("JSON values in snapshots")
struct JSONValueCodableTests {
    @Test("A value survives encoding with its key order, number kinds and big integers")
    func roundTrip() throws {
        let value = try JSONValue(parsing: #"{"z": 1, "a": [1.0, -0.0, 123456789012345678901234567890, "é\n", null, {"k": false}]}"#)
        let data = try JSONEncoder().encode(["payload": value])
        let decoded = try JSONDecoder().decode([String: JSONValue].self, from: data)
        #expect(decoded["payload"] == value)
        #expect(decoded["payload"]?.description == #"{"z": 1, "a": [1.0, -0.0, 123456789012345678901234567890, "é\n", null, {"k": false}]}"#)
    }
}
