import AWSCommandLine
import MiniPython

/// What kind of input a logical line is, decided before anything runs.
enum InputKind {
    case blank
    case comment
    /// A quote or bracket is still open; `pointer` shows where it was opened.
    case incomplete(IncompleteInput, pointer: (line: String, column: Int)?)
    /// An AWS CLI command, with or without the leading `aws`.
    case aws([CommandWord])
    case workbook(WorkbookCommand, [CommandWord])
    /// Python typed at the workbook prompt.
    case python(String)
    case unknown(String)
}

enum InputClassifier {
    static func classify(_ input: String, registry: CommandRegistry, pythonNames: (String) -> Bool = { _ in false }) -> InputKind {
        let trimmed = input.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty || trimmed.allSatisfy({ $0.isWhitespace }) { return .blank }
        if trimmed.hasPrefix("#") { return .comment }
        if looksLikePython(input, registry: registry, pythonNames: pythonNames) { return .python(input) }
        switch CommandWords.scan(input) {
        case .incomplete(let reason):
            return .incomplete(reason, pointer: pointer(for: reason, in: input))
        case .complete(let words):
            guard let first = words.first else { return .blank }
            if let command = registry.command(named: first.text), !namesAWSOperation(words, notOptionOf: command.spec) { return .workbook(command, words) }
            if AWSCommandParser.looksLikeAWSCommand(words) { return .aws(words) }
            if let command = registry.command(named: first.text) { return .workbook(command, words) }
            return .unknown(first.text)
        }
    }

    /// Whether words that start with a service name that is also a workbook command (`logs`) are meant for the AWS CLI:
    /// `logs tail ...`, `logs --region ...` and `logs help` are; `logs my-function` is the workbook's.
    static func namesAWSOperation(_ words: [CommandWord], notOptionOf spec: CommandSpec) -> Bool {
        guard let first = words.first?.text, AWSServiceCatalogue.simulatedServices.contains(first) else { return false }
        guard words.count > 1 else { return false }
        let second = words[1].text
        if second.hasPrefix("-") {
            return !spec.options.contains { second == $0.name || second.hasPrefix($0.name + "=") }
        }
        return second == "help" || AWSServiceCatalogue.operations(of: first).contains(second)
    }

    /// Whether `input` needs more lines before it can run: an open quote, bracket or trailing `\`, or,
    /// for Python, an unfinished block (which a blank line ends, as at CPython's prompt).
    static func needsMoreInput(_ input: String, registry: CommandRegistry = .standard,
                               pythonNames: (String) -> Bool = { _ in false }) -> Bool {
        let trimmed = input.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("#") { return false }
        if looksLikePython(input, registry: registry, pythonNames: pythonNames) {
            if case .incomplete = Interpreter.completeness(of: input) { return true }
            return false
        }
        if case .incomplete = CommandWords.scan(input) { return true }
        return false
    }

    /// Python statement keywords: a line starting with one of these is Python.
    static let pythonKeywords: Set<String> = [
        "def", "class", "import", "from", "for", "while", "if", "with", "try", "raise", "assert", "del",
        "global", "nonlocal", "pass", "lambda", "async", "return", "yield", "match",
    ]

    /// Whether the input is Python rather than a command: it starts with a Python keyword, with something
    /// no command starts with (a literal, a bracket), or with a name followed by Python syntax (`x = 1`,
    /// `print(x)`, `d['k']`, `a.b`), or with a name the session's Python namespace defines. A bare
    /// unknown word stays an unknown command, so typos still get "Did you mean".
    static func looksLikePython(_ input: String, registry: CommandRegistry, pythonNames: (String) -> Bool) -> Bool {
        let line = input.prefix { $0 != "\n" }.drop { $0 == " " || $0 == "\t" }
        guard let first = line.first else { return false }
        let identifier = line.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
        if identifier.isEmpty {
            // `[1, 2]`, `(a)`, `"text"`, `'x'`, `-5`, `{...}` at the start: no command begins that way.
            return first.isNumber || "([{'\"-~@".contains(first) && !first.isWhitespace
        }
        let word = String(identifier)
        if word.first!.isNumber { return true }
        if registry.command(named: word) != nil || word == "aws" || AWSServiceCatalogue.simulatedServices.contains(word) {
            return false
        }
        if pythonKeywords.contains(word) { return true }
        let rest = line.dropFirst(identifier.count).drop { $0 == " " || $0 == "\t" }
        guard let next = rest.first else { return pythonNames(word) }
        return "=([.:+-*/%<>!&|^,".contains(next)
    }

    /// The line containing UTF-8 offset `offset` and the character column within it.
    private static func pointer(for reason: IncompleteInput, in input: String) -> (line: String, column: Int)? {
        let offset: Int
        switch reason {
        case .unterminatedQuote(_, let at), .openBracket(_, let at): offset = at
        case .trailingBackslash: offset = max(0, input.utf8.count - 1)
        }
        let bytes = Array(input.utf8)
        let lineStart = (bytes[..<min(offset, bytes.count)].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let column = String(decoding: bytes[lineStart..<min(offset, lineEnd)], as: UTF8.self).count
        guard line.count <= 200 else { return nil }
        return (line, column)
    }
}
