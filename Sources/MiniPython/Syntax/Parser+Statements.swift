// Statements: simple statements, compound statements and blocks.

extension Parser {
    mutating func parseStatement() throws -> [Stmt] {
        let t = current
        if t.kind == .name {
            switch t.text {
            case "if": return [try parseIf()]
            case "while": return [try parseWhile()]
            case "for": return [try parseFor()]
            case "try": return [try parseTry()]
            case "with": return [try parseWith()]
            case "def": return [try parseFunctionDef(decorators: [], start: t.start)]
            case "class": return [try parseClassDef(decorators: [], start: t.start)]
            case "async":
                let next = peekToken()
                if next.kind == .name && ["def", "for", "with"].contains(next.text) {
                    throw failure(.syntaxError, "'async \(next.text)' is not supported by the workbook's Python", SourceRange(t.start, next.end))
                }
                throw failure(.syntaxError, "'async' is not supported by the workbook's Python", t.range)
            case "match" where looksLikeMatchStatement():
                throw failure(.syntaxError, "'match' is not supported by the workbook's Python", t.range)
            case "type" where peekToken().kind == .name && peekToken(2).isOp("="):
                throw failure(.syntaxError, "'type' statements are not supported by the workbook's Python", t.range)
            default: break
            }
        }
        if t.isOp("@") { return [try parseDecorated()] }
        return try parseSimpleStatements()
    }

    func looksLikeMatchStatement() -> Bool {
        let next = peekToken()
        if next.kind == .newline || next.kind == .endOfFile { return false }
        if next.kind == .op && !["(", "[", "{", "-", "*"].contains(next.text) { return false }
        // a match statement's header ends with ':' before the end of the logical line
        var k = index + 1
        var last: Token? = nil
        while k < tokens.count, tokens[k].kind != .newline, tokens[k].kind != .endOfFile { last = tokens[k]; k += 1 }
        return last?.isOp(":") ?? false
    }

    mutating func parseSimpleStatements() throws -> [Stmt] {
        var out: [Stmt] = []
        while true {
            out.append(try parseSimpleStatement())
            if acceptOp(";") {
                if at(.newline) || at(.endOfFile) { break }
                continue
            }
            break
        }
        try expectNewline()
        return out
    }

