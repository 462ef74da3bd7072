import Testing
@testable import AWSCommandLine

@Suite("Command words")
struct CommandWordsTests {
    static let completeCases: [(String, [String])] = [
        ("ls", ["ls"]),
        ("  cat   a.txt  b.txt ", ["cat", "a.txt", "b.txt"]),
        ("echo 'single quoted $x'", ["echo", "single quoted $x"]),
        (#"say "double \"quoted\" \\ text""#, ["say", #"double "quoted" \ text"#]),
        (#"a\ b c"#, ["a b", "c"]),
        ("x ''", ["x", ""]),
        (#"--payload '{"name": "Ada"}'"#, ["--payload", #"{"name": "Ada"}"#]),
        ("invoke f {\n \"a\": 1\n}", ["invoke", "f", "{", "a:", "1", "}"]),
        ("one \\\ntwo", ["one", "two"]),
        ("mixed'q'\"d\"x", ["mixedqdx"]),
        ("tab\tseparated", ["tab", "separated"]),
    ]

    @Test("Words are split as a POSIX shell splits them, without expansions", arguments: completeCases)
    func splits(input: String, words: [String]) {
        guard case .complete(let found) = CommandWords.scan(input) else {
            Issue.record("expected a complete input")
            return
        }
        #expect(found.map(\.text) == words)
    }

    static let incompleteCases: [(String, IncompleteInput)] = [
        ("echo 'open", .unterminatedQuote("'", at: 5)),
        ("echo \"open", .unterminatedQuote("\"", at: 5)),
        ("continued \\", .trailingBackslash),
        ("invoke f {\"a\": [1, 2]", .openBracket("{", at: 9)),
        ("x [", .openBracket("[", at: 2)),
    ]

    @Test("Open quotes, brackets and a trailing backslash ask for more input", arguments: incompleteCases)
    func incomplete(input: String, reason: IncompleteInput) {
        #expect(CommandWords.scan(input) == .incomplete(reason))
    }

    @Test("Brackets inside quotes and unmatched closing brackets do not hold the input open")
    func bracketsInQuotes() {
        #expect(CommandWords.scan("x '{'") == .complete([CommandWord(text: "x", sourceRange: 0..<1), CommandWord(text: "{", sourceRange: 2..<5, wasQuoted: true)]))
        if case .incomplete = CommandWords.scan("x }") { Issue.record("a stray closing bracket is not incomplete") }
        if case .incomplete = CommandWords.scan("\u{1B}[2J a[0") { Issue.record("a bracket inside a word is not JSON") }
        #expect(CommandWords.scan("x {\"a\": [1") == .incomplete(.openBracket("{", at: 2)))
    }

    @Test("Each word remembers where it was in the input")
    func sourceRanges() throws {
        guard case .complete(let words) = CommandWords.scan("cat  'a b'") else { throw CancellationError() }
        #expect(words.map(\.sourceRange) == [0..<3, 5..<10])
        #expect("cat  'a b'".utf8Slice(words[1].sourceRange) == "'a b'")
    }

    @Test("The word under the cursor is separated from the finished words")
    func trailingWord() {
        let (done, partial) = CommandWords.trailingWord(of: "cat lam")
        #expect(done.map(\.text) == ["cat"])
        #expect(partial == "lam")
        #expect(CommandWords.trailingWord(of: "cat ").partial == "")
        #expect(CommandWords.trailingWord(of: "cat 'my fi").partial == "my fi")
    }

    @Test("Invalid UTF-8 repaired to U+FFFD and control characters split like any other text")
    func oddBytes() {
        let input = String(decoding: [0x6C, 0x73, 0xFF, 0x20, 0x01], as: UTF8.self)
        guard case .complete(let words) = CommandWords.scan(input) else {
            Issue.record("expected a complete input")
            return
        }
        #expect(words.map(\.text) == ["ls\u{FFFD}", "\u{01}"])
    }
}

@Suite("AWS commands")
struct AWSCommandTests {
    func words(_ text: String) -> [CommandWord] {
        guard case .complete(let words) = CommandWords.scan(text) else { return [] }
        return words
    }

    @Test("The leading 'aws' is optional")
    func optionalPrefix() throws {
        let with = try AWSCommandParser.parse(words("aws lambda invoke --function-name f out.json")).get()
        let without = try AWSCommandParser.parse(words("lambda invoke --function-name f out.json")).get()
        #expect(with.service == "lambda" && with.operation == "invoke")
        #expect(with.arguments.map(\.text) == ["--function-name", "f", "out.json"])
        #expect(without.service == with.service && without.operation == with.operation)
    }

    @Test("Only 'aws' or a simulated service name starts an AWS command")
    func recognition() {
        #expect(AWSCommandParser.looksLikeAWSCommand(words("aws")))
        #expect(AWSCommandParser.looksLikeAWSCommand(words("dynamodb list-tables")))
        #expect(!AWSCommandParser.looksLikeAWSCommand(words("ls")))
        #expect(!AWSCommandParser.looksLikeAWSCommand(words("ec2 describe-instances")))
    }

    @Test("A misspelt operation gets the CLI's usage, its error line and a suggestion")
    func misspeltOperation() {
        guard case .failure(let error) = AWSCommandParser.parse(words("aws lambda invok")) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.lines.first == "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]")
        #expect(error.lines.last == "aws: error: argument operation: Invalid choice: 'invok'")
        #expect(error.hint == "Did you mean 'aws lambda invoke'?")
    }

    @Test("Missing command and operation are reported as the AWS CLI reports them")
    func missingParts() {
        guard case .failure(let noCommand) = AWSCommandParser.parse(words("aws")),
              case .failure(let noOperation) = AWSCommandParser.parse(words("aws lambda"))
        else {
            Issue.record("expected failures")
            return
        }
        #expect(noCommand.lines.last == "aws: error: the following arguments are required: command")
        #expect(noOperation.lines.last == "aws: error: the following arguments are required: operation")
    }

    @Test("A real AWS service outside the simulation says so, and out-of-scope ones say why")
    func unsimulatedServices() {
        guard case .failure(let ec2) = AWSCommandParser.parse(words("aws ec2 describe-instances")),
              case .failure(let glue) = AWSCommandParser.parse(words("aws glue get-jobs")),
              case .failure(let typo) = AWSCommandParser.parse(words("aws lamda invoke"))
        else {
            Issue.record("expected failures")
            return
        }
        #expect(ec2.lines == ["aws ec2: Networking (VPCs, subnets, ENIs) and EC2 are not simulated here."])
        #expect(glue.lines == ["aws glue: this service is not simulated here."])
        #expect(typo.lines.last == "aws: error: argument command: Invalid choice: 'lamda'")
        #expect(typo.hint == "Did you mean 'lambda'?")
    }

    @Test("The catalogue knows the real operation names of every simulated service")
    func catalogue() {
        for service in AWSServiceCatalogue.simulatedServices {
            #expect(!AWSServiceCatalogue.operations(of: service).isEmpty, "no operations for \(service)")
        }
        #expect(AWSServiceCatalogue.operations(of: "lambda").contains("publish-version"))
        #expect(AWSServiceCatalogue.operations(of: "logs").contains("tail"))
        #expect(AWSServiceCatalogue.operations(of: "iam").contains("simulate-custom-policy"))
    }
}

@Suite("Spelling suggestions")
struct SpellingSuggestionTests {
    @Test("Close misspellings are suggested, distant words are not", arguments: [
        ("hlep", "help"), ("histroy", "history"), ("lsit", nil), ("cta", "cat"), ("exti", "exit"), ("zzzzzz", nil), ("hel", "help"),
    ] as [(String, String?)])
    func suggestions(typed: String, expected: String?) {
        #expect(SpellingSuggestion.closest(to: typed, among: ["help", "history", "cat", "ls", "exit", "clear"]) == expected)
    }
}
