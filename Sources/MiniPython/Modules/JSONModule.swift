// json: dumps/loads/dump/load with CPython's output and error messages.
import BigInt

extension Runtime {
    func makeJSONModule() throws -> PyModule {
        let decodeError = PyType(name: "JSONDecodeError", bases: [types[exception: "ValueError"]], kind: .exception, isBuiltin: false, module: "json.decoder")
        decodeError.isException = true
        decodeError.mro = PyType.computeMRO(decodeError)!
        nativeTypes["JSONDecodeError"] = decodeError
        return makeModule("json") { g in
            g["JSONDecodeError"] = .object(decodeError)
            g["dumps"] = function("dumps") { rt, a, kw in
                let args = Args(rt, "dumps", a, kw)
                try args.range(1, 1)
                return try rt.makeStr(try rt.jsonDumps(a[0], args))
            }
            g["dump"] = function("dump") { rt, a, kw in
                let args = Args(rt, "dump", a, kw)
                try args.range(2, 2)
                let text = try rt.jsonDumps(a[0], args)
                _ = try rt.call(try rt.getAttribute(a[1], "write"), [.string(text)])
                return .none
            }
            g["loads"] = function("loads") { rt, a, kw in
                try Args(rt, "loads", a, kw).range(1, 1)
                let text: String
                switch a[0] {
                case .str(let s): text = s.value
                case .object(let b as PyBytes): text = String(decoding: b.bytes, as: UTF8.self)
                default: throw rt.typeError("the JSON object must be str, bytes or bytearray, not \(rt.typeName(a[0]))")
                }
                return try rt.jsonLoads(text, Args(rt, "loads", a, kw))
            }
            g["load"] = function("load") { rt, a, kw in
                let text = try rt.str(try rt.call(try rt.getAttribute(a[0], "read"), []))
                return try rt.jsonLoads(text, Args(rt, "load", a, kw))
            }
        }
    }

    func jsonDumps(_ v: Value, _ args: Args) throws -> String {
        var indent: String? = nil
        if let i = args.keyword("indent"), !i.isNone {
            if case .str(let s) = i { indent = s.value } else { indent = String(repeating: " ", count: max(try intArgument(i), 0)) }
        }
        var itemSep = indent == nil ? ", " : ","
        var keySep = ": "
        if let s = args.keyword("separators"), !s.isNone {
            let parts = try toArray(s)
            guard parts.count == 2 else { throw valueError("too many values to unpack (expected 2)") }
            itemSep = try str(parts[0]); keySep = try str(parts[1])
        }
        let sortKeys = try args.keyword("sort_keys").map { try isTrue($0) } ?? false
        let ensureASCII = try args.keyword("ensure_ascii").map { try isTrue($0) } ?? true
        let allowNaN = try args.keyword("allow_nan").map { try isTrue($0) } ?? true
        let skipKeys = try args.keyword("skipkeys").map { try isTrue($0) } ?? false
        let defaultFn = args.keyword("default").flatMap { $0.isNone ? nil : $0 }
        var out = ""
        var stack = Set<ObjectIdentifier>()

        func quote(_ s: String) -> String { PyJSONEncoder.encodeString(s, ensureASCII: ensureASCII) }
        func floatText(_ d: Double) throws -> String {
            if d.isNaN || d.isInfinite {
                if !allowNaN { throw valueError("Out of range float values are not JSON compliant: \(PyFloatRepr.repr(d))") }
                return d.isNaN ? "NaN" : d > 0 ? "Infinity" : "-Infinity"
            }
            return PyFloatRepr.repr(d)
        }
        func emit(_ v: Value, _ level: Int) throws {
            try tick()
            switch v {
            case .none: out += "null"
            case .bool(let b): out += b ? "true" : "false"
            case .int(let i): out += String(i)
            case .float(let d): out += try floatText(d)
            case .str(let s): out += quote(s.value)
            case .object(let o):
                if let b = o as? PyBigInt { out += b.value.description; return }
                let isList = o is PyList || o is PyTuple
                if isList || o is PyDict {
                    let id = ObjectIdentifier(o)
                    if stack.contains(id) { throw valueError("Circular reference detected") }
                    stack.insert(id)
                    defer { stack.remove(id) }
                    let newline = indent.map { "\n" + String(repeating: $0, count: level + 1) }
                    let closing = indent.map { "\n" + String(repeating: $0, count: level) } ?? ""
                    if isList {
                        let items = (o as? PyList)?.items ?? (o as! PyTuple).items
                        if items.isEmpty { out += "[]"; return }
                        out += "["
                        for (i, x) in items.enumerated() {
                            if i > 0 { out += itemSep }
                            if let nl = newline { out += nl }
                            try emit(x, level + 1)
                        }
                        out += closing + "]"
                        return
                    }
                    let d = o as! PyDict
                    if d.count == 0 { out += "{}"; return }
                    var entries = d.entries
                    if sortKeys {
                        try entries.sort { try lessThan($0.0, $1.0) }
                    }
                    out += "{"
                    var first = true
                    for (k, x) in entries {
                        let key: String
                        switch k {
                        case .str(let s): key = s.value
                        case .int(let i): key = String(i)
                        case .float(let f): key = try floatText(f)
                        case .bool(let b): key = b ? "true" : "false"
                        case .none: key = "null"
                        case .object(let bo as PyBigInt): key = bo.value.description
                        default:
                            if skipKeys { continue }
                            throw typeError("keys must be str, int, float, bool or None, not \(typeName(k))")
                        }
                        if !first { out += itemSep }
                        first = false
                        if let nl = newline { out += nl }
                        out += quote(key) + keySep
                        try emit(x, level + 1)
                    }
                    out += closing + "}"
                    return
                }
                if let fn = defaultFn {
                    let id = ObjectIdentifier(o)
                    if stack.contains(id) { throw valueError("Circular reference detected") }
                    stack.insert(id)
                    defer { stack.remove(id) }
                    try emit(try call(fn, [v]), level)
                    return
                }
                throw typeError("Object of type \(typeOf(v).name) is not JSON serializable")
            }
        }
        try emit(v, 0)
        return out
    }

