// random: seeded, deterministic (not CPython's Mersenne Twister sequence).

extension Runtime {
    func makeRandomModule() throws -> PyModule {
        makeModule("random") { g in
            g["random"] = function("random") { rt, _, _ in .float(rt.host.random.nextDouble()) }
            g["seed"] = function("seed") { rt, a, _ in
                let s: UInt64
                if let v = a.first, !v.isNone { s = UInt64(bitPattern: Int64(try rt.hash(v))) } else { s = 0 }
                rt.host.random = SeededRandom(seed: s)
                return .none
            }
            g["randint"] = function("randint") { rt, a, kw in
                try Args(rt, "randint", a, kw).exactly(2)
                let lo = try rt.intArgument(a[0]), hi = try rt.intArgument(a[1])
                if hi < lo { throw rt.valueError("empty range for randrange() (\(lo), \(hi + 1), \(hi + 1 - lo))") }
                return .int(lo + Int(rt.host.random.below(UInt64(hi - lo + 1))))
            }
            g["randrange"] = function("randrange") { rt, a, kw in
                let vals = try a.map { try rt.intArgument($0) }
                let (start, stop, step) = vals.count == 1 ? (0, vals[0], 1) : (vals[0], vals[1], vals.count > 2 ? vals[2] : 1)
                let n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / (-step)
                if n <= 0 { throw rt.valueError("empty range for randrange()") }
                return .int(start + step * Int(rt.host.random.below(UInt64(n))))
            }
            g["uniform"] = function("uniform") { rt, a, kw in
                let lo = try rt.floatArg(a[0], "uniform"), hi = try rt.floatArg(a[1], "uniform")
                return .float(lo + (hi - lo) * rt.host.random.nextDouble())
            }
            g["choice"] = function("choice") { rt, a, kw in
                let items = try rt.toArray(a[0])
                if items.isEmpty { throw rt.indexError("Cannot choose from an empty sequence") }
                return items[Int(rt.host.random.below(UInt64(items.count)))]
            }
            g["choices"] = function("choices") { rt, a, kw in
                let items = try rt.toArray(a[0])
                let k = try Args(rt, "choices", a, kw).int(3, "k", default: 1)
                if items.isEmpty { throw rt.indexError("Cannot choose from an empty sequence") }
                return .object(PyList((0..<k).map { _ in items[Int(rt.host.random.below(UInt64(items.count)))] }))
            }
            g["shuffle"] = function("shuffle") { rt, a, kw in
                guard case .object(let l as PyList) = a[0] else { throw rt.typeError("shuffle() argument must be a list") }
                var i = l.items.count - 1
                while i > 0 {
                    let j = Int(rt.host.random.below(UInt64(i + 1)))
                    l.items.swapAt(i, j)
                    i -= 1
                }
                return .none
            }
            g["sample"] = function("sample") { rt, a, kw in
                var items = try rt.toArray(a[0])
                let k = try Args(rt, "sample", a, kw).int(1, "k")
                if k < 0 || k > items.count { throw rt.valueError("Sample larger than population or is negative") }
                var out: [Value] = []
                for _ in 0..<k { out.append(items.remove(at: Int(rt.host.random.below(UInt64(items.count))))) }
                return .object(PyList(out))
            }
            g["gauss"] = function("gauss") { rt, a, kw in
                let mu = a.count > 0 ? try rt.floatArg(a[0], "gauss") : 0, sigma = a.count > 1 ? try rt.floatArg(a[1], "gauss") : 1
                let u1 = max(rt.host.random.nextDouble(), 1e-300), u2 = rt.host.random.nextDouble()
                return .float(mu + sigma * (-2 * _log(u1)).squareRoot() * _cos(2 * .pi * u2))
            }
        }
    }
}

import Foundation
private func _log(_ x: Double) -> Double { Foundation.log(x) }
private func _cos(_ x: Double) -> Double { Foundation.cos(x) }
