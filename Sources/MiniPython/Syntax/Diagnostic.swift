// Syntax diagnostics as values, rendered exactly as CPython 3.12 prints them.

/// A syntax error in a learner's source: which kind, the message, and where.
public struct SyntaxDiagnostic: Error, Sendable, Equatable {
    /// The Python exception class this diagnostic is reported as.
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }
    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line of the error.
    public var line: Int
    /// 1-based column of the first caret (CPython's `offset`), 0 when there is no caret.
    public var column: Int
    /// 1-based line and exclusive column where the caret range ends.
    public var endLine: Int
    public var endColumn: Int
    /// The source line the error is on (without the newline), if any.
    public var sourceLine: String?

    package init(_ kind: Kind = .syntaxError, _ message: String, filename: String, range: SourceRange, sourceLine: String?) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = range.start.line
        self.column = range.start.column + 1
        self.endLine = range.end.line
        self.endColumn = range.end.column + 1
        self.sourceLine = sourceLine
        // CPython prints no caret for these tokenizer-level indentation errors.
        if kind == .tabError || message == "unexpected indent" { self.column = 0 }
    }

    /// The text CPython prints for this error when it is not caught (ends with a newline).
    public var rendered: String {
        var out = "  File \"\(filename)\", line \(line)\n"
        if let src = sourceLine {
            let scalars = Array(src.unicodeScalars)
            var lead = 0
            while lead < scalars.count, scalars[lead] == " " || scalars[lead] == "\t" || scalars[lead] == "\u{0C}" { lead += 1 }
            var text = String(String.UnicodeScalarView(scalars[lead...]))
            while let last = text.unicodeScalars.last, last == "\n" || last == "\r" || last == " " && false { text.unicodeScalars.removeLast() }
            out += "    \(text)\n"
            if column > 0 {
                let start = max(column - 1 - lead, 0)
                var width = 1
                if endLine == line, endColumn > column { width = endColumn - column }
                let textLen = text.unicodeScalars.count
                if start + width > textLen + 1 { width = max(1, textLen + 1 - start) }
                out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: width) + "\n"
            }
        }
        out += "\(kind.rawValue): \(message)\n"
        return out
    }
}
