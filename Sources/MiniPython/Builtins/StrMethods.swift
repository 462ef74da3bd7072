// Methods of str.

private let pyWhitespace: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{1F}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}", "\u{2007}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]

package func isPySpace(_ c: Unicode.Scalar) -> Bool { pyWhitespace.contains(c) }

extension Runtime {
    func selfStr(_ args: [Value], _ name: String) throws -> PyStr {
        guard case .str(let s)? = args.first else {
            throw typeError("descriptor '\(name)' for 'str' objects doesn't apply to a '\(args.first.map { typeName($0) } ?? "NoneType")' object")
        }
        return s
    }

    func strArg(_ v: Value, _ what: String) throws -> String {
        guard case .str(let s) = v else { throw typeError("\(what), not \(typeName(v))") }
        return s.value
    }

    /// Optional start/end arguments clamped like slice indices.
    func startEnd(_ a: Args, _ from: Int, _ length: Int) throws -> (Int, Int) {
        func norm(_ v: Value?, _ d: Int) throws -> Int {
            guard let v, !v.isNone else { return d }
            var i = try intArgument(v)
            if i < 0 { i = max(i + length, 0) }
            return min(i, length)
        }
        return (try norm(a.at(from), 0), try norm(a.at(from + 1), length))
    }

    func installStrMethods() {
        let t = types.str
        method(t, "upper") { rt, a, kw in .string(try rt.selfStr(a, "upper").value.unicodeScalars.map { String($0.properties.uppercaseMapping) }.joined()) }
        method(t, "lower") { rt, a, kw in
            let scalars = Array(try rt.selfStr(a, "lower").value.unicodeScalars)
            var out = ""
            for (i, c) in scalars.enumerated() {
                // Capital sigma lowers to the final form "ς" at the end of a word, as in CPython.
                if c == "\u{03A3}" { out += isFinalSigma(scalars, at: i) ? "\u{03C2}" : "\u{03C3}"; continue }
                out += c.properties.lowercaseMapping
            }
            return .string(out)
        }
        method(t, "casefold") { rt, a, kw in
            // Full case folding: lower case, except where folding goes further ("ß" → "ss", "ς" → "σ").
            .string(try rt.selfStr(a, "casefold").value.unicodeScalars.map { c -> String in
                guard c.properties.changesWhenCaseFolded else { return String(c) }
                let lower = c.properties.lowercaseMapping
                guard lower.unicodeScalars.contains(where: { $0.properties.changesWhenCaseFolded }) else { return lower }
                return lower.unicodeScalars.map { $0.properties.uppercaseMapping }.joined().unicodeScalars
                    .map { $0.properties.lowercaseMapping }.joined()
            }.joined())
        }
        method(t, "swapcase") { rt, a, kw in
            .string(try rt.selfStr(a, "swapcase").value.unicodeScalars.map { c in
                c.properties.isUppercase ? String(c.properties.lowercaseMapping) : c.properties.isLowercase ? String(c.properties.uppercaseMapping) : String(c)
            }.joined())
        }
        method(t, "capitalize") { rt, a, kw in
            let s = try rt.selfStr(a, "capitalize").scalars
            guard let f = s.first else { return .string("") }
            return .string(String(f.properties.titlecaseMapping) + s.dropFirst().map { String($0.properties.lowercaseMapping) }.joined())
        }
        method(t, "title") { rt, a, kw in
            var out = ""
            var prevCased = false
            for c in try rt.selfStr(a, "title").scalars {
                let cased = c.properties.isCased
                if cased { out += prevCased ? String(c.properties.lowercaseMapping) : String(c.properties.titlecaseMapping) } else { out.unicodeScalars.append(c) }
                prevCased = cased || (prevCased && c.properties.isCaseIgnorable && c != " " && false)
                if !cased { prevCased = false }
            }
            return .string(out)
        }
        for (name, pred) in [
            ("isdigit", { (c: Unicode.Scalar) in c.properties.numericType == .decimal || c.properties.numericType == .digit }),
            ("isdecimal", { (c: Unicode.Scalar) in c.properties.numericType == .decimal }),
            ("isnumeric", { (c: Unicode.Scalar) in c.properties.numericType != nil }),
            ("isalpha", { (c: Unicode.Scalar) in c.properties.isAlphabetic && !c.properties.isEmojiPresentation && c.properties.generalCategory != .otherNumber && ["Lu", "Ll", "Lt", "Lm", "Lo"].contains(c.generalCategoryCode) }),
            ("isalnum", { (c: Unicode.Scalar) in ["Lu", "Ll", "Lt", "Lm", "Lo"].contains(c.generalCategoryCode) || c.properties.numericType != nil }),
            ("isspace", { (c: Unicode.Scalar) in isPySpace(c) }),
            ("isascii", { (c: Unicode.Scalar) in c.isASCII }),
        ] as [(String, (Unicode.Scalar) -> Bool)] {
            method(t, name) { rt, a, kw in
                try Args(rt, name, a, kw).method(0, 0)
                let s = try rt.selfStr(a, name)
                if name == "isascii" { return .bool(s.isASCII) }
                return .bool(!s.value.isEmpty && s.value.unicodeScalars.allSatisfy(pred))
            }
        }
        method(t, "isupper") { rt, a, kw in
            let s = try rt.selfStr(a, "isupper").value.unicodeScalars
            return .bool(s.contains { $0.properties.isUppercase } && !s.contains { $0.properties.isLowercase })
        }
        method(t, "islower") { rt, a, kw in
            let s = try rt.selfStr(a, "islower").value.unicodeScalars
            return .bool(s.contains { $0.properties.isLowercase } && !s.contains { $0.properties.isUppercase })
        }
        method(t, "istitle") { rt, a, kw in
            let s = try rt.selfStr(a, "istitle").value
            guard case .str(let titled) = try rt.call(try rt.getAttribute(.string(s), "title"), []) else { return .bool(false) }
            return .bool(s == titled.value && s.unicodeScalars.contains { $0.properties.isCased })
        }
        method(t, "isidentifier") { rt, a, kw in
            let s = try rt.selfStr(a, "isidentifier").scalars
            guard let f = s.first, f == "_" || f.properties.isXIDStart else { return .bool(false) }
            return .bool(s.dropFirst().allSatisfy { $0.properties.isXIDContinue })
        }
        for name in ["strip", "lstrip", "rstrip"] {
            method(t, name) { rt, a, kw in
                let args = Args(rt, name, a, kw)
                try args.method(0, 1)
                let s = try rt.selfStr(a, name).scalars
                var chars: Set<Unicode.Scalar>? = nil
                if let c = args.at(1), !c.isNone {
                    guard case .str(let cs) = c else { throw rt.typeError("\(name) arg must be None or str") }
                    chars = Set(cs.value.unicodeScalars)
                }
                let strip: (Unicode.Scalar) -> Bool = { c in chars.map { $0.contains(c) } ?? isPySpace(c) }
                var lo = 0, hi = s.count
                if name != "rstrip" { while lo < hi && strip(s[lo]) { lo += 1 } }
                if name != "lstrip" { while hi > lo && strip(s[hi - 1]) { hi -= 1 } }
                if lo == 0 && hi == s.count { return a[0] }
                return .string(String(String.UnicodeScalarView(s[lo..<hi])))
            }
        }
        method(t, "split") { rt, a, kw in try rt.strSplit(a, kw, fromRight: false) }
        method(t, "rsplit") { rt, a, kw in try rt.strSplit(a, kw, fromRight: true) }
        method(t, "splitlines") { rt, a, kw in
            let args = Args(rt, "splitlines", a, kw)
            let keep = try args.value(1, "keepends").map { try rt.isTrue($0) } ?? false
            let s = try rt.selfStr(a, "splitlines").scalars
            var out: [Value] = []
            var start = 0
            var i = 0
            let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}"]
            while i < s.count {
                if breaks.contains(s[i]) {
                    var end = i + 1
                    if s[i] == "\r" && i + 1 < s.count && s[i + 1] == "\n" { end = i + 2 }
                    out.append(.string(String(String.UnicodeScalarView(s[start..<(keep ? end : i)]))))
                    start = end
                    i = end
                } else { i += 1 }
            }
            if start < s.count { out.append(.string(String(String.UnicodeScalarView(s[start...])))) }
            return .object(PyList(out))
        }
        method(t, "join") { rt, a, kw in
            try Args(rt, "join", a, kw).method(1, 1)
            let sep = try rt.selfStr(a, "join").value
            if !rt.isIterable(a[1]) { throw rt.typeError("can only join an iterable") }
            let items = try rt.toArray(a[1])
            var parts: [String] = []
            parts.reserveCapacity(items.count)
            for (i, v) in items.enumerated() {
                guard case .str(let s) = v else { throw rt.typeError("sequence item \(i): expected str instance, \(rt.typeName(v)) found") }
                parts.append(s.value)
            }
            return try rt.makeStr(parts.joined(separator: sep))
        }
        method(t, "replace") { rt, a, kw in
            let args = Args(rt, "replace", a, kw)
            try args.method(2, 3)
            let s = try rt.selfStr(a, "replace")
            let old = try rt.strArg(a[1], "replace() argument 1 must be str")
            let new = try rt.strArg(a[2], "replace() argument 2 must be str")
            var count = a.count > 3 ? try rt.intArgument(a[3]) : -1
            if count < 0 { count = Int.max }
            let src = s.scalars, o = Array(old.unicodeScalars)
            var out = String.UnicodeScalarView()
            if o.isEmpty {
                var n = 0
                for c in src {
                    if n < count { out.append(contentsOf: new.unicodeScalars); n += 1 }
                    out.append(c)
                }
                if n < count { out.append(contentsOf: new.unicodeScalars) }
                return try rt.makeStr(String(out))
            }
            var i = 0, n = 0
            while i < src.count {
                if n < count, let j = Optional(findScalars(src, o, from: i)), j >= 0 {
                    out.append(contentsOf: src[i..<j])
                    out.append(contentsOf: new.unicodeScalars)
                    i = j + o.count
                    n += 1
                } else {
                    out.append(contentsOf: src[i...])
                    break
                }
            }
            return try rt.makeStr(String(out))
        }
        for name in ["startswith", "endswith"] {
            method(t, name) { rt, a, kw in
                let args = Args(rt, name, a, kw)
                try args.method(1, 3)
                let s = try rt.selfStr(a, name).scalars
                let (lo, hi) = try rt.startEnd(args, 2, s.count)
                let candidates: [Value]
                if case .object(let o as PyTuple) = a[1] { candidates = o.items } else { candidates = [a[1]] }
                for c in candidates {
                    guard case .str(let p) = c else {
                        throw rt.typeError("\(name) first arg must be str or a tuple of str, not \(rt.typeName(c))")
                    }
                    let ps = p.scalars
                    if hi - lo < ps.count || lo > s.count { continue }
                    let slice = name == "startswith" ? s[lo..<(lo + ps.count)] : s[(hi - ps.count)..<hi]
                    if Array(slice) == ps { return .bool(true) }
                }
                return .bool(false)
            }
        }
        for name in ["find", "rfind", "index", "rindex", "count"] {
            method(t, name) { rt, a, kw in
                let args = Args(rt, name, a, kw)
                try args.method(1, 3)
                let s = try rt.selfStr(a, name).scalars
                let sub = Array(try rt.strArg(a[1], "must be str").unicodeScalars)
                let (lo, hi) = try rt.startEnd(args, 2, s.count)
                if name == "count" {
                    if lo > s.count { return .int(0) }
                    if sub.isEmpty { return .int(max(hi - lo, -1) + 1) }
                    var n = 0, i = lo
                    while true { let j = findScalars(s, sub, from: i, to: hi); if j < 0 { break }; n += 1; i = j + sub.count }
                    return .int(n)
                }
                var found = -1
                if lo <= hi {
                    if name.hasPrefix("r") {
                        var i = hi - sub.count
                        while i >= lo { if Array(s[i..<(i + sub.count)]) == sub { found = i; break }; i -= 1 }
                    } else {
                        found = findScalars(s, sub, from: lo, to: hi)
                    }
                }
                if found < 0 && name.hasSuffix("index") { throw rt.valueError("substring not found") }
                return .int(found)
            }
        }
        method(t, "format") { rt, a, kw in
            let s = try rt.selfStr(a, "format").value
            return try rt.makeStr(try rt.formatString(s, Array(a.dropFirst()), kw))
        }
        method(t, "format_map") { rt, a, kw in
            let s = try rt.selfStr(a, "format_map").value
            guard a.count == 2, case .object(let d as PyDict) = a[1] else { throw rt.typeError("format_map() argument must be a dict") }
            let kws = try d.entries.map { (try rt.str($0.0), $0.1) }
            return try rt.makeStr(try rt.formatString(s, [], kws))
        }
        method(t, "zfill") { rt, a, kw in
            try Args(rt, "zfill", a, kw).method(1, 1)
            let s = try rt.selfStr(a, "zfill").scalars
            let width = try rt.intArgument(a[1])
            if s.count >= width { return a[0] }
            var out = String.UnicodeScalarView()
            var rest = s[...]
            if let f = s.first, f == "+" || f == "-" { out.append(f); rest = s.dropFirst() }
            out.append(contentsOf: String(repeating: "0", count: width - s.count).unicodeScalars)
            out.append(contentsOf: rest)
            return .string(String(out))
        }
        for name in ["center", "ljust", "rjust"] {
            method(t, name) { rt, a, kw in
                try Args(rt, name, a, kw).method(1, 2)
                let s = try rt.selfStr(a, name)
                let width = try rt.intArgument(a[1])
                var fill = " "
                if a.count > 2 {
                    guard case .str(let f) = a[2], f.count == 1 else {
                        throw rt.typeError("The fill character must be exactly one character long")
                    }
                    fill = f.value
                }
                let n = width - s.count
                if n <= 0 { return a[0] }
                switch name {
                case "ljust": return .string(s.value + String(repeating: fill, count: n))
                case "rjust": return .string(String(repeating: fill, count: n) + s.value)
                default:
                    let left = n / 2 + (n & width & 1)
                    return .string(String(repeating: fill, count: left) + s.value + String(repeating: fill, count: n - left))
                }
            }
        }
        for name in ["partition", "rpartition"] {
            method(t, name) { rt, a, kw in
                try Args(rt, name, a, kw).method(1, 1)
                let s = try rt.selfStr(a, name)
                let sep = Array(try rt.strArg(a[1], "must be str").unicodeScalars)
                if sep.isEmpty { throw rt.valueError("empty separator") }
                let sc = s.scalars
                var idx = -1
                if name == "partition" { idx = findScalars(sc, sep, from: 0) } else {
                    var i = sc.count - sep.count
                    while i >= 0 { if Array(sc[i..<(i + sep.count)]) == sep { idx = i; break }; i -= 1 }
                }
                let str = { (x: ArraySlice<Unicode.Scalar>) in Value.string(String(String.UnicodeScalarView(x))) }
                if idx < 0 {
                    return name == "partition" ? .object(PyTuple([a[0], .string(""), .string("")])) : .object(PyTuple([.string(""), .string(""), a[0]]))
                }
                return .object(PyTuple([str(sc[0..<idx]), a[1], str(sc[(idx + sep.count)...])]))
            }
        }
        method(t, "removeprefix") { rt, a, kw in
            let s = try rt.selfStr(a, "removeprefix").value
            let p = try rt.strArg(a[1], "removeprefix() argument must be str")
            if s.unicodeScalars.starts(with: p.unicodeScalars) { return .string(String(String.UnicodeScalarView(Array(s.unicodeScalars).dropFirst(p.unicodeScalars.count)))) }
            return a[0]
        }
        method(t, "removesuffix") { rt, a, kw in
            let s = try rt.selfStr(a, "removesuffix").value
            let p = try rt.strArg(a[1], "removesuffix() argument must be str")
            let ss = Array(s.unicodeScalars), ps = Array(p.unicodeScalars)
            if !ps.isEmpty && ss.count >= ps.count && Array(ss.suffix(ps.count)) == ps { return .string(String(String.UnicodeScalarView(ss.dropLast(ps.count)))) }
            return a[0]
        }
        method(t, "expandtabs") { rt, a, kw in
            let s = try rt.selfStr(a, "expandtabs").scalars
            let size = a.count > 1 ? try rt.intArgument(a[1]) : 8
            var out = String.UnicodeScalarView()
            var col = 0
            for c in s {
                if c == "\t" { let n = size > 0 ? size - col % size : 0; out.append(contentsOf: String(repeating: " ", count: n).unicodeScalars); col += n }
                else { out.append(c); col = (c == "\n" || c == "\r") ? 0 : col + 1 }
            }
            return .string(String(out))
        }
        method(t, "encode") { rt, a, kw in
            let args = Args(rt, "encode", a, kw)
            let s = try rt.selfStr(a, "encode").value
            let enc = try args.value(1, "encoding").map { try rt.str($0) } ?? "utf-8"
            let errors = try args.value(2, "errors").map { try rt.str($0) } ?? "strict"
            return .object(PyBytes(try rt.encodeString(s, encoding: enc, errors: errors)))
        }
        method(t, "__len__") { rt, a, kw in .int(try rt.selfStr(a, "__len__").count) }
        method(t, "__contains__") { rt, a, kw in .bool(try rt.contains(a[0], a[1])) }
        method(t, "__getitem__") { rt, a, kw in try rt.getItem(a[0], a[1]) }
        method(t, "__add__") { rt, a, kw in try rt.binary(.add, a[0], a[1]) }
        method(t, "__mul__") { rt, a, kw in try rt.binary(.mul, a[0], a[1]) }
        method(t, "__mod__") { rt, a, kw in try rt.binary(.mod, a[0], a[1]) }
        method(t, "__eq__") { rt, a, kw in .bool(try rt.equals(a[0], a[1])) }
        method(t, "__hash__") { rt, a, kw in .int(try rt.hash(a[0])) }
        method(t, "__str__") { rt, a, kw in a[0] }
        method(t, "__repr__") { rt, a, kw in .string(try rt.repr(a[0])) }
        method(t, "__format__") { rt, a, kw in .string(try rt.format(a[0], try rt.str(a[1]))) }
        t.attributes["maketrans"] = .object(PyStaticMethod(.object(PyBuiltinFunction("maketrans") { rt, a, kw in
            let d = PyDict()
            if a.count == 1, case .object(let src as PyDict) = a[0] {
                for (k, v) in src.entries {
                    if case .str(let ks) = k { try d.set(.int(Int(ks.scalar(at: 0).value)), v, rt) } else { try d.set(k, v, rt) }
                }
                return .object(d)
            }
            guard a.count >= 2, case .str(let x) = a[0], case .str(let y) = a[1] else { throw rt.typeError("maketrans() argument must be str") }
            if x.count != y.count { throw rt.valueError("the first two maketrans arguments must have equal length") }
            for (c1, c2) in zip(x.scalars, y.scalars) { try d.set(.int(Int(c1.value)), .int(Int(c2.value)), rt) }
            if a.count == 3, case .str(let z) = a[2] { for c in z.scalars { try d.set(.int(Int(c.value)), .none, rt) } }
            return .object(d)
        })))
        method(t, "translate") { rt, a, kw in
            let s = try rt.selfStr(a, "translate")
            var out = String.UnicodeScalarView()
            for c in s.scalars {
                let r: Value?
                do { r = try rt.getItem(a[1], .int(Int(c.value))) } catch let e as PyError where e.exception.cls.isSubtype(of: rt.types[exception: "LookupError"]) { r = nil }
                switch r {
                case nil: out.append(c)
                case .none?: break
                case .int(let i)?: if let u = Unicode.Scalar(UInt32(i)) { out.append(u) }
                case .str(let x)?: out.append(contentsOf: x.value.unicodeScalars)
                default: throw rt.typeError("character mapping must return integer, None or str")
                }
            }
            return .string(String(out))
        }
    }

    func strSplit(_ a: [Value], _ kw: [(String, Value)], fromRight: Bool) throws -> Value {
        let name = fromRight ? "rsplit" : "split"
        let args = Args(self, name, a, kw)
        try args.allowKeywords(["sep", "maxsplit"])
        let s = try selfStr(a, name).scalars
        let sepV = args.value(1, "sep")
        var maxsplit = try args.int(2, "maxsplit", default: -1)
        if maxsplit < 0 { maxsplit = Int.max }
        var out: [String] = []
        func str(_ x: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(x)) }
        if let sepV, !sepV.isNone {
            guard case .str(let sepS) = sepV else { throw typeError("must be str or None, not \(typeName(sepV))") }
            let sep = sepS.scalars
            if sep.isEmpty { throw valueError("empty separator") }
            if !fromRight {
                var i = 0, n = 0
                while n < maxsplit {
                    let j = findScalars(s, sep, from: i)
                    if j < 0 { break }
                    out.append(str(s[i..<j])); i = j + sep.count; n += 1
                }
                out.append(str(s[i...]))
            } else {
                var end = s.count, n = 0
                var i = s.count - sep.count
                while i >= 0 && n < maxsplit {
                    if Array(s[i..<(i + sep.count)]) == sep { out.append(str(s[(i + sep.count)..<end])); end = i; i -= sep.count; n += 1 } else { i -= 1 }
                }
                out.append(str(s[0..<end]))
                out.reverse()
            }
        } else {
            if !fromRight {
                var i = 0, n = 0
                while i < s.count {
                    while i < s.count && isPySpace(s[i]) { i += 1 }
                    if i >= s.count { break }
                    if n >= maxsplit {
                        var end = s.count
                        while end > i && isPySpace(s[end - 1]) { end -= 1 }
                        out.append(str(s[i..<end])); break
                    }
                    var j = i
                    while j < s.count && !isPySpace(s[j]) { j += 1 }
                    out.append(str(s[i..<j])); n += 1; i = j
                }
            } else {
                var i = s.count, n = 0
                while i > 0 {
                    while i > 0 && isPySpace(s[i - 1]) { i -= 1 }
                    if i <= 0 { break }
                    if n >= maxsplit {
                        var start = 0
                        while start < i && isPySpace(s[start]) { start += 1 }
                        out.append(str(s[start..<i])); break
                    }
                    var j = i
                    while j > 0 && !isPySpace(s[j - 1]) { j -= 1 }
                    out.append(str(s[j..<i])); n += 1; i = j
                }
                out.reverse()
            }
        }
        return .object(PyList(out.map { .string($0) }))
    }
}

extension Unicode.Scalar {
    var generalCategoryCode: String {
        switch properties.generalCategory {
        case .uppercaseLetter: return "Lu"
        case .lowercaseLetter: return "Ll"
        case .titlecaseLetter: return "Lt"
        case .modifierLetter: return "Lm"
        case .otherLetter: return "Lo"
        default: return "?"
        }
    }
}

/// Unicode's Final_Sigma condition (CPython's `handle_capital_sigma`): a cased letter comes before the
/// sigma and none after it, skipping case-ignorable characters on both sides.
private func isFinalSigma(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    var before = index - 1
    while before >= 0, scalars[before].properties.isCaseIgnorable { before -= 1 }
    guard before >= 0, scalars[before].properties.isCased else { return false }
    var after = index + 1
    while after < scalars.count, scalars[after].properties.isCaseIgnorable { after += 1 }
    return !(after < scalars.count && scalars[after].properties.isCased)
}
