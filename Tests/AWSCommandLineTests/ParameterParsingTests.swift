@testable import AWSCommandLine
import LambdaSim
import Testing

@Suite("Reading parameters as the AWS CLI reads them")
struct ParameterParsingTests {
    static let usage = AWSCommandLineError.usage.joined(separator: "\n")

    @Test("Options take their value from the next word or after '='", arguments: [
        "lambda update-function-configuration --function-name f --timeout 30",
        "lambda update-function-configuration --function-name=f --timeout=30",
        "aws lambda update-function-configuration --timeout 30 --function-name f",
        "lambda update-function-configuration --timeout=30 --function-name \"f\"",
    ])
    func optionValues(line: String) {
        #expect(echoedInput(line) == ["FunctionName": "f", "Timeout": 30])
    }

    @Test("Typed values follow the shape: text, integers, doubles, booleans", arguments: [
        ("lambda update-function-configuration --function-name 007 --memory-size 0256", ["FunctionName": "007", "MemorySize": 256]),
        ("lambda update-function-configuration --function-name f --timeout ' 1_0 '", ["FunctionName": "f", "Timeout": 10]),
        ("lambda update-alias --function-name f --name live --routing-config AdditionalVersionWeights={\"2\"=0.1}",
         ["FunctionName": "f", "Name": "live", "RoutingConfig": ["AdditionalVersionWeights": ["2": 0.1]]]),
        ("lambda create-function --function-name f --role r --publish", ["FunctionName": "f", "Role": "r", "Publish": true]),
        ("lambda create-function --function-name f --role r --no-publish", ["FunctionName": "f", "Role": "r", "Publish": false]),
    ] as [(String, JSONValue)])
    func typedValues(line: String, expected: JSONValue) {
        #expect(echoedInput(line) == expected)
    }

    @Test("Lists take several words, one word, or JSON", arguments: [
        ("--architectures arm64", ["arm64"]),
        ("--architectures '[\"arm64\"]'", ["arm64"]),
        ("--architectures ' [\"x86_64\"]'", ["x86_64"]),
        ("--architectures=arm64", ["arm64"]),
    ] as [(String, JSONValue)])
    func lists(arguments: String, expected: JSONValue) {
        #expect(echoedInput("lambda create-function --function-name f --role r \(arguments)")?["Architectures"] == expected)
    }

