// re: patterns and matches over pytext's PyRegex engine.

package final class PyPattern: PyNativeObject {
    let regex: PyRegex
    let flagsGiven: Int
    init(_ r: PyRegex, flags: Int, type: PyType) { regex = r; flagsGiven = flags; super.init(type: type) }
    package override func repr(_ rt: Runtime) throws -> String {
        var names: [String] = []
        let f = regex.flags.rawValue
        for (bit, name) in [(256, "re.ASCII"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"), (16, "re.DOTALL"), (64, "re.VERBOSE")] where f & bit != 0 {
            names.append(name)
        }
        let p = quoteString(regex.pattern)
        return names.isEmpty ? "re.compile(\(p))" : "re.compile(\(p), \(names.joined(separator: "|")))"
    }
    package override func attribute(_ name: String, _ rt: Runtime) throws -> Value? {
        switch name {
        case "pattern": return .string(regex.pattern)
        case "flags": return .int(regex.flags.rawValue)
        case "groups": return .int(regex.groups)
        case "groupindex":
            let d = PyDict()
            for (n, i) in regex.groupIndex { try d.set(.string(n), .int(i), rt) }
            return .object(d)
        default: return nil
        }
    }
    package override func hash(_ rt: Runtime) throws -> Int? { PyStr(regex.pattern).hash ^ regex.flags.rawValue }
}

package final class PyMatch: PyNativeObject {
    let m: PyRegexMatch
    let text: [UInt32]
    let string: Value
    let pattern: PyPattern
    let pos: Int, endpos: Int
    init(_ m: PyRegexMatch, text: [UInt32], string: Value, pattern: PyPattern, pos: Int, endpos: Int, type: PyType) {
        self.m = m; self.text = text; self.string = string; self.pattern = pattern; self.pos = pos; self.endpos = endpos
        super.init(type: type)
    }
    func groupIndex(_ g: Value, _ rt: Runtime) throws -> Int {
        switch g {
        case .int(let i):
            if i < 0 || i > pattern.regex.groups { throw rt.indexError("no such group") }
            return i
        case .str(let s):
            guard let i = pattern.regex.groupIndex.first(where: { $0.name == s.value })?.index else { throw rt.indexError("no such group") }
            return i
        default:
            throw rt.indexError("no such group")
        }
    }
    func group(_ i: Int, default d: Value = .none) -> Value {
        PyRegex.group(m, i, in: text).map { .string($0) } ?? d
    }
    package override func repr(_ rt: Runtime) throws -> String {
        "<re.Match object; span=(\(m.start), \(m.end)), match=\(try rt.repr(group(0)))>"
    }
    package override func getItem(_ key: Value, _ rt: Runtime) throws -> Value? { group(try groupIndex(key, rt)) }
    package override func attribute(_ name: String, _ rt: Runtime) throws -> Value? {
        switch name {
        case "string": return string
        case "re": return .object(pattern)
        case "pos": return .int(pos)
        case "endpos": return .int(endpos)
        case "lastindex": return m.lastIndex.map { .int($0) } ?? Value.none
        case "lastgroup":
            guard let li = m.lastIndex, let n = pattern.regex.groupIndex.first(where: { $0.index == li }) else { return Value.none }
            return .string(n.name)
        default: return nil
        }
    }
}

extension Runtime {
    func regexError(_ e: PyRegexError) -> PyError {
        switch e.kind {
        case .reError:
            let err = newException(nativeTypes["re.error"]!, [.string(e.message)])
            err.attributes["msg"] = .string(e.msg)
            err.attributes["pos"] = e.pos.map { .int($0) } ?? Value.none
            err.attributes["pattern"] = Value.none
            return PyError(err)
        case .overflowError: return overflowError(e.message)
        case .valueError: return valueError(e.message)
        case .indexError: return indexError(e.message)
        }
    }

    func regexBudget() -> () -> Bool {
        { [unowned self] in
            self.steps &+= 64
            return self.steps <= self.hardStepLimit
        }
    }

    func makeReModule() throws -> PyModule {
        let errorType = PyType(name: "error", bases: [types.exception], kind: .exception, isBuiltin: false, module: "re")
        errorType.mro = PyType.computeMRO(errorType)!
        errorType.isException = true
        nativeTypes["re.error"] = errorType
        let patternType = PyType(name: "Pattern", bases: [types.object], kind: .other, isBuiltin: true, module: "re")
        patternType.mro = [patternType, types.object]
        let matchType = PyType(name: "Match", bases: [types.object], kind: .other, isBuiltin: true, module: "re")
        matchType.mro = [matchType, types.object]
        var cache: [String: PyPattern] = [:]

        func compile(_ rt: Runtime, _ p: Value, _ flags: Value?) throws -> PyPattern {
            if case .object(let o as PyPattern) = p {
                if let f = flags, (try? rt.intArgument(f)) ?? 0 != 0 { throw rt.valueError("cannot process flags argument with a compiled pattern") }
                return o
            }
            guard case .str(let s) = p else {
                throw rt.typeError("first argument must be string or compiled pattern")
            }
            let f = try flags.map { try rt.intArgument($0) } ?? 0
            let key = "\(f):\(s.value)"
            if let c = cache[key] { return c }
            do {
                let r = try PyRegex(s.value, flags: PyRegexFlags(rawValue: f))
                let pat = PyPattern(r, flags: f, type: patternType)
                cache[key] = pat
                return pat
            } catch let e {
                throw rt.regexError(e)
            }
        }
        func subject(_ rt: Runtime, _ v: Value) throws -> [UInt32] {
            guard case .str(let s) = v else { throw rt.typeError("expected string or bytes-like object, got '\(rt.typeName(v))'") }
            return PyRegex.codePoints(s.value)
        }
        func run(_ rt: Runtime, _ pat: PyPattern, _ mode: PyRegex.Mode, _ string: Value, _ pos: Int, _ endpos: Int?) throws -> Value {
            let text = try subject(rt, string)
            let r: PyRegexMatch?
            do { r = try pat.regex.execute(text, mode: mode, pos: pos, endpos: endpos, budget: rt.regexBudget()) } catch { throw Halt.stepBudgetExhausted }
            guard let m = r else { return .none }
            return .object(PyMatch(m, text: text, string: string, pattern: pat, pos: pos, endpos: min(endpos ?? text.count, text.count), type: matchType))
        }
        func allMatches(_ rt: Runtime, _ pat: PyPattern, _ text: [UInt32], limit: Int = 0, pos: Int = 0, endpos: Int? = nil) throws -> [PyRegexMatch] {
            do { return try pat.regex.matches(text, pos: pos, endpos: endpos, limit: limit, budget: rt.regexBudget()) } catch { throw Halt.stepBudgetExhausted }
        }
        func findall(_ rt: Runtime, _ pat: PyPattern, _ string: Value, pos: Int = 0, endpos: Int? = nil) throws -> Value {
            let text = try subject(rt, string)
            var out: [Value] = []
            for m in try allMatches(rt, pat, text, pos: pos, endpos: endpos) {
                switch pat.regex.groups {
                case 0: out.append(.string(PyRegex.group(m, 0, in: text) ?? ""))
                case 1: out.append(.string(PyRegex.group(m, 1, in: text) ?? ""))
                default: out.append(.object(PyTuple((1...pat.regex.groups).map { .string(PyRegex.group(m, $0, in: text) ?? "") })))
                }
            }
            return .object(PyList(out))
        }
        func sub(_ rt: Runtime, _ pat: PyPattern, _ repl: Value, _ string: Value, _ count: Int) throws -> (String, Int) {
            let text = try subject(rt, string)
            var template: PyRegexTemplate? = nil
            if case .str(let r) = repl {
                do throws(PyRegexError) { template = try PyRegexTemplate(r.value, for: pat.regex) } catch { throw rt.regexError(error) }
            }
            var out = ""
            var last = 0
            let ms = try allMatches(rt, pat, text, limit: max(count, 0))
            for m in ms {
                out += PyRegex.string(text[last..<m.start])
                if let t = template { out += t.expand(m, in: text) } else {
                    let r = try rt.call(repl, [.object(PyMatch(m, text: text, string: string, pattern: pat, pos: 0, endpos: text.count, type: matchType))])
                    guard case .str(let s) = r else { throw rt.typeError("expected str instance, \(rt.typeName(r)) found") }
                    out += s.value
                }
                last = m.end
            }
            out += PyRegex.string(text[last...])
            return (out, ms.count)
        }
        func split(_ rt: Runtime, _ pat: PyPattern, _ string: Value, _ maxsplit: Int) throws -> Value {
            let text = try subject(rt, string)
            var out: [Value] = []
            var last = 0
            for m in try allMatches(rt, pat, text, limit: max(maxsplit, 0)) {
                out.append(.string(PyRegex.string(text[last..<m.start])))
                if pat.regex.groups > 0 { for g in 1...pat.regex.groups { out.append(PyRegex.group(m, g, in: text).map { .string($0) } ?? Value.none) } }
                last = m.end
            }
            out.append(.string(PyRegex.string(text[last...])))
            return .object(PyList(out))
        }
        func patternSelf(_ rt: Runtime, _ a: [Value]) throws -> PyPattern {
            guard case .object(let p as PyPattern)? = a.first else { throw rt.typeError("descriptor requires a 're.Pattern' object") }
            return p
        }
        func matchSelf(_ rt: Runtime, _ a: [Value]) throws -> PyMatch {
            guard case .object(let m as PyMatch)? = a.first else { throw rt.typeError("descriptor requires a 're.Match' object") }
            return m
        }
        for (name, mode) in [("match", PyRegex.Mode.match), ("search", .search), ("fullmatch", .fullMatch)] {
            method(patternType, name) { rt, a, kw in
                let args = Args(rt, name, a, kw)
                let p = try patternSelf(rt, a)
                guard let s = args.value(1, "string") else { throw rt.typeError("\(name)() missing required argument 'string' (pos 1)") }
                let pos = try args.int(2, "pos", default: 0)
                let endpos = try args.value(3, "endpos").map { try rt.intArgument($0) }
                return try run(rt, p, mode, s, pos, endpos)
            }
        }
        method(patternType, "findall") { rt, a, kw in
            let args = Args(rt, "findall", a, kw)
            return try findall(rt, try patternSelf(rt, a), a[1], pos: try args.int(2, "pos", default: 0), endpos: try args.value(3, "endpos").map { try rt.intArgument($0) })
        }
        method(patternType, "finditer") { rt, a, kw in
            let p = try patternSelf(rt, a)
            let text = try subject(rt, a[1])
            let ms = try allMatches(rt, p, text)
            return .object(ArrayIterator(ms.map { .object(PyMatch($0, text: text, string: a[1], pattern: p, pos: 0, endpos: text.count, type: matchType)) }, name: "callable_iterator"))
        }
        method(patternType, "sub") { rt, a, kw in
            let args = Args(rt, "sub", a, kw)
            return .string(try sub(rt, try patternSelf(rt, a), a[1], a[2], try args.int(3, "count", default: 0)).0)
        }
        method(patternType, "subn") { rt, a, kw in
            let args = Args(rt, "subn", a, kw)
            let (s, n) = try sub(rt, try patternSelf(rt, a), a[1], a[2], try args.int(3, "count", default: 0))
            return .object(PyTuple([.string(s), .int(n)]))
        }
        method(patternType, "split") { rt, a, kw in
            let args = Args(rt, "split", a, kw)
            return try split(rt, try patternSelf(rt, a), a[1], try args.int(2, "maxsplit", default: 0))
        }
        method(matchType, "group") { rt, a, kw in
            let m = try matchSelf(rt, a)
            if a.count <= 1 { return m.group(0) }
            if a.count == 2 { return m.group(try m.groupIndex(a[1], rt)) }
            return .object(PyTuple(try a.dropFirst().map { m.group(try m.groupIndex($0, rt)) }))
        }
        method(matchType, "groups") { rt, a, kw in
            let m = try matchSelf(rt, a)
            let d = Args(rt, "groups", a, kw).value(1, "default") ?? .none
            if m.pattern.regex.groups == 0 { return .object(PyTuple([])) }
            return .object(PyTuple((1...m.pattern.regex.groups).map { m.group($0, default: d) }))
        }
        method(matchType, "groupdict") { rt, a, kw in
            let m = try matchSelf(rt, a)
            let d = Args(rt, "groupdict", a, kw).value(1, "default") ?? .none
            let out = PyDict()
            for (n, i) in m.pattern.regex.groupIndex { try out.set(.string(n), m.group(i, default: d), rt) }
            return .object(out)
        }
        for name in ["start", "end", "span"] {
            method(matchType, name) { rt, a, kw in
                let m = try matchSelf(rt, a)
                let g = a.count > 1 ? try m.groupIndex(a[1], rt) : 0
                let sp = m.m.span(g) ?? (-1, -1)
                switch name {
                case "start": return .int(sp.start)
                case "end": return .int(sp.end)
                default: return .object(PyTuple([.int(sp.start), .int(sp.end)]))
                }
            }
        }
        method(matchType, "expand") { rt, a, kw in
            let m = try matchSelf(rt, a)
            let repl = try rt.str(a[1])
            do throws(PyRegexError) { return .string(try PyRegexTemplate(repl, for: m.pattern.regex).expand(m.m, in: m.text)) } catch { throw rt.regexError(error) }
        }

        return makeModule("re") { g in
            g["error"] = .object(errorType)
            g["Pattern"] = .object(patternType)
            g["Match"] = .object(matchType)
            for (names, v) in [(["I", "IGNORECASE"], 2), (["L", "LOCALE"], 4), (["M", "MULTILINE"], 8), (["S", "DOTALL"], 16),
                               (["U", "UNICODE"], 32), (["X", "VERBOSE"], 64), (["A", "ASCII"], 256), (["NOFLAG"], 0)] {
                for n in names { g[n] = .int(v) }
            }
            g["compile"] = function("compile") { rt, a, kw in
                let args = Args(rt, "compile", a, kw)
                guard let p = args.value(0, "pattern") else { throw rt.typeError("compile() missing required argument 'pattern' (pos 1)") }
                return .object(try compile(rt, p, args.value(1, "flags")))
            }
            for (name, mode) in [("match", PyRegex.Mode.match), ("search", .search), ("fullmatch", .fullMatch)] {
                g[name] = function(name) { rt, a, kw in
                    let args = Args(rt, name, a, kw)
                    guard let p = args.value(0, "pattern"), let s = args.value(1, "string") else { throw rt.typeError("\(name)() missing required argument") }
                    return try run(rt, try compile(rt, p, args.value(2, "flags")), mode, s, 0, nil)
                }
            }
            g["findall"] = function("findall") { rt, a, kw in
                let args = Args(rt, "findall", a, kw)
                return try findall(rt, try compile(rt, a[0], args.value(2, "flags")), a[1])
            }
            g["finditer"] = function("finditer") { rt, a, kw in
                let args = Args(rt, "finditer", a, kw)
                let p = try compile(rt, a[0], args.value(2, "flags"))
                let text = try subject(rt, a[1])
                let ms = try allMatches(rt, p, text)
                return .object(ArrayIterator(ms.map { .object(PyMatch($0, text: text, string: a[1], pattern: p, pos: 0, endpos: text.count, type: matchType)) }, name: "callable_iterator"))
            }
            g["sub"] = function("sub") { rt, a, kw in
                let args = Args(rt, "sub", a, kw)
                return .string(try sub(rt, try compile(rt, a[0], args.value(4, "flags")), a[1], a[2], try args.int(3, "count", default: 0)).0)
            }
            g["subn"] = function("subn") { rt, a, kw in
                let args = Args(rt, "subn", a, kw)
                let (s, n) = try sub(rt, try compile(rt, a[0], args.value(4, "flags")), a[1], a[2], try args.int(3, "count", default: 0))
                return .object(PyTuple([.string(s), .int(n)]))
            }
            g["split"] = function("split") { rt, a, kw in
                let args = Args(rt, "split", a, kw)
                return try split(rt, try compile(rt, a[0], args.value(3, "flags")), a[1], try args.int(2, "maxsplit", default: 0))
            }
            g["escape"] = function("escape") { rt, a, kw in .string(PyRegex.escape(try rt.str(a[0]))) }
            g["purge"] = function("purge") { _, _, _ in cache = [:]; return .none }
        }
    }
}