    func jsonDecodeError(_ msg: String, _ doc: [Unicode.Scalar], _ pos: Int) -> PyError {
        var line = 1, col = 1
        for i in 0..<min(pos, doc.count) { if doc[i] == "\n" { line += 1; col = 1 } else { col += 1 } }
        if nativeTypes["JSONDecodeError"] == nil { _ = try? importModule("json") }
        let type = nativeTypes["JSONDecodeError"] ?? types[exception: "ValueError"]
        let e = newException(type, [.string("\(msg): line \(line) column \(col) (char \(pos))")])
        e.attributes["msg"] = .string(msg)
        e.attributes["pos"] = .int(pos)
        e.attributes["lineno"] = .int(line)
        e.attributes["colno"] = .int(col)
        e.attributes["doc"] = .string(String(String.UnicodeScalarView(doc)))
        return PyError(e)
    }

    func jsonLoads(_ text: String, _ args: Args) throws -> Value {
        let s = Array(text.unicodeScalars)
        var i = 0
        let objectHook = args.keyword("object_hook").flatMap { $0.isNone ? nil : $0 }
        let parseFloatHook = args.keyword("parse_float").flatMap { $0.isNone ? nil : $0 }
        func ws() { while i < s.count && (s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\r") { i += 1 } }
        func parseString() throws -> String {
            let start = i
            i += 1
            var out = String.UnicodeScalarView()
            while true {
                guard i < s.count else { throw jsonDecodeError("Unterminated string starting at", s, start) }
                let c = s[i]
                if c == "\"" { i += 1; return String(out) }
                if c.value < 0x20 { throw jsonDecodeError("Invalid control character at", s, i) }
                if c != "\\" { out.append(c); i += 1; continue }
                guard i + 1 < s.count else { throw jsonDecodeError("Unterminated string starting at", s, start) }
                let e = s[i + 1]
                switch e {
                case "\"": out.append("\""); i += 2
                case "\\": out.append("\\"); i += 2
                case "/": out.append("/"); i += 2
                case "b": out.append("\u{08}"); i += 2
                case "f": out.append("\u{0C}"); i += 2
                case "n": out.append("\n"); i += 2
                case "r": out.append("\r"); i += 2
                case "t": out.append("\t"); i += 2
                case "u":
                    func hex4(_ at: Int) -> UInt32? {
                        guard at + 4 <= s.count else { return nil }
                        return UInt32(String(String.UnicodeScalarView(s[at..<(at + 4)])), radix: 16)
                    }
                    guard let v = hex4(i + 2) else { throw jsonDecodeError("Invalid \\uXXXX escape", s, i + 1) }
                    i += 6
                    if v >= 0xD800 && v < 0xDC00, i + 1 < s.count, s[i] == "\\", s[i + 1] == "u", let low = hex4(i + 2), low >= 0xDC00 && low < 0xE000 {
                        out.append(Unicode.Scalar(0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00))!)
                        i += 6
                    } else if let u = Unicode.Scalar(v) { out.append(u) } else { out.append("\u{FFFD}") }
                default: throw jsonDecodeError("Invalid \\escape", s, i)
                }
            }
        }
        func parseValue(_ depth: Int) throws -> Value {
            if depth > 900 { throw error("RecursionError", "maximum recursion depth exceeded while decoding a JSON document") }
            guard i < s.count else { throw jsonDecodeError("Expecting value", s, i) }
            let c = s[i]
            switch c {
            case "\"": return try makeStr(try parseString())
            case "{":
                i += 1
                let d = PyDict()
                ws()
                if i < s.count && s[i] == "}" { i += 1; return try objectHook.map { try call($0, [.object(d)]) } ?? .object(d) }
                while true {
                    guard i < s.count, s[i] == "\"" else { throw jsonDecodeError("Expecting property name enclosed in double quotes", s, i) }
                    let k = try parseString()
                    ws()
                    guard i < s.count, s[i] == ":" else { throw jsonDecodeError("Expecting ':' delimiter", s, i) }
                    i += 1
                    ws()
                    let v = try parseValue(depth + 1)
                    try d.set(.string(k), v, self)
                    ws()
                    if i < s.count && s[i] == "," { i += 1; ws(); continue }
                    if i < s.count && s[i] == "}" { i += 1; break }
                    throw jsonDecodeError("Expecting ',' delimiter", s, i)
                }
                return try objectHook.map { try call($0, [.object(d)]) } ?? .object(d)
            case "[":
                i += 1
                var items: [Value] = []
                ws()
                if i < s.count && s[i] == "]" { i += 1; return .object(PyList()) }
                while true {
                    ws()
                    items.append(try parseValue(depth + 1))
                    ws()
                    if i < s.count && s[i] == "," { i += 1; continue }
                    if i < s.count && s[i] == "]" { i += 1; break }
                    throw jsonDecodeError("Expecting ',' delimiter", s, i)
                }
                return .object(PyList(items))
            default:
                func matches(_ word: String) -> Bool {
                    let w = Array(word.unicodeScalars)
                    return i + w.count <= s.count && Array(s[i..<(i + w.count)]) == w
                }
                if matches("null") { i += 4; return .none }
                if matches("true") { i += 4; return .bool(true) }
                if matches("false") { i += 5; return .bool(false) }
                if matches("NaN") { i += 3; return .float(.nan) }
                if matches("Infinity") { i += 8; return .float(.infinity) }
                if matches("-Infinity") { i += 9; return .float(-.infinity) }
                // number: -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?
                let start = i
                var j = i
                if j < s.count && s[j] == "-" { j += 1 }
                func isDigit(_ k: Int) -> Bool { k < s.count && s[k] >= "0" && s[k] <= "9" }
                guard isDigit(j) else { throw jsonDecodeError("Expecting value", s, start) }
                if s[j] == "0" { j += 1 } else { while isDigit(j) { j += 1 } }
                var isFloat = false
                if j < s.count && s[j] == "." && isDigit(j + 1) { isFloat = true; j += 1; while isDigit(j) { j += 1 } }
                if j < s.count && (s[j] == "e" || s[j] == "E") {
                    var k = j + 1
                    if k < s.count && (s[k] == "+" || s[k] == "-") { k += 1 }
                    if isDigit(k) { isFloat = true; j = k; while isDigit(j) { j += 1 } }
                }
                i = j
                let text = String(String.UnicodeScalarView(s[start..<j]))
                if isFloat {
                    if let hook = parseFloatHook { return try call(hook, [.string(text)]) }
                    return .float(Double(text) ?? 0)
                }
                if let v = Int(text) { return .int(v) }
                return .bigint(BigInt(text) ?? 0)
            }
        }
        ws()
        let v = try parseValue(0)
        ws()
        if i != s.count { throw jsonDecodeError("Extra data", s, i) }
        return v
    }
}
