// math, string and typing.
import BigInt
import Foundation

extension Runtime {
    func floatArg(_ v: Value, _ fn: String) throws -> Double {
        guard let n = numeric(v) else {
            if case .object(let o as PyNativeObject) = v, let m = try o.attribute("__float__", self), case .float(let d) = try call(m, []) { return d }
            throw typeError("must be real number, not \(typeName(v))")
        }
        return try toDouble(n)
    }

    func makeMathModule() throws -> PyModule {
        makeModule("math") { g in
            g["pi"] = .float(Double.pi)
            g["e"] = .float(M_E)
            g["tau"] = .float(2 * Double.pi)
            g["inf"] = .float(.infinity)
            g["nan"] = .float(.nan)
            let unary: [(String, (Double) -> Double)] = [
                ("sqrt", { $0.squareRoot() }), ("exp", { Foundation.exp($0) }), ("sin", { Foundation.sin($0) }),
                ("cos", { Foundation.cos($0) }), ("tan", { Foundation.tan($0) }), ("asin", { Foundation.asin($0) }),
                ("acos", { Foundation.acos($0) }), ("atan", { Foundation.atan($0) }), ("sinh", { Foundation.sinh($0) }),
                ("cosh", { Foundation.cosh($0) }), ("tanh", { Foundation.tanh($0) }), ("fabs", { Swift.abs($0) }),
                ("log2", { Foundation.log2($0) }), ("log10", { Foundation.log10($0) }), ("degrees", { $0 * 180 / Double.pi }),
                ("radians", { $0 * Double.pi / 180 }), ("expm1", { Foundation.expm1($0) }), ("log1p", { Foundation.log1p($0) }),
                ("erf", { Foundation.erf($0) }), ("erfc", { Foundation.erfc($0) }), ("gamma", { Foundation.tgamma($0) }),
                ("lgamma", { Foundation.lgamma($0) }),
            ]
            for (name, f) in unary {
                g[name] = function(name) { rt, a, kw in
                    try Args(rt, name, a, kw).exactly(1)
                    let x = try rt.floatArg(a[0], name)
                    if name == "sqrt" && x < 0 { throw rt.valueError("math domain error") }
                    if (name == "log2" || name == "log10") && x <= 0 { throw rt.valueError("math domain error") }
                    if (name == "asin" || name == "acos") && Swift.abs(x) > 1 { throw rt.valueError("math domain error") }
                    let r = f(x)
                    if r.isInfinite && x.isFinite && ["exp", "sinh", "cosh", "expm1", "gamma"].contains(name) { throw rt.overflowError("math range error") }
                    return .float(r)
                }
            }
            g["log"] = function("log") { rt, a, kw in
                try Args(rt, "log", a, kw).range(1, 2)
                func ln(_ v: Value) throws -> Double {
                    if let n = rt.numeric(v), case .big(let b) = n, b > 0 {
                        let bits = b.bitWidth
                        if bits > 1000 { return Foundation.log(Double(b >> (bits - 64))) + Double(bits - 64) * M_LN2 }
                    }
                    let x = try rt.floatArg(v, "log")
                    if x <= 0 { throw rt.valueError("math domain error") }
                    return Foundation.log(x)
                }
                let x = try ln(a[0])
                if a.count == 2 { return .float(x / (try ln(a[1]))) }
                return .float(x)
            }
            g["pow"] = function("pow") { rt, a, kw in
                try Args(rt, "pow", a, kw).exactly(2)
                let x = try rt.floatArg(a[0], "pow"), y = try rt.floatArg(a[1], "pow")
                let r = Foundation.pow(x, y)
                if r.isInfinite && x.isFinite && y.isFinite {
                    if x == 0 { throw rt.valueError("math domain error") }
                    throw rt.overflowError("math range error")
                }
                if r.isNaN && !x.isNaN && !y.isNaN { throw rt.valueError("math domain error") }
                return .float(r)
            }
            g["atan2"] = function("atan2") { rt, a, kw in .float(Foundation.atan2(try rt.floatArg(a[0], "atan2"), try rt.floatArg(a[1], "atan2"))) }
            g["hypot"] = function("hypot") { rt, a, kw in .float(try a.map { try rt.floatArg($0, "hypot") }.reduce(0) { $0 + $1 * $1 }.squareRoot()) }
            g["copysign"] = function("copysign") { rt, a, kw in .float(Foundation.copysign(try rt.floatArg(a[0], "copysign"), try rt.floatArg(a[1], "copysign"))) }
            g["fmod"] = function("fmod") { rt, a, kw in
                let y = try rt.floatArg(a[1], "fmod")
                if y == 0 { throw rt.valueError("math domain error") }
                return .float(Foundation.fmod(try rt.floatArg(a[0], "fmod"), y))
            }
            for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
                g[name] = function(name) { rt, a, kw in
                    try Args(rt, name, a, kw).exactly(1)
                    switch a[0] {
                    case .int, .object(is PyBigInt): return a[0]
                    case .bool(let b): return .int(b ? 1 : 0)
                    case .float(let d):
                        if d.isNaN { throw rt.valueError("cannot convert float NaN to integer") }
                        if d.isInfinite { throw rt.overflowError("cannot convert float infinity to integer") }
                        let r = d.rounded(rule)
                        return Swift.abs(r) < 9e18 ? .int(Int(r)) : .bigint(BigInt(r))
                    default:
                        if let m = rt.typeOf(a[0]).lookup("__\(name)__") { return try rt.call(m, [a[0]]) }
                        if case .object(let o as PyNativeObject) = a[0], let m = try o.attribute("__\(name)__", rt) { return try rt.call(m, []) }
                        throw rt.typeError("must be real number, not \(rt.typeName(a[0]))")
                    }
                }
            }
            g["isnan"] = function("isnan") { rt, a, kw in .bool(try rt.floatArg(a[0], "isnan").isNaN) }
            g["isinf"] = function("isinf") { rt, a, kw in .bool(try rt.floatArg(a[0], "isinf").isInfinite) }
            g["isfinite"] = function("isfinite") { rt, a, kw in .bool(try rt.floatArg(a[0], "isfinite").isFinite) }
            g["isclose"] = function("isclose") { rt, a, kw in
                let args = Args(rt, "isclose", a, kw)
                let x = try rt.floatArg(a[0], "isclose"), y = try rt.floatArg(a[1], "isclose")
                let rel = try args.keyword("rel_tol").map { try rt.floatArg($0, "isclose") } ?? 1e-9
                let absTol = try args.keyword("abs_tol").map { try rt.floatArg($0, "isclose") } ?? 0
                if x == y { return .bool(true) }
                if x.isInfinite || y.isInfinite { return .bool(false) }
                let diff = Swift.abs(x - y)
                return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= absTol)
            }
            g["factorial"] = function("factorial") { rt, a, kw in
                try Args(rt, "factorial", a, kw).exactly(1)
                if case .float = a[0] { throw rt.typeError("'float' object cannot be interpreted as an integer") }
                let n = try rt.intArgument(a[0])
                if n < 0 { throw rt.valueError("factorial() not defined for negative values") }
                var r = BigInt(1)
                if n > 1 { for i in 2...n { r *= BigInt(i) } }
                return .bigint(r)
            }
            g["gcd"] = function("gcd") { rt, a, kw in
                var r = BigInt(0)
                for v in a {
                    guard let n = rt.numeric(v), !n.isFloat else { throw rt.typeError("'\(rt.typeName(v))' object cannot be interpreted as an integer") }
                    r = r.greatestCommonDivisor(with: rt.bigValue(n))
                }
                return .bigint(r)
            }
            g["lcm"] = function("lcm") { rt, a, kw in
                var r = BigInt(1)
                for v in a {
                    let n = rt.bigValue(rt.numeric(v) ?? .int(0))
                    if n == 0 { return .int(0) }
                    r = Swift.abs(r * n) / r.greatestCommonDivisor(with: n)
                }
                return .bigint(r)
            }
            g["isqrt"] = function("isqrt") { rt, a, kw in
                let n = rt.bigValue(rt.numeric(a[0]) ?? .int(0))
                if n < 0 { throw rt.valueError("isqrt() argument must be nonnegative") }
                return .bigint(n.squareRoot())
            }
            g["comb"] = function("comb") { rt, a, kw in
                let n = try rt.intArgument(a[0]), k = try rt.intArgument(a[1])
                if n < 0 || k < 0 { throw rt.valueError("n must be a non-negative integer") }
                if k > n { return .int(0) }
                var r = BigInt(1)
                for i in 0..<min(k, n - k) { r = r * BigInt(n - i) / BigInt(i + 1) }
                return .bigint(r)
            }
            g["perm"] = function("perm") { rt, a, kw in
                let n = try rt.intArgument(a[0])
                let k = a.count > 1 ? try rt.intArgument(a[1]) : n
                if k > n { return .int(0) }
                var r = BigInt(1)
                for i in 0..<k { r *= BigInt(n - i) }
                return .bigint(r)
            }
            g["prod"] = function("prod") { rt, a, kw in
                var acc: Value = Args(rt, "prod", a, kw).keyword("start") ?? .int(1)
                for x in try rt.toArray(a[0]) { acc = try rt.binary(.mul, acc, x) }
                return acc
            }
            g["fsum"] = function("fsum") { rt, a, kw in
                // Neumaier summation, exact for typical inputs
                var sum = 0.0, c = 0.0
                for x in try rt.toArray(a[0]) {
                    let v = try rt.floatArg(x, "fsum")
                    let t = sum + v
                    if Swift.abs(sum) >= Swift.abs(v) { c += (sum - t) + v } else { c += (v - t) + sum }
                    sum = t
                }
                return .float(sum + c)
            }
            g["modf"] = function("modf") { rt, a, kw in
                let x = try rt.floatArg(a[0], "modf")
                let i = x.rounded(.towardZero)
                return .object(PyTuple([.float(x - i), .float(i)]))
            }
            g["frexp"] = function("frexp") { rt, a, kw in
                let x = try rt.floatArg(a[0], "frexp")
                if x == 0 || !x.isFinite { return .object(PyTuple([.float(x), .int(0)])) }
                let e = x.exponent + 1
                return .object(PyTuple([.float(x / Foundation.pow(2, Double(e))), .int(Int(e))]))
            }
            g["ldexp"] = function("ldexp") { rt, a, kw in
                .float(try rt.floatArg(a[0], "ldexp") * Foundation.pow(2, Double(try rt.intArgument(a[1]))))
            }
            g["dist"] = function("dist") { rt, a, kw in
                let p = try rt.toArray(a[0]).map { try rt.floatArg($0, "dist") }, q = try rt.toArray(a[1]).map { try rt.floatArg($0, "dist") }
                return .float(zip(p, q).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot())
            }
        }
    }

    func makeStringModule() -> PyModule {
        makeModule("string") { g in
            g["ascii_lowercase"] = .string("abcdefghijklmnopqrstuvwxyz")
            g["ascii_uppercase"] = .string("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            g["ascii_letters"] = .string("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
            g["digits"] = .string("0123456789")
            g["hexdigits"] = .string("0123456789abcdefABCDEF")
            g["octdigits"] = .string("01234567")
            g["punctuation"] = .string("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
            g["whitespace"] = .string(" \t\n\r\u{0B}\u{0C}")
            g["printable"] = .string("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\u{0B}\u{0C}")
            g["capwords"] = function("capwords") { rt, a, kw in
                let s = try rt.str(a[0])
                let words = s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
                return .string(words.map { w in w.prefix(1).uppercased() + w.dropFirst().lowercased() }.joined(separator: " "))
            }
        }
    }

    func makeTypingModule() -> PyModule {
        makeModule("typing") { g in
            let names = ["Any", "Dict", "List", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Callable", "Iterable",
                         "Iterator", "Sequence", "Mapping", "MutableMapping", "Type", "TypeVar", "Generic", "Literal",
                         "NamedTuple", "TypedDict", "Protocol", "ClassVar", "Final", "Annotated", "cast", "overload",
                         "NoReturn", "Generator", "DefaultDict", "Deque", "Counter", "OrderedDict", "AnyStr", "Awaitable"]
            for n in names {
                let t = PyType(name: n, bases: [types.object], kind: .other, isBuiltin: true, module: "typing")
                t.mro = [t, types.object]
                t.attributes["__class_getitem__"] = .object(PyStaticMethod(.object(PyBuiltinFunction("__class_getitem__") { _, a, _ in .object(t) })))
                g[n] = .object(t)
            }
            g["cast"] = function("cast") { _, a, _ in a.count > 1 ? a[1] : .none }
            g["TypeVar"] = function("TypeVar") { rt, a, _ in a.first ?? .none }
            g["overload"] = function("overload") { _, a, _ in a[0] }
            g["TYPE_CHECKING"] = .bool(false)
        }
    }
}
