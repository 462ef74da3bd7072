// The backtracking matcher: sre's semantics (leftmost-first alternation, greedy and lazy
// repeats with zero-width protection) on a heap stack, so deep matches never grow the host's
// call stack. Captures follow sre's model exactly: marks plus `lastmark`; going back to a choice
// point always restores `lastmark`/`lastindex`, but restores the marks themselves only when the
// choice was made inside a repeat (sre's `if (state->repeat) MARK_PUSH(...)`), so
// `re.match(r'(?:(a)|b)*+', 'ab').span(1)` is (1, 1) as in CPython.

/// Thrown when the embedder's budget callback asks the matcher to stop.
package struct PyRegexInterrupted: Error, Equatable, Sendable {}

struct PyRegexMatcher {
    private struct Entry {
        var kind: Kind
        var a: Int
        var b: Int
        var c: Int

        /// For choice kinds: whether resuming restores the marks.
        var restoreMarks: Bool

        enum Kind: UInt8 {
            case choice, slot, lastIndex, lastMark, depth, repCount, repLast, repeatOneGreedy, repeatOneLazy, lazyMore
        }

        init(kind: Kind, a: Int, b: Int, c: Int, restoreMarks: Bool = true) {
            self.kind = kind
            self.a = a
            self.b = b
            self.c = c
            self.restoreMarks = restoreMarks
        }

        var isUndo: Bool {
            switch kind {
            case .slot, .lastIndex, .lastMark, .depth, .repCount, .repLast: return true
            default: return false
            }
        }
    }

    let program: PyRegexProgram
    let text: [UInt32]
    /// The search's window: `end` is endpos; `^` and lookbehind see back to index 0.
    let end: Int
    /// sre's marks: group g (from 1) starts at mark 2(g-1) and ends at 2(g-1)+1; -1 is NULL.
    var marks: [Int]
    /// The highest valid mark (sre's `lastmark`).
    var lastMark = -1
    /// `m.lastindex`, -1 for none.
    var lastIndex = -1
    /// How many repeats enclose the current point (sre's `state->repeat != NULL`).
    private var depth = 0
    private var pending: [Entry] = []
    private var repCount: [Int]
    private var repLast: [Int]
    private var stack: [Entry] = []
    var matchAll = false
    var mustAdvance = false
    var searchStart = 0
    private var steps = 0
    let budget: (() -> Bool)?

    init(program: PyRegexProgram, text: [UInt32], end: Int, groups: Int, budget: (() -> Bool)?) {
        self.program = program
        self.text = text
        self.end = end
        self.marks = Array(repeating: -1, count: max(0, groups - 1) * 2)
        self.repCount = Array(repeating: -1, count: program.repeatCount)
        self.repLast = Array(repeating: -1, count: program.repeatCount)
        self.budget = budget
    }

    mutating func reset() {
        for i in marks.indices { marks[i] = -1 }
        lastMark = -1
        lastIndex = -1
        depth = 0
        stack.removeAll(keepingCapacity: true)
    }

    /// The group spans as `PyRegexMatch.slots` (group 0 left for the caller).
    func slots() -> [Int] {
        var out = [-1, -1]
        var j = 0
        while j < marks.count {
            let s = marks[j]
            let e = marks[j + 1]
            if j + 1 <= lastMark && s >= 0 && e >= 0 && s <= e {
                out.append(s)
                out.append(e)
            } else {
                out.append(-1)
                out.append(-1)
            }
            j += 2
        }
        return out
    }

    // MARK: single characters

    @inline(__always)
    private func unitMatches(_ inst: PyRegexInst, _ c: UInt32) -> Bool {
        switch inst {
        case .char(let v): return c == v
        case .charIgnore(let l, let ascii): return ignoreEquals(c, l, ascii)
        case .notChar(let v): return c != v
        case .notCharIgnore(let l, let ascii): return !ignoreEquals(c, l, ascii)
        case .any: return c != 0x0A
        case .anyAll: return true
        case .set(let i): return program.sets[i].contains(c)
        default: return false
        }
    }

