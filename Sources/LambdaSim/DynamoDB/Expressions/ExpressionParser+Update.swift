// `UpdateExpression`: `SET a = :v, b = b + :n  REMOVE c  ADD n :one  DELETE s :items`.

extension ExpressionParser {
    mutating func parseUpdate() throws(ServiceError) -> [UpdateAction] {
        var actions: [UpdateAction] = []
        var seen: Set<String> = []
        repeat {
            guard case .identifier(let word) = current.kind else { throw syntaxError() }
            let clause = word.uppercased()
            guard ["SET", "REMOVE", "ADD", "DELETE"].contains(clause) else { throw syntaxError() }
            if seen.contains(clause) {
                throw invalid("The \"\(clause)\" section can only be used once in an update expression;")
            }
            seen.insert(clause)
            advance()
            repeat {
                actions.append(try parseAction(clause))
            } while takeSymbol(",")
        } while current.kind != .end
        return actions
    }

    mutating func parseAction(_ clause: String) throws(ServiceError) -> UpdateAction {
        let path = try parsePath()
        switch clause {
        case "SET":
            try expectSymbol("=")
            return .set(path, try parseSetValue())
        case "REMOVE":
            return .remove(path)
        default:
            guard case .valuePlaceholder(let name) = current.kind else { throw syntaxError() }
            advance()
            let value = resolveValue(name)
            return clause == "ADD" ? .add(path, value) : .delete(path, value)
        }
    }

    /// `operand`, `operand + operand` or `operand - operand`.
    mutating func parseSetValue() throws(ServiceError) -> UpdateOperand {
        let left = try parseSetOperand()
        if takeSymbol("+") { return .plus(left, try parseSetOperand()) }
        if takeSymbol("-") { return .minus(left, try parseSetOperand()) }
        return left
    }

    mutating func parseSetOperand() throws(ServiceError) -> UpdateOperand {
        if case .valuePlaceholder(let name) = current.kind {
            advance()
            return .value(resolveValue(name))
        }
        if case .identifier(let name) = current.kind, peek.kind == .symbol("(") {
            advance()
            advance()
            switch name {
            case "if_not_exists":
                let path = try parsePath()
                try expectSymbol(",")
                let fallback = try parseSetOperand()
                try expectSymbol(")")
                return .ifNotExists(path, fallback)
            case "list_append":
                let first = try parseSetOperand()
                try expectSymbol(",")
                let second = try parseSetOperand()
                try expectSymbol(")")
                return .listAppend(first, second)
            default:
                throw invalidFunction(name)
            }
        }
        return .path(try parsePath())
    }
}
