// Tokens produced by the Lexer, with precise positions.

/// A position in source: 1-based line, 0-based column counted in Unicode scalars.
package struct SourcePosition: Equatable, Hashable, Sendable, Comparable {
    package var line: Int
    package var column: Int
    package init(line: Int, column: Int) { self.line = line; self.column = column }
    package static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }
}

/// A half-open source range `[start, end)`.
package struct SourceRange: Equatable, Hashable, Sendable {
    package var start: SourcePosition
    package var end: SourcePosition
    package init(_ start: SourcePosition, _ end: SourcePosition) { self.start = start; self.end = end }
    package static let none = SourceRange(SourcePosition(line: 0, column: 0), SourcePosition(line: 0, column: 0))
}

package enum TokenKind: Equatable, Sendable {
    case name
    case number
    case string
    case op
    case newline
    case indent
    case dedent
    case endOfFile
}

package struct Token: Sendable {
    package var kind: TokenKind
    /// The exact source text (for strings: the whole literal, prefix and quotes included).
    package var text: String
    package var range: SourceRange
    package var start: SourcePosition { range.start }
    package var end: SourcePosition { range.end }

    package func isOp(_ s: String) -> Bool { kind == .op && text == s }
    package func isKeyword(_ s: String) -> Bool { kind == .name && text == s }
}

package let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
]