    @Test("A list option given no words is an empty list, as argparse's nargs='*' gives")
    func emptyList() {
        #expect(echoedInput("lambda update-function-configuration --function-name f --layers")
            == ["FunctionName": "f", "Layers": []])
    }

    @Test("A list option stops at the next option")
    func listStops() {
        #expect(echoedInput("lambda update-function-configuration --layers a b c --function-name f")
            == ["FunctionName": "f", "Layers": ["a", "b", "c"]])
    }

    @Test("Structures and maps read shorthand and JSON alike", arguments: [
        "--environment Variables={KEY=value,K2=v2}",
        "--environment 'Variables={KEY=value,K2=v2}'",
        "--environment '{\"Variables\": {\"KEY\": \"value\", \"K2\": \"v2\"}}'",
        "--environment Variables='{KEY=value,K2=v2}'",
    ])
    func structures(argument: String) {
        #expect(echoedInput("lambda update-function-configuration --function-name f \(argument)")?["Environment"]
            == ["Variables": ["KEY": "value", "K2": "v2"]])
    }

    @Test("Lists of structures take one shorthand or JSON object per word")
    func listOfStructures() {
        let expected: JSONValue = [["Name": "prefix", "Values": ["images/", "docs/"]], ["Name": "suffix", "Values": [".jpg"]]]
        #expect(echoedInput("s3api put-bucket-notification-configuration --bucket b --filters Name=prefix,Values=images/,docs/ Name=suffix,Values=.jpg")?["Filters"] == expected)
        #expect(echoedInput(#"s3api put-bucket-notification-configuration --bucket b --filters '{"Name": "prefix", "Values": ["images/", "docs/"]}' '{"Name": "suffix", "Values": [".jpg"]}'"#)?["Filters"] == expected)
        #expect(echoedInput(#"s3api put-bucket-notification-configuration --bucket b --filters '[{"Name": "prefix", "Values": ["images/", "docs/"]}, {"Name": "suffix", "Values": [".jpg"]}]'"#)?["Filters"] == expected)
    }

    @Test("A shorthand mistake is reported as the CLI's parameter error", arguments: [
        ("--environment Variables", "Error parsing parameter '--environment': Expected: '=', received: 'EOF' for input:\nVariables\n         ^"),
        ("--environment 'Variables={A=1'", "Error parsing parameter '--environment': Expected: ',', received: 'EOF' for input:\nVariables={A=1\n              ^"),
        ("--environment '{\"Variables\": {\"A\": 1'", "Error parsing parameter '--environment': Invalid JSON: Expecting ',' delimiter: line 1 column 22 (char 21)\nJSON received: {\"Variables\": {\"A\": 1"),
        ("--environment '{bad'", "Error parsing parameter '--environment': Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\nJSON received: {bad"),
    ])
    func shorthandErrors(argument: String, message: String) {
        let result = run("lambda update-function-configuration --function-name f \(argument)")
        #expect(result.errorLines.joined(separator: "\n") == message)
        #expect(result.exitStatus == 252)
    }

    @Test("Number parameters use Python's int() and float(), with Python's messages", arguments: [
        ("lambda update-function-configuration --function-name f --timeout abc", "invalid literal for int() with base 10: 'abc'"),
        ("lambda update-function-configuration --function-name f --timeout 1.5", "invalid literal for int() with base 10: '1.5'"),
        ("lambda update-alias --function-name f --name a --routing-config AdditionalVersionWeights={2=x}", "could not convert string to float: 'x'"),
    ])
    func numberErrors(line: String, message: String) {
        let result = run(line)
        #expect(result.errorLines == [message])
        #expect(result.exitStatus == 255)
    }

    @Test("Missing required options are listed together, as argparse does")
    func requiredArguments() {
        #expect(errorText("lambda create-function --publish") == Self.usage + "\naws: error: the following arguments are required: --function-name, --role")
        #expect(errorText("lambda invoke --function-name f") == Self.usage + "\naws: error: the following arguments are required: outfile")
        #expect(run("lambda create-function").exitStatus == 252)
    }

    @Test("An option without its value is refused")
    func missingValue() {
        #expect(errorText("lambda update-function-configuration --function-name") == Self.usage + "\naws: error: argument --function-name: expected one argument")
        #expect(errorText("lambda update-function-configuration --function-name --timeout 3") == Self.usage + "\naws: error: argument --function-name: expected one argument")
    }

    @Test("Unknown options and stray words are listed after the usage text", arguments: [
        ("lambda update-function-configuration --function-name f --foo 1 --bar", "Unknown options: --foo, --bar, 1"),
        ("lambda update-function-configuration --function-name f extra", "Unknown options: extra"),
        ("lambda invoke --function-name f out.json more", "Unknown options: more"),
        ("lambda update-function-configuration --function-name f --publish", "Unknown options: --publish"),
    ])
    func unknownOptions(line: String, last: String) {
        let result = run(line)
        #expect(result.errorLines == AWSCommandLineError.usage + [last])
        #expect(result.exitStatus == 252)
    }

    @Test("A boolean flag refuses an explicit value")
    func flagWithValue() {
        #expect(errorText("lambda create-function --function-name f --role r --publish=true")
            == Self.usage + "\naws: error: argument --publish: ignored explicit argument 'true'")
    }

    @Test("Positional arguments are CLI-only and reach the handler separately")
    func positional() {
        let result = run("lambda invoke --function-name f --cli-binary-format raw-in-base64-out --payload '{}' response.json")
        let echoed = try? JSONValue(parsing: result.output)
        #expect(echoed?["local"] == ["outfile": "response.json"])
        #expect(echoed?["input"] == ["FunctionName": "f", "Payload": "e30="])
    }

    @Test("Negative numbers are values, not options")
    func negativeNumbers() {
        #expect(run("lambda update-function-configuration --function-name f --timeout -5").errorLines
            == ["Parameter validation failed:", "Invalid value for parameter Timeout, value: -5, valid min value: 1"])
    }
}

