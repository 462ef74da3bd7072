// Expressions, from `star_expressions` down to atoms, following Python's precedence.
import BigInt

extension Parser {
    /// `star_expressions`: one expression or an unparenthesized tuple (`a, *b`).
    mutating func parseStarExpressions() throws -> Expr {
        let start = current.start
        let first = try parseStarOrNamed()
        guard atOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            if endsExpressionList() { break }
            items.append(try parseStarOrNamed())
        }
        return Expr(.tuple(items), SourceRange(start, previousEnd))
    }

    func endsExpressionList() -> Bool {
        if at(.newline) || at(.endOfFile) { return true }
        if current.kind == .op && ["=", ")", "]", "}", ":", ";"].contains(current.text) { return true }
        if current.kind == .op && current.text.hasSuffix("=") && current.text.count >= 2 && !["==", "<=", ">=", "!="].contains(current.text) { return true }
        if atKeyword("in") || atKeyword("for") || atKeyword("if") { return true }
        return false
    }

    mutating func parseStarOrNamed() throws -> Expr {
        if atOp("*") {
            let s = advance()
            let inner = try parseBitOr()
            return Expr(.starred(inner), SourceRange(s.start, inner.range.end))
        }
        return try parseNamedExpression()
    }

    mutating func parseNamedExpression() throws -> Expr {
        if current.kind == .name && peekToken().isOp(":=") {
            let n = advance()
            if pythonKeywords.contains(n.text) { throw invalidSyntax(at: n) }
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(n.text, value), SourceRange(n.start, value.range.end))
        }
        let e = try parseExpression()
        if atOp(":=") {
            throw failure(.syntaxError, "cannot use assignment expressions with \(describe(e))", e.range)
        }
        return e
    }

    mutating func parseExpression() throws -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > 1000 { throw failure(.syntaxError, "too many nested expressions", current.range) }
        if atKeyword("lambda") { return try parseLambda() }
        let body = try parseDisjunction()
        if atKeyword("if") {
            advance()
            let test = try parseDisjunction()
            guard acceptKeyword("else") else {
                throw failure(.syntaxError, "expected 'else' after 'if' expression", SourceRange(body.range.start, previousEnd))
            }
            let orElse = try parseExpression()
            return Expr(.ifExp(test: test, body: body, orElse: orElse), SourceRange(body.range.start, orElse.range.end))
        }
        return body
    }

    mutating func parseLambda() throws -> Expr {
        let kw = advance()
        let params = try parseParameters(closing: ":", allowAnnotations: false)
        try expectOp(":")
        let body = try parseExpression()
        return Expr(.lambda(params, body), SourceRange(kw.start, body.range.end))
    }

    mutating func parseDisjunction() throws -> Expr {
        let first = try parseConjunction()
        guard atKeyword("or") else { return first }
        var items = [first]
        while acceptKeyword("or") { items.append(try parseConjunction()) }
        return Expr(.boolOp(isAnd: false, items), SourceRange(first.range.start, items.last!.range.end))
    }

    mutating func parseConjunction() throws -> Expr {
        let first = try parseInversion()
        guard atKeyword("and") else { return first }
        var items = [first]
        while acceptKeyword("and") { items.append(try parseInversion()) }
        return Expr(.boolOp(isAnd: true, items), SourceRange(first.range.start, items.last!.range.end))
    }

    mutating func parseInversion() throws -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > 1000 { throw failure(.syntaxError, "too many nested expressions", current.range) }
        if atKeyword("not") {
            let kw = advance()
            let operand = try parseInversion()
            return Expr(.unary(.not, operand), SourceRange(kw.start, operand.range.end))
        }
        return try parseComparison()
    }

    mutating func comparisonOperator() -> ComparisonOperator? {
        let t = current
        if t.kind == .op {
            switch t.text {
            case "==": advance(); return .eq
            case "!=": advance(); return .ne
            case "<": advance(); return .lt
            case "<=": advance(); return .le
            case ">": advance(); return .gt
            case ">=": advance(); return .ge
            default: return nil
            }
        }
        if t.isKeyword("in") { advance(); return .in }
        if t.isKeyword("not") && peekToken().isKeyword("in") { advance(); advance(); return .notIn }
        if t.isKeyword("is") {
            advance()
            if acceptKeyword("not") { return .isNot }
            return .is
        }
        return nil
    }

    mutating func parseComparison() throws -> Expr {
        let first = try parseBitOr()
        var ops: [ComparisonOperator] = []
        var rights: [Expr] = []
        while let op = comparisonOperator() {
            ops.append(op)
            rights.append(try parseBitOr())
        }
        if ops.isEmpty { return first }
        return Expr(.compare(first, ops, rights), SourceRange(first.range.start, rights.last!.range.end))
    }

    mutating func parseBinaryLevel(_ ops: [String: BinaryOperator], next: (inout Parser) throws -> Expr) throws -> Expr {
        var left = try next(&self)
        while current.kind == .op, let op = ops[current.text] {
            advance()
            let right = try next(&self)
            left = Expr(.binary(op, left, right), SourceRange(left.range.start, right.range.end))
        }
        return left
    }

    mutating func parseBitOr() throws -> Expr {
        try parseBinaryLevel(["|": .bitOr]) { try $0.parseBitXor() }
    }
    mutating func parseBitXor() throws -> Expr {
        try parseBinaryLevel(["^": .bitXor]) { try $0.parseBitAnd() }
    }
    mutating func parseBitAnd() throws -> Expr {
        try parseBinaryLevel(["&": .bitAnd]) { try $0.parseShift() }
    }
    mutating func parseShift() throws -> Expr {
        try parseBinaryLevel(["<<": .lshift, ">>": .rshift]) { try $0.parseSum() }
    }
    mutating func parseSum() throws -> Expr {
        try parseBinaryLevel(["+": .add, "-": .sub]) { try $0.parseTerm() }
    }
    mutating func parseTerm() throws -> Expr {
        try parseBinaryLevel(["*": .mul, "/": .div, "//": .floorDiv, "%": .mod, "@": .matMul]) { try $0.parseFactor() }
    }

    mutating func parseFactor() throws -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > 1000 { throw failure(.syntaxError, "too many nested expressions", current.range) }
        if current.kind == .op, let op = ["-": UnaryOperator.neg, "+": .pos, "~": .invert][current.text] {
            let t = advance()
            let operand = try parseFactor()
            return Expr(.unary(op, operand), SourceRange(t.start, operand.range.end))
        }
        return try parsePower()
    }

    mutating func parsePower() throws -> Expr {
        if atKeyword("await") { throw failure(.syntaxError, "'await' is not supported by the workbook's Python", current.range) }
        let base = try parsePrimary()
        if acceptOp("**") {
            let exp = try parseFactor()
            return Expr(.binary(.pow, base, exp), SourceRange(base.range.start, exp.range.end))
        }
        return base
    }

    mutating func parsePrimary() throws -> Expr {
        var e = try parseAtom()
        while true {
            if atOp(".") {
                advance()
                let n = try expectName()
                e = Expr(.attribute(e, n.text), SourceRange(e.range.start, n.end))
            } else if atOp("(") {
                advance()
                let (args, kws) = try parseCallArguments()
                e = Expr(.call(e, args, kws), SourceRange(e.range.start, previousEnd))
            } else if atOp("[") {
                advance()
                let sub = try parseSlices()
                try expectClosing("]")
                e = Expr(.subscript(e, sub), SourceRange(e.range.start, previousEnd))
            } else {
                return e
            }
        }
    }

    mutating func expectClosing(_ s: String) throws {
        if acceptOp(s) { return }
        if at(.endOfFile), let le = lexError { throw ParseFailure(diagnostic: le) }
        if s == ")" || s == "]" || s == "}", current.kind != .op || current.text == "=" {
            if [.name, .number, .string].contains(current.kind) && [.name, .number, .string].contains(previousToken.kind) || previousToken.isOp(")") || previousToken.isOp("]") {
                if current.kind != .newline {
                    throw failure(.syntaxError, "invalid syntax. Perhaps you forgot a comma?", SourceRange(startOfCommaCheck(), current.end))
                }
            }
        }
        throw invalidSyntax()
    }

    func startOfCommaCheck() -> SourcePosition {
        // the range CPython underlines: from the start of the previous expression element to the current token
        var k = index - 1
        var depth = 0
        while k > 0 {
            let t = tokens[k]
            if t.kind == .op && [")", "]", "}"].contains(t.text) { depth += 1 }
            if t.kind == .op && ["(", "[", "{"].contains(t.text) { if depth == 0 { return tokens[k + 1].start }; depth -= 1 }
            if depth == 0 && t.kind == .op && t.text == "," { return tokens[k + 1].start }
            k -= 1
        }
        return tokens[max(index - 1, 0)].start
    }

    /// Arguments after `(` up to and including `)`.
    mutating func parseCallArguments() throws -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var kws: [Keyword] = []
        var orderError: String? = nil
        while !atOp(")") {
            let start = current.start
            if atOp("**") {
                advance()
                let v = try parseExpression()
                kws.append(Keyword(name: nil, value: v, range: SourceRange(start, v.range.end)))
            } else if atOp("*") {
                advance()
                let v = try parseExpression()
                if kws.contains(where: { $0.name == nil }) {
                    throw failure(.syntaxError, "iterable argument unpacking follows keyword argument unpacking", SourceRange(start, v.range.end))
                }
                args.append(Expr(.starred(v), SourceRange(start, v.range.end)))
            } else if current.kind == .name && peekToken().isOp("=") {
                let n = advance()
                if pythonKeywords.contains(n.text) {
                    throw failure(.syntaxError, "cannot assign to \(n.text)", n.range)
                }
                advance()
                let v = try parseExpression()
                if kws.contains(where: { $0.name == n.text }) {
                    throw failure(.syntaxError, "keyword argument repeated: \(n.text)", SourceRange(n.start, v.range.end))
                }
                kws.append(Keyword(name: n.text, value: v, range: SourceRange(start, v.range.end)))
            } else {
                var v = try parseNamedExpression()
                if atKeyword("for") {
                    let comps = try parseComprehensionClauses()
                    v = Expr(.genExp(v, comps), SourceRange(v.range.start, previousEnd))
                    if !args.isEmpty || !kws.isEmpty || atOp(",") && !peekToken().isOp(")") {
                        throw failure(.syntaxError, "Generator expression must be parenthesized", v.range)
                    }
                } else if atOp("=") {
                    throw failure(.syntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", SourceRange(v.range.start, current.end))
                }
                if !kws.isEmpty && orderError == nil {
                    orderError = kws.contains(where: { $0.name == nil })
                        ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument"
                }
                args.append(v)
            }
            if !acceptOp(",") { break }
        }
        if let orderError, atOp(")") {
            throw failure(.syntaxError, orderError, SourceRange(current.start, current.start))
        }
        try expectClosing(")")
        return (args, kws)
    }

    mutating func parseSlices() throws -> Expr {
        let start = current.start
        let first = try parseSlice()
        guard atOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            if atOp("]") { break }
            items.append(try parseSlice())
        }
        return Expr(.tuple(items), SourceRange(start, previousEnd))
    }

    mutating func parseSlice() throws -> Expr {
        let start = current.start
        var lower: Expr? = nil
        if !atOp(":") {
            let e = try parseStarOrNamed()
            if !atOp(":") { return e }
            lower = e
        }
        try expectOp(":")
        var upper: Expr? = nil
        var step: Expr? = nil
        if !atOp(":") && !atOp("]") && !atOp(",") { upper = try parseExpression() }
        if acceptOp(":") {
            if !atOp("]") && !atOp(",") { step = try parseExpression() }
        }
        return Expr(.slice(lower, upper, step), SourceRange(start, previousEnd))
    }

    mutating func parseComprehensionClauses() throws -> [Comprehension] {
        var out: [Comprehension] = []
        while atKeyword("for") || atKeyword("async") {
            if atKeyword("async") { throw failure(.syntaxError, "'async' is not supported by the workbook's Python", current.range) }
            advance()
            let target = try parseTargetList()
            try checkTarget(target, context: .comprehension)
            guard acceptKeyword("in") else { throw invalidSyntax() }
            let iter = try parseDisjunction()
            var conds: [Expr] = []
            while atKeyword("if") {
                advance()
                conds.append(try parseDisjunction())
            }
            out.append(Comprehension(target: target, iter: iter, conditions: conds))
        }
        return out
    }

    mutating func parseAtom() throws -> Expr {
        let t = current
        switch t.kind {
        case .name:
            switch t.text {
            case "None": advance(); return Expr(.constant(.none), t.range)
            case "True": advance(); return Expr(.constant(.true), t.range)
            case "False": advance(); return Expr(.constant(.false), t.range)
            case "yield", "await", "async":
                throw failure(.syntaxError, "'\(t.text)' is not supported by the workbook's Python", t.range)
            default:
                if pythonKeywords.contains(t.text) { throw invalidSyntax() }
                advance()
                return Expr(.name(t.text), t.range)
            }
        case .number:
            advance()
            return Expr(.constant(try parseNumber(t)), t.range)
        case .string:
            return try parseStrings()
        case .op:
            switch t.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseBraceDisplay()
            case "...": advance(); return Expr(.constant(.ellipsis), t.range)
            default: throw invalidSyntax()
            }
        case .indent:
            throw failure(.indentationError, "unexpected indent", t.range)
        default:
            throw invalidSyntax()
        }
    }

    func parseNumber(_ t: Token) throws -> Constant {
        let text = t.text.replacingOccurrences(of: "_", with: "")
        let lower = text.lowercased()
        if lower.hasPrefix("0x") || lower.hasPrefix("0o") || lower.hasPrefix("0b") {
            let radix = lower.hasPrefix("0x") ? 16 : lower.hasPrefix("0o") ? 8 : 2
            let digits = String(text.dropFirst(2))
            if let v = Int(digits, radix: radix) { return .int(v) }
            if let b = BigInt(digits, radix: radix) { return .bigInt(b) }
            throw failure(.syntaxError, "invalid syntax", t.range)
        }
        if lower.contains(".") || lower.contains("e") {
            guard let d = Double(text) else { throw failure(.syntaxError, "invalid decimal literal", t.range) }
            return .float(d)
        }
        if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
            throw failure(.syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", SourceRange(t.start, t.start))
        }
        if let v = Int(text) { return .int(v) }
        if let b = BigInt(text) { return .bigInt(b) }
        throw failure(.syntaxError, "invalid decimal literal", t.range)
    }

    mutating func parseParenthesized() throws -> Expr {
        let open = advance()
        if acceptOp(")") { return Expr(.tuple([]), SourceRange(open.start, previousEnd)) }
        if atKeyword("yield") { throw failure(.syntaxError, "'yield' is not supported by the workbook's Python", current.range) }
        let first = try parseStarOrNamed()
        if atKeyword("for") {
            let comps = try parseComprehensionClauses()
            try expectClosing(")")
            return Expr(.genExp(first, comps), SourceRange(open.start, previousEnd))
        }
        if atOp(",") {
            var items = [first]
            while acceptOp(",") {
                if atOp(")") { break }
                items.append(try parseStarOrNamed())
            }
            try expectClosing(")")
            return Expr(.tuple(items), SourceRange(open.start, previousEnd))
        }
        try expectClosing(")")
        if case .starred = first.kind {
            throw failure(.syntaxError, "cannot use starred expression here", first.range)
        }
        // A parenthesized expression keeps the inner node's range (as CPython's AST does).
        return first
    }

    mutating func parseListDisplay() throws -> Expr {
        let open = advance()
        var items: [Expr] = []
        if acceptOp("]") { return Expr(.list([]), SourceRange(open.start, previousEnd)) }
        let first = try parseStarOrNamed()
        if atKeyword("for") {
            let comps = try parseComprehensionClauses()
            try expectClosing("]")
            return Expr(.listComp(first, comps), SourceRange(open.start, previousEnd))
        }
        items.append(first)
        while acceptOp(",") {
            if atOp("]") { break }
            items.append(try parseStarOrNamed())
        }
        try expectClosing("]")
        return Expr(.list(items), SourceRange(open.start, previousEnd))
    }

    mutating func parseBraceDisplay() throws -> Expr {
        let open = advance()
        if acceptOp("}") { return Expr(.dict([]), SourceRange(open.start, previousEnd)) }
        if atOp("**") {
            return try parseDictRest(open: open, firstKey: nil, firstValue: nil)
        }
        let first = try parseStarOrNamed()
        if acceptOp(":") {
            let value = try parseExpression()
            if atKeyword("for") {
                let comps = try parseComprehensionClauses()
                try expectClosing("}")
                return Expr(.dictComp(first, value, comps), SourceRange(open.start, previousEnd))
            }
            return try parseDictRest(open: open, firstKey: first, firstValue: value)
        }
        if atKeyword("for") {
            let comps = try parseComprehensionClauses()
            try expectClosing("}")
            return Expr(.setComp(first, comps), SourceRange(open.start, previousEnd))
        }
        var items = [first]
        while acceptOp(",") {
            if atOp("}") { break }
            items.append(try parseStarOrNamed())
        }
        try expectClosing("}")
        return Expr(.set(items), SourceRange(open.start, previousEnd))
    }

    mutating func parseDictRest(open: Token, firstKey: Expr?, firstValue: Expr?) throws -> Expr {
        var entries: [(Expr?, Expr)] = []
        if let v = firstValue { entries.append((firstKey, v)) } else {
            advance()
            entries.append((nil, try parseBitOr()))
        }
        while acceptOp(",") {
            if atOp("}") { break }
            if acceptOp("**") {
                entries.append((nil, try parseBitOr()))
            } else {
                let k = try parseExpression()
                if !atOp(":") {
                    throw failure(.syntaxError, "':' expected after dictionary key", k.range)
                }
                advance()
                entries.append((k, try parseExpression()))
            }
        }
        try expectClosing("}")
        return Expr(.dict(entries), SourceRange(open.start, previousEnd))
    }
}
