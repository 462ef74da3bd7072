// The REPL's question: is this input complete, incomplete (needs more lines) or invalid?

package func checkCompleteness(_ source: String) -> InputCompleteness {
    var lexer = Lexer(source, filename: "<stdin>")
    let lexed = lexer.tokenize()
    if let e = lexed.error {
        if lexed.unterminatedTripleQuote || e.message.hasSuffix("was never closed") || e.message == "unexpected EOF while parsing" {
            return .incomplete
        }
        return .invalid(e)
    }
    switch Parser.parseModule(source, filename: "<stdin>") {
    case .failure(let d):
        if d.kind == .indentationError && d.message.hasPrefix("expected an indented block") && d.line >= lexer.lines.count - 1 {
            return .incomplete
        }
        return .invalid(d)
    case .success:
        // A compound statement ends only with an empty line, as in CPython's interactive mode.
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }).map(String.init) ?? ""
        let trimmed = first.trimmingCharacters(in: .whitespaces)
        let opensBlock = trimmed.hasSuffix(":") || trimmed.hasPrefix("@") || lines.count > 1 && lines.dropFirst().contains { $0.hasPrefix(" ") || $0.hasPrefix("\t") }
        if opensBlock {
            let last = lines.last.map(String.init) ?? ""
            if !last.trimmingCharacters(in: .whitespaces).isEmpty { return .incomplete }
        }
        return .complete
    }
}