@Suite("Errors point at the word at fault")
struct ErrorPositionTests {
    /// The text of the input that the error's source range covers.
    func blamed(_ line: String) -> String? {
        run(line).sourceRange.map { line.utf8Slice($0) }
    }

    @Test("Each kind of mistake points at its own word", arguments: [
        ("lambda update-function-configuration --function-name f --foo 1", "--foo"),
        ("lambda update-function-configuration --function-name f --timeout abc", "abc"),
        ("lambda update-function-configuration --function-name f --environment 'Variables={A=1'", "'Variables={A=1'"),
        ("lambda update-function-configuration --function-name f --layers a b --runtime", "--runtime"),
        ("sts get-caller-identity --output xml", "--output xml"),
        ("lambda create-function --function-name f --role r --zip-file fileb://x.zip", "fileb://x.zip"),
        ("lambda create-function --function-name f --role r --publish=yes", "--publish=yes"),
        ("lambda invok --function-name f", "invok"),
        ("lamda invoke", "lamda"),
        ("lambda update-function-configuration --cli-input-json '{bad'", "'{bad'"),
    ])
    func positions(line: String, word: String) {
        #expect(blamed(line) == word)
    }

    @Test("Errors about no single word carry no position")
    func noPosition() {
        #expect(run("lambda create-function").sourceRange == nil)
        #expect(run("sts get-caller-identity").sourceRange == nil)
    }

    @Test("'aws help' lists the simulated services and how much of each runs")
    func servicesHelp() {
        let output = run("aws help", registry: .standard).output
        #expect(output.hasPrefix("NAME\n       aws -\n\nAVAILABLE SERVICES\n       o lambda (22 of "))
        #expect(output.contains("       o sts (1 of "))
    }

    @Test("'aws SERVICE help' lists the service's operations and marks what is simulated")
    func serviceHelp() {
        let output = run("aws sts help", registry: .standard).output
        #expect(output.hasPrefix("NAME\n       sts -\n\nAVAILABLE COMMANDS\n"))
        #expect(output.contains("       o get-caller-identity\n"))
        #expect(output.contains("       o assume-role (not simulated yet)\n"))
    }
}

@Suite("Abbreviated options, as argparse allows them")
struct AbbreviationTests {
    @Test("An unambiguous prefix stands for the whole option", arguments: [
        ("lambda update-function-configuration --fun f --time 3", ["FunctionName": "f", "Timeout": 3]),
        ("lambda update-function-configuration --function-name f --mem=256", ["FunctionName": "f", "MemorySize": 256]),
        ("lambda create-function --function-name f --role r --no-pub", ["FunctionName": "f", "Role": "r", "Publish": false]),
    ] as [(String, JSONValue)])
    func prefixes(line: String, expected: JSONValue) {
        #expect(echoedInput(line) == expected)
    }

    @Test("Global options may be abbreviated too")
    func globalPrefix() {
        #expect(run("sts get-caller-identity --out text --que Account").output == "123456789012\n")
        #expect(run("aws --out text sts get-caller-identity --query Account").output == "123456789012\n")
    }

    @Test("A prefix of several options is refused with argparse's message; global options are matched first", arguments: [
        ("lambda update-function-configuration --function-name f --t 3", "aws: error: ambiguous option: --t could match --timeout, --tracing-config"),
        ("lambda update-function-configuration --function-name f --c x",
         "aws: error: ambiguous option: --c could match --color, --ca-bundle, --cli-read-timeout, --cli-connect-timeout, --cli-binary-format, --cli-auto-prompt"),
        ("lambda update-function-configuration --function-name f --r eu-west-1", "--region eu-west-1: only us-east-1 is simulated here."),
    ])
    func ambiguous(line: String, last: String) {
        #expect(run(line, registry: .standard).errorLines.last == last)
    }
}
