import AWSCommandLine

/// What kind of input a logical line is, decided before anything runs.
enum InputKind {
    case blank
    case comment
    /// A quote or bracket is still open; `pointer` shows where it was opened.
    case incomplete(IncompleteInput, pointer: (line: String, column: Int)?)
    /// An AWS CLI command, with or without the leading `aws`.
    case aws([CommandWord])
    case workbook(WorkbookCommand, [CommandWord])
    case unknown(String)
}

enum InputClassifier {
    static func classify(_ input: String, registry: CommandRegistry) -> InputKind {
        let trimmed = input.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty || trimmed.allSatisfy({ $0.isWhitespace }) { return .blank }
        if trimmed.hasPrefix("#") { return .comment }
        switch CommandWords.scan(input) {
        case .incomplete(let reason):
            return .incomplete(reason, pointer: pointer(for: reason, in: input))
        case .complete(let words):
            guard let first = words.first else { return .blank }
            if AWSCommandParser.looksLikeAWSCommand(words) { return .aws(words) }
            if let command = registry.command(named: first.text) { return .workbook(command, words) }
            return .unknown(first.text)
        }
    }

    /// Whether `input` needs more lines before it can run (an open quote, bracket or trailing `\`).
    static func needsMoreInput(_ input: String) -> Bool {
        let trimmed = input.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("#") { return false }
        if case .incomplete = CommandWords.scan(input) { return true }
        return false
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
