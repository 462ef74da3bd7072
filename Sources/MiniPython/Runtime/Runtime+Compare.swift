// Rich comparison, identity and membership.
import BigInt

extension Runtime {
    package func isIdentical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.str(let x), .str(let y)): return x.equals(y)
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }

    /// `a is b or a == b`, as containers compare items.
    @inline(__always) package func sameValue(_ a: Value, _ b: Value) throws -> Bool {
        if isIdentical(a, b) { return true }
        return try equals(a, b)
    }

    package func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.str(let x), .str(let y)): return x.equals(y)
        case (.none, .none): return true
        case (.float(let x), .float(let y)): return x == y
        default: break
        }
        if let x = numeric(a), let y = numeric(b) { return numericCompare(x, y) == 0 }
        switch (a, b) {
        case (.object(let x), .object(let y)):
            if let l = x as? PyList, let r = y as? PyList { return try sequenceEqual(l.items, r.items) }
            if let l = x as? PyTuple, let r = y as? PyTuple { return try sequenceEqual(l.items, r.items) }
            if let l = x as? PyDict, let r = y as? PyDict {
                if let ct = l.customType, let m = ct.lookupUser("__eq__") { return try isTrue(try call(m, [a, b])) }
                if let ct = r.customType, let m = ct.lookupUser("__eq__") { return try isTrue(try call(m, [b, a])) }
                if l.count != r.count { return false }
                for (k, v) in l.entries {
                    guard let w = try r.get(k, self) else { return false }
                    if !isIdentical(v, w), !(try equals(v, w)) { return false }
                }
                return true
            }
            if let l = x as? PySet, let r = y as? PySet {
                if l.count != r.count { return false }
                for e in l.elements where !(try r.contains(e, self)) { return false }
                return true
            }
            if let l = x as? PyBytes, let r = y as? PyBytes { return l.bytes == r.bytes }
            if let l = x as? PySlice, let r = y as? PySlice {
                return try sameValue(l.start, r.start) && sameValue(l.stop, r.stop) && sameValue(l.step, r.step)
            }
            if let dv = x as? PyDictView, dv.kind != .values, y is PySet || y is PyDictView {
                return try equals(.object(try makeSet(from: a)), .object(try makeSet(from: b)))
            }
            if let dv = y as? PyDictView, dv.kind != .values, x is PySet {
                return try equals(a, .object(try makeSet(from: b)))
            }
            if let l = x as? PyRange, let r = y as? PyRange {
                if l.count != r.count { return false }
                if l.count == 0 { return true }
                return l.start == r.start && (l.count == 1 || l.step == r.step)
            }
            if let l = x as? PyDictView, let r = y as? PyDictView, l.kind == .keys, r.kind == .keys {
                return try equals(.object(try makeSet(from: a)), .object(try makeSet(from: b)))
            }
        default: break
        }
        let r = try richCompare(.eq, a, b)
        if let r { return try isTrue(r) }
        return isIdentical(a, b)
    }

    private func sequenceEqual(_ a: [Value], _ b: [Value]) throws -> Bool {
        if a.count != b.count { return false }
        for i in 0..<a.count {
            if isIdentical(a[i], b[i]) { continue }
            if !(try equals(a[i], b[i])) { return false }
        }
        return true
    }

    /// Calls user-defined comparison dunders (with the reflected fallback); nil if neither side implements it.
    package func richCompare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value? {
        let names: (String, String)
        switch op {
        case .eq: names = ("__eq__", "__eq__")
        case .ne: names = ("__ne__", "__ne__")
        case .lt: names = ("__lt__", "__gt__")
        case .le: names = ("__le__", "__ge__")
        case .gt: names = ("__gt__", "__lt__")
        case .ge: names = ("__ge__", "__le__")
        default: return nil
        }
        let ta = typeOf(a), tb = typeOf(b)
        // the right operand goes first if it is a subclass of the left's type
        if tb !== ta && tb.isSubtype(of: ta) && !tb.isBuiltin, let m = tb.lookup(names.1), !isBuiltinSlot(m) {
            let r = try call(m, [b, a])
            if !isNotImplemented(r) { return r }
        }
        if !ta.isBuiltin, let m = ta.lookup(names.0), !isBuiltinSlot(m) {
            let r = try call(m, [a, b])
            if !isNotImplemented(r) { return r }
        }
        if !tb.isBuiltin, let m = tb.lookup(names.1), !isBuiltinSlot(m) {
            let r = try call(m, [b, a])
            if !isNotImplemented(r) { return r }
        }
        if case .object(let o) = a, let n = o as? PyNativeObject, let r = try n.compare(op, b, self) { return r }
        if case .object(let o) = b, let n = o as? PyNativeObject {
            let flipped: ComparisonOperator = op == .lt ? .gt : op == .gt ? .lt : op == .le ? .ge : op == .ge ? .le : op
            if let r = try n.compare(flipped, a, self) { return r }
        }
        if op == .ne, let r = try richCompare(.eq, a, b) { return .bool(!(try isTrue(r))) }
        return nil
    }

    private func isBuiltinSlot(_ v: Value) -> Bool {
        if case .object(let o) = v, o is PyBuiltinFunction { return true }
        return false
    }

    package func numericCompare(_ x: Numeric, _ y: Numeric) -> Int? {
        switch (x, y) {
        case (.int(let a), .int(let b)): return a < b ? -1 : a > b ? 1 : 0
        case (.float(let a), .float(let b)):
            if a.isNaN || b.isNaN { return nil }
            return a < b ? -1 : a > b ? 1 : 0
        case (.float(let a), _):
            if a.isNaN { return nil }
            if a.isInfinite { return a > 0 ? 1 : -1 }
            return compareBigToDouble(bigValue(y), a).map { -$0 }
        case (_, .float(let b)):
            if b.isNaN { return nil }
            if b.isInfinite { return b > 0 ? -1 : 1 }
            return compareBigToDouble(bigValue(x), b)
        default:
            let a = bigValue(x), b = bigValue(y)
            return a < b ? -1 : a > b ? 1 : 0
        }
    }

    private func compareBigToDouble(_ a: BigInt, _ d: Double) -> Int? {
        let fl = d.rounded(.down)
        let bf = BigInt(fl)
        if a < bf { return -1 }
        if a > bf { return 1 }
        return fl == d ? 0 : -1
    }

    /// `a op b` for the six ordering/equality operators, returning the (possibly non-bool) result.
    package func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .eq: return .bool(try equals(a, b))
        case .ne:
            let t = typeOf(a)
            if !t.isBuiltin, t.lookup("__ne__") != nil || t.lookup("__eq__") != nil, let r = try richCompare(.ne, a, b) { return r }
            return .bool(!(try equals(a, b)))
        case .is: return .bool(isIdentical(a, b))
        case .isNot: return .bool(!isIdentical(a, b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        default: break
        }
        if case .int(let x) = a, case .int(let y) = b { return .bool(orderResult(op, x < y ? -1 : x > y ? 1 : 0)) }
        if let x = numeric(a), let y = numeric(b) {
            guard let c = numericCompare(x, y) else { return .bool(false) }
            return .bool(orderResult(op, c))
        }
        switch (a, b) {
        case (.str(let x), .str(let y)):
            return .bool(orderResult(op, x.compare(y)))
        case (.object(let x), .object(let y)):
            if let l = x as? PyList, let r = y as? PyList { return try sequenceOrder(op, l.items, r.items) }
            if let l = x as? PyTuple, let r = y as? PyTuple { return try sequenceOrder(op, l.items, r.items) }
            if let l = x as? PyBytes, let r = y as? PyBytes {
                let c = l.bytes.lexicographicallyPrecedes(r.bytes) ? -1 : l.bytes == r.bytes ? 0 : 1
                return .bool(orderResult(op, c))
            }
            if let l = x as? PySet, let r = y as? PySet {
                let sub = try isSubset(l, r), sup = try isSubset(r, l)
                switch op {
                case .le: return .bool(sub)
                case .lt: return .bool(sub && l.count < r.count)
                case .ge: return .bool(sup)
                default: return .bool(sup && l.count > r.count)
                }
            }
        default: break
        }
        if let r = try richCompare(op, a, b) { return r }
        throw typeError("'\(op.rawValue)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }

    package func isSubset(_ a: PySet, _ b: PySet) throws -> Bool {
        if a.count > b.count { return false }
        for e in a.elements where !(try b.contains(e, self)) { return false }
        return true
    }

    @inline(__always) func orderResult(_ op: ComparisonOperator, _ c: Int) -> Bool {
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        case .ge: return c >= 0
        case .eq: return c == 0
        default: return c != 0
        }
    }

    /// Python's ordering of two strs (by code point): -1, 0 or 1. UTF-8 preserves code point order, so the
    /// bytes compare directly.
    package func compareScalars(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in Self.compareBytes(x, y) } }
    }

    @inline(__always) package static func compareBytes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(x.count, y.count)
        var i = 0
        while i < n {
            let p = x[i], q = y[i]
            if p != q { return p < q ? -1 : 1 }
            i += 1
        }
        return x.count == y.count ? 0 : x.count < y.count ? -1 : 1
    }

    private func sequenceOrder(_ op: ComparisonOperator, _ a: [Value], _ b: [Value]) throws -> Value {
        for i in 0..<min(a.count, b.count) {
            if isIdentical(a[i], b[i]) { continue }
            if try equals(a[i], b[i]) { continue }
            return try compare(op, a[i], b[i])
        }
        return .bool(orderResult(op, a.count < b.count ? -1 : a.count > b.count ? 1 : 0))
    }

    /// Sorting comparison: `a < b` as a Bool.
    package func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if case .str(let x) = a, case .str(let y) = b { return x.compare(y) < 0 }
        return try isTrue(try compare(.lt, a, b))
    }

    package func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else {
                throw typeError("'in <string>' requires string as left operand, not \(typeName(item))")
            }
            return sub.value.isEmpty || s.value.contains(sub.value) && scalarContains(s.value, sub.value)
        case .object(let o):
            switch o {
            case let l as PyList:
                for x in l.items where (try sameValue(x, item)) { return true }
                return false
            case let t as PyTuple:
                for x in t.items where (try sameValue(x, item)) { return true }
                return false
            case let d as PyDict: return try d.contains(item, self)
            case let s as PySet: return try s.contains(item, self)
            case let r as PyRange:
                guard case .int(let v) = item else {
                    if case .bool(let b) = item { return try contains(container, .int(b ? 1 : 0)) }
                    break
                }
                if r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop) { return false }
                return (v - r.start) % r.step == 0
            case let b as PyBytes:
                if case .int(let v) = item { return b.bytes.contains(UInt8(truncatingIfNeeded: v)) }
                if case .str = item { throw typeError("a bytes-like object is required, not 'str'") }
                if case .object(let ob as PyBytes) = item {
                    if ob.bytes.isEmpty { return true }
                    if ob.bytes.count > b.bytes.count { return false }
                    for i in 0...(b.bytes.count - ob.bytes.count) where Array(b.bytes[i..<(i + ob.bytes.count)]) == ob.bytes { return true }
                    return false
                }
            case let dv as PyDictView:
                switch dv.kind {
                case .keys: return try dv.dict.contains(item, self)
                case .values:
                    for v in dv.dict.valueList where (try sameValue(v, item)) { return true }
                    return false
                case .items:
                    guard case .object(let to as PyTuple) = item, to.items.count == 2 else { return false }
                    guard let v = try dv.dict.get(to.items[0], self) else { return false }
                    return (try sameValue(v, to.items[1]))
                }
            case let i as PyInstance:
                if let m = i.cls.lookupUser("__contains__") { return try isTrue(try call(m, [container, item])) }
            case let n as PyNativeObject:
                if let r = try n.contains(item, self) { return r }
            default: break
            }
        default: break
        }
        if typeOf(container).lookup("__iter__") != nil || isIterable(container) {
            let it = try iterate(container)
            while let x = try it.next(self) { if (try sameValue(x, item)) { return true } }
            return false
        }
        throw typeError("argument of type '\(typeName(container))' is not iterable")
    }

    private func scalarContains(_ s: String, _ sub: String) -> Bool {
        // Swift's String.contains compares canonically equivalent characters; Python compares code points.
        let a = Array(s.unicodeScalars), b = Array(sub.unicodeScalars)
        return findScalars(a, b, from: 0) >= 0
    }
}

package func findScalars(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], from: Int, to end: Int? = nil) -> Int {
    let limit = end ?? a.count
    if b.isEmpty { return from <= limit ? from : -1 }
    if b.count > limit - from { return -1 }
    var i = from
    while i + b.count <= limit {
        if a[i] == b[0] {
            var j = 1
            while j < b.count && a[i + j] == b[j] { j += 1 }
            if j == b.count { return i }
        }
        i += 1
    }
    return -1
}
