// The Lexer: source text to tokens, with INDENT/DEDENT, line joining and CPython's tokenizer errors.

package struct LexResult: Sendable {
    package var tokens: [Token]
    /// The first tokenizer error; the token list stops where it happened.
    package var error: SyntaxDiagnostic?
    /// Open brackets at end of input (for the REPL's completeness check).
    package var openBrackets: Int
    /// True when the error is an unterminated triple-quoted string (REPL: incomplete).
    package var unterminatedTripleQuote: Bool
}

package struct Lexer {
    private let src: [Unicode.Scalar]
    private let filename: String
    package let lines: [String]
    private var i = 0
    private var line = 1
    private var col = 0
    private var tokens: [Token] = []
    private var indents: [(spaces: Int, tabsAsOne: Int)] = [(0, 0)]
    private var brackets: [(Unicode.Scalar, SourcePosition)] = []
    private var atLineStart = true
    private var error: SyntaxDiagnostic?
    private var tripleUnterminated = false

    package init(_ source: String, filename: String) {
        self.src = Array(source.unicodeScalars)
        self.filename = filename
        var ls: [String] = []
        var cur = String.UnicodeScalarView()
        for s in source.unicodeScalars {
            if s == "\n" { ls.append(String(cur)); cur = String.UnicodeScalarView() } else if s != "\r" { cur.append(s) }
        }
        ls.append(String(cur))
        self.lines = ls
    }

    package func sourceLine(_ n: Int) -> String? { n >= 1 && n <= lines.count ? lines[n - 1] : nil }

    private var pos: SourcePosition { SourcePosition(line: line, column: col) }
    private func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < src.count ? src[i + k] : nil }

    private mutating func advance() {
        if src[i] == "\n" { line += 1; col = 0 } else { col += 1 }
        i += 1
    }

    private mutating func fail(_ kind: SyntaxDiagnostic.Kind = .syntaxError, _ msg: String, _ range: SourceRange) {
        if error == nil {
            error = SyntaxDiagnostic(kind, msg, filename: filename, range: range, sourceLine: sourceLine(range.start.line))
        }
    }

    private mutating func add(_ kind: TokenKind, _ text: String, from start: SourcePosition) {
        tokens.append(Token(kind: kind, text: text, range: SourceRange(start, pos)))
    }

    package mutating func tokenize() -> LexResult {
        while error == nil {
            if atLineStart && brackets.isEmpty {
                if !handleIndentation() { break }
                if error != nil { break }
            }
            guard let c = peek() else { break }
            if c == " " || c == "\t" || c == "\u{0C}" || c == "\r" { advance(); continue }
            if c == "#" { while let d = peek(), d != "\n" { advance() }; continue }
            if c == "\\" {
                let start = pos
                advance()
                if peek() == "\r" { advance() }
                if peek() == "\n" { advance(); continue }
                if peek() == nil {
                    fail(.syntaxError, "unexpected EOF while parsing", SourceRange(start, start)); break
                }
                fail(.syntaxError, "unexpected character after line continuation character", SourceRange(pos, pos))
                break
            }
            if c == "\n" {
                let start = pos
                advance()
                if brackets.isEmpty && !atLineStart {
                    tokens.append(Token(kind: .newline, text: "\n", range: SourceRange(start, SourcePosition(line: start.line, column: start.column + 1))))
                    atLineStart = true
                }
                continue
            }
            if isIdentStart(c) {
                let start = pos
                let startIndex = i
                while let d = peek(), isIdentContinue(d) { advance() }
                let word = String(String.UnicodeScalarView(src[startIndex..<i]))
                if let q = peek(), q == "'" || q == "\"", isStringPrefix(word) {
                    lexString(prefix: word, start: start, startIndex: startIndex)
                    continue
                }
                add(.name, word, from: start)
                continue
            }
            if c.properties.numericType != nil && c.isASCII || (c == "." && (peek(1).map { $0.isASCII && $0.properties.numericType != nil } ?? false)) {
                lexNumber()
                continue
            }
            if c == "'" || c == "\"" {
                lexString(prefix: "", start: pos, startIndex: i)
                continue
            }
            lexOperator()
        }
        if error == nil {
            if let (b, p) = brackets.last {
                fail(.syntaxError, "'\(Character(b))' was never closed", SourceRange(p, SourcePosition(line: p.line, column: p.column + 1)))
            }
        }
        let openCount = brackets.count
        if error == nil {
            if let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
                tokens.append(Token(kind: .newline, text: "", range: SourceRange(pos, SourcePosition(line: line, column: col + 1))))
            }
            let eofPos = tokens.last?.kind == .newline && col == 0 ? pos : pos
            while indents.count > 1 {
                indents.removeLast()
                tokens.append(Token(kind: .dedent, text: "", range: SourceRange(eofPos, eofPos)))
            }
        }
        tokens.append(Token(kind: .endOfFile, text: "", range: SourceRange(pos, pos)))
        return LexResult(tokens: tokens, error: error, openBrackets: openCount, unterminatedTripleQuote: tripleUnterminated)
    }

    /// Measures the indentation of a new logical line; emits INDENT/DEDENT. Returns false at end of input.
    private mutating func handleIndentation() -> Bool {
        var spaces = 0
        var tabsAsOne = 0
        let lineStart = pos
        while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" {
            if c == " " { spaces += 1; tabsAsOne += 1 } else if c == "\t" { spaces = (spaces / 8 + 1) * 8; tabsAsOne += 1 } else { spaces = 0; tabsAsOne = 0 }
            advance()
        }
        guard let c = peek() else { return false }
        if c == "#" || c == "\n" || c == "\r" { return true }  // blank or comment-only line: no indentation change
        if c == "\\" , peek(1) == "\n" { return true }
        atLineStart = false
        let top = indents[indents.count - 1]
        let here = pos
        if spaces == top.spaces {
            if tabsAsOne != top.tabsAsOne { fail(.tabError, "inconsistent use of tabs and spaces in indentation", SourceRange(here, here)) }
        } else if spaces > top.spaces {
            if tabsAsOne <= top.tabsAsOne { fail(.tabError, "inconsistent use of tabs and spaces in indentation", SourceRange(here, here)); return true }
            if indents.count >= 100 { fail(.indentationError, "too many levels of indentation", SourceRange(here, here)); return true }
            indents.append((spaces, tabsAsOne))
            tokens.append(Token(kind: .indent, text: "", range: SourceRange(lineStart, here)))
        } else {
            while indents.count > 1 && spaces < indents[indents.count - 1].spaces {
                indents.removeLast()
                tokens.append(Token(kind: .dedent, text: "", range: SourceRange(here, here)))
            }
            if spaces != indents[indents.count - 1].spaces {
                fail(.indentationError, "unindent does not match any outer indentation level", SourceRange(SourcePosition(line: here.line, column: sourceLine(here.line)?.unicodeScalars.count ?? 0), SourcePosition(line: here.line, column: sourceLine(here.line)?.unicodeScalars.count ?? 0)))
            } else if tabsAsOne != indents[indents.count - 1].tabsAsOne {
                fail(.tabError, "inconsistent use of tabs and spaces in indentation", SourceRange(here, here))
            }
        }
        return true
    }

    private func isIdentStart(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
        return c.properties.isXIDStart
    }
    private func isIdentContinue(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || (c >= "0" && c <= "9") }
        return c.properties.isXIDContinue
    }
    private func isStringPrefix(_ w: String) -> Bool {
        ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(w.lowercased())
    }

    private mutating func lexNumber() {
        let start = pos
        let startIndex = i
        func digits(_ ok: (Unicode.Scalar) -> Bool) {
            while let d = peek() {
                if ok(d) { advance() } else if d == "_", let n = peek(1), ok(n) { advance() } else { break }
            }
        }
        let isDec: (Unicode.Scalar) -> Bool = { $0 >= "0" && $0 <= "9" }
        var isFloat = false
        if peek() == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
            advance(); advance()
            let ok: (Unicode.Scalar) -> Bool
            switch x {
            case "x", "X": ok = { $0.isASCII && $0.properties.isASCIIHexDigit }
            case "o", "O": ok = { $0 >= "0" && $0 <= "7" }
            default: ok = { $0 == "0" || $0 == "1" }
            }
            if peek() == "_" { advance() }
            let before = i
            digits(ok)
            if i == before {
                let kind = x == "x" || x == "X" ? "hexadecimal" : x == "o" || x == "O" ? "octal" : "binary"
                fail(.syntaxError, "invalid \(kind) literal", SourceRange(start, pos)); return
            }
            if let d = peek(), isIdentContinue(d) {
                let kind = x == "x" || x == "X" ? "hexadecimal" : x == "o" || x == "O" ? "octal" : "binary"
                advance()
                fail(.syntaxError, "invalid \(kind) literal", SourceRange(start, pos)); return
            }
        } else {
            digits(isDec)
            if peek() == "." { isFloat = true; advance(); digits(isDec) }
            if let e = peek(), e == "e" || e == "E" {
                let save = (i, line, col)
                advance()
                if let s = peek(), s == "+" || s == "-" { advance() }
                if let d = peek(), isDec(d) { isFloat = true; digits(isDec) } else { (i, line, col) = save }
            }
            if let j = peek(), j == "j" || j == "J" {
                advance()
                fail(.syntaxError, "complex literals are not supported by the workbook's Python", SourceRange(start, pos)); return
            }
            if let d = peek(), isIdentStart(d) || (d >= "0" && d <= "9") {
                advance()
                fail(.syntaxError, "invalid decimal literal", SourceRange(start, start)); return
            }
            _ = isFloat
        }
        add(.number, String(String.UnicodeScalarView(src[startIndex..<i])), from: start)
    }

    private mutating func lexString(prefix: String, start: SourcePosition, startIndex: Int) {
        let quote = peek()!
        let triple = peek(1) == quote && peek(2) == quote
        let isF = prefix.lowercased().contains("f")
        let isRaw = prefix.lowercased().contains("r")
        if triple { advance(); advance(); advance() } else { advance() }
        var depth = 0  // f-string replacement-field nesting
        while true {
            guard let c = peek() else {
                if triple {
                    tripleUnterminated = true
                    let detected = i > 0 && src[i - 1] == "\n" ? line - 1 : line
                    fail(.syntaxError, "unterminated triple-quoted string literal (detected at line \(detected))", SourceRange(start, start))
                } else {
                    fail(.syntaxError, "unterminated string literal (detected at line \(start.line))", SourceRange(start, start))
                }
                return
            }
            if c == "\\" && (!isRaw || true) {
                advance()
                if peek() != nil { advance() }
                continue
            }
            if c == "\n" && !triple && depth == 0 {
                fail(.syntaxError, "unterminated \(isF ? "f-string" : "string") literal (detected at line \(start.line))", SourceRange(start, start))
                return
            }
            if isF {
                if c == "{" {
                    if depth == 0 && peek(1) == "{" { advance(); advance(); continue }
                    depth += 1; advance(); continue
                }
                if c == "}" {
                    if depth > 0 { depth -= 1 }
                    advance(); continue
                }
                if depth > 0 && (c == "'" || c == "\"") {
                    // a nested string inside a replacement field (Python 3.12 allows any quotes)
                    let q = c
                    let nestedTriple = peek(1) == q && peek(2) == q
                    if nestedTriple { advance(); advance(); advance() } else { advance() }
                    while let d = peek() {
                        if d == "\\" { advance(); if peek() != nil { advance() }; continue }
                        if d == q {
                            if nestedTriple {
                                if peek(1) == q && peek(2) == q { advance(); advance(); advance(); break }
                                advance(); continue
                            }
                            advance(); break
                        }
                        if d == "\n" && !nestedTriple { break }
                        advance()
                    }
                    continue
                }
            }
            if c == quote {
                if triple {
                    if peek(1) == quote && peek(2) == quote { advance(); advance(); advance(); break }
                    advance(); continue
                }
                advance(); break
            }
            advance()
        }
        add(.string, String(String.UnicodeScalarView(src[startIndex..<i])), from: start)
    }

    private static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    private static let twoCharOps: Set<String> = ["->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="]
    private static let oneCharOps: Set<Unicode.Scalar> = Set("+-*/%@&|^~<>()[]{},:.;=".unicodeScalars)

    private mutating func lexOperator() {
        let start = pos
        func text(_ n: Int) -> String? {
            guard i + n <= src.count else { return nil }
            return String(String.UnicodeScalarView(src[i..<(i + n)]))
        }
        if let t = text(3), Lexer.threeCharOps.contains(t) { advance(); advance(); advance(); add(.op, t, from: start); return }
        if let t = text(2), Lexer.twoCharOps.contains(t) { advance(); advance(); add(.op, t, from: start); return }
        let c = peek()!
        if Lexer.oneCharOps.contains(c) {
            if c == "(" || c == "[" || c == "{" {
                if brackets.count >= 200 {
                    fail(.syntaxError, "too many nested parentheses", SourceRange(start, SourcePosition(line: start.line, column: start.column + 1)))
                    return
                }
                brackets.append((c, start))
            }
            if c == ")" || c == "]" || c == "}" {
                let range = SourceRange(start, SourcePosition(line: start.line, column: start.column + 1))
                guard let (open, openPos) = brackets.last else { fail(.syntaxError, "unmatched '\(Character(c))'", range); return }
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if c != expected {
                    let suffix = openPos.line != start.line ? " on line \(openPos.line)" : ""
                    fail(.syntaxError, "closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open))'\(suffix)", range)
                    return
                }
                brackets.removeLast()
            }
            advance()
            add(.op, String(Character(c)), from: start)
            return
        }
        if c == "!" || c == "$" || c == "?" || c == "`" {
            advance()
            fail(.syntaxError, "invalid syntax", SourceRange(start, pos))
            return
        }
        let hex = String(c.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        advance()
        fail(.syntaxError, "invalid character '\(Character(c))' (U+\(padded))", SourceRange(start, pos))
    }
}
