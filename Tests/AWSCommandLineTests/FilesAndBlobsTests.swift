@testable import AWSCommandLine
import LambdaSim
import Testing

@Suite("file://, fileb:// and blobs")
struct FilesAndBlobsTests {
    static let files = memoryFiles([
        "event.json": Array(#"{"name": "Bob"}"#.utf8),
        "function.zip": [0x50, 0x4B, 0x03, 0x04, 0xFF],
        "env.json": Array(#"{"Variables": {"STAGE": "dev"}}"#.utf8),
        "latin1.txt": [0x63, 0x61, 0x66, 0xE9],
        "payload.b64": Array("eyJhIjogMX0=".utf8),
        "input.json": Array(#"{"FunctionName": "from-file", "Timeout": 5}"#.utf8),
    ])

    @Test("fileb:// sends the file's bytes as they are")
    func binaryFile() {
        let input = echoedInput("lambda create-function --function-name f --role r --zip-file fileb://function.zip", files: Self.files)
        #expect(input?["ZipFile"] == .string(Base64.encode([0x50, 0x4B, 0x03, 0x04, 0xFF])))
    }

    @Test("file:// gives a complex parameter its text, read as JSON or shorthand")
    func textFile() {
        #expect(echoedInput("lambda update-function-configuration --function-name f --environment file://env.json", files: Self.files)?["Environment"]
            == ["Variables": ["STAGE": "dev"]])
    }

    @Test("Missing files and directories are reported with Python's OSError text", arguments: [
        ("--zip-file fileb://x.zip", "Error parsing parameter '--zip-file': Unable to load paramfile fileb://x.zip: [Errno 2] No such file or directory: 'x.zip'"),
        ("--zip-file fileb://build/", "Error parsing parameter '--zip-file': Unable to load paramfile fileb://build/: [Errno 21] Is a directory: 'build/'"),
        ("--code file://latin1.txt", "Error parsing parameter '--code': Unable to load paramfile (latin1.txt), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix."),
    ])
    func fileErrors(argument: String, message: String) {
        let result = run("lambda create-function --function-name f --role r \(argument)", files: Self.files)
        #expect(result.errorLines.joined(separator: "\n") == message)
        #expect(result.exitStatus == 252)
    }

    @Test("By default (AWS CLI v2) an inline blob is base64 and raw JSON is refused, with a hint")
    func base64Default() {
        let result = run("lambda invoke --function-name f --payload '{\"a\": 1}' out.json")
        #expect(result.errorLines == [#"Invalid base64: "{"a": 1}""#])
        #expect(result.exitStatus == 255)
        #expect(result.hint?.contains("--cli-binary-format raw-in-base64-out") == true)
        let payload = try? JSONValue(parsing: run("lambda invoke --function-name f --payload eyJhIjogMX0= out.json").output)
        #expect(payload?["input"]?["Payload"] == "eyJhIjogMX0=")
    }

    @Test("raw-in-base64-out sends the text's bytes, as the AWS CLI v1 did", arguments: [
        "lambda invoke --function-name f --cli-binary-format raw-in-base64-out --payload '{\"a\": 1}' out.json",
        "lambda invoke --cli-binary-format=raw-in-base64-out --function-name f --payload file://event.json out.json",
    ])
    func rawFormat(line: String) {
        let echoed = try? JSONValue(parsing: run(line, files: Self.files).output)
        let bytes = echoed?["input"]?["Payload"]?.stringValue.flatMap(Base64.decode)
        #expect(bytes.map { String(decoding: $0, as: UTF8.self) } == (line.contains("event.json") ? #"{"name": "Bob"}"# : #"{"a": 1}"#))
    }

    @Test("With the base64 format, file:// contents are base64 text too; fileb:// bytes never are")
    func fileContentsAndFormats() {
        let fromText = try? JSONValue(parsing: run("lambda invoke --function-name f --payload file://payload.b64 out.json", files: Self.files).output)
        #expect(fromText?["input"]?["Payload"] == "eyJhIjogMX0=")
        let fromBytes = try? JSONValue(parsing: run("lambda invoke --function-name f --payload fileb://event.json out.json", files: Self.files).output)
        #expect(fromBytes?["input"]?["Payload"] == .string(Base64.encode(Array(#"{"name": "Bob"}"#.utf8))))
        #expect(run("lambda invoke --function-name f --payload file://event.json out.json", files: Self.files).errorLines
            == [#"Invalid base64: "{"name": "Bob"}""#])
    }

    @Test("Base64 is strict, as Python's b64decode(validate=True) is", arguments: [
        ("", []), ("YQ==", [0x61]), ("YWI=", [0x61, 0x62]), ("YWJj", [0x61, 0x62, 0x63]), ("/+8=", [0xFF, 0xEF]),
    ] as [(String, [UInt8])])
    func base64Valid(text: String, bytes: [UInt8]) {
        #expect(Base64.decode(text) == bytes)
        #expect(Base64.encode(bytes) == text)
    }

    @Test("Malformed base64 is refused by the strict decoder", arguments: ["YQ", "YQ=", "Y===", "YQ==YQ==", "Y Q==", "{}", "ab$d", "=YQ="])
    func base64Invalid(text: String) {
        #expect(Base64.decode(text) == nil)
    }

    @Test("Blob parameters decode as Python's b64decode does: stray characters skipped, padding ends the data", arguments: [
        (#"{"a": 1}"#, nil), ("{}", []), ("test", [181, 235, 45]), ("hello", nil), ("YQ", nil), ("YQ=", nil), ("YQ==", [97]),
        ("YQ==YQ==", [97]), ("Y Q==", [97]), ("ab$d", nil), ("=YQ=", nil), ("e30=", [123, 125]),
        ("YWJj\nZGVm", [97, 98, 99, 100, 101, 102]), ("Y===", nil), ("", []), ("abc=d", [105, 183]),
    ] as [(String, [UInt8]?)])
    func pythonBase64(text: String, bytes: [UInt8]?) {
        #expect(Base64.pythonDecode(text) == bytes)
    }

    @Test("--cli-input-json gives parameters; options on the command line override them")
    func cliInputJSON() {
        #expect(echoedInput(#"lambda update-function-configuration --cli-input-json '{"FunctionName": "a", "Timeout": 5}' --timeout 9"#)
            == ["FunctionName": "a", "Timeout": 9])
        #expect(echoedInput("lambda update-function-configuration --cli-input-json file://input.json", files: Self.files)
            == ["FunctionName": "from-file", "Timeout": 5])
    }

    @Test("--cli-input-json is validated against the operation's input", arguments: [
        (#"{"Timeout": 5}"#, ["Parameter validation failed:", "Missing required parameter in input: \"FunctionName\""]),
        (#"{"FunctionName": "f", "Colour": "red"}"#, ["Parameter validation failed:", "Unknown parameter in input: \"Colour\", must be one of: FunctionName, Role, Handler, Timeout, MemorySize, Environment, Runtime, Layers, DeadLetterConfig"]),
        (#"{"FunctionName": 5}"#, ["Parameter validation failed:", "Invalid type for parameter FunctionName, value: 5, type: <class 'int'>, valid types: <class 'str'>"]),
        (#"{"FunctionName": "f", "Environment": {"Variables": {"A": 1}}}"#, ["Parameter validation failed:", "Invalid type for parameter Environment.Variables.A, value: 1, type: <class 'int'>, valid types: <class 'str'>"]),
        (#"["FunctionName"]"#, ["Parameter validation failed:", "Invalid type for parameter input, value: ['FunctionName'], type: <class 'list'>, valid types: <class 'dict'>"]),
        ("{bad", ["Error parsing parameter '--cli-input-json': Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)", "JSON received: {bad"]),
    ] as [(String, [String])])
    func cliInputJSONErrors(json: String, lines: [String]) {
        var context = AWSCommandContext(world: World())
        let words = ["lambda", "update-function-configuration", "--cli-input-json", json].map { CommandWord(text: $0, sourceRange: 0..<0) }
        #expect(AWSCommandLine.run(words: words, context: &context, registry: EchoOperations.registry).errorLines == lines)
    }
}
