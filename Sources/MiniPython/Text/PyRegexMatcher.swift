// The backtracking matcher: sre's semantics (leftmost-first alternation, greedy and lazy
// repeats with zero-width protection, captures restored on backtracking) on a heap stack,
// so deep matches never grow the host's call stack.

/// Thrown when the embedder's budget callback asks the matcher to stop.
package struct PyRegexInterrupted: Error, Equatable, Sendable {}

struct PyRegexMatcher {
    private struct Entry {
        var kind: Kind
        var a: Int
        var b: Int
        var c: Int

        enum Kind: UInt8 {
            case choice, slot, lastIndex, repCount, repLast, repeatOneGreedy, repeatOneLazy, lazyMore
        }
    }

    let program: PyRegexProgram
    let text: [UInt32]
    /// The search's window: `end` is endpos; `^` and lookbehind see back to index 0.
    let end: Int
    var slots: [Int]
    var lastIndex = -1
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
        self.slots = Array(repeating: -1, count: groups * 2)
        self.repCount = Array(repeating: -1, count: program.repeatCount)
        self.repLast = Array(repeating: -1, count: program.repeatCount)
        self.budget = budget
    }

    mutating func reset() {
        for i in slots.indices { slots[i] = -1 }
        lastIndex = -1
        stack.removeAll(keepingCapacity: true)
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

    @inline(__always)
    private mutating func setSlot(_ slot: Int, _ value: Int) {
        stack.append(Entry(kind: .slot, a: slot, b: slots[slot], c: 0))
        slots[slot] = value
        if slot & 1 == 1 {
            stack.append(Entry(kind: .lastIndex, a: lastIndex, b: 0, c: 0))
            lastIndex = slot / 2
        }
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

    private func groupSpan(_ g: Int) -> (Int, Int)? {
        let s = slots[2 * g]
        let e = slots[2 * g + 1]
        if s < 0 || e < 0 || e < s { return nil }
        return (s, e)
    }

    /// Removes the choice points above `base`, keeping the undo records (an atomic success).
    private mutating func cut(_ base: Int) {
        var w = base
        for r in base..<stack.count {
            switch stack[r].kind {
            case .slot, .lastIndex, .repCount, .repLast:
                stack[w] = stack[r]
                w += 1
            default:
                break
            }
        }
        stack.removeSubrange(w...)
    }

    /// Undoes everything above `base`.
    private mutating func unwind(_ base: Int) {
        while stack.count > base { undo(stack.removeLast()) }
    }

    @inline(__always)
    private mutating func undo(_ e: Entry) {
        switch e.kind {
        case .slot: slots[e.a] = e.b
        case .lastIndex: lastIndex = e.a
        case .repCount: repCount[e.a] = e.b
        case .repLast: repLast[e.a] = e.b
        default: break
        }
    }

    /// Pops to the next alternative above `base`: its (pc, pos), or nil when none is left.
    private mutating func backtrack(_ base: Int) -> (Int, Int)? {
        while stack.count > base {
            let e = stack.removeLast()
            switch e.kind {
            case .slot, .lastIndex, .repCount, .repLast:
                undo(e)
            case .choice:
                return (e.a, e.b)
            case .repeatOneGreedy:
                guard case .repeatOne(_, let mn, _, _) = program.code[e.a] else { continue }
                let count = e.c - 1
                if count < mn { continue }
                if count > mn { stack.append(Entry(kind: .repeatOneGreedy, a: e.a, b: e.b, c: count)) }
                return (e.a + 1, e.b + count)
            case .repeatOneLazy:
                guard case .repeatOne(let u, _, let mx, _) = program.code[e.a] else { continue }
                let pos = e.b + e.c
                if e.c >= mx || pos >= end || !unitMatches(program.units[u], text[pos]) { continue }
                stack.append(Entry(kind: .repeatOneLazy, a: e.a, b: e.b, c: e.c + 1))
                return (e.a + 1, pos + 1)
            case .lazyMore:
                guard case .repeatUntil(let id, _, let mx, _, let body, _) = program.code[e.a] else { continue }
                let count = e.c
                if (count >= mx && mx != PyRegexLimits.maxRepeat) || e.b == repLast[id] { continue }
                setRepCount(id, count)
                setRepLast(id, e.b)
                return (body, e.b)
            }
        }
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
                setSlot(slot, pos)
                pc += 1
            case .split(let first, let second):
                stack.append(Entry(kind: .choice, a: second, b: pos, c: 0))
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
                        if count > mn { stack.append(Entry(kind: .repeatOneGreedy, a: pc, b: pos, c: count)) }
                        pos += count
                        pc += 1
                    }
                } else {
                    var count = 0
                    while count < mn && pos + count < end && unitMatches(unit, text[pos + count]) { count += 1 }
                    if count < mn {
                        ok = false
                    } else {
                        stack.append(Entry(kind: .repeatOneLazy, a: pc, b: pos, c: count))
                        pos += count
                        pc += 1
                    }
                }
            case .repeatInit(let id):
                setRepCount(id, -1)
                setRepLast(id, -1)
                pc += 1
            case .repeatUntil(let id, let mn, let mx, let greedy, let body, let exit):
                let count = repCount[id] + 1
                if count < mn {
                    setRepCount(id, count)
                    pc = body
                } else if greedy {
                    if (count < mx || mx == PyRegexLimits.maxRepeat) && pos != repLast[id] {
                        stack.append(Entry(kind: .choice, a: exit, b: pos, c: 0))
                        setRepCount(id, count)
                        setRepLast(id, pos)
                        pc = body
                    } else {
                        pc = exit
                    }
                } else {
                    stack.append(Entry(kind: .lazyMore, a: pc, b: pos, c: count))
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
                    if matched { unwind(subBase); ok = false } else { pc = next }
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
