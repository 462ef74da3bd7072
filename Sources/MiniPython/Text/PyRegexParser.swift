// A port of Lib/re/_parser.py (CPython 3.12): the same grammar, the same error messages at the
// same positions. Patterns are arrays of Unicode scalars, so positions count code points.

/// A token: one character, or a backslash and the character after it.
struct PyRegexToken: Equatable {
    var first: Unicode.Scalar
    var second: Unicode.Scalar?

    var count: Int { second == nil ? 1 : 2 }
    var isEscape: Bool { second != nil }
    var text: String {
        var s = String(Character(first))
        if let second { s.append(Character(second)) }
        return s
    }

    func isOne(_ c: Unicode.Scalar) -> Bool { second == nil && first == c }
    func isOne(of set: String) -> Bool { second == nil && set.unicodeScalars.contains(first) }
}

struct PyRegexTokenizer {
    let string: [Unicode.Scalar]
    var index = 0
    var next: PyRegexToken?

    init(_ string: [Unicode.Scalar]) throws(PyRegexError) {
        self.string = string
        try advance()
    }

    mutating func advance() throws(PyRegexError) {
        guard index < string.count else {
            next = nil
            return
        }
        let c = string[index]
        if c == "\\" {
            guard index + 1 < string.count else {
                throw PyRegexError(.reError, "bad escape (end of pattern)", pattern: string, pos: string.count - 1)
            }
            next = PyRegexToken(first: c, second: string[index + 1])
            index += 2
        } else {
            next = PyRegexToken(first: c, second: nil)
            index += 1
        }
    }

    mutating func match(_ c: Unicode.Scalar) throws(PyRegexError) -> Bool {
        if let n = next, n.isOne(c) {
            try advance()
            return true
        }
        return false
    }

    mutating func get() throws(PyRegexError) -> PyRegexToken? {
        let this = next
        try advance()
        return this
    }

    /// Up to `n` single characters from `charset`.
    mutating func getWhile(_ n: Int, _ charset: (Unicode.Scalar) -> Bool) throws(PyRegexError) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for _ in 0..<n {
            guard let c = next, !c.isEscape, charset(c.first) else { break }
            result.append(c.first)
            try advance()
        }
        return result
    }

    mutating func getUntil(_ terminator: Unicode.Scalar, _ name: String) throws(PyRegexError) -> String {
        var result = ""
        var length = 0
        while true {
            let c = next
            try advance()
            guard let c else {
                if length == 0 { throw error("missing " + name) }
                throw error("missing \(Character(terminator)), unterminated name", length)
            }
            if c.isOne(terminator) {
                if length == 0 { throw error("missing " + name, 1) }
                break
            }
            result += c.text
            length += c.count
        }
        return result
    }

    var tell: Int { index - (next?.count ?? 0) }

    mutating func seek(_ i: Int) throws(PyRegexError) {
        index = i
        try advance()
    }

    func error(_ msg: String, _ offset: Int = 0) -> PyRegexError {
        PyRegexError(.reError, msg, pattern: string, pos: tell - offset)
    }

    func checkGroupName(_ name: String, _ offset: Int) throws(PyRegexError) {
        if !PyRegexParser.isIdentifier(name) {
            throw error("bad character in group name " + PyStrRepr.repr(name), name.unicodeScalars.count + offset)
        }
    }
}

final class PyRegexParseState {
    var flags: PyRegexFlags
    var groupNames: [(String, Int)] = []
    var groupWidths: [(Int, Int)?] = [nil]
    var lookbehindGroups: Int?
    var groupRefPos: [(Int, Int)] = []

    init(flags: PyRegexFlags) { self.flags = flags }

    var groups: Int { groupWidths.count }

    func openGroup(_ name: String?) throws(PyRegexError) -> Int {
        let gid = groups
        groupWidths.append(nil)
        if groups > PyRegexLimits.maxGroups { throw PyRegexError(.reError, "too many groups") }
        if let name {
            if let old = groupNames.first(where: { $0.0 == name }) {
                throw PyRegexError(.reError, "redefinition of group name \(PyStrRepr.repr(name)) as group \(gid); was group \(old.1)")
            }
            groupNames.append((name, gid))
        }
        return gid
    }

