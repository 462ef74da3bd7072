// Splits an expression into tokens, each with its UTF-8 offsets, for the parser and its error messages.

struct ExpressionToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        /// `#name`
        case namePlaceholder(String)
        /// `:value`
        case valuePlaceholder(String)
        case integer(Int)
        case symbol(String)
        case invalid(String)
        case end
    }

    var kind: Kind
    /// UTF-8 offsets in the expression.
    var range: Range<Int>

    /// The token as DynamoDB quotes it in a syntax error (`<EOF>` at the end).
    func text(in source: [UInt8]) -> String {
        if kind == .end { return "<EOF>" }
        return String(decoding: source[range], as: UTF8.self)
    }

    /// Whether this is the keyword `word` (keywords are case-insensitive).
    func isKeyword(_ word: String) -> Bool {
        if case .identifier(let name) = kind { return name.uppercased() == word }
        return false
    }
}

enum ExpressionLexer {
    static func tokens(_ source: [UInt8]) -> [ExpressionToken] {
        var tokens: [ExpressionToken] = []
        var index = 0
        func isIdentifierByte(_ byte: UInt8) -> Bool {
            (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 95
        }
        while index < source.count {
            let byte = source[index]
            let start = index
            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                index += 1
                continue
            }
            if byte == 35 || byte == 58 {  // # or :
                index += 1
                while index < source.count, isIdentifierByte(source[index]) || source[index] >= 0x80 { index += 1 }
                let name = String(decoding: source[start..<index], as: UTF8.self)
                if index == start + 1 {
                    tokens.append(ExpressionToken(kind: .invalid(name), range: start..<index))
                } else {
                    tokens.append(ExpressionToken(kind: byte == 35 ? .namePlaceholder(name) : .valuePlaceholder(name), range: start..<index))
                }
                continue
            }
            if byte >= 48 && byte <= 57 {
                while index < source.count, source[index] >= 48, source[index] <= 57 { index += 1 }
                if index < source.count, isIdentifierByte(source[index]) {
                    while index < source.count, isIdentifierByte(source[index]) { index += 1 }
                    tokens.append(ExpressionToken(kind: .identifier(String(decoding: source[start..<index], as: UTF8.self)), range: start..<index))
                } else {
                    let digits = String(decoding: source[start..<index], as: UTF8.self)
                    tokens.append(ExpressionToken(kind: Int(digits).map(ExpressionToken.Kind.integer) ?? .invalid(digits), range: start..<index))
                }
                continue
            }
            if isIdentifierByte(byte) {
                while index < source.count, isIdentifierByte(source[index]) { index += 1 }
                tokens.append(ExpressionToken(kind: .identifier(String(decoding: source[start..<index], as: UTF8.self)), range: start..<index))
                continue
            }
            if byte == 60, index + 1 < source.count, source[index + 1] == 62 || source[index + 1] == 61 {  // <> <=
                index += 2
            } else if byte == 62, index + 1 < source.count, source[index + 1] == 61 {  // >=
                index += 2
            } else if "=<>()[],.+-".utf8.contains(byte) {
                index += 1
            } else {
                // One whole UTF-8 character that has no place in an expression.
                index += 1
                while index < source.count, source[index] & 0xC0 == 0x80 { index += 1 }
                tokens.append(ExpressionToken(kind: .invalid(String(decoding: source[start..<index], as: UTF8.self)), range: start..<index))
                continue
            }
            tokens.append(ExpressionToken(kind: .symbol(String(decoding: source[start..<index], as: UTF8.self)), range: start..<index))
        }
        tokens.append(ExpressionToken(kind: .end, range: source.count..<source.count))
        return tokens
    }
}