    @inline(__always)
    private func ignoreEquals(_ c: UInt32, _ l: UInt32, _ ascii: Bool) -> Bool {
        let lc = PyRegexUnicode.lower(c, ascii: ascii)
        if lc == l { return true }
        if ascii || (l < 0x69 && lc < 0x69) { return false }
        return PyRegexUnicode.extraCases[l]?.contains(lc) ?? false
    }

    private func isWordAt(_ i: Int, _ ascii: Bool) -> Bool {
        PyRegexUnicode.isWord(text[i], ascii: ascii)
    }

    private func anchorHolds(_ a: PyRegexAnchor, _ pos: Int) -> Bool {
        switch a {
        case .beginningString: return pos == 0
        case .beginningLine: return pos == 0 || text[pos - 1] == 0x0A
        case .end: return pos == end || (pos + 1 == end && text[pos] == 0x0A)
        case .endLine: return pos == end || text[pos] == 0x0A
        case .endString: return pos == end
        case .boundary(let ascii):
            if end == 0 { return false }
            let before = pos > 0 && isWordAt(pos - 1, ascii)
            let here = pos < end && isWordAt(pos, ascii)
            return before != here
        case .nonBoundary(let ascii):
            if end == 0 { return false }
            let before = pos > 0 && isWordAt(pos - 1, ascii)
            let here = pos < end && isWordAt(pos, ascii)
            return before == here
        }
    }

    // MARK: state changes recorded for backtracking

    /// sre's MARK: records the position; extending `lastmark` clears the marks it skips.
    @inline(__always)
    private mutating func mark(_ i: Int, _ pos: Int) {
        if i & 1 == 1 {
            stack.append(Entry(kind: .lastIndex, a: lastIndex, b: 0, c: 0))
            lastIndex = i / 2 + 1
        }
        if i > lastMark {
            var j = lastMark + 1
            while j < i {
                stack.append(Entry(kind: .slot, a: j, b: marks[j], c: 0))
                marks[j] = -1
                j += 1
            }
            stack.append(Entry(kind: .lastMark, a: lastMark, b: 0, c: 0))
            lastMark = i
        }
        stack.append(Entry(kind: .slot, a: i, b: marks[i], c: 0))
        marks[i] = pos
    }

    @inline(__always)
    private mutating func setDepth(_ value: Int) {
        stack.append(Entry(kind: .depth, a: depth, b: 0, c: 0))
        depth = value
    }

    @inline(__always)
    private mutating func setRepCount(_ id: Int, _ value: Int) {
        stack.append(Entry(kind: .repCount, a: id, b: repCount[id], c: 0))
        repCount[id] = value
    }

    @inline(__always)
    private mutating func setRepLast(_ id: Int, _ value: Int) {
        stack.append(Entry(kind: .repLast, a: id, b: repLast[id], c: 0))
        repLast[id] = value
    }

    /// A group for GROUPREF and GROUPREF_EXISTS: nil when `2(g-1) >= lastmark` or unset.
    private func groupSpan(_ g: Int) -> (Int, Int)? {
        let j = 2 * (g - 1)
        if j >= lastMark { return nil }
        let s = marks[j]
        let e = marks[j + 1]
        if s < 0 || e < 0 || e < s { return nil }
        return (s, e)
    }

    /// Removes the choice points above `base`, keeping the undo records (an atomic success).
    private mutating func cut(_ base: Int) {
        var w = base
        for r in base..<stack.count where stack[r].isUndo {
            stack[w] = stack[r]
            w += 1
        }
        stack.removeSubrange(w...)
    }

    @inline(__always)
    private mutating func undo(_ e: Entry) {
        switch e.kind {
        case .slot: marks[e.a] = e.b
        case .lastIndex: lastIndex = e.a
        case .lastMark: lastMark = e.a
        case .depth: depth = e.a
        case .repCount: repCount[e.a] = e.b
        case .repLast: repLast[e.a] = e.b
        default: break
        }
    }