    func checkGroup(_ gid: Int) -> Bool { gid < groups && groupWidths[gid] != nil }

    func checkLookbehindGroup(_ gid: Int, _ source: PyRegexTokenizer) throws(PyRegexError) {
        if let lbg = lookbehindGroups {
            if !checkGroup(gid) { throw source.error("cannot refer to an open group") }
            if gid >= lbg { throw source.error("cannot refer to group defined in the same lookbehind subpattern") }
        }
    }
}

package enum PyRegexParser {
    static let flagLetters: [Unicode.Scalar: PyRegexFlags] = [
        "i": .ignoreCase, "L": .locale, "m": .multiline, "s": .dotAll, "x": .verbose, "a": .ascii, "t": .template, "u": .unicode,
    ]
    static let typeFlags: PyRegexFlags = [.ascii, .locale, .unicode]
    static let globalFlags: PyRegexFlags = [.debug, .template]

    static func isIdentifier(_ s: String) -> Bool {
        var first = true
        for c in s.unicodeScalars {
            if first {
                guard c == "_" || c.properties.isXIDStart else { return false }
                first = false
            } else if !c.properties.isXIDContinue {
                return false
            }
        }
        return !first
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    static func isOctal(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x37 }
    static func isHex(_ c: Unicode.Scalar) -> Bool { isDigit(c) || (c.value | 0x20 >= 0x61 && c.value | 0x20 <= 0x66) }
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { c.value | 0x20 >= 0x61 && c.value | 0x20 <= 0x7A }
    static func isPatternSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
    }

    /// The parse result: the tree, the final flags, the group count (group 0 included) and the names.
    package struct Parsed {
        package var nodes: [PyRegexNode]
        package var flags: PyRegexFlags
        package var groups: Int
        package var groupNames: [(String, Int)]
        var groupWidths: [(Int, Int)?]
    }

    /// `re._parser.parse(pattern, flags)`.
    package static func parse(_ pattern: [Unicode.Scalar], flags: PyRegexFlags) throws(PyRegexError) -> Parsed {
        var source = try PyRegexTokenizer(pattern)
        let state = PyRegexParseState(flags: flags)
        let p = try parseSub(&source, state, verbose: flags.contains(.verbose), nested: 0)
        // fix_flags for a str pattern
        if state.flags.contains(.locale) { throw PyRegexError(.valueError, "cannot use LOCALE flag with a str pattern") }
        if !state.flags.contains(.ascii) {
            state.flags.insert(.unicode)
        } else if state.flags.contains(.unicode) {
            throw PyRegexError(.valueError, "ASCII and UNICODE flags are incompatible")
        }
        if source.next != nil { throw source.error("unbalanced parenthesis") }
        for (g, pos) in state.groupRefPos where g >= state.groups {
            throw PyRegexError(.reError, "invalid group reference \(g)", pattern: pattern, pos: pos)
        }
        return Parsed(nodes: p, flags: state.flags, groups: state.groups, groupNames: state.groupNames,
                      groupWidths: state.groupWidths)
    }

    // MARK: escapes

    static let simpleEscapes: [Unicode.Scalar: UInt32] = [
        "a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92,
    ]

    static func categoryEscape(_ c: Unicode.Scalar) -> PyRegexCategory? {
        switch c {
        case "d": return .digit
        case "D": return .notDigit
        case "s": return .space
        case "S": return .notSpace
        case "w": return .word
        case "W": return .notWord
        default: return nil
        }
    }

    enum ClassCode {
        case literal(UInt32)
        case category(PyRegexCategory)
    }

    static func hexValue(_ digits: [Unicode.Scalar]) -> UInt32 {
        var v: UInt32 = 0
        for d in digits { v = v &* 16 &+ UInt32(String(Character(d)), radix: 16)! }
        return v
    }

    /// The escapes shared by classes and expressions: \x \u \U \N. Nil when `c` is not one of them.
    static func unicodeEscape(_ source: inout PyRegexTokenizer, _ escape: PyRegexToken) throws(PyRegexError) -> UInt32? {
        let c = escape.second!
        var text = escape.text
        switch c {
        case "x", "u", "U":
            let want = c == "x" ? 2 : c == "u" ? 4 : 8
            let digits = try source.getWhile(want, isHex)
            text += String(String.UnicodeScalarView(digits))
            if digits.count != want {
                throw source.error("incomplete escape \(text)", text.unicodeScalars.count)
            }
            let v = hexValue(digits)
            if c == "U" && v > 0x10FFFF { throw source.error("bad escape \(text)", text.unicodeScalars.count) }
            return v
        case "N":
            if !(try source.match("{")) { throw source.error("missing {") }
            let name = try source.getUntil("}", "character name")
            guard let v = lookupCharacterName(name) else {
                throw source.error("undefined character name \(PyStrRepr.repr(name))", name.unicodeScalars.count + 4)
            }
            return v
        default:
            return nil
        }
    }

    /// `unicodedata.lookup(name)`: a scan of the Unicode names (slow, but only for `\N{...}`).
    static func lookupCharacterName(_ name: String) -> UInt32? {
        let wanted = name.uppercased()
        var v: UInt32 = 0
        while v <= 0x10FFFF {
            if let s = Unicode.Scalar(v) {
                if s.properties.name == wanted || s.properties.nameAlias == wanted { return v }
            }
            v += 1
            if v == 0xD800 { v = 0xE000 }
        }
        return nil
    }

    static func classEscape(_ source: inout PyRegexTokenizer, _ escape: PyRegexToken) throws(PyRegexError) -> ClassCode {
        let c = escape.second!
        if let v = simpleEscapes[c] { return .literal(v) }
        if let cat = categoryEscape(c) { return .category(cat) }
        if let v = try unicodeEscape(&source, escape) { return .literal(v) }
        if isOctal(c) {
            let more = try source.getWhile(2, isOctal)
            let digits = [c] + more
            var v: UInt32 = 0
            for d in digits { v = v * 8 + (d.value - 0x30) }
            if v > 0o377 {
                let text = "\\" + String(String.UnicodeScalarView(digits))
                throw source.error("octal escape value \(text) outside of range 0-0o377", text.unicodeScalars.count)
            }
            return .literal(v)
        }
        if isDigit(c) || isASCIILetter(c) {
            throw source.error("bad escape \(escape.text)", 2)
        }
        return .literal(c.value)
    }

    static func escape(_ source: inout PyRegexTokenizer, _ escape: PyRegexToken, _ state: PyRegexParseState) throws(PyRegexError) -> PyRegexNode {
        let c = escape.second!
        switch c {
        case "A": return .at(.beginningString)
        case "b": return .at(.boundary)
        case "B": return .at(.nonBoundary)
        case "Z": return .at(.endString)
        default: break
        }
        if let cat = categoryEscape(c) { return .set(negate: false, items: [.category(cat)]) }
        if let v = simpleEscapes[c] { return .literal(v) }
        if let v = try unicodeEscape(&source, escape) { return .literal(v) }
        if c == "0" {
            let more = try source.getWhile(2, isOctal)
            var v: UInt32 = 0
            for d in more { v = v * 8 + (d.value - 0x30) }
            return .literal(v)
        }
        if isDigit(c) {
            var digits = [c]
            if let n = source.next, !n.isEscape, isDigit(n.first) {
                digits.append(n.first)
                try source.advance()
                if isOctal(digits[0]) && isOctal(digits[1]), let n2 = source.next, !n2.isEscape, isOctal(n2.first) {
                    digits.append(n2.first)
                    try source.advance()
                    var v: UInt32 = 0
                    for d in digits { v = v * 8 + (d.value - 0x30) }
                    if v > 0o377 {
                        let text = "\\" + String(String.UnicodeScalarView(digits))
                        throw source.error("octal escape value \(text) outside of range 0-0o377", text.unicodeScalars.count)
                    }
                    return .literal(v)
                }
            }
            var group = 0
            for d in digits { group = group * 10 + Int(d.value - 0x30) }
            if group < state.groups {
                if !state.checkGroup(group) { throw source.error("cannot refer to an open group", digits.count + 1) }
                try state.checkLookbehindGroup(group, source)
                return .groupRef(group)
            }
            throw source.error("invalid group reference \(group)", digits.count)
        }
        if isASCIILetter(c) { throw source.error("bad escape \(escape.text)", 2) }
        return .literal(c.value)
    }
}
