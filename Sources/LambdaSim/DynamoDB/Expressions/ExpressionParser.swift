// A recursive-descent parser for DynamoDB's expression languages. Errors carry DynamoDB's wording
// (`Invalid UpdateExpression: Syntax error; token: "x", near: "SET x"`) and, as teaching text, the offset.

/// The placeholders a request supplies and which of them its expressions used; DynamoDB refuses unused ones.
public struct ExpressionAttributes: Sendable {
    public var names: [String: String]
    public var values: [String: AttributeValue]
    var usedNames: Set<String> = []
    var usedValues: Set<String> = []

    public init(names: [String: String] = [:], values: [String: AttributeValue] = [:]) {
        self.names = names
        self.values = values
    }

    /// Names must start with `#` and values with `:`, as DynamoDB checks before reading any expression.
    public func checkKeys() throws(ServiceError) {
        if let bad = names.keys.sorted().first(where: { !$0.hasPrefix("#") || $0.count < 2 }) {
            throw .dynamoValidation("ExpressionAttributeNames contains invalid key: Syntax error; key: \"\(bad)\"")
        }
        if let bad = values.keys.sorted().first(where: { !$0.hasPrefix(":") || $0.count < 2 }) {
            throw .dynamoValidation("ExpressionAttributeValues contains invalid key: Syntax error; key: \"\(bad)\"")
        }
    }

    /// After every expression of a request is parsed: placeholders given but never used are an error.
    public func checkAllUsed() throws(ServiceError) {
        let unusedValues = Set(values.keys).subtracting(usedValues).sorted()
        if !unusedValues.isEmpty {
            throw .dynamoValidation("Value provided in ExpressionAttributeValues unused in expressions: keys: {\(unusedValues.joined(separator: ", "))}")
        }
        let unusedNames = Set(names.keys).subtracting(usedNames).sorted()
        if !unusedNames.isEmpty {
            throw .dynamoValidation("Value provided in ExpressionAttributeNames unused in expressions: keys: {\(unusedNames.joined(separator: ", "))}")
        }
    }
}

struct ExpressionParser {
    let kind: ExpressionKind
    let source: [UInt8]
    let tokens: [ExpressionToken]
    var position = 0
    var attributes: ExpressionAttributes
    /// The first undefined placeholder: reported only once the whole expression has parsed, as DynamoDB does.
    var undefined: ServiceError?

    init(_ text: String, kind: ExpressionKind, attributes: ExpressionAttributes) {
        self.kind = kind
        self.source = Array(text.utf8)
        self.tokens = ExpressionLexer.tokens(source)
        self.attributes = attributes
    }

    // MARK: Entry points

    static func condition(_ text: String, kind: ExpressionKind, attributes: inout ExpressionAttributes) throws(ServiceError) -> Condition {
        var parser = ExpressionParser(text, kind: kind, attributes: attributes)
        try parser.checkNotEmpty()
        let condition = try parser.parseOr()
        try parser.expectEnd()
        try parser.finish(into: &attributes)
        return condition
    }

    static func update(_ text: String, attributes: inout ExpressionAttributes) throws(ServiceError) -> [UpdateAction] {
        var parser = ExpressionParser(text, kind: .update, attributes: attributes)
        try parser.checkNotEmpty()
        let actions = try parser.parseUpdate()
        try parser.finish(into: &attributes)
        try ExpressionParser.checkOverlaps(actions.map(\.path), kind: .update)
        return actions
    }

    static func projection(_ text: String, attributes: inout ExpressionAttributes) throws(ServiceError) -> [DocumentPath] {
        var parser = ExpressionParser(text, kind: .projection, attributes: attributes)
        try parser.checkNotEmpty()
        var paths = [try parser.parsePath()]
        while parser.takeSymbol(",") { paths.append(try parser.parsePath()) }
        try parser.expectEnd()
        try parser.finish(into: &attributes)
        try ExpressionParser.checkOverlaps(paths, kind: .projection)
        return paths
    }

