// Compiling a parsed pattern into a program for the backtracking matcher (the role of
// Lib/re/_compiler.py): flags are resolved per node, groups become save slots, repeats
// become loops with sre's counters and zero-width protection.

/// A character class with its flags applied.
struct PyRegexCharSet {
    let negate: Bool
    let items: [PyRegexSetItem]
    let ignoreCase: Bool
    let ascii: Bool
    private var bitmap: (UInt64, UInt64) = (0, 0)

    init(negate: Bool, items: [PyRegexSetItem], ignoreCase: Bool, ascii: Bool) {
        self.negate = negate
        self.items = items
        self.ignoreCase = ignoreCase
        self.ascii = ascii
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        for c in 0..<128 where slowContains(UInt32(c)) {
            if c < 64 { lo |= 1 << UInt64(c) } else { hi |= 1 << UInt64(c - 64) }
        }
        bitmap = (lo, hi)
    }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool {
        if c < 64 { return bitmap.0 & (1 << UInt64(c)) != 0 }
        if c < 128 { return bitmap.1 & (1 << UInt64(c - 64)) != 0 }
        return slowContains(c)
    }

    private func rawContains(_ c: UInt32) -> Bool {
        for item in items {
            switch item {
            case .literal(let v): if v == c { return true }
            case .range(let a, let b): if c >= a && c <= b { return true }
            case .category: break
            }
        }
        return false
    }

    func slowContains(_ c: UInt32) -> Bool {
        var hit = false
        for item in items {
            if case .category(let cat) = item, PyRegexUnicode.matches(cat, c, ascii: ascii) {
                hit = true
                break
            }
        }
        if !hit {
            if ignoreCase {
                for x in PyRegexUnicode.caseCandidates(c, ascii: ascii) where rawContains(x) {
                    hit = true
                    break
                }
            } else {
                hit = rawContains(c)
            }
        }
        return hit != negate
    }
}

enum PyRegexAnchor {
    case beginningString, beginningLine, end, endLine, endString, boundary(ascii: Bool), nonBoundary(ascii: Bool)
}

enum PyRegexInst {
    case char(UInt32)
    /// Matches when the lowered character is `lower` or one of its extra cases.
    case charIgnore(lower: UInt32, ascii: Bool)
    case notChar(UInt32)
    case notCharIgnore(lower: UInt32, ascii: Bool)
    case any
    case anyAll
    case set(Int)
    case anchor(PyRegexAnchor)
    case save(Int)
    /// Try `first`; on failure resume at `second`.
    case split(Int, Int)
    case jump(Int)
    /// A repeat of one single-character unit (`units[unit]`), continuing at the next instruction.
    case repeatOne(unit: Int, min: Int, max: Int, greedy: Bool)
    case repeatInit(id: Int)
    /// Leaves a repeat's body for its tail.
    case repeatExit
    case repeatUntil(id: Int, min: Int, max: Int, greedy: Bool, body: Int, exit: Int)
    case groupRef(Int, ignoreCase: Bool, ascii: Bool)
    /// Continue when the group matched, else jump to `no`.
    case groupExists(Int, no: Int)
    /// The body starts at the next instruction and ends with `.succeed`; continue at `next`.
    case assertion(behind: Int, negate: Bool, next: Int)
    case atomic(next: Int)
    /// sre's POSSESSIVE_REPEAT: each iteration of the body (next instruction on, ending with
    /// `.succeed`) is matched atomically, as many as allowed; no backtracking into any of them.
    case possessiveRepeat(min: Int, max: Int, next: Int)
    case succeed
    case match
}

struct PyRegexProgram {
    var code: [PyRegexInst] = []
    var units: [PyRegexInst] = []
    var sets: [PyRegexCharSet] = []
    var repeatCount = 0
    var groupWidths: [(Int, Int)?] = []

    static func compile(_ parsed: PyRegexParser.Parsed) throws(PyRegexError) -> PyRegexProgram {
        var p = PyRegexProgram()
        p.groupWidths = parsed.groupWidths
        try p.emit(parsed.nodes, parsed.flags)
        p.code.append(.match)
        return p
    }

    private static func combine(_ flags: PyRegexFlags, _ add: PyRegexFlags, _ del: PyRegexFlags) -> PyRegexFlags {
        var f = flags
        if !add.intersection(PyRegexParser.typeFlags).isEmpty { f.subtract(PyRegexParser.typeFlags) }
        return f.union(add).subtracting(del)
    }

    /// The unit instruction for a single-character node, or nil.
    private mutating func unit(_ node: PyRegexNode, _ flags: PyRegexFlags) -> PyRegexInst? {
        let ignore = flags.contains(.ignoreCase)
        let ascii = flags.contains(.ascii)
        switch node {
        case .literal(let c):
            if ignore && isCased(c, ascii: ascii) { return .charIgnore(lower: PyRegexUnicode.lower(c, ascii: ascii), ascii: ascii) }
            return .char(c)
        case .notLiteral(let c):
            if ignore && isCased(c, ascii: ascii) { return .notCharIgnore(lower: PyRegexUnicode.lower(c, ascii: ascii), ascii: ascii) }
            return .notChar(c)
        case .any:
            return flags.contains(.dotAll) ? .anyAll : .any
        case .set(let negate, let items):
            sets.append(PyRegexCharSet(negate: negate, items: items, ignoreCase: ignore, ascii: ascii))
            return .set(sets.count - 1)
        case .subpattern(nil, let add, let del, let body) where body.count == 1:
            return unit(body[0], Self.combine(flags, add, del))
        default:
            return nil
        }
    }

