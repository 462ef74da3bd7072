// Arithmetic, bitwise and comparison operators with Python's semantics and messages.
import BigInt
import Foundation

package enum Numeric {
    case int(Int), big(BigInt), float(Double)
}

extension BinaryOperator {
    var dunder: String {
        switch self {
        case .add: return "add"; case .sub: return "sub"; case .mul: return "mul"; case .div: return "truediv"
        case .floorDiv: return "floordiv"; case .mod: return "mod"; case .pow: return "pow"; case .lshift: return "lshift"
        case .rshift: return "rshift"; case .bitOr: return "or"; case .bitXor: return "xor"; case .bitAnd: return "and"
        case .matMul: return "matmul"
        }
    }
}

extension Runtime {
    @inline(__always) package func numeric(_ v: Value) -> Numeric? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .object(let o): if let b = o as? PyBigInt { return .big(b.value) }; return nil
        default: return nil
        }
    }

    package func bigValue(_ n: Numeric) -> BigInt {
        switch n { case .int(let i): return BigInt(i); case .big(let b): return b; case .float(let d): return BigInt(d) }
    }

    package func toDouble(_ n: Numeric) throws -> Double {
        switch n {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .big(let b):
            let d = Double(b)
            if d.isInfinite { throw overflowError("int too large to convert to float") }
            return d
        }
    }

    /// `a op b`, trying the left operand's dunder, then the right's reflected one.
    package func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        // fast paths
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add: let (r, o) = x.addingReportingOverflow(y); if !o { return .int(r) }
            case .sub: let (r, o) = x.subtractingReportingOverflow(y); if !o { return .int(r) }
            case .mul: let (r, o) = x.multipliedReportingOverflow(by: y); if !o { return .int(r) }
            default: break
            }
        }
        if case .bool(let p) = a, case .bool(let q) = b {
            switch op {
            case .bitAnd: return .bool(p && q)
            case .bitOr: return .bool(p || q)
            case .bitXor: return .bool(p != q)
            default: break
            }
        }
        if let x = numeric(a), let y = numeric(b) {
            if let r = try numericBinary(op, x, y) { return r }
        }
        if case .object(let o as PyDict) = a, let ct = o.customType, let m = ct.lookupUser("__\(op.dunder)__") {
            let r = try call(m, [a, b])
            if !isNotImplemented(r) { return r }
        }
        if let r = try sequenceBinary(op, a, b) { return r }
        // user-defined operators
        let ta = typeOf(a), tb = typeOf(b)
        if !ta.isBuiltin || !tb.isBuiltin || ta.kind == .other || tb.kind == .other {
            if let m = ta.lookup("__\(op.dunder)__"), !ta.isBuiltin {
                let r = try call(m, [a, b])
                if !isNotImplemented(r) { return r }
            }
            if let m = tb.lookup("__r\(op.dunder)__"), !tb.isBuiltin {
                let r = try call(m, [b, a])
                if !isNotImplemented(r) { return r }
            }
            if case .object(let o) = a, let n = o as? PyNativeObject, let r = try n.binary(op, b, reflected: false, self) { return r }
            if case .object(let o) = b, let n = o as? PyNativeObject, let r = try n.binary(op, a, reflected: true, self) { return r }
        }
        if op == .add, case .object(let o) = a, o is PyBytes, case .str = b {
            throw typeError("can't concat str to bytes")
        }
        if op == .add, case .str = a {
            throw typeError("can only concatenate str (not \"\(typeName(b))\") to str")
        }
        if op == .add, case .object(let o) = a, o is PyList {
            throw typeError("can only concatenate list (not \"\(typeName(b))\") to list")
        }
        if op == .add, case .object(let o) = a, o is PyTuple {
            throw typeError("can only concatenate tuple (not \"\(typeName(b))\") to tuple")
        }
        if op == .pow {
            throw typeError("unsupported operand type(s) for ** or pow(): '\(typeName(a))' and '\(typeName(b))'")
        }
        if op == .mul, case .object = b, typeOf(b).isSubtype(of: types.float) == false, case .str = a {
            throw typeError("can't multiply sequence by non-int of type '\(typeName(b))'")
        }
        if op == .mul {
            let seqA: Bool = { if case .str = a { return true }; if case .object(let o) = a { return o is PyList || o is PyTuple || o is PyBytes }; return false }()
            let seqB: Bool = { if case .str = b { return true }; if case .object(let o) = b { return o is PyList || o is PyTuple || o is PyBytes }; return false }()
            if seqA { throw typeError("can't multiply sequence by non-int of type '\(typeName(b))'") }
            if seqB && !seqA { throw typeError("can't multiply sequence by non-int of type '\(typeName(a))'") }
        }
        throw typeError("unsupported operand type(s) for \(op.rawValue): '\(typeName(a))' and '\(typeName(b))'")
    }

    package func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v, o is PyNotImplemented { return true }
        return false
    }

    private func numericBinary(_ op: BinaryOperator, _ x: Numeric, _ y: Numeric) throws -> Value? {
        switch (x, y) {
        case (.float, _), (_, .float):
            let a = try toDouble(x), b = try toDouble(y)
            return try floatBinary(op, a, b)
        case (.int(let a), .int(let b)):
            return try intBinary(op, a, b)
        default:
            return try bigBinary(op, bigValue(x), bigValue(y))
        }
    }

    private func floatBinary(_ op: BinaryOperator, _ a: Double, _ b: Double) throws -> Value? {
        switch op {
        case .add: return .float(a + b)
        case .sub: return .float(a - b)
        case .mul: return .float(a * b)
        case .div:
            if b == 0 { throw zeroDivision("float division by zero") }
            return .float(a / b)
        case .floorDiv:
            if b == 0 { throw zeroDivision("float floor division by zero") }
            return .float(pyFloorDiv(a, b))
        case .mod:
            if b == 0 { throw zeroDivision("float modulo") }
            return .float(pyFloatMod(a, b))
        case .pow:
            if a == 0 && b < 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
            if a < 0 && b != b.rounded() { throw valueError("complex numbers are not supported by the workbook's Python") }
            let r = Foundation.pow(a, b)
            if r.isInfinite && !a.isInfinite && !b.isInfinite { throw overflowError("(34, 'Numerical result out of range')") }
            return .float(r)
        default: return nil
        }
    }

    private func pyFloorDiv(_ a: Double, _ b: Double) -> Double {
        let mod = pyFloatMod(a, b)
        var div = (a - mod) / b
        if div != 0 {
            var floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
            div = floordiv
        } else {
            div = (a / b < 0 ? -0.0 : 0.0)
        }
        return div
    }

    private func pyFloatMod(_ a: Double, _ b: Double) -> Double {
        var mod = fmod(a, b)
        if mod != 0 { if (b < 0) != (mod < 0) { mod += b } } else { mod = b < 0 ? -0.0 : 0.0 }
        return mod
    }

    private func intBinary(_ op: BinaryOperator, _ a: Int, _ b: Int) throws -> Value? {
        switch op {
        case .add: let (r, o) = a.addingReportingOverflow(b); return o ? .bigint(BigInt(a) + BigInt(b)) : .int(r)
        case .sub: let (r, o) = a.subtractingReportingOverflow(b); return o ? .bigint(BigInt(a) - BigInt(b)) : .int(r)
        case .mul: let (r, o) = a.multipliedReportingOverflow(by: b); return o ? .bigint(BigInt(a) * BigInt(b)) : .int(r)
        case .div:
            if b == 0 { throw zeroDivision("division by zero") }
            if a.magnitude < (1 << 53) && b.magnitude < (1 << 53) { return .float(Double(a) / Double(b)) }
            return .float(try bigTrueDiv(BigInt(a), BigInt(b)))
        case .floorDiv:
            if b == 0 { throw zeroDivision("integer division or modulo by zero") }
            if a == Int.min && b == -1 { return .bigint(-BigInt(a)) }
            var q = a / b
            if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if b == 0 { throw zeroDivision("integer modulo by zero") }
            if b == -1 { return .int(0) }
            var r = a % b
            if r != 0 && ((r < 0) != (b < 0)) { r += b }
            return .int(r)
        case .pow:
            if b < 0 {
                if a == 0 { throw zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Foundation.pow(Double(a), Double(b)))
            }
            return try intPow(BigInt(a), b)
        case .lshift:
            if b < 0 { throw valueError("negative shift count") }
            if b < 63 && a.magnitude < (UInt(1) << (63 - b)) { return .int(a << b) }
            try ensureHeadroom(b / 8)
            return .bigint(BigInt(a) << b)
        case .rshift:
            if b < 0 { throw valueError("negative shift count") }
            return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .matMul: return nil
        }
    }

    package func intPow(_ base: BigInt, _ exp: Int) throws -> Value {
        if base == 0 || base == 1 || exp == 0 { return .int(exp == 0 ? 1 : Int(base)) }
        if base == -1 { return .int(exp % 2 == 0 ? 1 : -1) }
        let bits = Double(base.magnitude.bitWidth) * Double(exp)
        if bits > 8 * 64 { try ensureHeadroom(Int(min(bits / 8, 1e15))) }
        return .bigint(base.power(exp))
    }

    /// `a / b` for ints (b != 0), correctly rounded to the nearest double, ties to even, as CPython's
    /// long_true_divide: a quotient of at least 55 significant bits with the remainder folded into its lowest bit
    /// (a sticky bit) rounds once, exactly, when it becomes a Double.
    private func bigTrueDiv(_ a: BigInt, _ b: BigInt) throws -> Double {
        let negative = (a.sign == .minus) != (b.sign == .minus)
        let x = a.magnitude, y = b.magnitude
        if x.isZero { return negative ? -0.0 : 0.0 }
        let shift = 55 - (x.bitWidth - y.bitWidth)
        let (q, r) = (shift >= 0 ? x << shift : x).quotientAndRemainder(dividingBy: shift >= 0 ? y : y << -shift)
        if q.bitWidth - 1 - shift < -1022 {
            // Below the smallest normal double: round x / y to a whole multiple of 2^-1074 directly, ties to even
            // (q2 < 2^52 + 1, so its conversion is exact).
            var (q2, r2) = (x << 1074).quotientAndRemainder(dividingBy: y)
            let twice = r2 << 1
            if twice > y || (twice == y && q2[bitAt: 0]) { q2 += 1 }
            let magnitude = Double(sign: .plus, exponent: -1074, significand: Double(UInt64(q2)))
            return negative ? -magnitude : magnitude
        }
        // q has 55 or 56 bits: it fits a UInt64, whose conversion to Double rounds correctly.
        var bits = UInt64(q)
        if !r.isZero { bits |= 1 }
        let exponent = -shift
        // A normal result: scaling the rounded significand by a power of two is exact; 2^1024 and above overflow.
        if Double(bits).exponent + exponent >= 1024 { throw overflowError("integer division result too large for a float") }
        let magnitude = Double(sign: .plus, exponent: exponent, significand: Double(bits))
        if magnitude.isInfinite { throw overflowError("integer division result too large for a float") }
        return negative ? -magnitude : magnitude
    }

    private func bigBinary(_ op: BinaryOperator, _ a: BigInt, _ b: BigInt) throws -> Value? {
        switch op {
        case .add: return .bigint(a + b)
        case .sub: return .bigint(a - b)
        case .mul:
            try ensureHeadroom((a.bitWidth + b.bitWidth) / 8)
            return .bigint(a * b)
        case .div:
            if b == 0 { throw zeroDivision("division by zero") }
            return .float(try bigTrueDiv(a, b))
        case .floorDiv:
            if b == 0 { throw zeroDivision("integer division or modulo by zero") }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)
            return .bigint(r != 0 && ((r < 0) != (b < 0)) ? q - 1 : q)
        case .mod:
            if b == 0 { throw zeroDivision("integer modulo by zero") }
            var r = a % b
            if r != 0 && ((r < 0) != (b < 0)) { r += b }
            return .bigint(r)
        case .pow:
            if b < 0 { return .float(Foundation.pow(Double(a), Double(b))) }
            guard let e = Int(exactly: b) else { throw memoryError() }
            return try intPow(a, e)
        case .lshift:
            if b < 0 { throw valueError("negative shift count") }
            guard let s = Int(exactly: b), s < (1 << 40) else { throw overflowError("too many digits in integer") }
            try ensureHeadroom(s / 8)
            return .bigint(a << s)
        case .rshift:
            if b < 0 { throw valueError("negative shift count") }
            guard let s = Int(exactly: b) else { return .int(a < 0 ? -1 : 0) }
            return .bigint(a >> s)
        case .bitAnd: return .bigint(a & b)
        case .bitOr: return .bigint(a | b)
        case .bitXor: return .bigint(a ^ b)
        case .matMul: return nil
        }
    }

    private func repeatCount(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o as PyBigInt): return o.value > 0 ? Int.max : 0
        default: return nil
        }
    }

    private func sequenceBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        switch op {
        case .add:
            switch (a, b) {
            case (.str(let x), .str(let y)):
                return try concatenate(x, y)
            case (.object(let x), .object(let y)):
                if let l = x as? PyList, let r = y as? PyList { return try makeList(l.items + r.items) }
                if let l = x as? PyTuple, let r = y as? PyTuple { return .object(PyTuple(l.items + r.items)) }
                if let l = x as? PyBytes, let r = y as? PyBytes { return .object(PyBytes(l.bytes + r.bytes)) }
            default: break
            }
        case .mul:
            if let n = repeatCount(b), let r = try repeatSequence(a, n) { return r }
            if let n = repeatCount(a), let r = try repeatSequence(b, n) { return r }
        case .mod:
            if case .str(let s) = a { return try makeStr(try percentFormat(s.value, b)) }
            if case .object(let o) = a, let by = o as? PyBytes {
                return .object(PyBytes(Array(try percentFormat(String(decoding: by.bytes, as: UTF8.self), b).utf8)))
            }
        case .bitOr, .bitAnd, .bitXor, .sub:
            if case .object(let x) = a, let s = x as? PySet, case .object(let y) = b, let t = y as? PySet {
                return .object(try setOperation(op, s, t))
            }
            if op == .bitOr, case .object(let x) = a, let d = x as? PyDict, case .object(let y) = b, let e = y as? PyDict {
                let r = d.copy()
                for (k, v) in e.entries { try r.set(k, v, self) }
                return .object(r)
            }
            if case .object(let x) = a, let dv = x as? PyDictView, dv.kind != .values, case .object(let y) = b {
                let left = try makeSet(from: a)
                let right: PySet
                if let t = y as? PySet { right = t } else { right = try makeSet(from: b) }
                _ = dv
                return .object(try setOperation(op, left, right))
            }
        default: break
        }
        return nil
    }

    private func repeatSequence(_ v: Value, _ n: Int) throws -> Value? {
        let count = max(n, 0)
        switch v {
        case .str(let s):
            let size = s.value.utf8.count.multipliedReportingOverflow(by: count)
            if size.overflow { throw overflowError("repeated string is too long") }
            if size.partialValue > 64 { try charge(size.partialValue) ; meter.release(size.partialValue) }
            return try makeStr(String(repeating: s.value, count: count))
        case .object(let o):
            if let l = o as? PyList {
                let size = l.items.count.multipliedReportingOverflow(by: count)
                if size.overflow { throw memoryError() }
                try charge(size.partialValue * 16); meter.release(size.partialValue * 16)
                var out: [Value] = []
                out.reserveCapacity(size.partialValue)
                for _ in 0..<count { out.append(contentsOf: l.items) }
                return try makeList(out)
            }
            if let t = o as? PyTuple {
                let size = t.items.count.multipliedReportingOverflow(by: count)
                if size.overflow { throw memoryError() }
                try charge(size.partialValue * 16); meter.release(size.partialValue * 16)
                var out: [Value] = []
                for _ in 0..<count { out.append(contentsOf: t.items) }
                return .object(PyTuple(out))
            }
            if let b = o as? PyBytes {
                try charge(b.bytes.count * count); meter.release(b.bytes.count * count)
                var out: [UInt8] = []
                for _ in 0..<count { out.append(contentsOf: b.bytes) }
                return .object(PyBytes(out))
            }
        default: break
        }
        return nil
    }

    package func setOperation(_ op: BinaryOperator, _ a: PySet, _ b: PySet) throws -> PySet {
        let r = PySet(frozen: a.frozen)
        switch op {
        case .bitOr:
            try r.merge(a, self); try r.merge(b, self)
        case .bitAnd:
            let (small, big) = b.count > a.count ? (a, b) : (b, a)
            for e in small.elements where try big.contains(e, self) { try r.add(e, self) }
        case .sub:
            for e in a.elements where !(try b.contains(e, self)) { try r.add(e, self) }
        case .bitXor:
            try r.merge(a, self)
            for e in b.elements { if try !r.discard(e, self) { try r.add(e, self) } }
        default: break
        }
        return r
    }

    // MARK: Unary

    package func unary(_ op: UnaryOperator, _ v: Value) throws -> Value {
        switch op {
        case .not: return .bool(!(try isTrue(v)))
        case .neg:
            switch v {
            case .int(let i): return i == Int.min ? .bigint(-BigInt(i)) : .int(-i)
            case .bool(let b): return .int(b ? -1 : 0)
            case .float(let d): return .float(-d)
            case .object(let o as PyBigInt): return .bigint(-o.value)
            default: break
            }
        case .pos:
            switch v {
            case .int, .float: return v
            case .bool(let b): return .int(b ? 1 : 0)
            case .object(let o as PyBigInt): return .object(o)
            default: break
            }
        case .invert:
            switch v {
            case .int(let i): return .int(~i)
            case .bool(let b): return .int(b ? -2 : -1)
            case .object(let o as PyBigInt): return .bigint(-o.value - 1)
            default: break
            }
        }
        let name = op == .neg ? "__neg__" : op == .pos ? "__pos__" : "__invert__"
        let t = typeOf(v)
        if !t.isBuiltin, let m = t.lookup(name) { return try call(m, [v]) }
        if case .object(let o) = v, let n = o as? PyNativeObject, let r = try n.unary(op, self) { return r }
        throw typeError("bad operand type for unary \(op.rawValue): '\(t.name)'")
    }
}

