// The recursive-descent Parser: tokens to a syntax tree; reads like Python's grammar.

package struct ParseFailure: Error {
    package var diagnostic: SyntaxDiagnostic
}

package struct Module: Sendable {
    package var body: [Stmt]
}

package struct Parser {
    var tokens: [Token]
    var index = 0
    let filename: String
    let lexer: Lexer
    let lexError: SyntaxDiagnostic?
    /// Position shift applied to f-string sub-expressions (line offset, column offset on the first line).
    var lineShift = 0
    var columnShift = 0
    /// Nesting of recursive expression rules (bounded so that no input can exhaust the host stack).
    var nesting = 0

    package init(source: String, filename: String) {
        var lx = Lexer(source, filename: filename)
        let result = lx.tokenize()
        self.lexer = lx
        self.tokens = result.tokens
        self.lexError = result.error
        self.filename = filename
    }

    // MARK: Entry points

    /// Parses a whole module. Returns every diagnostic found (after recovery); the first is the one CPython reports.
    package static func parseModule(_ source: String, filename: String) -> Result<Module, SyntaxDiagnostic> {
        var p = Parser(source: source, filename: filename)
        let (module, errors) = p.parseFileRecovering()
        if let first = errors.first { return .failure(first) }
        return .success(module)
    }

    package static func allDiagnostics(_ source: String, filename: String) -> [SyntaxDiagnostic] {
        var p = Parser(source: source, filename: filename)
        return p.parseFileRecovering().1
    }

    mutating func parseFileRecovering() -> (Module, [SyntaxDiagnostic]) {
        var body: [Stmt] = []
        var errors: [SyntaxDiagnostic] = []
        while true {
            let startIndex = index
            do {
                if at(.endOfFile) { break }
                if at(.newline) { index += 1; continue }
                if at(.indent) { throw failure(.indentationError, "unexpected indent", current.range) }
                body.append(contentsOf: try parseStatement())
            } catch let f as ParseFailure {
                errors.append(resolve(f))
                if lexError != nil { break }
                synchronize()
                if index == startIndex { index += 1 }
                if index >= tokens.count { break }
            } catch { preconditionFailure("parser threw \(error)") }
        }
        if errors.isEmpty, let le = lexError { errors.append(le) }
        if errors.isEmpty, let e = futureImportError(body) { errors.append(e) }
        return (Module(body: body), errors)
    }

    /// The features `from __future__ import` accepts in CPython 3.12.
    static let futureFeatures: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ]

    /// CPython's compile-time checks of `from __future__ import`: it must come first (after the
    /// docstring and other future imports) and name a known feature.
    func futureImportError(_ body: [Stmt]) -> SyntaxDiagnostic? {
        var atStart = true
        for (position, statement) in body.enumerated() {
            if case .importFrom("__future__", let names, 0) = statement.kind {
                if !atStart {
                    return failure(.syntaxError, "from __future__ imports must occur at the beginning of the file", statement.range).diagnostic
                }
                let start = statement.range.start
                let caret = SourceRange(start, SourcePosition(line: start.line, column: start.column + 1))
                for name in names where !Self.futureFeatures.contains(name.name) {
                    return failure(.syntaxError, name.name == "braces" ? "not a chance" : "future feature \(name.name) is not defined", caret).diagnostic
                }
                continue
            }
            if position == 0, case .expr(let e) = statement.kind, case .constant(.str) = e.kind { continue }
            atStart = false
        }
        return nil
    }

    /// A parser failure at or past the point where the tokenizer stopped is reported as the tokenizer's error.
    func resolve(_ f: ParseFailure) -> SyntaxDiagnostic {
        if let le = lexError, index >= tokens.count - 2 || tokens[min(index, tokens.count - 1)].kind == .endOfFile {
            return le
        }
        if let le = lexError, f.diagnostic.line > le.line || (f.diagnostic.line == le.line && f.diagnostic.column >= le.column) {
            return le
        }
        return f.diagnostic
    }

    /// Skips to the start of the next statement at the outermost level.
    mutating func synchronize() {
        var depth = 0
        while index < tokens.count - 1 {
            let t = tokens[index]
            if t.kind == .indent { depth += 1 }
            if t.kind == .dedent { depth -= 1; if depth <= 0 { index += 1; if depth == 0 { return }; depth = 0 } else { index += 1 }; continue }
            index += 1
            if t.kind == .newline && depth <= 0 && !at(.indent) { return }
        }
    }

    // MARK: Token helpers

    var current: Token { tokens[min(index, tokens.count - 1)] }
    func peekToken(_ k: Int = 1) -> Token { tokens[min(index + k, tokens.count - 1)] }
    func at(_ kind: TokenKind) -> Bool { current.kind == kind }
    func atOp(_ s: String) -> Bool { current.kind == .op && current.text == s }
    func atKeyword(_ s: String) -> Bool { current.kind == .name && current.text == s }
    var previousEnd: SourcePosition { index > 0 ? tokens[index - 1].end : current.start }

    @discardableResult
    mutating func advance() -> Token { let t = current; if index < tokens.count - 1 { index += 1 }; return t }

    mutating func acceptOp(_ s: String) -> Bool { if atOp(s) { advance(); return true }; return false }
    mutating func acceptKeyword(_ s: String) -> Bool { if atKeyword(s) { advance(); return true }; return false }

    func shifted(_ r: SourceRange) -> SourceRange {
        func s(_ p: SourcePosition) -> SourcePosition {
            SourcePosition(line: p.line + lineShift, column: p.line == 1 ? p.column + columnShift : p.column)
        }
        return SourceRange(s(r.start), s(r.end))
    }

    func failure(_ kind: SyntaxDiagnostic.Kind = .syntaxError, _ msg: String, _ range: SourceRange) -> ParseFailure {
        let r = shifted(range)
        let lineText = lineShift == 0 && columnShift == 0 ? lexer.sourceLine(r.start.line) : nil
        return ParseFailure(diagnostic: SyntaxDiagnostic(kind, msg, filename: filename, range: r, sourceLine: lineText))
    }

    func invalidSyntax(at t: Token? = nil) -> ParseFailure {
        let tok = t ?? current
        if tok.kind == .endOfFile, let le = lexError { return ParseFailure(diagnostic: le) }
        var r = tok.range
        if tok.kind == .newline || tok.kind == .dedent || tok.kind == .endOfFile { r = SourceRange(tok.start, tok.start) }
        if tok.kind == .name, ["yield", "async", "await"].contains(tok.text) {
            return failure(.syntaxError, "'\(tok.text)' is not supported by the workbook's Python", tok.range)
        }
        return failure(.syntaxError, "invalid syntax", r)
    }

    mutating func expectOp(_ s: String) throws {
        if !acceptOp(s) {
            if s == ":" , current.kind != .op || !["=", ")", "]", "}"].contains(current.text) {
                throw failure(.syntaxError, "expected ':'", SourceRange(previousEnd, previousEnd))
            }
            throw invalidSyntax()
        }
    }

    mutating func expectName() throws -> Token {
        guard current.kind == .name, !pythonKeywords.contains(current.text) else { throw invalidSyntax() }
        return advance()
    }

    mutating func expectNewline() throws {
        if at(.newline) { advance(); return }
        if at(.endOfFile) { return }
        throw invalidSyntax()
    }
}
