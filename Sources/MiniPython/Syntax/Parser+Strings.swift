// String, bytes and f-string literals: escapes, concatenation and replacement fields.

extension Parser {
    mutating func parseStrings() throws -> Expr {
        let first = current
        var parts: [FStringPart] = []
        var bytes: [UInt8] = []
        var isBytes: Bool? = nil
        var anyF = false
        while current.kind == .string {
            let t = advance()
            let (prefix, body, bodyStart) = splitLiteral(t)
            let p = prefix.lowercased()
            let tokIsBytes = p.contains("b")
            if let ib = isBytes, ib != tokIsBytes {
                throw failure(.syntaxError, "cannot mix bytes and nonbytes literals", SourceRange(first.start, t.end))
            }
            isBytes = tokIsBytes
            if tokIsBytes {
                bytes += try decodeBytes(body, raw: p.contains("r"), token: t)
            } else if p.contains("f") {
                anyF = true
                parts += try parseFString(body, raw: p.contains("r"), start: bodyStart, token: t)
            } else {
                parts.append(.literal(try decodeString(body, raw: p.contains("r"), token: t)))
            }
        }
        let range = SourceRange(first.start, previousEnd)
        if isBytes == true { return Expr(.constant(.bytes(bytes)), range) }
        if !anyF {
            var s = ""
            for case .literal(let l) in parts { s += l }
            return Expr(.constant(.str(s)), range)
        }
        // merge adjacent literals
        var merged: [FStringPart] = []
        for part in parts {
            if case .literal(let l) = part, case .literal(let prev)? = merged.last {
                merged[merged.count - 1] = .literal(prev + l)
            } else {
                merged.append(part)
            }
        }
        return Expr(.fstring(merged), range)
    }

    /// Splits a string token into prefix, body (between quotes) and the source position of the body.
    func splitLiteral(_ t: Token) -> (String, [Unicode.Scalar], SourcePosition) {
        let scalars = Array(t.text.unicodeScalars)
        var k = 0
        while k < scalars.count, scalars[k] != "'" && scalars[k] != "\"" { k += 1 }
        let prefix = String(String.UnicodeScalarView(scalars[0..<k]))
        let q = scalars[k]
        let triple = k + 2 < scalars.count && scalars[k + 1] == q && scalars[k + 2] == q && scalars.count - k >= 6
        let ql = triple ? 3 : 1
        let body = Array(scalars[(k + ql)..<(scalars.count - ql)])
        return (prefix, body, SourcePosition(line: t.start.line, column: t.start.column + k + ql))
    }

