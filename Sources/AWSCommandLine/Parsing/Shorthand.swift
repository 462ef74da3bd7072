/// A value written in the CLI's shorthand syntax, before the parameter's shape gives it types.
indirect enum ShorthandValue: Equatable, Sendable {
    case string(String)
    /// Bytes loaded with `key@=fileb://path`.
    case bytes([UInt8])
    case list([ShorthandValue])
    case object([(key: String, value: ShorthandValue)])

    static func == (lhs: ShorthandValue, rhs: ShorthandValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): return a == b
        case (.bytes(let a), .bytes(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }
}

/// A shorthand syntax error, worded as the CLI's `ShorthandParseError`s.
struct ShorthandError: Error, Equatable {
    var message: String
}

/// The AWS CLI's shorthand syntax (`Variables={KEY=value,K2=v2}`, `Key=a,Values=b,c`, `[a,b]`):
///
/// ```
/// parameter   = keyval *("," keyval)
/// keyval      = key ["@"] "=" [values]        ; "@=" loads file:// or fileb:// values
/// values      = explicit-list / hash-literal / csv-value
/// csv-value   = first-value *("," second-value)  ; backtracks when a second value is really a key
/// ```
///
/// Purely syntactic, like the CLI's `ShorthandParser`: the parameter's shape types the result later.
/// Indexes count Unicode scalars (Python's code points) so error carets line up.
struct ShorthandParser {
    private let input: [Unicode.Scalar]
    private let text: String
    private var index = 0
    private var resolvesFiles = false
    private let files: FileAccess
    /// Open `[` and `{` around the current position. Python stops the CLI's recursive parser at
    /// about a thousand levels; this one stops earlier, with the same kind of error.
    private var depth = 0
    static let maximumDepth = 200

    init(_ text: String, files: FileAccess = .none) {
        self.text = text
        self.input = Array(text.unicodeScalars)
        self.files = files
    }

    static func parse(_ text: String, files: FileAccess = .none) throws(ShorthandError) -> ShorthandValue {
        var parser = ShorthandParser(text, files: files)
        return try parser.parameter()
    }

    // MARK: Grammar

    private mutating func parameter() throws(ShorthandError) -> ShorthandValue {
        var pairs: [(key: String, value: ShorthandValue)] = []
        let first = try keyval()
        pairs.append(first)
        var lastIndex = index
        while index < input.count {
            try expect(",", consumingWhitespace: true)
            let pair = try keyval()
            if pairs.contains(where: { $0.key == pair.key }) {
                throw ShorthandError(message: "Second instance of key \"\(pair.key)\" encountered for input:\n"
                    + errorLocation(at: lastIndex + 1)
                    + "\nThis is often because there is a preceding \",\" instead of a space.")
            }
            pairs.append(pair)
            lastIndex = index
        }
        return .object(pairs)
    }

    private mutating func keyval() throws(ShorthandError) -> (key: String, value: ShorthandValue) {
        let name = key()
        resolvesFiles = false
        let saved = index
        consumeWhitespace()
        if current == "@" {
            index += 1
            consumeWhitespace()
            resolvesFiles = true
        } else {
            index = saved
        }
        try expect("=", consumingWhitespace: true)
        return (name, try values())
    }

    private mutating func key() -> String {
        let start = index
        while let scalar = current, Self.isKeyCharacter(scalar) { index += 1 }
        return slice(start, index)
    }

    private mutating func values() throws(ShorthandError) -> ShorthandValue {
        guard let scalar = current else { return .string("") }
        switch scalar {
        case "[": return try explicitList()
        case "{": return try hashLiteral()
        default: return try csvValue()
        }
    }

    private mutating func csvValue() throws(ShorthandError) -> ShorthandValue {
        let first = try firstValue()
        consumeWhitespace()
        guard current == "," else { return first }
        try expect(",", consumingWhitespace: true)
        var list = [first]
        while true {
            do {
                let value = try secondValue()
                consumeWhitespace()
                if atEnd {
                    list.append(value)
                    break
                }
                try expect(",", consumingWhitespace: true)
                list.append(value)
            } catch {
                // `a=b,c=d`: `c` was a key, not a second value; go back to the comma before it.
                if atEnd { throw error }
                while index > 0, index < input.count, input[index] != "," { index -= 1 }
                break
            }
        }
        return list.count == 1 ? first : .list(list)
    }

    private mutating func enter() throws(ShorthandError) {
        depth += 1
        if depth > Self.maximumDepth { throw ShorthandError(message: "maximum recursion depth exceeded") }
    }

    private mutating func explicitList() throws(ShorthandError) -> ShorthandValue {
        try enter()
        defer { depth -= 1 }
        try expect("[", consumingWhitespace: true)
        var values: [ShorthandValue] = []
        while current != "]" {
            let before = index
            values.append(try explicitValue())
            consumeWhitespace()
            if current != "]" {
                try expect(",")
                consumeWhitespace()
            }
            precondition(index > before || current == "]", "shorthand list parsing made no progress")
        }
        try expect("]")
        return .list(values)
    }

    private mutating func explicitValue() throws(ShorthandError) -> ShorthandValue {
        switch current {
        case "[": return try explicitList()
        case "{": return try hashLiteral()
        default: return try firstValue()
        }
    }

    private mutating func hashLiteral() throws(ShorthandError) -> ShorthandValue {
        try enter()
        defer { depth -= 1 }
        try expect("{", consumingWhitespace: true)
        var pairs: [(key: String, value: ShorthandValue)] = []
        while current != "}" {
            let name = key()
            resolvesFiles = false
            let saved = index
            consumeWhitespace()
            if current == "@" {
                index += 1
                consumeWhitespace()
                resolvesFiles = true
            } else {
                index = saved
            }
            try expect("=", consumingWhitespace: true)
            let value = try explicitValue()
            consumeWhitespace()
            if current != "}" {
                try expect(",")
                consumeWhitespace()
            }
            if let existing = pairs.firstIndex(where: { $0.key == name }) {
                pairs[existing].value = value
            } else {
                pairs.append((name, value))
            }
        }
        try expect("}")
        return .object(pairs)
    }

    private mutating func firstValue() throws(ShorthandError) -> ShorthandValue {
        switch current {
        case "'": return try resolved(quoted("'"))
        case "\"": return try resolved(quoted("\""))
        default:
            let start = index
            consumeWord(follow: Self.isFirstFollow)
            return try resolved(cleaned(slice(start, index)))
        }
    }

    private mutating func secondValue() throws(ShorthandError) -> ShorthandValue {
        switch current {
        case "'": return try resolved(quoted("'"))
        case "\"": return try resolved(quoted("\""))
        default:
            let start = index
            consumeWord(follow: Self.isSecondFollow)
            guard index > start else { throw syntaxError(expected: "<second>", actual: "<none>") }
            return try resolved(cleaned(slice(start, index)))
        }
    }

    /// A quoted value: `\'` (or `\"`) and `\\` are its only escapes.
    private mutating func quoted(_ quote: Unicode.Scalar) throws(ShorthandError) -> String {
        let start = index
        var cursor = index + 1
        while cursor < input.count {
            if input[cursor] == "\\", cursor + 1 < input.count, input[cursor + 1] == quote || input[cursor + 1] == "\\" {
                cursor += 2
                continue
            }
            if input[cursor] == quote {
                index = cursor + 1
                let inner = slice(start + 1, cursor)
                return inner.replacingAll("\\" + String(Character(quote)), with: String(Character(quote)))
                    .replacingAll("\\\\", with: "\\")
            }
            cursor += 1
        }
        throw syntaxError(expected: quote == "'" ? "<singled quoted>" : "<double quoted>", actual: "<none>")
    }

    /// A word: a start character (or `\,`), then follow characters (or `\,`).
    private mutating func consumeWord(follow: (Unicode.Scalar) -> Bool) {
        var first = true
        while index < input.count {
            if input[index] == "\\", index + 1 < input.count, input[index + 1] == "," {
                index += 2
            } else if first ? Self.isStart(input[index]) : follow(input[index]) {
                index += 1
            } else {
                break
            }
            first = false
        }
    }

    private func cleaned(_ word: String) -> String {
        var result = word.replacingAll("\\,", with: ",")
        while let last = result.unicodeScalars.last, Self.isPythonSpace(last) { result.unicodeScalars.removeLast() }
        return result
    }

    private func resolved(_ value: String) throws(ShorthandError) -> ShorthandValue {
        guard resolvesFiles, let loaded = ParamFile.load(value, files: files) else { return .string(value) }
        switch loaded {
        case .success(.text(let text)): return .string(text)
        case .success(.bytes(let bytes)): return .bytes(bytes)
        case .failure(let error): throw ShorthandError(message: error.message)
        }
    }

    // MARK: Scanning

    private var current: Unicode.Scalar? { index < input.count ? input[index] : nil }
    private var atEnd: Bool { index >= input.count }

    private mutating func consumeWhitespace() {
        while let scalar = current, Self.isStringWhitespace(scalar) { index += 1 }
    }

    private mutating func expect(_ scalar: Unicode.Scalar, consumingWhitespace: Bool = false) throws(ShorthandError) {
        if consumingWhitespace { consumeWhitespace() }
        guard let actual = current else { throw syntaxError(expected: String(Character(scalar)), actual: "EOF") }
        guard actual == scalar else { throw syntaxError(expected: String(Character(scalar)), actual: String(Character(actual))) }
        index += 1
        if consumingWhitespace { consumeWhitespace() }
    }

    private func syntaxError(expected: String, actual: String) -> ShorthandError {
        ShorthandError(message: "Expected: '\(expected)', received: '\(actual)' for input:\n" + errorLocation(at: index))
    }

    /// The input with a caret under `position`, on the line it falls in.
    private func errorLocation(at position: Int) -> String {
        let position = min(max(position, 0), input.count)
        var spaces = position
        if let lastNewline = input[..<position].lastIndex(of: "\n") { spaces = position - lastNewline - 1 }
        var consumed = text
        var remaining = ""
        if let nextNewline = input[position...].firstIndex(of: "\n") {
            consumed = slice(0, nextNewline)
            remaining = slice(nextNewline, input.count)
        }
        return consumed + "\n" + String(repeating: " ", count: spaces) + "^" + remaining
    }

    private func slice(_ from: Int, _ to: Int) -> String {
        var out = String.UnicodeScalarView()
        out.append(contentsOf: input[from..<to])
        return String(out)
    }

    // MARK: Character classes (the CLI's regular expressions)

    /// `[a-zA-Z0-9-_.#/:]`
    static func isKeyCharacter(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "#", "/", ":": return true
        default: return false
        }
    }

    /// Any character from `!` to U+FFFF except `"`, `'`, `,`, `=`, `[` and `{`.
    static func isStart(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x21 && s.value <= 0xFFFF && !["\"", "'", ",", "=", "[", "{"].contains(s)
    }

    /// Whitespace or any character up to U+FFFF except `"`, `'`, `,`, `]` and `}`.
    static func isFirstFollow(_ s: Unicode.Scalar) -> Bool {
        isRegexSpace(s) || (s.value >= 0x21 && s.value <= 0xFFFF && !["\"", "'", ",", "]", "}"].contains(s))
    }

    /// Whitespace or any character up to U+FFFF except `"`, `'`, `,` and `=`.
    static func isSecondFollow(_ s: Unicode.Scalar) -> Bool {
        isRegexSpace(s) || (s.value >= 0x21 && s.value <= 0xFFFF && !["\"", "'", ",", "="].contains(s))
    }

    /// Python's `string.whitespace`.
    static func isStringWhitespace(_ s: Unicode.Scalar) -> Bool {
        [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains(s)
    }

    /// `\s` in a Unicode regular expression.
    static func isRegexSpace(_ s: Unicode.Scalar) -> Bool {
        isStringWhitespace(s) || isPythonSpace(s)
    }

    /// `str.isspace()`, which `rstrip()` removes.
    static func isPythonSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced, left to right (no Foundation here).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
