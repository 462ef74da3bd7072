// The front end: tokens, the syntax tree, CPython-formatted diagnostics and the REPL's completeness check.
@testable import MiniPython
import Testing

@Suite("Lexer")
struct LexerTests {
    func kinds(_ s: String) -> [TokenKind] {
        var l = Lexer(s, filename: "t.py")
        return l.tokenize().tokens.map(\.kind)
    }

    @Test("an indented block produces INDENT and DEDENT tokens")
    func indentation() {
        #expect(kinds("if x:\n    y\nz\n") == [.name, .name, .op, .newline, .indent, .name, .newline, .dedent, .name, .newline, .endOfFile])
    }

    @Test("newlines inside brackets and after a backslash do not end the line")
    func lineJoining() {
        #expect(kinds("x = (1,\n 2)\n") == [.name, .op, .op, .number, .op, .number, .op, .newline, .endOfFile])
        #expect(kinds("x = 1 + \\\n 2\n") == [.name, .op, .number, .op, .number, .newline, .endOfFile])
    }

    @Test("tokens carry line and column positions")
    func positions() {
        var l = Lexer("a = 1\n  \nbb = 'x'\n", filename: "t.py")
        let toks = l.tokenize().tokens
        let bb = toks.first { $0.text == "bb" }!
        #expect(bb.start == SourcePosition(line: 3, column: 0))
        let str = toks.first { $0.kind == .string }!
        #expect(str.range.end == SourcePosition(line: 3, column: 8))
    }

    @Test("an unclosed bracket is reported where it was opened")
    func unclosed() {
        var l = Lexer("x = (1,\n2\n", filename: "t.py")
        let r = l.tokenize()
        #expect(r.error?.message == "'(' was never closed")
        #expect(r.error?.line == 1)
        #expect(r.error?.column == 5)
    }
}

@Suite("Parser")
struct ParserTests {
    func module(_ s: String) throws -> Module {
        try Parser.parseModule(s, filename: "t.py").get()
    }

    @Test("operator precedence follows Python's grammar")
    func precedence() throws {
        let m = try module("x = 1 + 2 * 3 ** 2\n")
        guard case .assign(_, let value) = m.body[0].kind, case .binary(.add, _, let right) = value.kind,
              case .binary(.mul, _, let power) = right.kind, case .binary(.pow, _, _) = power.kind else {
            Issue.record("unexpected tree"); return
        }
    }

    @Test("expressions record their start and end columns")
    func ranges() throws {
        let m = try module("y = foo(a, b)[0]\n")
        guard case .assign(_, let value) = m.body[0].kind else { Issue.record("not an assignment"); return }
        #expect(value.range.start == SourcePosition(line: 1, column: 4))
        #expect(value.range.end == SourcePosition(line: 1, column: 16))
    }

    @Test("f-strings parse into literal parts and fields with conversions and specs")
    func fstring() throws {
        let m = try module("s = f'a{x!r:>{w}}b{y=}'\n")
        guard case .assign(_, let value) = m.body[0].kind, case .fstring(let parts) = value.kind else { Issue.record("not an f-string"); return }
        #expect(parts.count == 4)
        if case .field(_, let conv, let spec, _) = parts[1] { #expect(conv == "r"); #expect(spec?.count == 2) } else { Issue.record("no field") }
        if case .field(_, let conv, _, let debug) = parts[3] { #expect(conv == "r"); #expect(debug == "y=") } else { Issue.record("no debug field") }
    }
}

@Suite("Syntax diagnostics")
struct DiagnosticTests {
    func diagnostic(_ s: String) -> SyntaxDiagnostic? {
        if case .failure(let d) = Parser.parseModule(s, filename: "x.py") { return d }
        return nil
    }

    @Test("a missing block is an IndentationError naming the statement and its line")
    func expectedIndentedBlock() {
        let d = diagnostic("if x:\npass\n")
        #expect(d?.rendered == "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n")
    }

    @Test("invalid syntax points a caret at the offending token")
    func invalidSyntax() {
        let d = diagnostic("x = = 1\n")
        #expect(d?.rendered == "  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n")
    }

    @Test("the first of several errors is the one reported")
    func firstErrorWins() {
        let all = Parser.allDiagnostics("x = = 1\ny = (\n", filename: "x.py")
        #expect(all.first?.line == 1)
    }

    @Test("unsupported constructs are refused with a message naming them", arguments: [
        ("def f():\n    yield 1\n", "'yield' is not supported by the workbook's Python"),
        ("async def f():\n    pass\n", "'async def' is not supported by the workbook's Python"),
        ("match x:\n    case 1:\n        pass\n", "'match' is not supported by the workbook's Python"),
        ("x = 1j\n", "complex literals are not supported by the workbook's Python"),
    ])
    func unsupported(_ source: String, _ message: String) {
        #expect(diagnostic(source)?.message == message)
    }

    @Test("mixing tabs and spaces inconsistently is a TabError")
    func tabError() {
        #expect(diagnostic("if x:\n        a\n\tb\n")?.kind == .tabError)
    }
}

@Suite("REPL input completeness")
struct CompletenessTests {
    @Test("input is classified as complete, incomplete or invalid", arguments: [
        ("x = 1", InputCompleteness.complete),
        ("x = (1,", .incomplete),
        ("if x:", .incomplete),
        ("def f():\n    return 1", .incomplete),
        ("def f():\n    return 1\n", .complete),
        ("s = '''abc", .incomplete),
        ("x = 1 + \\", .incomplete),
        ("def f():\n    x = 1\n    \n    return x", .incomplete),
        ("def f():\n    x = 1\n# a comment\n    return x", .incomplete),
        ("for i in y: print(i)", .incomplete),
        ("for i in y: print(i)\n", .complete),
        ("d = {\n    'a': 1,\n\n    'b': 2,\n}", .complete),
        ("@decorator", .incomplete),
        ("try:\n    x = 1", .incomplete),
        ("if x:\n    a = 1\nelse:", .incomplete),
    ])
    func classify(_ source: String, _ expected: InputCompleteness) {
        #expect(Interpreter.completeness(of: source) == expected)
    }

    @Test("a new statement at column 0 inside a block is a SyntaxError at its first token, as at CPython's prompt")
    func secondStatement() {
        guard case .invalid(let d) = Interpreter.completeness(of: "def g():\n    return 1\nprint(g())") else { Issue.record("not invalid"); return }
        #expect(d.rendered == "  File \"<stdin>\", line 3\n    print(g())\n    ^^^^^\nSyntaxError: invalid syntax\n")
    }

    @Test("an empty line that ends a try block without except is a SyntaxError on that empty line")
    func unfinishedTry() {
        guard case .invalid(let d) = Interpreter.completeness(of: "try:\n    x = 1\n") else { Issue.record("not invalid"); return }
        #expect(d.rendered == "  File \"<stdin>\", line 3\n    \n    ^\nSyntaxError: expected 'except' or 'finally' block\n")
    }

    @Test("an indented first line is an IndentationError at once, even when it opens a bracket")
    func indentedFirstLine() {
        guard case .invalid(let d) = Interpreter.completeness(of: "    operations = {") else { Issue.record("not invalid"); return }
        #expect(d.rendered == "  File \"<stdin>\", line 1\n    operations = {\nIndentationError: unexpected indent\n")
        #expect(Interpreter.completeness(of: "    # an indented comment") == .complete)
    }

    @Test("a syntax error on a finished line is invalid")
    func invalid() {
        if case .invalid(let d) = Interpreter.completeness(of: "x = = 1") { #expect(d.message == "invalid syntax") } else { Issue.record("not invalid") }
    }
}
