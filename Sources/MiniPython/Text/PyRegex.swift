// `re` for the interpreter: a compiled pattern (`re.compile`), matching at pos/endpos in
// match/search/fullmatch modes, the match iteration that findall/finditer/sub/split share
// (with 3.7+'s empty-match rule), `re.sub` templates and `re.escape`.

/// One match: spans of group 0...groups (code point offsets), -1 for a group that did not take part.
package struct PyRegexMatch: Equatable, Sendable {
    /// `2 * (groups + 1)` offsets: start and end of each group.
    package var slots: [Int]
    /// `m.lastindex`
    package var lastIndex: Int?

    package var start: Int { slots[0] }
    package var end: Int { slots[1] }

    /// `m.span(g)`, nil when the group did not match (Python gives (-1, -1)).
    package func span(_ group: Int) -> (start: Int, end: Int)? {
        let s = slots[2 * group]
        let e = slots[2 * group + 1]
        return s < 0 || e < 0 ? nil : (s, e)
    }
}

package final class PyRegex: Sendable {
    package enum Mode: Sendable {
        /// `re.match`: anchored at pos.
        case match
        /// `re.search`: the leftmost match from pos.
        case search
        /// `re.fullmatch`: anchored at pos and ending at endpos.
        case fullMatch
    }

    /// `Pattern.pattern`
    package let pattern: String
    /// `Pattern.flags`: the flags given, inline flags and `re.UNICODE` unless `re.ASCII`.
    package let flags: PyRegexFlags
    /// `Pattern.groups`: the number of capturing groups.
    package let groups: Int
    /// `Pattern.groupindex`, in definition order.
    package let groupIndex: [(name: String, index: Int)]
    let program: PyRegexProgram

    /// `re.compile(pattern, flags)`.
    /// - Throws: `PyRegexError` with CPython's message (`re.error`, or OverflowError/ValueError).
    package init(_ pattern: String, flags: PyRegexFlags = []) throws(PyRegexError) {
        self.pattern = pattern
        let parsed = try PyRegexParser.parse(Array(pattern.unicodeScalars), flags: flags)
        self.flags = parsed.flags
        self.groups = parsed.groups - 1
        self.groupIndex = parsed.groupNames.map { (name: $0.0, index: $0.1) }
        self.program = try PyRegexProgram.compile(parsed)
    }

    /// The subject of a match as code points: Python's str indexing counts these.
    package static func codePoints(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    /// One match attempt. `budget` is called every 1024 steps; returning false stops the match
    /// with `PyRegexInterrupted` (a catastrophic pattern cannot hang the embedder).
    package func execute(
        _ text: [UInt32], mode: Mode, pos: Int = 0, endpos: Int? = nil, mustAdvance: Bool = false,
        budget: (() -> Bool)? = nil
    ) throws(PyRegexInterrupted) -> PyRegexMatch? {
        let start = min(max(pos, 0), text.count)
        let stop = min(max(endpos ?? text.count, 0), text.count)
        if start > stop { return nil }
        var m = PyRegexMatcher(program: program, text: text, end: stop, groups: groups + 1, budget: budget)
        m.matchAll = mode == .fullMatch
        m.mustAdvance = mustAdvance
        m.searchStart = start
        if mode != .search {
            guard let e = try m.run(0, start, top: true) else { return nil }
            return result(&m, start, e)
        }
        var first: UInt32?
        if case .char(let c) = program.code[0] { first = c }
        var at = start
        while at <= stop {
            if let first {
                while at < stop && text[at] != first { at += 1 }
                if at >= stop { return nil }
            }
            m.reset()
            if let e = try m.run(0, at, top: true) { return result(&m, at, e) }
            at += 1
        }
        return nil
    }

    private func result(_ m: inout PyRegexMatcher, _ start: Int, _ end: Int) -> PyRegexMatch {
        var slots = m.slots()
        slots[0] = start
        slots[1] = end
        return PyRegexMatch(slots: slots, lastIndex: m.lastIndex >= 1 ? m.lastIndex : nil)
    }

    /// The successive matches that `findall`, `finditer`, `sub` and `split` use: after an empty
    /// match the next one may not be empty at the same place (Python 3.7+). `limit` 0 is unlimited.
    package func matches(
        _ text: [UInt32], pos: Int = 0, endpos: Int? = nil, limit: Int = 0, budget: (() -> Bool)? = nil
    ) throws(PyRegexInterrupted) -> [PyRegexMatch] {
        var out: [PyRegexMatch] = []
        let stop = min(max(endpos ?? text.count, 0), text.count)
        var at = min(max(pos, 0), text.count)
        var mustAdvance = false
        while limit == 0 || out.count < limit {
            if at > stop { break }
            guard let m = try execute(text, mode: .search, pos: at, endpos: stop, mustAdvance: mustAdvance, budget: budget) else { break }
            out.append(m)
            mustAdvance = m.end == m.start
            at = m.end
        }
        return out
    }

    /// The text of group `g` of `m`, or nil when it did not match.
    package static func group(_ m: PyRegexMatch, _ g: Int, in text: [UInt32]) -> String? {
        guard let (s, e) = m.span(g) else { return nil }
        return string(text[s..<e])
    }

    package static func string(_ cps: ArraySlice<UInt32>) -> String {
        var v = String.UnicodeScalarView()
        for c in cps { v.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        return String(v)
    }

    /// `re.escape(s)`.
    package static func escape(_ s: String) -> String {
        let special = Set("()[]{}?*+-|^$\\.&~# \t\n\r\u{0B}\u{0C}".unicodeScalars)
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if special.contains(c) { out.append("\\") }
            out.append(c)
        }
        return String(out)
    }
}

/// A parsed `re.sub` replacement (`\1`, `\g<1>`, `\g<name>`, `\n` and the other escapes).
package struct PyRegexTemplate: Sendable {
    package enum Piece: Equatable, Sendable {
        case literal(String)
        case group(Int)
    }

    package let pieces: [Piece]

    /// `re._parser.parse_template(repl, pattern)`.
    /// - Throws: `re.error` (`bad escape \q at position 0`, `invalid group reference 3 at position 1`),
    ///   IndexError `unknown group name 'x'`.
    package init(_ repl: String, for regex: PyRegex) throws(PyRegexError) {
        var s = try PyRegexTokenizer(Array(repl.unicodeScalars))
        var result: [Piece] = []
        var literal = String.UnicodeScalarView()
        func addGroup(_ index: Int, _ pos: Int, _ s: PyRegexTokenizer) throws(PyRegexError) {
            if index > regex.groups { throw s.error("invalid group reference \(index)", pos) }
            if !literal.isEmpty { result.append(.literal(String(literal))) }
            literal = String.UnicodeScalarView()
            result.append(.group(index))
        }
        while let this = try s.get() {
            guard let c = this.second else {
                literal.append(this.first)
                continue
            }
            if c == "g" {
                if !(try s.match("<")) { throw s.error("missing <") }
                let name = try s.getUntil(">", "group name")
                let index: Int
                if !name.isEmpty && name.unicodeScalars.allSatisfy({ PyRegexParser.isDigit($0) }) {
                    guard let v = Int(name), v < PyRegexLimits.maxGroups else {
                        throw s.error("invalid group reference \(name)", name.unicodeScalars.count + 1)
                    }
                    index = v
                } else {
                    try s.checkGroupName(name, 1)
                    guard let v = regex.groupIndex.first(where: { $0.name == name })?.index else {
                        throw PyRegexError(.indexError, "unknown group name \(PyStrRepr.repr(name))")
                    }
                    index = v
                }
                try addGroup(index, name.unicodeScalars.count + 1, s)
            } else if c == "0" {
                var digits: [UInt32] = []
                if let n = s.next, !n.isEscape, PyRegexParser.isOctal(n.first) {
                    digits.append(n.first.value - 0x30)
                    try s.advance()
                    if let n2 = s.next, !n2.isEscape, PyRegexParser.isOctal(n2.first) {
                        digits.append(n2.first.value - 0x30)
                        try s.advance()
                    }
                }
                var v: UInt32 = 0
                for d in digits { v = v * 8 + d }
                literal.append(Unicode.Scalar(v & 0xFF)!)
            } else if PyRegexParser.isDigit(c) {
                var text = [c]
                var isOctal = false
                if let n = s.next, !n.isEscape, PyRegexParser.isDigit(n.first) {
                    text.append(n.first)
                    try s.advance()
                    if PyRegexParser.isOctal(c) && PyRegexParser.isOctal(text[1]), let n2 = s.next, !n2.isEscape,
                       PyRegexParser.isOctal(n2.first) {
                        text.append(n2.first)
                        try s.advance()
                        isOctal = true
                        var v: UInt32 = 0
                        for d in text { v = v * 8 + (d.value - 0x30) }
                        if v > 0o377 {
                            let t = "\\" + String(String.UnicodeScalarView(text))
                            throw s.error("octal escape value \(t) outside of range 0-0o377", t.unicodeScalars.count)
                        }
                        literal.append(Unicode.Scalar(v)!)
                    }
                }
                if !isOctal {
                    var g = 0
                    for d in text { g = g * 10 + Int(d.value - 0x30) }
                    try addGroup(g, text.count, s)
                }
            } else if let v = PyRegexParser.simpleEscapes[c] {
                literal.append(Unicode.Scalar(v)!)
            } else {
                if PyRegexParser.isASCIILetter(c) { throw s.error("bad escape \(this.text)", 2) }
                literal.append(this.first)
                literal.append(c)
            }
        }
        if !literal.isEmpty { result.append(.literal(String(literal))) }
        pieces = result
    }

    /// The replacement for one match; groups that did not match give "".
    package func expand(_ m: PyRegexMatch, in text: [UInt32]) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let s): out += s
            case .group(let g): out += PyRegex.group(m, g, in: text) ?? ""
            }
        }
        return out
    }
}
