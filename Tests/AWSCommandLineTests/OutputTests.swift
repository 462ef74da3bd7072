@testable import AWSCommandLine
import LambdaSim
import Testing

/// Expected texts recorded from the AWS CLI's `awscli/text.py` and the `jmespath` package.
@Suite("Output: text format and --query")
struct OutputTests {
    @Test("Text output matches the CLI's text formatter", arguments: [
        (#"{"Functions": [{"FunctionName": "a", "Runtime": "python3.12", "MemorySize": 128, "Architectures": ["x86_64"], "Environment": {"Variables": {"K": "v"}}}, {"FunctionName": "b", "Timeout": 3, "Architectures": ["arm64"]}]}"#,
         "FUNCTIONS\ta\t128\tpython3.12\t\nARCHITECTURES\tx86_64\nVARIABLES\tv\nFUNCTIONS\tb\t\t\t3\nARCHITECTURES\tarm64\n"),
        (#"{"Configuration": {"FunctionName": "f", "Timeout": 3, "Layers": []}, "Tags": {"team": "x"}}"#, "CONFIGURATION\tf\t3\nTAGS\tx\n"),
        (#"["a", "b", "c"]"#, "a\tb\tc\n"),
        (#"[["a", "b"], ["c"]]"#, "a\tb\nc\n"),
        (#"{"StatusCode": 200, "ExecutedVersion": "$LATEST", "Ok": true, "Nothing": null, "Ratio": 0.5}"#, "$LATEST\tNone\tTrue\t0.5\t200\n"),
        (#"{"Aliases": [], "NextMarker": null}"#, "None\n"),
        (#"[1, [2, 3], "x"]"#, "1\tx\n2\t3\n"),
    ])
    func text(json: String, expected: String) throws {
        #expect(TextOutput.render(try JSONValue(parsing: json)) == expected)
    }

    static let document = #"{"Functions": [{"FunctionName": "a", "Runtime": "python3.12", "Layers": [{"Arn": "l1"}, {"Arn": "l2"}]}, {"FunctionName": "b", "Layers": []}, {"FunctionName": "c", "Runtime": "python3.13"}], "Tags": {"team": "x", "env": "dev"}, "Count": 3}"#

    @Test("The JMESPath subset gives what jmespath gives", arguments: [
        ("Functions[].FunctionName", #"["a", "b", "c"]"#),
        ("Functions[*].Runtime", #"["python3.12", "python3.13"]"#),
        ("Functions[0].FunctionName", #""a""#),
        ("Functions[-1].FunctionName", #""c""#),
        ("Functions[].Layers[].Arn", #"["l1", "l2"]"#),
        ("Functions[*].Layers[*].Arn", #"[["l1", "l2"], []]"#),
        ("Functions[].[FunctionName, Runtime]", #"[["a", "python3.12"], ["b", null], ["c", "python3.13"]]"#),
        ("Functions[].{Name: FunctionName, Rt: Runtime}", #"[{"Name": "a", "Rt": "python3.12"}, {"Name": "b", "Rt": null}, {"Name": "c", "Rt": "python3.13"}]"#),
        ("Tags.*", #"["x", "dev"]"#),
        ("length", "null"),
        ("Functions[5]", "null"),
        ("Functions[].FunctionName | [0]", #""a""#),
        (#""Count""#, "3"),
        ("Missing.Thing", "null"),
        ("[Count, Tags.team]", #"[3, "x"]"#),
        ("Functions[0].Layers[0].Arn", #""l1""#),
        ("`[1, 2]`", "[1, 2]"),
        ("'lit'", #""lit""#),
        ("@.Count", "3"),
    ])
    func query(expression: String, expected: String) throws {
        let value = try JMESPath.parse(expression).evaluate(on: JSONValue(parsing: Self.document))
        #expect(value == (try JSONValue(parsing: expected)))
    }

    @Test("JMESPath features outside the subset, and unknown functions, say so plainly", arguments: [
        ("Functions[0:2]", "slices ([a:b]) are not simulated here"),
        ("foo(Functions)", "Unknown function: foo()"),
        ("length(Functions, Tags)", "Expected 1 argument for function length(), received 2"),
    ])
    func unsupportedQueries(expression: String, message: String) {
        #expect(throws: JMESPath.Error(message: message)) { try JMESPath.parse(expression) }
        #expect(run("sts get-caller-identity --query \"\(expression)\"").errorLines == ["Bad value for --query \(expression): \(message)"])
    }

    @Test("Filters keep the items whose condition holds, as jmespath does", arguments: [
        ("Functions[?Runtime=='python3.12'].FunctionName", #"["a", "c"]"#),
        ("Functions[?MemorySize > `256`].FunctionName", #"["b", "c"]"#),
        ("Functions[?Runtime=='python3.12' && MemorySize > `200`].FunctionName", #"["c"]"#),
        ("Functions[?!Layers].FunctionName", #"["a", "b", "c"]"#),
        ("Functions[?Layers].FunctionName", "[]"),
        ("Functions[?Runtime!='python3.12'] | [0].FunctionName", #""b""#),
        ("Functions[?MemorySize >= `512` || FunctionName=='a'].FunctionName", #"["a", "b", "c"]"#),
        ("Functions[?Tags.x=='1'].MemorySize", "[1024]"),
        ("Functions[?(Runtime=='python3.13')].FunctionName", #"["b"]"#),
    ])
    func filters(expression: String, expected: String) throws {
        let document = try JSONValue(parsing: #"{"Functions": [{"FunctionName": "a", "Runtime": "python3.12", "MemorySize": 128, "Layers": []}, {"FunctionName": "b", "Runtime": "python3.13", "MemorySize": 512}, {"FunctionName": "c", "Runtime": "python3.12", "MemorySize": 1024, "Tags": {"x": "1"}}]}"#)
        #expect(try JMESPath.parse(expression).evaluate(on: document) == (try JSONValue(parsing: expected)))
    }

    @Test("Functions give what jmespath's give", arguments: [
        ("length(Functions)", "2"), ("length(Tags)", "2"), ("keys(Tags)", #"["x", "y"]"#), ("values(Tags)", #"["1", "2"]"#),
        ("sort_by(Functions, &FunctionName)[].FunctionName", #"["a", "b"]"#), ("max_by(Functions, &MemorySize).FunctionName", #""b""#),
        ("min_by(Functions, &MemorySize).FunctionName", #""a""#), ("sort(N)", "[1, 2, 3]"), ("reverse(N)", "[2, 1, 3]"),
        ("max(N)", "3"), ("min(N)", "1"), ("sum(N)", "6"), ("avg(N)", "2.0"),
        ("contains(Functions[].FunctionName, 'a')", "true"), ("Functions[?starts_with(FunctionName, 'a')].FunctionName", #"["a"]"#),
        ("Functions[?ends_with(FunctionName, 'b')].FunctionName", #"["b"]"#), ("join(`, `, Functions[].FunctionName)", #""b, a""#),
        ("to_string(N)", #""[3,1,2]""#), ("to_number('12')", "12"), ("type(N)", #""array""#), ("not_null(Missing, N)", "[3, 1, 2]"),
        ("sort_by(Functions, &Version)[].Version", #"["10", "2"]"#), ("length(Functions[?MemorySize > `200`])", "1"),
    ])
    func functions(expression: String, expected: String) throws {
        let document = try JSONValue(parsing: #"{"Functions": [{"FunctionName": "b", "MemorySize": 512, "Version": "2"}, {"FunctionName": "a", "MemorySize": 128, "Version": "10"}], "Tags": {"x": "1", "y": "2"}, "N": [3, 1, 2]}"#)
        #expect(try JMESPath.parse(expression).evaluate(on: document) == (try JSONValue(parsing: expected)))
    }

    @Test("A function given the wrong type fails with jmespath's message")
    func functionTypeError() {
        #expect(throws: JMESPath.Error(message: "In function length(), invalid type for value: 1, expected one of: ['string', 'array', 'object'], received: \"number\"")) {
            try JMESPath.parse("length(`1`)").evaluate(on: .null)
        }
        #expect(run("sts get-caller-identity --query 'length(`1`)'").exitStatus == 255)
    }

    @Test("A null query result prints as null in JSON and None in text; an empty response object prints nothing")
    func emptyResults() {
        #expect(run("sts get-caller-identity --query Missing").output == "null\n")
        #expect(run("sts get-caller-identity --query Missing --output text").output == "None\n")
        let empty = AWSOperationRegistry([AWSOperation(AWSOperationDeclaration(service: "lambda", apiName: "DeleteAlias", summary: "Deletes an alias.")) { _, _ throws(AWSServiceError) in [:] }])
        #expect(run("lambda delete-alias", registry: empty).output == "")
    }
}
