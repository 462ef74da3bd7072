// Fast paths for the hottest str methods: byte operations on the UTF-8 storage instead of code-point arrays.
// Each one handles only plain calls (no keywords, the usual argument types) and returns nil for anything else,
// which then runs the general method in StrMethods.swift: behaviour, error messages and memory charges are
// unchanged. Searching and splitting work on UTF-8 bytes for any string (UTF-8 is self-synchronising, so a byte
// match of a valid needle is a code-point match); whatever depends on character classes or returns an index
// needs an ASCII string, where bytes and code points coincide.

@inline(__always) private func piece(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, ascii: Bool) -> Value {
    let s = String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)
    return .str(ascii ? PyStr(ascii: s) : PyStr(s))
}

/// Python's whitespace among the ASCII characters (str.split() and str.strip() without arguments).
@inline(__always) private func isASCIISpace(_ c: UInt8) -> Bool {
    c == 32 || (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x1F)
}

/// The first byte index `i` in `from...end - needle.count` where `needle` starts, or -1.
private func byteFind(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
    let m = n.count
    if m == 0 { return from <= end ? from : -1 }
    if m > end - from { return -1 }
    let first = n[0]
    var i = from
    let last = end - m
    while i <= last {
        if h[i] == first {
            var j = 1
            while j < m && h[i + j] == n[j] { j += 1 }
            if j == m { return i }
        }
        i += 1
    }
    return -1
}

/// The last byte index `i` in `from...end - needle.count` where `needle` starts, or -1.
private func byteRFind(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int {
    let m = n.count
    if m > end - from { return -1 }
    var i = end - m
    while i >= from {
        var j = 0
        while j < m && h[i + j] == n[j] { j += 1 }
        if j == m { return i }
        i -= 1
    }
    return -1
}

@inline(__always) private func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ at: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var j = 0
    while j < b.count { if a[at + j] != b[j] { return false }; j += 1 }
    return true
}

extension Runtime {
    /// Puts `fast` in front of the str method `name`: when it returns nil, the general method runs.
    private func strFastPath(_ name: String, _ fast: @escaping (Runtime, [Value]) throws -> Value?) {
        guard case .object(let o)? = types.str.attributes[name], let general = o as? PyBuiltinFunction else {
            preconditionFailure("str.\(name) is not installed")
        }
        let slow = general.body
        types.str.attributes[name] = .object(PyBuiltinFunction(name, qualifier: general.qualifier, selfValue: nil) { rt, a, kw in
            if kw.isEmpty, let r = try fast(rt, a) { return r }
            return try slow(rt, a, kw)
        })
    }

