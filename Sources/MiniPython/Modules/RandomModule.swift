// random: CPython's Mersenne Twister (MT19937) and its algorithms, so a seeded sequence matches CPython's.
import BigInt
import Foundation

/// CPython's `_random.Random` state.
package struct MersenneTwister {
    var mt = [UInt32](repeating: 0, count: 624)
    var index = 625

    mutating func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<624 { mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i) }
        index = 624
    }

    package mutating func seed(key: [UInt32]) {
        initGenrand(19650218)
        var i = 1, j = 0
        let keyLength = max(key.count, 1)
        let key = key.isEmpty ? [0] : key
        for _ in 0..<max(624, keyLength) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1; j += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
            if j >= keyLength { j = 0 }
        }
        for _ in 0..<623 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
        }
        mt[0] = 0x80000000
        index = 624
    }

    package mutating func next32() -> UInt32 {
        if index >= 624 {
            for k in 0..<624 {
                let y = (mt[k] & 0x80000000) | (mt[(k + 1) % 624] & 0x7fffffff)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 == 1 ? 0x9908b0df : 0)
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c5680
        y ^= (y << 15) & 0xefc60000
        y ^= y >> 18
        return y
    }

    package mutating func random() -> Double {
        let a = Double(next32() >> 5), b = Double(next32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    package mutating func getrandbits(_ k: Int) -> BigInt {
        if k <= 32 { return BigInt(next32() >> (32 - UInt32(max(k, 1)))) & ((BigInt(1) << k) - 1) }
        var words: [UInt32] = []
        var remaining = k
        while remaining > 0 {
            var r = next32()
            if remaining < 32 { r >>= (32 - UInt32(remaining)) }
            words.append(r)
            remaining -= 32
        }
        var v = BigInt(0)
        for w in words.reversed() { v = (v << 32) | BigInt(w) }
        return v
    }

    package mutating func below(_ n: BigInt) -> BigInt {
        if n <= 0 { return 0 }
        let k = n.bitWidth - (n.sign == .plus ? 1 : 0)
        let bits = max(Int(n.magnitude.bitWidth), 1)
        _ = k
        var r = getrandbits(bits)
        while r >= n { r = getrandbits(bits) }
        return r
    }

    package mutating func below(_ n: Int) -> Int { Int(below(BigInt(n))) }
}

extension Runtime {
    func seedRandom(_ v: Value) throws {
        var n: BigInt
        switch v {
        case .none: n = BigInt(0)
        case .int(let i): n = BigInt(i)
        case .bool(let b): n = BigInt(b ? 1 : 0)
        case .object(let b as PyBigInt): n = b.value
        case .float(let d): n = BigInt(UInt(bitPattern: hashDouble(d)))
        case .str(let s):
            n = BigInt(0)
            for b in s.value.utf8 { n = (n << 8) | BigInt(b) }
        default: n = BigInt(UInt(bitPattern: try hash(v)))
        }
        var mag = n.magnitude
        var key: [UInt32] = []
        while mag > 0 { key.append(UInt32(mag & 0xffffffff)); mag >>= 32 }
        if key.isEmpty { key = [0] }
        twister.seed(key: key)
    }

    func makeRandomModule() throws -> PyModule {
        var key: [UInt32] = []
        var s = host.random
        for _ in 0..<4 { let x = s.next(); key.append(UInt32(x & 0xffffffff)); key.append(UInt32(x >> 32)) }
        twister.seed(key: key)
        func randrange(_ rt: Runtime, _ start: Value, _ stop: Value?, _ step: Value?) throws -> Value {
            let a = rt.bigValue(rt.numeric(start) ?? .int(0))
            guard let stopV = stop, !stopV.isNone else {
                if a <= 0 { throw rt.valueError("empty range for randrange()") }
                return .bigint(rt.twister.below(a))
            }
            let b = rt.bigValue(rt.numeric(stopV) ?? .int(0))
            let st = step.map { rt.bigValue(rt.numeric($0) ?? .int(1)) } ?? 1
            let width = b - a
            if st == 1 {
                if width <= 0 { throw rt.valueError("empty range in randrange(\(a), \(b))") }
                return .bigint(a + rt.twister.below(width))
            }
            if st == 0 { throw rt.valueError("zero step for randrange()") }
            let n = st > 0 ? (width + st - 1) / st : (width + st + 1) / st
            if n <= 0 { throw rt.valueError("empty range in randrange(\(a), \(b), \(st))") }
            return .bigint(a + st * rt.twister.below(n))
        }
        return makeModule("random") { g in
            g["random"] = function("random") { rt, _, _ in .float(rt.twister.random()) }
            g["seed"] = function("seed") { rt, a, _ in try rt.seedRandom(a.first ?? Value.none); return .none }
            g["getrandbits"] = function("getrandbits") { rt, a, _ in .bigint(rt.twister.getrandbits(try rt.intArgument(a[0]))) }
            g["randrange"] = function("randrange") { rt, a, _ in try randrange(rt, a[0], a.count > 1 ? a[1] : nil, a.count > 2 ? a[2] : nil) }
            g["randint"] = function("randint") { rt, a, kw in
                try Args(rt, "randint", a, kw).exactly(2)
                return try randrange(rt, a[0], try rt.binary(.add, a[1], .int(1)), nil)
            }
            g["uniform"] = function("uniform") { rt, a, kw in
                let lo = try rt.floatArg(a[0], "uniform"), hi = try rt.floatArg(a[1], "uniform")
                return .float(lo + (hi - lo) * rt.twister.random())
            }
            g["choice"] = function("choice") { rt, a, kw in
                let n = try rt.length(a[0])
                if n == 0 { throw rt.indexError("Cannot choose from an empty sequence") }
                return try rt.getItem(a[0], .int(rt.twister.below(n)))
            }
            g["choices"] = function("choices") { rt, a, kw in
                let args = Args(rt, "choices", a, kw)
                let items = try rt.toArray(a[0])
                let k = try args.int(3, "k", default: 1)
                if items.isEmpty { throw rt.indexError("Cannot choose from an empty sequence") }
                if let w = args.value(1, "weights"), !w.isNone {
                    let weights = try rt.toArray(w).map { try rt.floatArg($0, "choices") }
                    var cum: [Double] = []; var t = 0.0
                    for x in weights { t += x; cum.append(t) }
                    return .object(PyList((0..<k).map { _ in
                        let r = rt.twister.random() * t
                        var lo = 0, hi = cum.count - 1
                        while lo < hi { let mid = (lo + hi) / 2; if r < cum[mid] { hi = mid } else { lo = mid + 1 } }
                        return items[lo]
                    }))
                }
                return .object(PyList((0..<k).map { _ in items[Int(Double(items.count) * rt.twister.random())] }))
            }
            g["shuffle"] = function("shuffle") { rt, a, kw in
                guard case .object(let l as PyList) = a[0] else { throw rt.typeError("shuffle() argument must be a mutable sequence") }
                var i = l.items.count - 1
                while i > 0 {
                    let j = rt.twister.below(i + 1)
                    l.items.swapAt(i, j)
                    i -= 1
                }
                return .none
            }
            g["sample"] = function("sample") { rt, a, kw in
                let population = try rt.toArray(a[0])
                let k = try Args(rt, "sample", a, kw).int(1, "k")
                let n = population.count
                if k < 0 || k > n { throw rt.valueError("Sample larger than population or is negative") }
                var result: [Value] = []
                var setsize = 21
                if k > 5 { setsize += Int(Foundation.pow(4.0, Foundation.ceil(Foundation.log(Double(k * 3)) / Foundation.log(4.0)))) }
                if n <= setsize {
                    var pool = population
                    for i in 0..<k {
                        let j = rt.twister.below(n - i)
                        result.append(pool[j])
                        pool[j] = pool[n - i - 1]
                    }
                } else {
                    var selected = Set<Int>()
                    for _ in 0..<k {
                        var j = rt.twister.below(n)
                        while selected.contains(j) { j = rt.twister.below(n) }
                        selected.insert(j)
                        result.append(population[j])
                    }
                }
                return .object(PyList(result))
            }
            g["gauss"] = function("gauss") { rt, a, kw in
                let mu = a.count > 0 ? try rt.floatArg(a[0], "gauss") : 0, sigma = a.count > 1 ? try rt.floatArg(a[1], "gauss") : 1
                let x2pi = rt.twister.random() * 2 * Double.pi
                let g2rad = (-2.0 * Foundation.log(1.0 - rt.twister.random())).squareRoot()
                return .float(mu + Foundation.cos(x2pi) * g2rad * sigma)
            }
        }
    }
}