extension Runtime {
    /// `x op y` when both are machine ints or floats (or a float and an int) and the result needs no big int, no
    /// error and no float rule beyond IEEE arithmetic; nil otherwise, for `binary` (which then gives the same value
    /// or raises). An int meets a float as `float(int)`, which Swift's conversion rounds as Python's does.
    @inline(__always) static func fastBinary(_ op: BinaryOperator, _ x: Value, _ y: Value) -> Value? {
        switch (x, y) {
        case (.int(let i), .int(let j)):
            switch op {
            case .add: let (r, o) = i.addingReportingOverflow(j); return o ? nil : .int(r)
            case .sub: let (r, o) = i.subtractingReportingOverflow(j); return o ? nil : .int(r)
            case .mul: let (r, o) = i.multipliedReportingOverflow(by: j); return o ? nil : .int(r)
            case .mod:
                if j == 0 || j == -1 { return nil }
                let r = i % j
                return .int(r != 0 && (r < 0) != (j < 0) ? r + j : r)
            case .floorDiv:
                if j == 0 || j == -1 { return nil }
                let q = i / j
                return .int(q * j != i && (i < 0) != (j < 0) ? q - 1 : q)
            case .div:
                let limit = 1 << 53
                if j == 0 || i > limit || i < -limit || j > limit || j < -limit { return nil }
                return .float(Double(i) / Double(j))
            case .bitAnd: return .int(i & j)
            case .bitOr: return .int(i | j)
            case .bitXor: return .int(i ^ j)
            case .rshift: return j < 0 ? nil : .int(i >> min(j, 63))
            case .lshift:
                if j < 0 || j > 62 { return nil }
                let r = i << j
                return r >> j == i ? .int(r) : nil
            default: return nil
            }
        case (.float(let a), .float(let b)): return fastFloat(op, a, b)
        case (.float(let a), .int(let j)): return fastFloat(op, a, Double(j))
        case (.int(let i), .float(let b)): return fastFloat(op, Double(i), b)
        default: return nil
        }
    }

