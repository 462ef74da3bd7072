// _parse_sub, _parse and _parse_flags of Lib/re/_parser.py.

extension PyRegexParser {
    static func parseSub(
        _ source: inout PyRegexTokenizer, _ state: PyRegexParseState, verbose: Bool, nested: Int
    ) throws(PyRegexError) -> [PyRegexNode] {
        var items: [[PyRegexNode]] = []
        var verbose = verbose
        while true {
            items.append(try parseSequence(&source, state, verbose: verbose, nested: nested + 1, first: nested == 0 && items.isEmpty))
            if !(try source.match("|")) { break }
            if nested == 0 { verbose = state.flags.contains(.verbose) }
        }
        if items.count == 1 { return items[0] }
        return [.branch(items)]
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func parseSequence(
        _ source: inout PyRegexTokenizer, _ state: PyRegexParseState, verbose: Bool, nested: Int, first: Bool
    ) throws(PyRegexError) -> [PyRegexNode] {
        var sub: [PyRegexNode] = []
        var verbose = verbose
        while true {
            guard let this = source.next else { break }
            if this.isOne("|") || this.isOne(")") { break }
            try source.advance()
            if verbose {
                if !this.isEscape && isPatternSpace(this.first) { continue }
                if this.isOne("#") {
                    while true {
                        let t = try source.get()
                        if t == nil || t!.isOne("\n") { break }
                    }
                    continue
                }
            }
            if this.isEscape {
                sub.append(try escape(&source, this, state))
                continue
            }
            let ch = this.first
            switch ch {
            case "[":
                sub.append(try parseSet(&source, start: source.tell - 1))
            case "*", "+", "?", "{":
                let here = source.tell
                var minCount = 0
                var maxCount = PyRegexLimits.maxRepeat
                if ch == "?" {
                    maxCount = 1
                } else if ch == "+" {
                    minCount = 1
                } else if ch == "{" {
                    if let n = source.next, n.isOne("}") {
                        sub.append(.literal(ch.value))
                        continue
                    }
                    var lo = ""
                    var hi = ""
                    while let n = source.next, !n.isEscape, isDigit(n.first) {
                        lo.unicodeScalars.append(n.first)
                        try source.advance()
                    }
                    if try source.match(",") {
                        while let n = source.next, !n.isEscape, isDigit(n.first) {
                            hi.unicodeScalars.append(n.first)
                            try source.advance()
                        }
                    } else {
                        hi = lo
                    }
                    if !(try source.match("}")) {
                        sub.append(.literal(ch.value))
                        try source.seek(here)
                        continue
                    }
                    if !lo.isEmpty {
                        guard let v = Int(lo), v < PyRegexLimits.maxRepeat else {
                            throw PyRegexError(.overflowError, "the repetition number is too large")
                        }
                        minCount = v
                    }
                    if !hi.isEmpty {
                        guard let v = Int(hi), v < PyRegexLimits.maxRepeat else {
                            throw PyRegexError(.overflowError, "the repetition number is too large")
                        }
                        maxCount = v
                        if maxCount < minCount {
                            throw source.error("min repeat greater than max repeat", source.tell - here)
                        }
                    }
                }
                guard var item = sub.last else {
                    throw source.error("nothing to repeat", source.tell - here + 1)
                }
                if case .at = item { throw source.error("nothing to repeat", source.tell - here + 1) }
                if case .repeatNode = item { throw source.error("multiple repeat", source.tell - here + 1) }
                var body = [item]
                if case .subpattern(nil, let add, let del, let p) = item, add.isEmpty, del.isEmpty {
                    body = p
                }
                let kind: PyRegexRepeatKind
                if try source.match("?") {
                    kind = .lazy
                } else if try source.match("+") {
                    kind = .possessive
                } else {
                    kind = .greedy
                }
                item = .repeatNode(min: minCount, max: maxCount, kind: kind, body: body)
                sub[sub.count - 1] = item
            case ".":
                sub.append(.any)
            case "(":
                if let node = try parseGroup(&source, state, verbose: &verbose, nested: nested, first: first, sub: sub) {
                    sub.append(node)
                }
            case "^":
                sub.append(.at(.beginning))
            case "$":
                sub.append(.at(.end))
            default:
                sub.append(.literal(ch.value))
            }
        }
        // unpack non-capturing groups
        var out: [PyRegexNode] = []
        out.reserveCapacity(sub.count)
        for node in sub {
            if case .subpattern(nil, let add, let del, let p) = node, add.isEmpty, del.isEmpty {
                out.append(contentsOf: p)
            } else {
                out.append(node)
            }
        }
        return out
    }

    static func parseSet(_ source: inout PyRegexTokenizer, start here: Int) throws(PyRegexError) -> PyRegexNode {
        var set: [PyRegexSetItem] = []
        let negate = try source.match("^")
        while true {
            guard let this = try source.get() else {
                throw source.error("unterminated character set", source.tell - here)
            }
            if this.isOne("]") && !set.isEmpty { break }
            let code1: ClassCode = this.isEscape ? try classEscape(&source, this) : .literal(this.first.value)
            if try source.match("-") {
                guard let that = try source.get() else {
                    throw source.error("unterminated character set", source.tell - here)
                }
                if that.isOne("]") {
                    set.append(setItem(code1))
                    set.append(.literal(0x2D))
                    break
                }
                let code2: ClassCode = that.isEscape ? try classEscape(&source, that) : .literal(that.first.value)
                guard case .literal(let lo) = code1, case .literal(let hi) = code2, hi >= lo else {
                    let msg = "bad character range \(this.text)-\(that.text)"
                    throw source.error(msg, this.count + 1 + that.count)
                }
                set.append(.range(lo, hi))
            } else {
                set.append(setItem(code1))
            }
        }
        var unique: [PyRegexSetItem] = []
        for item in set where !unique.contains(item) { unique.append(item) }
        if unique.count == 1, case .literal(let v) = unique[0] {
            return negate ? .notLiteral(v) : .literal(v)
        }
        return .set(negate: negate, items: unique)
    }

    private static func setItem(_ code: ClassCode) -> PyRegexSetItem {
        switch code {
        case .literal(let v): return .literal(v)
        case .category(let c): return .category(c)
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func parseGroup(
        _ source: inout PyRegexTokenizer, _ state: PyRegexParseState, verbose: inout Bool, nested: Int, first: Bool,
        sub: [PyRegexNode]
    ) throws(PyRegexError) -> PyRegexNode? {
        let start = source.tell - 1
        var capture = true
        var atomic = false
        var name: String?
        var addFlags: PyRegexFlags = []
        var delFlags: PyRegexFlags = []
        if try source.match("?") {
            guard let tok = try source.get() else { throw source.error("unexpected end of pattern") }
            let char = tok.isEscape ? Unicode.Scalar(0)! : tok.first
            if tok.isOne("P") {
                if try source.match("<") {
                    let n = try source.getUntil(">", "group name")
                    try source.checkGroupName(n, 1)
                    name = n
                } else if try source.match("=") {
                    let n = try source.getUntil(")", "group name")
                    try source.checkGroupName(n, 1)
                    guard let gid = state.groupNames.first(where: { $0.0 == n })?.1 else {
                        throw source.error("unknown group name \(PyStrRepr.repr(n))", n.unicodeScalars.count + 1)
                    }
                    if !state.checkGroup(gid) {
                        throw source.error("cannot refer to an open group", n.unicodeScalars.count + 1)
                    }
                    try state.checkLookbehindGroup(gid, source)
                    return .groupRef(gid)
                } else {
                    guard let c = try source.get() else { throw source.error("unexpected end of pattern") }
                    throw source.error("unknown extension ?P" + c.text, c.count + 2)
                }
            } else if tok.isOne(":") {
                capture = false
            } else if tok.isOne("#") {
                while true {
                    if source.next == nil {
                        throw source.error("missing ), unterminated comment", source.tell - start)
                    }
                    if let t = try source.get(), t.isOne(")") { break }
                }
                return nil
            } else if tok.isOne("=") || tok.isOne("!") || tok.isOne("<") {
                var dirBehind = false
                var kindChar = char
                var savedLookbehind: Int?
                if char == "<" {
                    guard let t = try source.get() else { throw source.error("unexpected end of pattern") }
                    if !(t.isOne("=") || t.isOne("!")) {
                        throw source.error("unknown extension ?<" + t.text, t.count + 2)
                    }
                    kindChar = t.first
                    dirBehind = true
                    savedLookbehind = state.lookbehindGroups
                    if savedLookbehind == nil { state.lookbehindGroups = state.groups }
                }
                let p = try parseSub(&source, state, verbose: verbose, nested: nested + 1)
                if dirBehind && savedLookbehind == nil { state.lookbehindGroups = nil }
                if !(try source.match(")")) {
                    throw source.error("missing ), unterminated subpattern", source.tell - start)
                }
                return .assertion(behind: dirBehind, negate: kindChar == "!", body: p)
            } else if tok.isOne("(") {
                let condName = try source.getUntil(")", "group name")
                let condGroup: Int
                if !condName.isEmpty && condName.unicodeScalars.allSatisfy({ isDigit($0) }) {
                    guard let g = Int(condName), g < PyRegexLimits.maxGroups else {
                        throw source.error("invalid group reference \(condName)", condName.unicodeScalars.count + 1)
                    }
                    if g == 0 { throw source.error("bad group number", condName.unicodeScalars.count + 1) }
                    condGroup = g
                    if !state.groupRefPos.contains(where: { $0.0 == g }) {
                        state.groupRefPos.append((g, source.tell - condName.unicodeScalars.count - 1))
                    }
                } else {
                    try source.checkGroupName(condName, 1)
                    guard let g = state.groupNames.first(where: { $0.0 == condName })?.1 else {
                        throw source.error("unknown group name \(PyStrRepr.repr(condName))", condName.unicodeScalars.count + 1)
                    }
                    condGroup = g
                }
                try state.checkLookbehindGroup(condGroup, source)
                let yes = try parseSequence(&source, state, verbose: verbose, nested: nested + 1, first: false)
                var no: [PyRegexNode]?
                if try source.match("|") {
                    no = try parseSequence(&source, state, verbose: verbose, nested: nested + 1, first: false)
                    if let n = source.next, n.isOne("|") {
                        throw source.error("conditional backref with more than two branches")
                    }
                }
                if !(try source.match(")")) {
                    throw source.error("missing ), unterminated subpattern", source.tell - start)
                }
                return .groupRefExists(group: condGroup, yes: yes, no: no)
            } else if tok.isOne(">") {
                capture = false
                atomic = true
            } else if !tok.isEscape && (flagLetters[char] != nil || char == "-") {
                let flags = try parseFlags(&source, state, char)
                guard let (add, del) = flags else {
                    if !first || !sub.isEmpty {
                        throw source.error("global flags not at the start of the expression", source.tell - start)
                    }
                    verbose = state.flags.contains(.verbose)
                    return nil
                }
                addFlags = add
                delFlags = del
                capture = false
            } else {
                throw source.error("unknown extension ?" + tok.text, tok.count + 1)
            }
        }
        var group: Int?
        if capture {
            do {
                group = try state.openGroup(name)
            } catch {
                throw source.error(error.msg, (name?.unicodeScalars.count ?? 0) + 1)
            }
        }
        let subVerbose = (verbose || addFlags.contains(.verbose)) && !delFlags.contains(.verbose)
        let p = try parseSub(&source, state, verbose: subVerbose, nested: nested + 1)
        if !(try source.match(")")) {
            throw source.error("missing ), unterminated subpattern", source.tell - start)
        }
        if let group { state.groupWidths[group] = width(of: p, state.groupWidths) }
        if atomic { return .atomic(p) }
        return .subpattern(index: group, add: addFlags, del: delFlags, body: p)
    }

    /// `_parse_flags`: nil for global flags `(?i)`, else the scoped flags of `(?i-m:...)`.
    static func parseFlags(
        _ source: inout PyRegexTokenizer, _ state: PyRegexParseState, _ initial: Unicode.Scalar
    ) throws(PyRegexError) -> (PyRegexFlags, PyRegexFlags)? {
        var char = initial
        var add: PyRegexFlags = []
        var del: PyRegexFlags = []
        func isAlpha(_ t: PyRegexToken) -> Bool { t.count == 1 && t.first.properties.isAlphabetic }
        if char != "-" {
            while true {
                let flag = flagLetters[char]!
                if char == "L" { throw source.error("bad inline flags: cannot use 'L' flag with a str pattern") }
                add.formUnion(flag)
                if !flag.intersection(typeFlags).isEmpty && add.intersection(typeFlags) != flag {
                    throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                guard let t = try source.get() else { throw source.error("missing -, : or )") }
                if t.isOne(")") || t.isOne("-") || t.isOne(":") { char = t.first; break }
                guard !t.isEscape, flagLetters[t.first] != nil else {
                    throw source.error(isAlpha(t) ? "unknown flag" : "missing -, : or )", t.count)
                }
                char = t.first
            }
        }
        if char == ")" {
            state.flags.formUnion(add)
            return nil
        }
        if !add.intersection(globalFlags).isEmpty {
            throw source.error("bad inline flags: cannot turn on global flag", 1)
        }
        if char == "-" {
            guard let t = try source.get() else { throw source.error("missing flag") }
            guard !t.isEscape, flagLetters[t.first] != nil else {
                throw source.error(isAlpha(t) ? "unknown flag" : "missing flag", t.count)
            }
            char = t.first
            while true {
                let flag = flagLetters[char]!
                if !flag.intersection(typeFlags).isEmpty {
                    throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                }
                del.formUnion(flag)
                guard let t = try source.get() else { throw source.error("missing :") }
                if t.isOne(":") { break }
                guard !t.isEscape, flagLetters[t.first] != nil else {
                    throw source.error(isAlpha(t) ? "unknown flag" : "missing :", t.count)
                }
                char = t.first
            }
        }
        if !del.intersection(globalFlags).isEmpty {
            throw source.error("bad inline flags: cannot turn off global flag", 1)
        }
        if !add.intersection(del).isEmpty {
            throw source.error("bad inline flags: flag turned on and off", 1)
        }
        return (add, del)
    }

    // MARK: widths

    private static func addSat(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? PyRegexLimits.maxWidth : r
    }

    private static func mulSat(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? PyRegexLimits.maxWidth : r
    }

    /// `SubPattern.getwidth()`: the least and most characters the nodes can match.
    static func width(of nodes: [PyRegexNode], _ groupWidths: [(Int, Int)?]) -> (Int, Int) {
        var lo = 0
        var hi = 0
        for node in nodes {
            switch node {
            case .branch(let alts):
                var i = PyRegexLimits.maxWidth
                var j = 0
                for a in alts {
                    let (l, h) = width(of: a, groupWidths)
                    i = min(i, l)
                    j = max(j, h)
                }
                lo = addSat(lo, i)
                hi = addSat(hi, j)
            case .atomic(let p), .subpattern(_, _, _, let p):
                let (i, j) = width(of: p, groupWidths)
                lo = addSat(lo, i)
                hi = addSat(hi, j)
            case .repeatNode(let mn, let mx, _, let body):
                let (i, j) = width(of: body, groupWidths)
                lo = addSat(lo, mulSat(i, mn))
                if mx == PyRegexLimits.maxRepeat && j != 0 {
                    hi = PyRegexLimits.maxWidth
                } else {
                    hi = addSat(hi, mulSat(j, mx))
                }
            case .literal, .notLiteral, .any, .set:
                lo = addSat(lo, 1)
                hi = addSat(hi, 1)
            case .groupRef(let g):
                let (i, j) = groupWidths[g] ?? (0, 0)
                lo = addSat(lo, i)
                hi = addSat(hi, j)
            case .groupRefExists(_, let yes, let no):
                var (i, j) = width(of: yes, groupWidths)
                if let no {
                    let (l, h) = width(of: no, groupWidths)
                    i = min(i, l)
                    j = max(j, h)
                } else {
                    i = 0
                }
                lo = addSat(lo, i)
                hi = addSat(hi, j)
            case .at, .assertion:
                break
            }
        }
        return (lo, hi)
    }
}
