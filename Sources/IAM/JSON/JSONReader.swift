// A small strict JSON reader (RFC 8259) that keeps key order and positions.
// Recursive descent over UTF-8 bytes; nesting is capped so hostile input cannot exhaust the stack.

/// Why a text is not JSON, and where.
package struct JSONSyntaxError: Error, Sendable, Hashable {
    package var message: String
    package var position: SourcePosition
}

package struct JSONReader {
    /// Deeper nesting than this is refused (policies nest four or five levels).
    package static let maximumDepth = 64

    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Parses one JSON value that fills the whole text (surrounding whitespace allowed).
    package static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var reader = JSONReader(text)
        reader.skipWhitespace()
        let value = try reader.readValue(depth: 0)
        reader.skipWhitespace()
        if reader.offset < reader.bytes.count {
            throw reader.error("unexpected text after the end of the document")
        }
        return value
    }

    // MARK: - Values

    private mutating func readValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard depth < Self.maximumDepth else { throw error("the document nests too deeply") }
        let start = position
        guard let byte = peek() else { throw error("the document ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "{"): return try readObject(depth: depth)
        case UInt8(ascii: "["): return try readArray(depth: depth)
        case UInt8(ascii: "\""): return JSONValue(.string(try readString()), at: start)
        case UInt8(ascii: "t"): try readLiteral("true"); return JSONValue(.bool(true), at: start)
        case UInt8(ascii: "f"): try readLiteral("false"); return JSONValue(.bool(false), at: start)
        case UInt8(ascii: "n"): try readLiteral("null"); return JSONValue(.null, at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(.number(try readNumber()), at: start)
        case UInt8(ascii: "'"):
            throw error("strings must use double quotes (\"), not single quotes")
        default:
            throw error("unexpected character \(describe(byte)) where a value was expected")
        }
    }

    private mutating func readObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let start = position
        advance()  // {
        var members: [JSONMember] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            let end = position
            advance()
            return JSONValue(.object(members), at: start, endingAt: end)
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                if peek() == UInt8(ascii: "}") { throw error("a comma must not follow the last field of an object") }
                throw error("expected a field name in double quotes")
            }
            let keyPosition = position
            let key = try readString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after the field name \"\(key)\"") }
            advance()
            skipWhitespace()
            let value = try readValue(depth: depth + 1)
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"):
                let end = position
                advance()
                return JSONValue(.object(members), at: start, endingAt: end)
            case nil: throw error("the document ends inside an object that starts at \(start)")
            default: throw error("expected ',' or '}' after the value of \"\(key)\"")
            }
        }
    }

    private mutating func readArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let start = position
        advance()  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            let end = position
            advance()
            return JSONValue(.array(elements), at: start, endingAt: end)
        }
        while true {
            skipWhitespace()
            if peek() == UInt8(ascii: "]") { throw error("a comma must not follow the last element of a list") }
            elements.append(try readValue(depth: depth + 1))
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"):
                let end = position
                advance()
                return JSONValue(.array(elements), at: start, endingAt: end)
            case nil: throw error("the document ends inside a list that starts at \(start)")
            default: throw error("expected ',' or ']' after a list element")
            }
        }
    }

    private mutating func readLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let start = position
        let expected = word.withUTF8Buffer { Array($0) }
        for byte in expected {
            guard peek() == byte else {
                throw JSONSyntaxError(message: "unknown word; expected \(word)", position: start)
            }
            advance()
        }
    }

    private mutating func readNumber() throws(JSONSyntaxError) -> String {
        let startOffset = offset
        if peek() == UInt8(ascii: "-") { advance() }
        guard let first = peek(), isDigit(first) else { throw error("expected a digit") }
        advance()
        if first == UInt8(ascii: "0"), let next = peek(), isDigit(next) {
            throw error("numbers must not start with a leading zero")
        }
        while let byte = peek(), isDigit(byte) { advance() }
        if peek() == UInt8(ascii: ".") {
            advance()
            guard let byte = peek(), isDigit(byte) else { throw error("expected a digit after the decimal point") }
            while let byte = peek(), isDigit(byte) { advance() }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            advance()
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { advance() }
            guard let byte = peek(), isDigit(byte) else { throw error("expected a digit in the exponent") }
            while let byte = peek(), isDigit(byte) { advance() }
        }
        return String(decoding: bytes[startOffset..<offset], as: UTF8.self)
    }

    private mutating func readString() throws(JSONSyntaxError) -> String {
        let start = position
        advance()  // opening quote
        var scalars = String.UnicodeScalarView()
        var runStart = offset
        func flushRun(_ end: Int) {
            if runStart < end { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        }
        while true {
            guard let byte = peek() else {
                throw JSONSyntaxError(message: "the string that starts here is never closed", position: start)
            }
            if byte == UInt8(ascii: "\"") {
                flushRun(offset)
                advance()
                return String(scalars)
            }
            if byte < 0x20 {
                throw error(byte == 0x0A ? "a string must not contain a line break (write \\n)" : "a string must not contain control characters")
            }
            if byte == UInt8(ascii: "\\") {
                flushRun(offset)
                advance()
                scalars.append(try readEscape())
                runStart = offset
                continue
            }
            advance()
        }
    }

    private mutating func readEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        guard let byte = peek() else { throw error("the document ends inside an escape sequence") }
        let escapePosition = position
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try readHex4()
            if (0xD800...0xDBFF).contains(high) {
                guard peek() == UInt8(ascii: "\\"), peek(at: 1) == UInt8(ascii: "u") else {
                    throw error("a \\u escape for a high surrogate must be followed by a low surrogate")
                }
                advance(); advance()
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("expected a low surrogate \\u escape") }
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                return Unicode.Scalar(value) ?? "\u{FFFD}"
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("a lone low surrogate is not a character") }
            return scalar
        default:
            throw JSONSyntaxError(message: "unknown escape sequence \\\(describe(byte))", position: escapePosition)
        }
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek(), let digit = hexValue(byte) else { throw error("expected four hex digits after \\u") }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    // MARK: - Bytes and positions

    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    private func peek(at distance: Int = 0) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1  // count characters, not UTF-8 continuation bytes
        }
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(message: message, position: position)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - 0x30)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - 0x61 + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - 0x41 + 10)
        default: nil
        }
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "(byte 0x\(String(byte, radix: 16)))"
    }
}