    @inline(__always) private static func fastFloat(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Value? {
        switch op {
        case .add: return .float(a + b)
        case .sub: return .float(a - b)
        case .mul: return .float(a * b)
        case .div: return b == 0 ? nil : .float(a / b)
        default: return nil
        }
    }

    /// `x op y` for two machine ints, two floats or two strs; nil for other operands (and for `is`/`in`), for
    /// `compare`. NaN compares as IEEE (and Python) say: unequal and unordered.
    @inline(__always) static func fastCompare(_ op: ComparisonOperator, _ x: Value, _ y: Value) -> Bool? {
        switch (x, y) {
        case (.int(let i), .int(let j)):
            switch op {
            case .eq: return i == j
            case .ne: return i != j
            case .lt: return i < j
            case .le: return i <= j
            case .gt: return i > j
            case .ge: return i >= j
            default: return nil
            }
        case (.float(let a), .float(let b)):
            switch op {
            case .eq: return a == b
            case .ne: return a != b
            case .lt: return a < b
            case .le: return a <= b
            case .gt: return a > b
            case .ge: return a >= b
            default: return nil
            }
        case (.str(let s), .str(let t)):
            switch op {
            case .eq: return s.equals(t)
            case .ne: return !s.equals(t)
            case .lt: return s.compare(t) < 0
            case .le: return s.compare(t) <= 0
            case .gt: return s.compare(t) > 0
            case .ge: return s.compare(t) >= 0
            default: return nil
            }
        default:
            return nil
        }
    }
}