    /// Settles the undo records popped since a choice point: everything is undone except marks
    /// when `restoreMarks` is false; those records go back on the stack, so an earlier choice
    /// point that does restore marks still can.
    private mutating func settle(restoreMarks: Bool) {
        if restoreMarks {
            for e in pending { undo(e) }
        } else {
            for e in pending.reversed() { stack.append(e) }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Pops the undo records above `base` (a sub-match that failed or must be undone) and settles them.
    private mutating func restore(_ base: Int, restoreMarks: Bool) {
        while stack.count > base {
            let e = stack.removeLast()
            if e.kind == .slot { pending.append(e) } else { undo(e) }
        }
        settle(restoreMarks: restoreMarks)
    }

    /// Pops to the next alternative above `base`: its (pc, pos), or nil when none is left
    /// (the undo records then stay above `base` for an enclosing choice point).
    private mutating func backtrack(_ base: Int) -> (Int, Int)? {
        while stack.count > base {
            let e = stack.removeLast()
            switch e.kind {
            case .slot:
                pending.append(e)
            case .lastIndex, .lastMark, .depth, .repCount, .repLast:
                undo(e)
            case .choice:
                settle(restoreMarks: e.restoreMarks)
                return (e.a, e.b)
            case .repeatOneGreedy:
                settle(restoreMarks: e.restoreMarks)
                guard case .repeatOne(_, let mn, _, _) = program.code[e.a] else { continue }
                let count = e.c - 1
                if count < mn { continue }
                if count > mn {
                    stack.append(Entry(kind: .repeatOneGreedy, a: e.a, b: e.b, c: count, restoreMarks: e.restoreMarks))
                }
                return (e.a + 1, e.b + count)
            case .repeatOneLazy:
                settle(restoreMarks: e.restoreMarks)
                guard case .repeatOne(let u, _, let mx, _) = program.code[e.a] else { continue }
                let pos = e.b + e.c
                if e.c >= mx || pos >= end || !unitMatches(program.units[u], text[pos]) { continue }
                stack.append(Entry(kind: .repeatOneLazy, a: e.a, b: e.b, c: e.c + 1, restoreMarks: e.restoreMarks))
                return (e.a + 1, pos + 1)
            case .lazyMore:
                settle(restoreMarks: e.restoreMarks)
                guard case .repeatUntil(let id, _, let mx, _, let body, _) = program.code[e.a] else { continue }
                let count = e.c
                if (count >= mx && mx != PyRegexLimits.maxRepeat) || e.b == repLast[id] { continue }
                setRepCount(id, count)
                setRepLast(id, e.b)
                return (body, e.b)
            }
        }
        for e in pending.reversed() { stack.append(e) }
        pending.removeAll(keepingCapacity: true)
        return nil
    }

    // MARK: the machine

    /// Runs from `pc` at `pos` until `.match` (top level) or `.succeed` (a sub-match);
    /// returns the end position, or nil when every alternative failed.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func run(_ startPC: Int, _ startPos: Int, top: Bool) throws(PyRegexInterrupted) -> Int? {
        let base = stack.count
        var pc = startPC
        var pos = startPos
        let code = program.code
        while true {
            steps &+= 1
            if steps & 0x3FF == 0, let budget, !budget() { throw PyRegexInterrupted() }
            var ok = true
            switch code[pc] {
            case .char(let v):
                if pos < end && text[pos] == v { pos += 1; pc += 1 } else { ok = false }
            case .charIgnore, .notChar, .notCharIgnore, .any, .anyAll, .set:
                if pos < end && unitMatches(code[pc], text[pos]) { pos += 1; pc += 1 } else { ok = false }
            case .anchor(let a):
                if anchorHolds(a, pos) { pc += 1 } else { ok = false }
            case .save(let slot):
                mark(slot - 2, pos)
                pc += 1
            case .split(let first, let second):
                stack.append(Entry(kind: .choice, a: second, b: pos, c: 0, restoreMarks: depth > 0))
                pc = first
            case .jump(let target):
                pc = target
            case .repeatOne(let u, let mn, let mx, let greedy):
                let unit = program.units[u]
                if greedy {
                    var count = 0
                    let limit = min(mx, end - pos)
                    while count < limit && unitMatches(unit, text[pos + count]) { count += 1 }
                    if count < mn {
                        ok = false
                    } else {
                        if count > mn {
                            stack.append(Entry(kind: .repeatOneGreedy, a: pc, b: pos, c: count, restoreMarks: depth > 0))
                        }
                        pos += count
                        pc += 1
                    }
                } else {
                    var count = 0
                    while count < mn && pos + count < end && unitMatches(unit, text[pos + count]) { count += 1 }
                    if count < mn {
                        ok = false
                    } else {
                        stack.append(Entry(kind: .repeatOneLazy, a: pc, b: pos, c: count, restoreMarks: depth > 0))
                        pos += count
                        pc += 1
                    }
                }
            case .repeatInit(let id):
                setRepCount(id, -1)
                setRepLast(id, -1)
                setDepth(depth + 1)
                pc += 1
            case .repeatExit:
                setDepth(depth - 1)
                pc += 1
            case .repeatUntil(let id, let mn, let mx, let greedy, let body, let exit):
                let count = repCount[id] + 1
                if count < mn {
                    setRepCount(id, count)
                    pc = body
                } else if greedy {
                    if (count < mx || mx == PyRegexLimits.maxRepeat) && pos != repLast[id] {
                        stack.append(Entry(kind: .choice, a: exit, b: pos, c: 0, restoreMarks: true))
                        setRepCount(id, count)
                        setRepLast(id, pos)
                        pc = body
                    } else {
                        pc = exit
                    }
                } else {
                    stack.append(Entry(kind: .lazyMore, a: pc, b: pos, c: count, restoreMarks: depth > 1))
                    pc = exit
                }
            case .groupRef(let g, let ignore, let ascii):
                if let (s, e) = groupSpan(g) {
                    let n = e - s
                    if pos + n > end {
                        ok = false
                    } else {
                        var i = 0
                        while i < n {
                            let a = text[s + i]
                            let b = text[pos + i]
                            if a != b && !(ignore && PyRegexUnicode.lower(a, ascii: ascii) == PyRegexUnicode.lower(b, ascii: ascii)) {
                                break
                            }
                            i += 1
                        }
                        if i == n { pos += n; pc += 1 } else { ok = false }
                    }
                } else {
                    ok = false
                }
            case .groupExists(let g, let no):
                pc = groupSpan(g) != nil ? pc + 1 : no
            case .assertion(let behind, let negate, let next):
                let subBase = stack.count
                var matched = false
                if behind < 0 || pos >= behind {
                    matched = try run(pc + 1, behind < 0 ? pos : pos - behind, top: false) != nil
                }
                if negate {
                    if matched {
                        cut(subBase)
                        ok = false
                    } else {
                        restore(subBase, restoreMarks: depth > 0)
                        pc = next
                    }
                } else {
                    if matched { cut(subBase); pc = next } else { ok = false }
                }
            case .atomic(let next):
                let subBase = stack.count
                if let e = try run(pc + 1, pos, top: false) {
                    cut(subBase)
                    pos = e
                    pc = next
                } else {
                    ok = false
                }
            case .possessiveRepeat(let mn, let mx, let next):
                var count = 0
                var failed = false
                while count < mn {
                    let subBase = stack.count
                    guard let e = try run(pc + 1, pos, top: false) else { failed = true; break }
                    cut(subBase)
                    pos = e
                    count += 1
                }
                if failed {
                    ok = false
                } else {
                    var previous = -1
                    while (count < mx || mx == PyRegexLimits.maxRepeat) && pos != previous {
                        previous = pos
                        let subBase = stack.count
                        guard let e = try run(pc + 1, pos, top: false) else {
                            restore(subBase, restoreMarks: true)
                            break
                        }
                        cut(subBase)
                        pos = e
                        count += 1
                    }
                    pc = next
                }
            case .succeed:
                if !top { return pos }
                pc += 1
            case .match:
                if top && ((matchAll && pos != end) || (mustAdvance && pos == searchStart)) {
                    ok = false
                } else {
                    return pos
                }
            }
            if !ok {
                guard let (npc, npos) = backtrack(base) else { return nil }
                pc = npc
                pos = npos
            }
        }
    }
}
