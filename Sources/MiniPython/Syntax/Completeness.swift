// The REPL's completeness check: CPython 3.12's interactive rules for when an input is ready to run.
//
// At CPython's prompt one input is one statement. A simple statement runs as soon as its line ends
// (unless a bracket, a backslash or a triple-quoted string keeps it open). A compound statement (`def`,
// `class`, `if`, `for`, a decorator...) goes on with `... ` until a *totally* empty line; a line holding
// only spaces or only a comment does not end it. A new statement at column 0 inside the same input is a
// SyntaxError at its first token, and a statement the parser still needs more of when the empty line
// comes (`try:` without `except`, a lone decorator) is a SyntaxError on that empty line.

package func checkCompleteness(_ source: String) -> InputCompleteness {
    // An indented first line is an IndentationError at once, even when it opens a bracket: CPython's
    // tokenizer sees the indent before anything else on the line.
    if let first = source.split(separator: "\n", omittingEmptySubsequences: false).first, first.first == " " || first.first == "\t" {
        let text = first.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
        if !text.isEmpty && !text.hasPrefix("#") {
            let position = SourcePosition(line: 1, column: first.unicodeScalars.count - text.unicodeScalars.count)
            return .invalid(SyntaxDiagnostic(.indentationError, "unexpected indent", filename: "<stdin>",
                                             range: SourceRange(position, position), sourceLine: String(first)))
        }
    }
    var lexer = Lexer(source, filename: "<stdin>")
    let lexed = lexer.tokenize()
    if let e = lexed.error {
        if lexed.unterminatedTripleQuote || e.message.hasSuffix("was never closed") || e.message == "unexpected EOF while parsing" {
            return .incomplete
        }
        return .invalid(e)
    }
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    // Only a totally empty line ends a compound statement (CPython's tokenizer: `col == 0 && c == '\n'`).
    let ended = lines.count > 1 && lines.last?.isEmpty == true
    switch Parser.parseModule(source, filename: "<stdin>") {
    case .failure(let d):
        if ended {
            if needsMoreInput(d, lines: lines) {
                // CPython reads the empty line before it can tell; it reports the error there.
                let end = SourcePosition(line: lines.count, column: 0)
                return .invalid(SyntaxDiagnostic(d.kind, d.message, filename: d.filename,
                                                 range: SourceRange(end, SourcePosition(line: lines.count, column: 1)), sourceLine: ""))
            }
            return .invalid(d)
        }
        if d.kind == .indentationError && d.message.hasPrefix("expected an indented block") && d.line >= lexer.lines.count - 1 {
            return .incomplete
        }
        if needsMoreInput(d, lines: lines) { return .incomplete }
        return .invalid(d)
    case .success(let module):
        guard let first = module.body.first, isCompound(first) else { return .complete }
        if module.body.count > 1 {
            // The next statement starts at column 0 before the block was ended by an empty line.
            let start = module.body[1].range.start
            let token = lexed.tokens.first { $0.start >= start && $0.kind != .newline && $0.kind != .indent && $0.kind != .dedent }
            let range = token?.range ?? SourceRange(start, SourcePosition(line: start.line, column: start.column + 1))
            let text = start.line - 1 < lines.count ? String(lines[start.line - 1]) : ""
            return .invalid(SyntaxDiagnostic(.syntaxError, "invalid syntax", filename: "<stdin>", range: range, sourceLine: text))
        }
        return ended ? .complete : .incomplete
    }
}

/// Whether a parse error only says that the statement is not finished yet: the parser ran out of
/// input after the last line (a `try:` block without `except`, decorators without their `def`).
private func needsMoreInput(_ d: SyntaxDiagnostic, lines: [Substring]) -> Bool {
    guard d.message == "expected 'except' or 'finally' block" || d.message == "invalid syntax" else { return false }
    let filled = lines.enumerated().filter { !$0.element.allSatisfy { $0 == " " || $0 == "\t" } }
    guard let last = filled.last else { return false }
    if d.message == "invalid syntax" {
        // Only decorators so far: every statement line at column 0 starts with `@`.
        let topLevel = filled.filter { !($0.element.first == " " || $0.element.first == "\t") }
        guard topLevel.allSatisfy({ $0.element.hasPrefix("@") }) else { return false }
    }
    let lastText = last.element.reversed().drop { $0 == " " || $0 == "\t" }.count
    return d.line > last.offset + 1 || d.line == last.offset + 1 && d.column > lastText
}

/// Whether the statement is compound: a block (or a one-line `if x: y`) that an empty line must end.
private func isCompound(_ statement: Stmt) -> Bool {
    switch statement.kind {
    case .if, .while, .for, .functionDef, .classDef, .try, .with: return true
    default: return false
    }
}