    func decodeString(_ body: [Unicode.Scalar], raw: Bool, token: Token) throws -> String {
        if raw { return String(String.UnicodeScalarView(body.filter { $0 != "\r" })) }
        var out = String.UnicodeScalarView()
        var k = 0
        while k < body.count {
            let c = body[k]
            if c == "\r" { k += 1; continue }
            if c != "\\" { out.append(c); k += 1; continue }
            k += 1
            guard k < body.count else { out.append("\\"); break }
            let e = body[k]
            k += 1
            switch e {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var v = Int(e.value - 48)
                var n = 1
                while n < 3, k < body.count, body[k] >= "0", body[k] <= "7" { v = v * 8 + Int(body[k].value - 48); k += 1; n += 1 }
                out.append(Unicode.Scalar(UInt32(v))!)
            case "x", "u", "U":
                let len = e == "x" ? 2 : e == "u" ? 4 : 8
                var hex = ""
                while hex.count < len, k < body.count, body[k].properties.isASCIIHexDigit { hex.unicodeScalars.append(body[k]); k += 1 }
                guard hex.count == len, let v = UInt32(hex, radix: 16) else {
                    let kind = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw failure(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position \(0)-\(1 + hex.count): truncated \(kind) escape", token.range)
                }
                guard let s = Unicode.Scalar(v) else {
                    throw failure(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", token.range)
                }
                out.append(s)
            case "N":
                guard k < body.count, body[k] == "{", let close = body[k...].firstIndex(of: "}") else {
                    throw failure(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", token.range)
                }
                let name = String(String.UnicodeScalarView(body[(k + 1)..<close])).uppercased()
                k = close + 1
                guard let scalar = scalarNamed(name) else {
                    throw failure(.syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-\(name.count + 3): unknown Unicode character name", token.range)
                }
                out.append(scalar)
            default:
                out.append("\\"); out.append(e)
            }
        }
        return String(out)
    }

    /// CPython 3.12 underlines this error by the literal's UTF-8 length, not its length in characters
    /// (`b"\\é"` gets six carets): a single-line literal's range is widened to match.
    static func byteWideRange(of token: Token) -> SourceRange {
        guard token.range.start.line == token.range.end.line else { return token.range }
        var end = token.range.end
        end.column = token.range.start.column + token.text.utf8.count
        return SourceRange(token.range.start, end)
    }

    func decodeBytes(_ body: [Unicode.Scalar], raw: Bool, token: Token) throws -> [UInt8] {
        var out: [UInt8] = []
        var k = 0
        while k < body.count {
            let c = body[k]
            if !c.isASCII { throw failure(.syntaxError, "bytes can only contain ASCII literal characters", Self.byteWideRange(of: token)) }
            if c == "\r" { k += 1; continue }
            if raw || c != "\\" { out.append(UInt8(c.value)); k += 1; continue }
            k += 1
            guard k < body.count else { out.append(92); break }
            let e = body[k]
            k += 1
            switch e {
            case "\n": break
            case "\\": out.append(92)
            case "'": out.append(39)
            case "\"": out.append(34)
            case "a": out.append(7)
            case "b": out.append(8)
            case "f": out.append(12)
            case "n": out.append(10)
            case "r": out.append(13)
            case "t": out.append(9)
            case "v": out.append(11)
            case "0"..."7":
                var v = Int(e.value - 48)
                var n = 1
                while n < 3, k < body.count, body[k] >= "0", body[k] <= "7" { v = v * 8 + Int(body[k].value - 48); k += 1; n += 1 }
                out.append(UInt8(v & 0xFF))
            case "x":
                var hex = ""
                while hex.count < 2, k < body.count, body[k].properties.isASCIIHexDigit { hex.unicodeScalars.append(body[k]); k += 1 }
                guard hex.count == 2, let v = UInt8(hex, radix: 16) else {
                    throw failure(.syntaxError, "(value error) invalid \\x escape at position 0", token.range)
                }
                out.append(v)
            default:
                // An unknown escape keeps its backslash; a non-ASCII character after it is still refused.
                guard e.isASCII else { throw failure(.syntaxError, "bytes can only contain ASCII literal characters", Self.byteWideRange(of: token)) }
                out.append(92); out.append(UInt8(e.value))
            }
        }
        return out
    }

    /// Parses the body of an f-string into literal parts and replacement fields.
    func parseFString(_ body: [Unicode.Scalar], raw: Bool, start: SourcePosition, token: Token) throws -> [FStringPart] {
        // positions of every scalar in the body
        var positions: [SourcePosition] = []
        positions.reserveCapacity(body.count + 1)
        var p = start
        for c in body {
            positions.append(p)
            if c == "\n" { p = SourcePosition(line: p.line + 1, column: 0) } else { p.column += 1 }
        }
        positions.append(p)
        var k = 0
        return try parseFStringParts(body, &k, raw: raw, positions: positions, token: token, nested: false)
    }

    private func parseFStringParts(_ body: [Unicode.Scalar], _ k: inout Int, raw: Bool, positions: [SourcePosition], token: Token, nested: Bool) throws -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal: [Unicode.Scalar] = []
        func flush() throws {
            if !literal.isEmpty { parts.append(.literal(try decodeString(literal, raw: raw, token: token))); literal = [] }
        }
        while k < body.count {
            let c = body[k]
            if nested && c == "}" { break }
            if c == "{" {
                if !nested && k + 1 < body.count && body[k + 1] == "{" { literal.append("{"); k += 2; continue }
                try flush()
                k += 1
                parts.append(try parseReplacementField(body, &k, raw: raw, positions: positions, token: token))
                continue
            }
            if c == "}" {
                if k + 1 < body.count && body[k + 1] == "}" { literal.append("}"); k += 2; continue }
                throw failure(.syntaxError, "f-string: single '}' is not allowed", SourceRange(positions[k], positions[k + 1]))
            }
            if c == "\\" && !raw && k + 1 < body.count {
                literal.append(c); literal.append(body[k + 1]); k += 2; continue
            }
            literal.append(c)
            k += 1
        }
        try flush()
        return parts
    }

    private func parseReplacementField(_ body: [Unicode.Scalar], _ k: inout Int, raw: Bool, positions: [SourcePosition], token: Token) throws -> FStringPart {
        let exprStart = k
        var depth = 0
        var quote: Unicode.Scalar? = nil
        var debug = false
        var exprEnd = -1
        while k < body.count {
            let c = body[k]
            if let q = quote {
                if c == "\\" { k += 2; continue }
                if c == q { quote = nil }
                k += 1; continue
            }
            if c == "'" || c == "\"" { quote = c; k += 1; continue }
            if "([{".unicodeScalars.contains(c) { depth += 1; k += 1; continue }
            if ")]".unicodeScalars.contains(c) { depth -= 1; k += 1; continue }
            if c == "}" {
                if depth == 0 { exprEnd = k; break }
                depth -= 1; k += 1; continue
            }
            if depth == 0 {
                if c == "!" && k + 1 < body.count && body[k + 1] != "=" { exprEnd = k; break }
                if c == ":" { exprEnd = k; break }
                if c == "=" && k > exprStart && !"=!<>".unicodeScalars.contains(body[k - 1]) && (k + 1 >= body.count || body[k + 1] != "=") {
                    var n = k + 1
                    while n < body.count && (body[n] == " " || body[n] == "\t") { n += 1 }
                    if n < body.count && "}!:".unicodeScalars.contains(body[n]) {
                        debug = true; exprEnd = k; k = n; break
                    }
                }
            }
            k += 1
        }
        if exprEnd < 0 {
            throw failure(.syntaxError, "f-string: expecting '}'", SourceRange(positions[exprStart], positions[min(k, positions.count - 1)]))
        }
        let exprScalars = Array(body[exprStart..<exprEnd])
        let exprText = String(String.UnicodeScalarView(exprScalars))
        if exprText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw failure(.syntaxError, "f-string: valid expression required before '}'", SourceRange(positions[exprStart], positions[exprEnd]))
        }
        let expr = try parseSubExpression(exprText, at: positions[exprStart])
        var debugText: String? = nil
        if debug { debugText = String(String.UnicodeScalarView(body[exprStart..<k])) }
        var conversion: Character? = nil
        if k < body.count && body[k] == "!" {
            k += 1
            guard k < body.count, "rsa".unicodeScalars.contains(body[k]) else {
                throw failure(.syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", SourceRange(positions[min(k, body.count)], positions[min(k + 1, body.count)]))
            }
            conversion = Character(body[k])
            k += 1
        }
        var spec: [FStringPart]? = nil
        if k < body.count && body[k] == ":" {
            k += 1
            spec = try parseFStringParts(body, &k, raw: raw, positions: positions, token: token, nested: true)
        }
        guard k < body.count, body[k] == "}" else {
            throw failure(.syntaxError, "f-string: expecting '}'", SourceRange(positions[min(k, body.count)], positions[min(k, body.count)]))
        }
        k += 1
        if debug && conversion == nil && spec == nil { conversion = "r" }
        return .field(expr, conversion: conversion, spec: spec, debugText: debugText)
    }

    func parseSubExpression(_ text: String, at pos: SourcePosition) throws -> Expr {
        var sub = Parser(source: "(" + text + ")", filename: filename)
        sub.lineShift = pos.line - 1 + lineShift
        sub.columnShift = pos.column - 1
        if let le = sub.lexError {
            throw failure(.syntaxError, "f-string: " + le.message, SourceRange(pos, pos))
        }
        do {
            let e = try sub.parseExpressionInParens()
            return e
        } catch let f as ParseFailure {
            var d = f.diagnostic
            d.message = d.message.hasPrefix("f-string") ? d.message : "f-string: " + d.message
            d.sourceLine = lexer.sourceLine(d.line)
            throw ParseFailure(diagnostic: d)
        }
    }

    mutating func parseExpressionInParens() throws -> Expr {
        advance()  // (
        var e = try parseStarExpressions()
        if !atOp(")") { throw invalidSyntax() }
        e.shiftPositions(line: lineShift, column: columnShift)
        return e
    }
}

extension Expr {
    /// Moves every position in this expression (used for f-string fields parsed out of context).
    mutating func shiftPositions(line: Int, column: Int) {
        func s(_ p: SourcePosition) -> SourcePosition {
            SourcePosition(line: p.line + line, column: p.line == 1 ? p.column + column : p.column)
        }
        range = SourceRange(s(range.start), s(range.end))
        func m(_ e: Expr) -> Expr { var c = e; c.shiftPositions(line: line, column: column); return c }
        func mo(_ e: Expr?) -> Expr? { e.map(m) }
        func mc(_ cs: [Comprehension]) -> [Comprehension] {
            cs.map { Comprehension(target: m($0.target), iter: m($0.iter), conditions: $0.conditions.map(m)) }
        }
        switch kind {
        case .name, .constant, .lambda: break
        case .fstring(let parts):
            kind = .fstring(parts.map { part in
                if case .field(let e, let c, let spec, let d) = part { return .field(m(e), conversion: c, spec: spec, debugText: d) }
                return part
            })
        case .binary(let op, let a, let b): kind = .binary(op, m(a), m(b))
        case .unary(let op, let a): kind = .unary(op, m(a))
        case .boolOp(let isAnd, let xs): kind = .boolOp(isAnd: isAnd, xs.map(m))
        case .compare(let a, let ops, let bs): kind = .compare(m(a), ops, bs.map(m))
        case .call(let f, let args, let kws):
            kind = .call(m(f), args.map(m), kws.map { Keyword(name: $0.name, value: m($0.value), range: $0.range) })
        case .attribute(let a, let n): kind = .attribute(m(a), n)
        case .subscript(let a, let b): kind = .subscript(m(a), m(b))
        case .slice(let a, let b, let c): kind = .slice(mo(a), mo(b), mo(c))
        case .list(let xs): kind = .list(xs.map(m))
        case .tuple(let xs): kind = .tuple(xs.map(m))
        case .set(let xs): kind = .set(xs.map(m))
        case .dict(let es): kind = .dict(es.map { (mo($0.0), m($0.1)) })
        case .starred(let a): kind = .starred(m(a))
        case .ifExp(let t, let b, let o): kind = .ifExp(test: m(t), body: m(b), orElse: m(o))
        case .namedExpr(let n, let v): kind = .namedExpr(n, m(v))
        case .listComp(let e, let cs): kind = .listComp(m(e), mc(cs))
        case .setComp(let e, let cs): kind = .setComp(m(e), mc(cs))
        case .dictComp(let k, let v, let cs): kind = .dictComp(m(k), m(v), mc(cs))
        case .genExp(let e, let cs): kind = .genExp(m(e), mc(cs))
        }
    }
}

/// The scalar with this Unicode name (or name alias), as `\N{...}` looks it up.
func scalarNamed(_ name: String) -> Unicode.Scalar? {
    for v in UInt32(0)...0x10FFFF {
        guard let s = Unicode.Scalar(v) else { continue }
        if s.properties.name == name || s.properties.nameAlias == name { return s }
    }
    return nil
}