    mutating func parseSimpleStatement() throws -> Stmt {
        let t = current
        let start = t.start
        func done(_ k: StmtKind) -> Stmt { Stmt(k, SourceRange(start, previousEnd)) }
        if t.kind == .name {
            switch t.text {
            case "pass": advance(); return done(.pass)
            case "break": advance(); return done(.break)
            case "continue": advance(); return done(.continue)
            case "return":
                advance()
                if at(.newline) || atOp(";") || at(.endOfFile) { return done(.return(nil)) }
                return done(.return(try parseStarExpressions()))
            case "raise":
                advance()
                if at(.newline) || atOp(";") || at(.endOfFile) { return done(.raise(nil, cause: nil)) }
                let e = try parseExpression()
                var cause: Expr? = nil
                if acceptKeyword("from") { cause = try parseExpression() }
                return done(.raise(e, cause: cause))
            case "global", "nonlocal":
                advance()
                var names = [try expectName().text]
                while acceptOp(",") { names.append(try expectName().text) }
                return done(t.text == "global" ? .global(names) : .nonlocal(names))
            case "del":
                advance()
                var targets: [Expr] = []
                repeat {
                    if at(.newline) || atOp(";") { break }
                    let e = try parseBitOr()
                    try checkTarget(e, context: .delete)
                    targets.append(e)
                } while acceptOp(",")
                if targets.isEmpty { throw invalidSyntax() }
                return done(.delete(targets))
            case "assert":
                advance()
                let test = try parseExpression()
                var msg: Expr? = nil
                if acceptOp(",") { msg = try parseExpression() }
                return done(.assert(test, msg))
            case "import": return try parseImport()
            case "from": return try parseFromImport()
            case "yield", "await":
                throw failure(.syntaxError, "'\(t.text)' is not supported by the workbook's Python", t.range)
            case "print" where peekToken().kind == .string || peekToken().kind == .number || (peekToken().kind == .name && !pythonKeywords.contains(peekToken().text)):
                let line = t.start.line
                var k = index + 1
                while tokens[k].kind != .newline && tokens[k].kind != .endOfFile && tokens[k].start.line == line { k += 1 }
                let end = tokens[k - 1].end
                throw failure(.syntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", SourceRange(start, end))
            default: break
            }
        }
        return try parseExpressionStatement()
    }

    mutating func parseExpressionStatement() throws -> Stmt {
        let start = current.start
        if current.kind == .name && peekToken().isOp(":=") { throw invalidSyntax(at: peekToken()) }
        let first = try parseStarExpressions()
        if atOp(":") {
            // annotated assignment
            advance()
            try checkTarget(first, context: .annotated)
            let annotation = try parseExpression()
            var value: Expr? = nil
            if acceptOp("=") { value = try parseStarExpressions() }
            return Stmt(.annAssign(first, annotation: annotation, value: value), SourceRange(start, previousEnd))
        }
        if current.kind == .op, current.text.count >= 2, current.text.hasSuffix("="), let op = BinaryOperator(rawValue: String(current.text.dropLast())) {
            try checkAugmentedTarget(first)
            advance()
            let value = try parseStarExpressions()
            return Stmt(.augAssign(first, op, value), SourceRange(start, previousEnd))
        }
        if atOp("=") {
            var targets = [first]
            var value = first
            while acceptOp("=") {
                value = try parseStarExpressions()
                targets.append(value)
            }
            targets.removeLast()
            for tgt in targets { try checkTarget(tgt, context: .assign) }
            return Stmt(.assign(targets: targets, value: value), SourceRange(start, previousEnd))
        }
        if !(at(.newline) || atOp(";") || at(.endOfFile)) {
            if current.kind == .name || current.kind == .number || current.kind == .string, case .name = first.kind {
                // two expressions side by side
            }
            throw invalidSyntax()
        }
        return Stmt(.expr(first), SourceRange(start, previousEnd))
    }

    enum TargetContext { case assign, delete, forLoop, annotated, with, comprehension }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .constant(.none): return "None"
        case .constant(.true): return "True"
        case .constant(.false): return "False"
        case .constant(.ellipsis): return "ellipsis"
        case .constant, .fstring: return e.kindIsFString ? "f-string expression" : "literal"
        case .binary, .unary: return "expression"
        case .boolOp: return "expression"
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .lambda: return "lambda"
        case .namedExpr: return "named expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .genExp: return "generator expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        default: return "expression"
        }
    }

    func checkTarget(_ e: Expr, context: TargetContext) throws {
        switch e.kind {
        case .name, .attribute, .subscript: return
        case .tuple(let items), .list(let items):
            if context == .annotated {
                throw failure(.syntaxError, "only single target (not \(e.kind.isTuple ? "tuple" : "list")) can be annotated", e.range)
            }
            for i in items { try checkTarget(i, context: context) }
        case .starred(let inner):
            if context == .delete { throw failure(.syntaxError, "cannot delete starred", e.range) }
            try checkTarget(inner, context: context)
        default:
            let what = describe(e)
            switch context {
            case .delete: throw failure(.syntaxError, "cannot delete \(what)", e.range)
            case .assign:
                if case .compare = e.kind {} else if ["literal", "function call", "expression", "None", "True", "False"].contains(what) || what.hasSuffix("expression") && what != "named expression" {
                    throw failure(.syntaxError, "cannot assign to \(what) here. Maybe you meant '==' instead of '='?", e.range)
                }
                throw failure(.syntaxError, "cannot assign to \(what)", e.range)
            case .annotated: throw failure(.syntaxError, "illegal target for annotation", e.range)
            default: throw failure(.syntaxError, "cannot assign to \(what)", e.range)
            }
        }
    }

    func checkAugmentedTarget(_ e: Expr) throws {
        switch e.kind {
        case .name, .attribute, .subscript: return
        case .tuple: throw failure(.syntaxError, "'tuple' is an illegal expression for augmented assignment", e.range)
        case .list: throw failure(.syntaxError, "'list' is an illegal expression for augmented assignment", e.range)
        default: throw failure(.syntaxError, "'\(describe(e))' is an illegal expression for augmented assignment", e.range)
        }
    }

    // MARK: Blocks

    /// Parses `':' block`. `what` names the header for "expected an indented block after ...".
    mutating func parseBlock(after what: String, line: Int) throws -> [Stmt] {
        try expectOp(":")
        if !at(.newline) {
            return try parseSimpleStatements()
        }
        advance()
        guard at(.indent) else {
            let t = current
            let r = t.kind == .endOfFile || t.kind == .dedent ? SourceRange(t.start, t.start) : t.range
            if t.kind == .endOfFile, let le = lexError { throw ParseFailure(diagnostic: le) }
            throw failure(.indentationError, "expected an indented block after \(what) on line \(line)", SourceRange(r.start, SourcePosition(line: r.start.line, column: r.start.column + 1)))
        }
        advance()
        var body: [Stmt] = []
        while !at(.dedent) && !at(.endOfFile) {
            if at(.newline) { advance(); continue }
            if at(.indent) { throw failure(.indentationError, "unexpected indent", current.range) }
            body.append(contentsOf: try parseStatement())
        }
        if at(.dedent) { advance() }
        return body
    }

    mutating func parseIf() throws -> Stmt {
        let start = current.start
        let kw = advance()
        let test = try parseNamedExpression()
        try rejectAssignmentInCondition(test)
        let body = try parseBlock(after: "'\(kw.text)' statement", line: kw.start.line)
        var orElse: [Stmt] = []
        if atKeyword("elif") {
            orElse = [try parseIf()]
        } else if atKeyword("else") {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement", line: e.start.line)
        }
        return Stmt(.if(test, body, orElse), SourceRange(start, previousEnd))
    }

    /// `if x = 1:` gets CPython's hint instead of a bare "invalid syntax".
    mutating func rejectAssignmentInCondition(_ test: Expr) throws {
        guard atOp("=") else { return }
        var p = self
        p.advance()
        guard let value = try? p.parseBitOr() else { return }
        if case .name = test.kind {
            throw failure(.syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", SourceRange(test.range.start, value.range.end))
        }
        throw failure(.syntaxError, "cannot assign to \(describe(test)) here. Maybe you meant '==' instead of '='?", test.range)
    }

    mutating func parseWhile() throws -> Stmt {
        let start = current.start
        let kw = advance()
        let test = try parseNamedExpression()
        try rejectAssignmentInCondition(test)
        let body = try parseBlock(after: "'while' statement", line: kw.start.line)
        var orElse: [Stmt] = []
        if atKeyword("else") {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement", line: e.start.line)
        }
        return Stmt(.while(test, body, orElse), SourceRange(start, previousEnd))
    }

    mutating func parseTargetList() throws -> Expr {
        let start = current.start
        var items: [Expr] = []
        var trailingComma = false
        repeat {
            if atKeyword("in") || atOp("=") { trailingComma = true; break }
            if atOp("*") {
                let s = advance()
                let inner = try parseBitOr()
                items.append(Expr(.starred(inner), SourceRange(s.start, inner.range.end)))
            } else {
                items.append(try parseBitOr())
            }
            trailingComma = false
        } while acceptOp(",")
        if items.isEmpty { throw invalidSyntax() }
        let target = items.count == 1 && !trailingComma ? items[0] : Expr(.tuple(items), SourceRange(start, previousEnd))
        return target
    }

    mutating func parseFor() throws -> Stmt {
        let start = current.start
        let kw = advance()
        let target = try parseTargetList()
        try checkTarget(target, context: .forLoop)
        guard acceptKeyword("in") else { throw invalidSyntax() }
        let iter = try parseStarExpressions()
        let body = try parseBlock(after: "'for' statement", line: kw.start.line)
        var orElse: [Stmt] = []
        if atKeyword("else") {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement", line: e.start.line)
        }
        return Stmt(.for(target, iter, body, orElse), SourceRange(start, previousEnd))
    }

    mutating func parseTry() throws -> Stmt {
        let start = current.start
        let kw = advance()
        let body = try parseBlock(after: "'try' statement", line: kw.start.line)
        var handlers: [ExceptHandler] = []
        var orElse: [Stmt] = []
        var final: [Stmt] = []
        while atKeyword("except") {
            let ex = advance()
            if atOp("*") {
                throw failure(.syntaxError, "'except*' is not supported by the workbook's Python", SourceRange(ex.start, current.end))
            }
            var type: Expr? = nil
            var name: String? = nil
            if !atOp(":") {
                type = try parseExpression()
                if atOp(",") {
                    var items = [type!]
                    while acceptOp(",") { if atOp(":") || atKeyword("as") { break }; items.append(try parseExpression()) }
                    if atKeyword("as") || atOp(":") {
                        throw failure(.syntaxError, "multiple exception types must be parenthesized", SourceRange(type!.range.start, items.last!.range.end))
                    }
                }
                if acceptKeyword("as") { name = try expectName().text }
            }
            let hbody = try parseBlock(after: "'except' statement", line: ex.start.line)
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, range: SourceRange(ex.start, previousEnd)))
        }
        if atKeyword("else") && !handlers.isEmpty {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement", line: e.start.line)
        }
        if atKeyword("finally") {
            let f = advance()
            final = try parseBlock(after: "'finally' statement", line: f.start.line)
        }
        if handlers.isEmpty && final.isEmpty {
            throw failure(.syntaxError, "expected 'except' or 'finally' block", SourceRange(current.start, current.kind == .name ? current.end : current.start))
        }
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finally: final), SourceRange(start, previousEnd))
    }

    mutating func parseWith() throws -> Stmt {
        let start = current.start
        let kw = advance()
        var items: [(Expr, Expr?)] = []
        let parenthesized = atOp("(") && withItemsAreParenthesized()
        if parenthesized { advance() }
        repeat {
            if parenthesized && atOp(")") { break }
            let ctx = try parseExpression()
            var target: Expr? = nil
            if acceptKeyword("as") {
                let t = try parseBitOrTarget()
                try checkTarget(t, context: .with)
                target = t
            }
            items.append((ctx, target))
        } while acceptOp(",")
        if parenthesized { try expectOp(")") }
        let body = try parseBlock(after: "'with' statement", line: kw.start.line)
        return Stmt(.with(items, body), SourceRange(start, previousEnd))
    }

    mutating func parseBitOrTarget() throws -> Expr {
        if atOp("(") || atOp("[") { return try parseBitOr() }
        return try parseBitOr()
    }

    /// `with (a as b, c as d):` — the parenthesis closes right before the colon and contains `as`.
    func withItemsAreParenthesized() -> Bool {
        var depth = 0
        var k = index
        var sawAs = false
        while k < tokens.count {
            let t = tokens[k]
            if t.kind == .op && ["(", "[", "{"].contains(t.text) { depth += 1 }
            if t.kind == .op && [")", "]", "}"].contains(t.text) {
                depth -= 1
                if depth == 0 { return tokens[k + 1].isOp(":") && sawAs }
            }
            if depth == 1 && t.isKeyword("as") { sawAs = true }
            if t.kind == .newline || t.kind == .endOfFile { return false }
            k += 1
        }
        return false
    }

    mutating func parseDecorated() throws -> Stmt {
        let start = current.start
        var decorators: [Expr] = []
        while acceptOp("@") {
            decorators.append(try parseNamedExpression())
            try expectNewline()
        }
        if atKeyword("def") { return try parseFunctionDef(decorators: decorators, start: start) }
        if atKeyword("class") { return try parseClassDef(decorators: decorators, start: start) }
        if atKeyword("async") { throw failure(.syntaxError, "'async' is not supported by the workbook's Python", current.range) }
        throw invalidSyntax()
    }

    mutating func parseFunctionDef(decorators: [Expr], start: SourcePosition) throws -> Stmt {
        let kw = advance()
        let name = try expectName()
        guard atOp("(") else { throw failure(.syntaxError, "expected '('", SourceRange(current.start, current.start)) }
        advance()
        let params = try parseParameters(closing: ")", allowAnnotations: true)
        try expectOp(")")
        if acceptOp("->") { _ = try parseExpression() }
        let body = try parseBlock(after: "function definition", line: kw.start.line)
        let def = FunctionDef(name: name.text, parameters: params, body: body, decorators: decorators, defLine: kw.start.line)
        return Stmt(.functionDef(def), SourceRange(start, previousEnd))
    }

    mutating func parseClassDef(decorators: [Expr], start: SourcePosition) throws -> Stmt {
        let kw = advance()
        let name = try expectName()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if atOp("[") { throw failure(.syntaxError, "generic class syntax is not supported by the workbook's Python", current.range) }
        if acceptOp("(") {
            (bases, keywords) = try parseCallArguments()
        }
        let body = try parseBlock(after: "class definition", line: kw.start.line)
        return Stmt(.classDef(ClassDef(name: name.text, bases: bases, keywords: keywords, body: body, decorators: decorators)), SourceRange(start, previousEnd))
    }

    /// Parameters of `def` (closing ")") or `lambda` (closing ":").
    mutating func parseParameters(closing: String, allowAnnotations: Bool) throws -> Parameters {
        var p = Parameters()
        var seenDefault = false
        var seenStar = false
        var names = Set<String>()
        func record(_ t: Token) throws {
            if !names.insert(t.text).inserted {
                throw failure(.syntaxError, "duplicate argument '\(t.text)' in function definition", t.range)
            }
        }
        while !atOp(closing) {
            if atOp("/") {
                let slash = advance()
                if seenStar || !p.positionalOnly.isEmpty { throw failure(.syntaxError, "/ may appear only once", slash.range) }
                if p.positional.isEmpty { throw failure(.syntaxError, "at least one argument must precede /", slash.range) }
                p.positionalOnly = p.positional
                p.positional = []
            } else if atOp("**") {
                advance()
                let n = try expectName()
                try record(n)
                if allowAnnotations && acceptOp(":") { _ = try parseExpression() }
                p.varKeywords = Parameter(name: n.text, defaultValue: nil, range: n.range)
                if atOp("=") { throw failure(.syntaxError, "var-keyword argument cannot have default value", current.range) }
                _ = acceptOp(",")
                if !atOp(closing) { throw failure(.syntaxError, "arguments cannot follow var-keyword argument", current.range) }
                break
            } else if atOp("*") {
                let star = advance()
                if seenStar { throw failure(.syntaxError, "* argument may appear only once", star.range) }
                seenStar = true
                if atOp(",") || atOp(closing) {
                    if atOp(closing) || peekToken().isOp(closing) {
                        throw failure(.syntaxError, "named arguments must follow bare *", star.range)
                    }
                } else {
                    let n = try expectName()
                    try record(n)
                    if allowAnnotations && acceptOp(":") { _ = try parseExpression() }
                    p.varArgs = Parameter(name: n.text, defaultValue: nil, range: n.range)
                }
            } else {
                let n = try expectName()
                try record(n)
                if allowAnnotations && acceptOp(":") { _ = try parseExpression() }
                var def: Expr? = nil
                if acceptOp("=") { def = try parseExpression() }
                let param = Parameter(name: n.text, defaultValue: def, range: n.range)
                if seenStar {
                    p.keywordOnly.append(param)
                } else {
                    if def != nil { seenDefault = true } else if seenDefault {
                        throw failure(.syntaxError, "parameter without a default follows parameter with a default", n.range)
                    }
                    p.positional.append(param)
                }
            }
            if !acceptOp(",") { break }
        }
        return p
    }

    mutating func parseDottedName() throws -> String {
        var name = try expectName().text
        while acceptOp(".") { name += "." + (try expectName().text) }
        return name
    }

    mutating func parseImport() throws -> Stmt {
        let start = advance().start
        var names: [ImportName] = []
        repeat {
            let s = current.start
            let n = try parseDottedName()
            var asName: String? = nil
            if acceptKeyword("as") { asName = try expectName().text }
            names.append(ImportName(name: n, asName: asName, range: SourceRange(s, previousEnd)))
        } while acceptOp(",")
        return Stmt(.import(names), SourceRange(start, previousEnd))
    }

    mutating func parseFromImport() throws -> Stmt {
        let start = advance().start
        var level = 0
        while atOp(".") || atOp("...") { level += advance().text.count }
        var module = ""
        if !atKeyword("import") { module = try parseDottedName() }
        guard acceptKeyword("import") else { throw invalidSyntax() }
        var names: [ImportName] = []
        if atOp("*") {
            let s = advance()
            names.append(ImportName(name: "*", asName: nil, range: s.range))
            return Stmt(.importFrom(module: module, names: names, level: level), SourceRange(start, previousEnd))
        }
        let paren = acceptOp("(")
        repeat {
            if paren && atOp(")") { break }
            let s = current.start
            let n = try expectName().text
            var asName: String? = nil
            if acceptKeyword("as") { asName = try expectName().text }
            names.append(ImportName(name: n, asName: asName, range: SourceRange(s, previousEnd)))
        } while acceptOp(",")
        if paren { try expectOp(")") }
        if names.isEmpty { throw invalidSyntax() }
        if !paren && !(at(.newline) || atOp(";") || at(.endOfFile)) && previousToken.isOp(",") {
            throw failure(.syntaxError, "trailing comma not allowed without surrounding parentheses", previousToken.range)
        }
        return Stmt(.importFrom(module: module, names: names, level: level), SourceRange(start, previousEnd))
    }

    var previousToken: Token { tokens[max(index - 1, 0)] }
}

extension ExprKind {
    var isTuple: Bool { if case .tuple = self { return true }; return false }
}

extension Expr {
    var kindIsFString: Bool { if case .fstring = kind { return true }; return false }
}
