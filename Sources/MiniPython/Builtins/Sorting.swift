// `sorted()` and `list.sort()`: a stable sort of the items by their keys, as Python's.
//
// The keys are not moved while sorting: a permutation of item indices is sorted instead, so no `Value` is
// copied (retained and released) per comparison. When every key is an int, bool, str or float (not NaN), or every
// key is a tuple of one length whose positions each hold one such kind, each key is first encoded as fixed-width
// words whose unsigned order is Python's order (a str by its first 8 UTF-8 bytes, the full strings compared only
// on a tie), and the comparisons read only those words. Any other keys are compared with `lessThan`, through the
// shortcut `sortOrder` for the common pairs. Either way the result is the one Python's comparisons give: a
// stable sort of a total preorder has one result, whatever the algorithm.

extension Runtime {
    package func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws {
        let keys: [Value]
        if let key = key.flatMap({ $0.isNone ? nil : $0 }) {
            keys = try items.map { try call(key, [$0]) }  // even for a single item, as Python does
        } else {
            keys = items
        }
        if items.count < 2 { return }
        var order = Array(0..<items.count)
        if let encoded = SortKeyWords(keys) {
            encoded.sort(&order, reverse: reverse)
        } else if reverse {
            try keys.withUnsafeBufferPointer { k in
                try order.sort { a, b in try Self.sortOrder(k[b], k[a]).map { $0 < 0 } ?? lessThan(k[b], k[a]) }
            }
        } else {
            try keys.withUnsafeBufferPointer { k in
                try order.sort { a, b in try Self.sortOrder(k[a], k[b]).map { $0 < 0 } ?? lessThan(k[a], k[b]) }
            }
        }
        items = order.map { items[$0] }
    }

    /// Python's order of two values when both are ints, strs, floats (not NaN) or tuples of those, as -1, 0 or 1
    /// (a tuple compares its first unequal items, then its length); nil for any other pair.
    static func sortOrder(_ a: Value, _ b: Value) -> Int? {
        switch a {
        case .int(let x):
            guard case .int(let y) = b else { return nil }
            return x < y ? -1 : x == y ? 0 : 1
        case .str(let x):
            guard case .str(let y) = b else { return nil }
            return x.compare(y)
        case .float(let x):
            guard case .float(let y) = b else { return nil }
            return x < y ? -1 : x > y ? 1 : x == y ? 0 : nil
        case .object(let o):
            guard let x = o as? PyTuple, case .object(let p) = b, let y = p as? PyTuple else { return nil }
            let n = min(x.items.count, y.items.count)
            var i = 0
            while i < n {
                guard let order = sortOrder(x.items[i], y.items[i]) else { return nil }
                if order != 0 { return order }
                i += 1
            }
            return x.items.count < y.items.count ? -1 : x.items.count == y.items.count ? 0 : 1
        default:
            return nil
        }
    }
}

/// Sort keys encoded as `width` words each (one per tuple position, or one for a plain key), whose unsigned order
/// is Python's order of the values at that position: ints and bools with the sign bit flipped, floats by their
/// bits made monotonic (with -0.0 as 0.0), strs by their first 8 UTF-8 bytes big-endian, zero-padded (equal
/// prefixes need the strings themselves, kept in `strs`).
private struct SortKeyWords {
    private enum Kind { case number, float, str }
    let width: Int
    private var words: [UInt64]
    private var strs: [PyStr?]
    private var isStr: [Bool]

    init?(_ keys: [Value]) {
        guard let first = keys.first else { return nil }
        let tupleKeys: Bool
        if case .object(let o) = first, let t = o as? PyTuple {
            tupleKeys = true
            width = t.items.count
        } else {
            tupleKeys = false
            width = 1
        }
        guard width > 0 else { return nil }
        var kinds = [Kind?](repeating: nil, count: width)
        words = []
        words.reserveCapacity(keys.count * width)
        strs = []
        var anyStr = false
        func encode(_ v: Value, _ column: Int, _ kinds: inout [Kind?]) -> UInt64? {
            let kind: Kind, word: UInt64
            switch v {
            case .int(let x): kind = .number; word = UInt64(bitPattern: Int64(x)) ^ (1 << 63)
            case .bool(let b): kind = .number; word = (b ? 1 : 0) ^ (1 << 63)
            case .float(let d):
                if d.isNaN { return nil }
                kind = .float
                let bits = (d == 0 ? 0.0 : d).bitPattern
                word = bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
            case .str(let s):
                kind = .str
                var w: UInt64 = 0
                s.withUTF8 { b in
                    let n = min(b.count, 8)
                    for i in 0..<n { w |= UInt64(b[i]) << (56 - 8 * UInt64(i)) }
                }
                word = w
            default: return nil
            }
            if let known = kinds[column] {
                if known != kind { return nil }
            } else {
                kinds[column] = kind
            }
            return word
        }
        for key in keys {
            if tupleKeys {
                guard case .object(let o) = key, let t = o as? PyTuple, t.items.count == width else { return nil }
                for (column, item) in t.items.enumerated() {
                    guard let w = encode(item, column, &kinds) else { return nil }
                    words.append(w)
                    if case .str(let s) = item { strs.append(s); anyStr = true } else { strs.append(nil) }
                }
            } else {
                guard let w = encode(key, 0, &kinds) else { return nil }
                words.append(w)
                if case .str(let s) = key { strs.append(s); anyStr = true } else { strs.append(nil) }
            }
        }
        isStr = kinds.map { $0 == .str }
        if !anyStr { strs = [] }
    }

    /// Sorts `order` (indices into the keys), stably, by the keys.
    func sort(_ order: inout [Int], reverse: Bool) {
        let width = self.width
        words.withUnsafeBufferPointer { w in
            strs.withUnsafeBufferPointer { s in
                isStr.withUnsafeBufferPointer { str in
                    @inline(__always) func less(_ a: Int, _ b: Int) -> Bool {
                        var x = a &* width, y = b &* width
                        for column in 0..<width {
                            let p = w[x], q = w[y]
                            if p != q { return p < q }
                            if str[column] {
                                let c = s[x]!.compare(s[y]!)
                                if c != 0 { return c < 0 }
                            }
                            x &+= 1
                            y &+= 1
                        }
                        return false
                    }
                    if reverse { order.sort { less($1, $0) } } else { order.sort { less($0, $1) } }
                }
            }
        }
    }
}