    // MARK: Conditions

    mutating func parseOr() throws(ServiceError) -> Condition {
        var left = try parseAnd()
        while current.isKeyword("OR") {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    mutating func parseAnd() throws(ServiceError) -> Condition {
        var left = try parseNot()
        while current.isKeyword("AND") {
            advance()
            left = .and(left, try parseNot())
        }
        return left
    }

    mutating func parseNot() throws(ServiceError) -> Condition {
        if current.isKeyword("NOT") {
            advance()
            return .not(try parseNot())
        }
        return try parsePrimary()
    }

    mutating func parsePrimary() throws(ServiceError) -> Condition {
        if takeSymbol("(") {
            let inner = try parseOr()
            try expectSymbol(")")
            return inner
        }
        if case .identifier(let name) = current.kind, peek.kind == .symbol("(") {
            switch name {
            case "attribute_exists":
                let path = try parseFunctionArguments { (parser: inout ExpressionParser) throws(ServiceError) in try parser.parsePath() }
                return .attributeExists(path)
            case "attribute_not_exists":
                let path = try parseFunctionArguments { (parser: inout ExpressionParser) throws(ServiceError) in try parser.parsePath() }
                return .attributeNotExists(path)
            case "attribute_type":
                let (path, type) = try parseTwoArguments(first: { (parser: inout ExpressionParser) throws(ServiceError) in try parser.parsePath() })
                return .attributeType(path, type)
            case "begins_with":
                let (subject, prefix) = try parseTwoArguments(first: { (parser: inout ExpressionParser) throws(ServiceError) in try parser.parseOperand() })
                return .beginsWith(subject, prefix)
            case "contains":
                let (subject, operand) = try parseTwoArguments(first: { (parser: inout ExpressionParser) throws(ServiceError) in try parser.parseOperand() })
                return .contains(subject, operand)
            case "size":
                break  // an operand: size(path) = :n
            default:
                throw invalidFunction(name)
            }
        }
        let left = try parseOperand()
        if case .symbol(let symbol) = current.kind, let comparator = Comparator(rawValue: symbol) {
            advance()
            return .compare(left, comparator, try parseOperand())
        }
        if current.isKeyword("BETWEEN") {
            advance()
            let low = try parseOperand()
            guard current.isKeyword("AND") else { throw syntaxError() }
            advance()
            return .between(left, low, try parseOperand())
        }
        if current.isKeyword("IN") {
            advance()
            try expectSymbol("(")
            var options = [try parseOperand()]
            while takeSymbol(",") { options.append(try parseOperand()) }
            try expectSymbol(")")
            return .isIn(left, options)
        }
        throw syntaxError()
    }

    mutating func parseOperand() throws(ServiceError) -> ConditionOperand {
        if case .valuePlaceholder(let name) = current.kind {
            advance()
            return .value(resolveValue(name), placeholder: name)
        }
        if case .identifier(let name) = current.kind, peek.kind == .symbol("(") {
            guard name == "size" else {
                if ["attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains"].contains(name) {
                    throw syntaxError()
                }
                throw invalidFunction(name)
            }
            return .size(try parseFunctionArguments { (parser: inout ExpressionParser) throws(ServiceError) in try parser.parsePath() })
        }
        return .path(try parsePath())
    }

    mutating func parseFunctionArguments<T>(_ argument: (inout ExpressionParser) throws(ServiceError) -> T) throws(ServiceError) -> T {
        advance()  // the name
        try expectSymbol("(")
        let value = try argument(&self)
        try expectSymbol(")")
        return value
    }

    mutating func parseTwoArguments<T>(first: (inout ExpressionParser) throws(ServiceError) -> T) throws(ServiceError) -> (T, ConditionOperand) {
        advance()
        try expectSymbol("(")
        let value = try first(&self)
        try expectSymbol(",")
        let second = try parseOperand()
        try expectSymbol(")")
        return (value, second)
    }

    // MARK: Paths

    mutating func parsePath() throws(ServiceError) -> DocumentPath {
        var elements = [PathElement.name(try parsePathName())]
        while true {
            if takeSymbol(".") {
                elements.append(.name(try parsePathName()))
            } else if takeSymbol("[") {
                guard case .integer(let index) = current.kind else { throw syntaxError() }
                advance()
                try expectSymbol("]")
                elements.append(.index(index))
            } else {
                return DocumentPath(elements: elements)
            }
        }
    }

    mutating func parsePathName() throws(ServiceError) -> String {
        switch current.kind {
        case .namePlaceholder(let name):
            advance()
            attributes.usedNames.insert(name)
            guard let resolved = attributes.names[name] else {
                if undefined == nil {
                    undefined = invalid("An expression attribute name used in the document path is not defined; attribute name: \(name)")
                }
                return name
            }
            return resolved
        case .identifier(let name):
            if DynamoReservedWords.contains(name) {
                if ["AND", "OR", "NOT", "BETWEEN", "IN", "SET", "REMOVE", "ADD", "DELETE"].contains(name.uppercased()) { throw syntaxError() }
                throw invalid("Attribute name is a reserved keyword; reserved keyword: \(name)")
            }
            advance()
            return name
        default:
            throw syntaxError()
        }
    }

    mutating func resolveValue(_ name: String) -> AttributeValue {
        attributes.usedValues.insert(name)
        guard let value = attributes.values[name] else {
            if undefined == nil {
                undefined = invalid("An expression attribute value used in expression is not defined; attribute value: \(name)")
            }
            return .null
        }
        return value
    }

    // MARK: Tokens

    var current: ExpressionToken { tokens[position] }
    var peek: ExpressionToken { tokens[min(position + 1, tokens.count - 1)] }

    mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    mutating func takeSymbol(_ symbol: String) -> Bool {
        guard current.kind == .symbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expectSymbol(_ symbol: String) throws(ServiceError) {
        guard takeSymbol(symbol) else { throw syntaxError() }
    }

    func expectEnd() throws(ServiceError) {
        guard current.kind == .end else { throw syntaxError() }
    }

    func checkNotEmpty() throws(ServiceError) {
        if tokens.count == 1 { throw invalid("The expression can not be empty;") }
    }

    func finish(into attributes: inout ExpressionAttributes) throws(ServiceError) {
        if let undefined { throw undefined }
        attributes.usedNames.formUnion(self.attributes.usedNames)
        attributes.usedValues.formUnion(self.attributes.usedValues)
    }

    // MARK: Errors

    func invalid(_ detail: String) -> ServiceError {
        .dynamoValidation("Invalid \(kind.rawValue): \(detail)")
    }

    func invalidFunction(_ name: String) -> ServiceError {
        invalid("Invalid function name; function: \(name)")
    }

    /// DynamoDB's syntax error: the offending token, and the text from the token before it to the token after.
    func syntaxError() -> ServiceError {
        let token = current
        let before = tokens[max(position - 1, 0)].range.lowerBound
        let after = tokens[min(position + 1, tokens.count - 1)].range.upperBound
        let near = String(decoding: source[min(before, token.range.lowerBound)..<max(after, token.range.upperBound)], as: UTF8.self)
        var error = invalid("Syntax error; token: \"\(token.text(in: source))\", near: \"\(near)\"")
        error.explanation = "The \(kind.rawValue) stops making sense at character \(token.range.lowerBound + 1)."
        return error
    }

    static func checkOverlaps(_ paths: [DocumentPath], kind: ExpressionKind) throws(ServiceError) {
        for (index, first) in paths.enumerated() {
            for second in paths[(index + 1)...] {
                let shorter = min(first.elements.count, second.elements.count)
                if Array(first.elements.prefix(shorter)) == Array(second.elements.prefix(shorter)) {
                    throw .dynamoValidation("Invalid \(kind.rawValue): Two document paths overlap with each other; "
                        + "must remove or rewrite one of these paths; path one: \(first), path two: \(second)")
                }
            }
        }
    }
}