    private func isCased(_ c: UInt32, ascii: Bool) -> Bool {
        let l = PyRegexUnicode.lower(c, ascii: ascii)
        return l != c || PyRegexUnicode.upper(c, ascii: ascii) != c || (!ascii && PyRegexUnicode.extraCases[l] != nil)
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private mutating func emit(_ nodes: [PyRegexNode], _ flags: PyRegexFlags) throws(PyRegexError) {
        for node in nodes {
            if let u = unit(node, flags), !isGroupNode(node) {
                code.append(u)
                continue
            }
            switch node {
            case .literal, .notLiteral, .any, .set:
                break  // handled as units
            case .at(let at):
                let m = flags.contains(.multiline)
                let ascii = flags.contains(.ascii)
                switch at {
                case .beginning: code.append(.anchor(m ? .beginningLine : .beginningString))
                case .beginningString: code.append(.anchor(.beginningString))
                case .end: code.append(.anchor(m ? .endLine : .end))
                case .endString: code.append(.anchor(.endString))
                case .boundary: code.append(.anchor(.boundary(ascii: ascii)))
                case .nonBoundary: code.append(.anchor(.nonBoundary(ascii: ascii)))
                }
            case .branch(let alts):
                var jumps: [Int] = []
                for (i, alt) in alts.enumerated() {
                    if i < alts.count - 1 {
                        let split = code.count
                        code.append(.split(0, 0))
                        try emit(alt, flags)
                        jumps.append(code.count)
                        code.append(.jump(0))
                        code[split] = .split(split + 1, code.count)
                    } else {
                        try emit(alt, flags)
                    }
                }
                for j in jumps { code[j] = .jump(code.count) }
            case .subpattern(let index, let add, let del, let body):
                let f = Self.combine(flags, add, del)
                if let index { code.append(.save(2 * index)) }
                try emit(body, f)
                if let index { code.append(.save(2 * index + 1)) }
            case .atomic(let body):
                let at = code.count
                code.append(.atomic(next: 0))
                try emit(body, flags)
                code.append(.succeed)
                code[at] = .atomic(next: code.count)
            case .repeatNode(let mn, let mx, let kind, let body):
                if kind == .possessive && body.count == 1 && unit(body[0], flags) != nil {
                    // POSSESSIVE_REPEAT_ONE: the greedy count, with no way back.
                    let at = code.count
                    code.append(.atomic(next: 0))
                    try emitRepeat(mn, mx, greedy: true, body, flags)
                    code.append(.succeed)
                    code[at] = .atomic(next: code.count)
                } else if kind == .possessive {
                    let at = code.count
                    code.append(.possessiveRepeat(min: mn, max: mx, next: 0))
                    try emit(body, flags)
                    code.append(.succeed)
                    code[at] = .possessiveRepeat(min: mn, max: mx, next: code.count)
                } else {
                    try emitRepeat(mn, mx, greedy: kind == .greedy, body, flags)
                }
            case .groupRef(let g):
                code.append(.groupRef(g, ignoreCase: flags.contains(.ignoreCase), ascii: flags.contains(.ascii)))
            case .groupRefExists(let g, let yes, let no):
                let at = code.count
                code.append(.groupExists(g, no: 0))
                try emit(yes, flags)
                if let no {
                    let j = code.count
                    code.append(.jump(0))
                    code[at] = .groupExists(g, no: code.count)
                    try emit(no, flags)
                    code[j] = .jump(code.count)
                } else {
                    code[at] = .groupExists(g, no: code.count)
                }
            case .assertion(let behind, let negate, let body):
                var back = -1
                if behind {
                    let (lo, hi) = PyRegexParser.width(of: body, groupWidths)
                    if lo > 0xFFFF_FFFF { throw PyRegexError(.reError, "looks too much behind") }
                    if lo != hi { throw PyRegexError(.reError, "look-behind requires fixed-width pattern") }
                    back = lo
                }
                let at = code.count
                code.append(.assertion(behind: back, negate: negate, next: 0))
                try emit(body, flags)
                code.append(.succeed)
                code[at] = .assertion(behind: back, negate: negate, next: code.count)
            }
        }
    }

    private func isGroupNode(_ node: PyRegexNode) -> Bool {
        if case .subpattern = node { return true }
        return false
    }

    private mutating func emitRepeat(_ mn: Int, _ mx: Int, greedy: Bool, _ body: [PyRegexNode], _ flags: PyRegexFlags) throws(PyRegexError) {
        if body.count == 1, let u = unit(body[0], flags) {
            units.append(u)
            code.append(.repeatOne(unit: units.count - 1, min: mn, max: mx, greedy: greedy))
            return
        }
        let id = repeatCount
        repeatCount += 1
        code.append(.repeatInit(id: id))
        let until = code.count
        code.append(.repeatUntil(id: id, min: mn, max: mx, greedy: greedy, body: 0, exit: 0))
        try emit(body, flags)
        code.append(.jump(until))
        code[until] = .repeatUntil(id: id, min: mn, max: mx, greedy: greedy, body: until + 1, exit: code.count)
        code.append(.repeatExit)
    }
}