    func installStrFastPaths() {
        strFastPath("split") { rt, a in try rt.fastSplit(a, fromRight: false) }
        strFastPath("rsplit") { rt, a in try rt.fastSplit(a, fromRight: true) }
        for name in ["partition", "rpartition"] {
            let right = name == "rpartition"
            strFastPath(name) { _, a in
                guard a.count == 2, case .str(let s) = a[0], case .str(let sep) = a[1], !sep.value.isEmpty else { return nil }
                let ascii = s.isASCII
                return sep.withUTF8 { sb in
                    s.withUTF8 { b in
                        let i = right ? byteRFind(b, sb, from: 0, to: b.count) : byteFind(b, sb, from: 0, to: b.count)
                        if i < 0 {
                            return right ? .object(PyTuple([.string(""), .string(""), a[0]])) : .object(PyTuple([a[0], .string(""), .string("")]))
                        }
                        return .object(PyTuple([piece(b, 0, i, ascii: ascii), a[1], piece(b, i + sb.count, b.count, ascii: ascii)]))
                    }
                }
            }
        }
        strFastPath("replace") { rt, a in
            guard a.count == 3 || a.count == 4, case .str(let s) = a[0], case .str(let old) = a[1], case .str(let new) = a[2],
                  !old.value.isEmpty else { return nil }
            var count = Int.max
            if a.count == 4 {
                guard case .int(let c) = a[3] else { return nil }
                if c >= 0 { count = c }
            }
            let out: [UInt8] = old.withUTF8 { ob in
                new.withUTF8 { nb in
                    s.withUTF8 { b in
                        var out: [UInt8] = []
                        out.reserveCapacity(b.count)
                        var i = 0, n = 0
                        while n < count {
                            let j = byteFind(b, ob, from: i, to: b.count)
                            if j < 0 { break }
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                            out.append(contentsOf: nb)
                            i = j + ob.count
                            n += 1
                        }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<b.count]))
                        return out
                    }
                }
            }
            return try rt.makeStr(String(decoding: out, as: UTF8.self), ascii: s.isASCII && new.isASCII)
        }
        for name in ["startswith", "endswith"] {
            let start = name == "startswith"
            strFastPath(name) { _, a in
                guard a.count == 2, case .str(let s) = a[0] else { return nil }
                let candidates: [Value]
                if case .object(let t as PyTuple) = a[1] { candidates = t.items } else { candidates = [a[1]] }
                return s.withUTF8 { b -> Value? in
                    for c in candidates {
                        guard case .str(let p) = c else { return nil }
                        let hit = p.withUTF8 { pb in
                            pb.count <= b.count && bytesEqual(b, start ? 0 : b.count - pb.count, pb)
                        }
                        if hit { return .bool(true) }
                    }
                    return .bool(false)
                }
            }
        }
        for name in ["find", "rfind", "index", "rindex", "count"] {
            let right = name.hasPrefix("r")
            let isIndex = name.hasSuffix("index")
            strFastPath(name) { _, a in
                guard a.count == 2, case .str(let s) = a[0], case .str(let sub) = a[1], s.isASCII, sub.isASCII else { return nil }
                return sub.withUTF8 { nb -> Value? in
                    s.withUTF8 { b -> Value? in
                        if name == "count" {
                            if nb.isEmpty { return .int(b.count + 1) }
                            var n = 0, i = 0
                            while true {
                                let j = byteFind(b, nb, from: i, to: b.count)
                                if j < 0 { break }
                                n += 1; i = j + nb.count
                            }
                            return .int(n)
                        }
                        let found = right ? byteRFind(b, nb, from: 0, to: b.count) : byteFind(b, nb, from: 0, to: b.count)
                        if found < 0 && isIndex { return nil }  // the general method raises the error
                        return .int(found)
                    }
                }
            }
        }
        for (name, upper) in [("upper", true), ("lower", false)] {
            strFastPath(name) { _, a in
                guard a.count == 1, case .str(let s) = a[0], s.isASCII else { return nil }
                let r = s.withUTF8 { b in
                    String(unsafeUninitializedCapacity: b.count) { out in
                        for i in 0..<b.count {
                            let c = b[i]
                            if upper { out[i] = c >= 97 && c <= 122 ? c - 32 : c } else { out[i] = c >= 65 && c <= 90 ? c + 32 : c }
                        }
                        return b.count
                    }
                }
                return .str(PyStr(ascii: r))
            }
        }
        for name in ["strip", "lstrip", "rstrip"] {
            strFastPath(name) { _, a in
                guard a.count <= 2, case .str(let s) = a[0], s.isASCII else { return nil }
                var table: [Bool]? = nil
                if a.count == 2 {
                    switch a[1] {
                    case .none: break
                    case .str(let chars):
                        guard chars.isASCII else { return nil }
                        var t = [Bool](repeating: false, count: 128)
                        chars.withUTF8 { for c in $0 { t[Int(c)] = true } }
                        table = t
                    default: return nil
                    }
                }
                return s.withUTF8 { b in
                    let strip: (UInt8) -> Bool = { c in table.map { $0[Int(c)] } ?? isASCIISpace(c) }
                    var lo = 0, hi = b.count
                    if name != "rstrip" { while lo < hi && strip(b[lo]) { lo += 1 } }
                    if name != "lstrip" { while hi > lo && strip(b[hi - 1]) { hi -= 1 } }
                    if lo == 0 && hi == b.count { return a[0] }
                    return piece(b, lo, hi, ascii: true)
                }
            }
        }
        let predicates: [(String, (UInt8) -> Bool)] = [
            ("isdigit", { $0 >= 48 && $0 <= 57 }), ("isdecimal", { $0 >= 48 && $0 <= 57 }), ("isnumeric", { $0 >= 48 && $0 <= 57 }),
            ("isalpha", { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }),
            ("isalnum", { ($0 >= 48 && $0 <= 57) || (($0 | 0x20) >= 97 && ($0 | 0x20) <= 122) }),
            ("isspace", { isASCIISpace($0) }),
        ]
        for (name, pred) in predicates {
            strFastPath(name) { _, a in
                guard a.count == 1, case .str(let s) = a[0], s.isASCII else { return nil }
                return s.withUTF8 { b in .bool(!b.isEmpty && b.allSatisfy(pred)) }
            }
        }
    }

    private func fastSplit(_ a: [Value], fromRight: Bool) throws -> Value? {
        guard a.count <= 3, case .str(let s) = a[0] else { return nil }
        var maxsplit = Int.max
        if a.count == 3 {
            guard case .int(let m) = a[2] else { return nil }
            if m >= 0 { maxsplit = m }
        }
        var sep: PyStr? = nil
        if a.count >= 2 {
            switch a[1] {
            case .none: break
            case .str(let p): if p.value.isEmpty { return nil }; sep = p
            default: return nil
            }
        }
        let ascii = s.isASCII
        var out: [Value] = []
        if let sep {
            sep.withUTF8 { sb in
                s.withUTF8 { b in
                    let m = sb.count
                    if !fromRight {
                        var i = 0, n = 0
                        while n < maxsplit {
                            let j = byteFind(b, sb, from: i, to: b.count)
                            if j < 0 { break }
                            out.append(piece(b, i, j, ascii: ascii)); i = j + m; n += 1
                        }
                        out.append(piece(b, i, b.count, ascii: ascii))
                    } else {
                        var end = b.count, n = 0
                        var i = b.count - m
                        while i >= 0 && n < maxsplit {
                            if bytesEqual(b, i, sb) { out.append(piece(b, i + m, end, ascii: ascii)); end = i; i -= m; n += 1 } else { i -= 1 }
                        }
                        out.append(piece(b, 0, end, ascii: ascii))
                        out.reverse()
                    }
                }
            }
            return .object(PyList(out))
        }
        guard ascii else { return nil }
        s.withUTF8 { b in
            let count = b.count
            if !fromRight {
                var i = 0, n = 0
                while i < count {
                    while i < count && isASCIISpace(b[i]) { i += 1 }
                    if i >= count { break }
                    if n >= maxsplit {
                        var end = count
                        while end > i && isASCIISpace(b[end - 1]) { end -= 1 }
                        out.append(piece(b, i, end, ascii: true)); break
                    }
                    var j = i
                    while j < count && !isASCIISpace(b[j]) { j += 1 }
                    out.append(piece(b, i, j, ascii: true)); n += 1; i = j
                }
            } else {
                var i = count, n = 0
                while i > 0 {
                    while i > 0 && isASCIISpace(b[i - 1]) { i -= 1 }
                    if i <= 0 { break }
                    if n >= maxsplit {
                        var start = 0
                        while start < i && isASCIISpace(b[start]) { start += 1 }
                        out.append(piece(b, start, i, ascii: true)); break
                    }
                    var j = i
                    while j > 0 && !isASCIISpace(b[j - 1]) { j -= 1 }
                    out.append(piece(b, j, i, ascii: true)); n += 1; i = j
                }
                out.reverse()
            }
        }
        return .object(PyList(out))
    }
}
