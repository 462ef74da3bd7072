// The builtins module: functions such as print, len, sorted, isinstance...
import BigInt
import Foundation

extension Runtime {
    func installBuiltins() {
        installTypeConstructors()
        installStrMethods()
        installStrFastPaths()
        installListMethods()
        installDictMethods()
        installSetMethods()
        installBytesMethods()
        installNumberMethods()
        installObjectMethods()
        installFunctions()
        for (name, t) in types.exceptions where !name.contains(".") { builtins[name] = .object(t) }
        builtins["EnvironmentError"] = .object(types[exception: "OSError"])
        builtins["IOError"] = .object(types[exception: "OSError"])
        builtins["None"] = Value.none
        builtins["True"] = .bool(true)
        builtins["False"] = .bool(false)
        builtins["Ellipsis"] = ellipsis
        builtins["NotImplemented"] = notImplementedValue
        builtins["__name__"] = .string("builtins")
        builtinNames = builtins.keys.sorted()
    }

    private func installFunctions() {
        builtin("print") { rt, args, kw in
            let a = Args(rt, "print", args, kw)
            for (k, _) in kw where !["sep", "end", "file", "flush"].contains(k) {
                throw rt.typeError("'\(k)' is an invalid keyword argument for print()")
            }
            var sep = " ", end = "\n"
            if let s = a.keyword("sep") { if case .str(let x) = s { sep = x.value } else if case .none = s {} else { throw rt.typeError("sep must be None or a string, not \(rt.typeName(s))") } }
            if let e = a.keyword("end") { if case .str(let x) = e { end = x.value } else if case .none = e {} else { throw rt.typeError("end must be None or a string, not \(rt.typeName(e))") } }
            var pieces: [String] = []
            for (i, v) in args.enumerated() {
                if i > 0 { pieces.append(sep) }
                if case .str(let s) = v { pieces.append(s.value) } else { pieces.append(try rt.str(v)) }
            }
            pieces.append(end)
            var target: Value? = nil
            if let file = a.keyword("file"), !(file.isNone) { target = file }
            else if let sys = rt.modules["sys"], let out = sys.globals["stdout"] { target = out }
            if let t = target {
                if case .object(let o as PyStdStream) = t {
                    let text = pieces.joined()
                    if o.isError { rt.output.stderr(text) } else { rt.output.stdout(text) }
                } else {
                    // like CPython, each piece is a separate write() call
                    let write = try rt.getAttribute(t, "write")
                    for p in pieces { _ = try rt.call(write, [.string(p)]) }
                }
            } else {
                rt.output.stdout(pieces.joined())
            }
            return .none
        }
        builtin("len") { rt, args, kw in
            try Args(rt, "len", args, kw).exactly(1)
            return .int(try rt.length(args[0]))
        }
        builtin("repr") { rt, args, kw in
            try Args(rt, "repr", args, kw).exactly(1)
            return try rt.makeStr(try rt.repr(args[0]))
        }
        builtin("ascii") { rt, args, kw in
            try Args(rt, "ascii", args, kw).exactly(1)
            return .string(asciiEscape(try rt.repr(args[0])))
        }
        builtin("hash") { rt, args, kw in
            try Args(rt, "hash", args, kw).exactly(1)
            return .int(try rt.hash(args[0]))
        }
        builtin("id") { rt, args, kw in
            try Args(rt, "id", args, kw).exactly(1)
            switch args[0] {
            case .object(let o): return .int(rt.objectID(o))
            case .str(let s): return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(s).hashValue)) & 0xffffffffff)
            default: return .int(abs(try rt.hash(args[0])) &* 16 &+ 0x7f0000000000)
            }
        }
        builtin("abs") { rt, args, kw in
            try Args(rt, "abs", args, kw).exactly(1)
            switch args[0] {
            case .int(let i): return i == Int.min ? .bigint(-BigInt(i)) : .int(abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(abs(d))
            case .object(let o as PyBigInt): return .bigint(abs(o.value))
            default:
                if let m = rt.typeOf(args[0]).lookup("__abs__") { return try rt.call(m, [args[0]]) }
                if case .object(let o as PyNativeObject) = args[0], let r = try o.unary(.pos, rt), case .object(let n as PyNativeObject) = r, let ab = try n.attribute("__abs__", rt) { return try rt.call(ab, []) }
                throw rt.typeError("bad operand type for abs(): '\(rt.typeName(args[0]))'")
            }
        }
        builtin("isinstance") { rt, args, kw in
            try Args(rt, "isinstance", args, kw).exactly(2)
            return .bool(try rt.isInstance(args[0], args[1]))
        }
        builtin("issubclass") { rt, args, kw in
            try Args(rt, "issubclass", args, kw).exactly(2)
            guard case .object(let o as PyType) = args[0] else { throw rt.typeError("issubclass() arg 1 must be a class") }
            return .bool(try rt.classMatches(o, args[1], fn: "issubclass"))
        }
        builtin("callable") { rt, args, kw in
            try Args(rt, "callable", args, kw).exactly(1)
            guard case .object(let o) = args[0] else { return .bool(false) }
            switch o {
            case is PyFunction, is PyBuiltinFunction, is PyBoundMethod, is PyType: return .bool(true)
            case let i as PyInstance: return .bool(i.cls.lookupUser("__call__") != nil)
            case let n as PyNativeObject: return .bool(n.nativeType.lookup("__call__") != nil)
            default: return .bool(false)
            }
        }
        builtin("getattr") { rt, args, kw in
            let a = Args(rt, "getattr", args, kw)
            try a.range(2, 3)
            guard case .str(let name) = args[1] else { throw rt.typeError("attribute name must be string, not '\(rt.typeName(args[1]))'") }
            if args.count == 3 {
                do { return try rt.getAttribute(args[0], name.value) } catch let e as PyError where e.exception.cls.isSubtype(of: rt.types[exception: "AttributeError"]) {
                    return args[2]
                }
            }
            return try rt.getAttribute(args[0], name.value)
        }
        builtin("setattr") { rt, args, kw in
            try Args(rt, "setattr", args, kw).exactly(3)
            guard case .str(let name) = args[1] else { throw rt.typeError("attribute name must be string, not '\(rt.typeName(args[1]))'") }
            try rt.setAttribute(args[0], name.value, args[2])
            return .none
        }
        builtin("delattr") { rt, args, kw in
            try Args(rt, "delattr", args, kw).exactly(2)
            guard case .str(let name) = args[1] else { throw rt.typeError("attribute name must be string, not '\(rt.typeName(args[1]))'") }
            try rt.deleteAttribute(args[0], name.value)
            return .none
        }
        builtin("hasattr") { rt, args, kw in
            try Args(rt, "hasattr", args, kw).exactly(2)
            guard case .str(let name) = args[1] else { throw rt.typeError("attribute name must be string, not '\(rt.typeName(args[1]))'") }
            do { return .bool(try rt.lookupAttribute(args[0], name.value) != nil) } catch let e as PyError where e.exception.cls.isSubtype(of: rt.types[exception: "AttributeError"]) {
                return .bool(false)
            }
        }
        builtin("iter") { rt, args, kw in
            try Args(rt, "iter", args, kw).range(1, 2)
            if args.count == 2 {
                let fn = args[0], sentinel = args[1]
                return .object(ClosureIterator("callable_iterator") { rt in
                    let v = try rt.call(fn, [])
                    return try rt.equals(v, sentinel) ? nil : v
                })
            }
            return .object(try rt.iterate(args[0]))
        }
        builtin("next") { rt, args, kw in
            try Args(rt, "next", args, kw).range(1, 2)
            guard case .object(let o) = args[0], let it = o as? PyIterator else {
                if case .object(let o as PyInstance) = args[0], let m = o.cls.lookupUser("__next__") {
                    if args.count == 2 {
                        do { return try rt.call(m, [args[0]]) } catch let e as PyError where e.exception.cls.isSubtype(of: rt.types[exception: "StopIteration"]) { return args[1] }
                    }
                    return try rt.call(m, [args[0]])
                }
                throw rt.typeError("'\(rt.typeName(args[0]))' object is not an iterator")
            }
            if let v = try it.next(rt) { return v }
            if args.count == 2 { return args[1] }
            throw PyError(rt.newException(rt.types[exception: "StopIteration"], []))
        }
        builtin("chr") { rt, args, kw in
            try Args(rt, "chr", args, kw).exactly(1)
            let i = try rt.intArgument(args[0])
            guard i >= 0, i <= 0x10FFFF else { throw rt.valueError("chr() arg not in range(0x110000)") }
            guard let s = Unicode.Scalar(UInt32(i)) else { throw rt.notImplemented("surrogate code points") }
            return .str(rt.character(s))
        }
        builtin("ord") { rt, args, kw in
            try Args(rt, "ord", args, kw).exactly(1)
            if case .str(let s) = args[0] {
                if s.count != 1 { throw rt.typeError("ord() expected a character, but string of length \(s.count) found") }
                return .int(Int(s.scalar(at: 0).value))
            }
            if case .object(let b as PyBytes) = args[0] {
                if b.bytes.count != 1 { throw rt.typeError("ord() expected a character, but string of length \(b.bytes.count) found") }
                return .int(Int(b.bytes[0]))
            }
            throw rt.typeError("ord() expected string of length 1, but \(rt.typeName(args[0])) found")
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            builtin(name) { rt, args, kw in
                try Args(rt, name, args, kw).exactly(1)
                guard let n = rt.numeric(args[0]), !n.isFloat else {
                    throw rt.typeError("'\(rt.typeName(args[0]))' object cannot be interpreted as an integer")
                }
                let b = rt.bigValue(n)
                let digits = String(b.magnitude, radix: radix)
                return .string((b.sign == .minus && b != 0 ? "-" : "") + prefix + digits)
            }
        }
        builtin("divmod") { rt, args, kw in
            try Args(rt, "divmod", args, kw).exactly(2)
            if rt.numeric(args[0]) == nil || rt.numeric(args[1]) == nil {
                if let m = rt.typeOf(args[0]).lookupUser("__divmod__") {
                    let r = try rt.call(m, [args[0], args[1]])
                    if !rt.isNotImplemented(r) { return r }
                }
                if let m = rt.typeOf(args[1]).lookupUser("__rdivmod__") {
                    let r = try rt.call(m, [args[1], args[0]])
                    if !rt.isNotImplemented(r) { return r }
                }
                throw rt.typeError("unsupported operand type(s) for divmod(): '\(rt.typeName(args[0]))' and '\(rt.typeName(args[1]))'")
            }
            return .object(PyTuple([try rt.binary(.floorDiv, args[0], args[1]), try rt.binary(.mod, args[0], args[1])]))
        }
        builtin("pow") { rt, args, kw in
            let a = Args(rt, "pow", args, kw)
            try a.range(2, 3)
            if args.count == 3, case .none = args[2] {} else if args.count == 3 {
                guard let b = rt.numeric(args[0]), let e = rt.numeric(args[1]), let m = rt.numeric(args[2]), !b.isFloat, !e.isFloat, !m.isFloat else {
                    throw rt.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                let mv = rt.bigValue(m)
                if mv == 0 { throw rt.valueError("pow() 3rd argument cannot be 0") }
                var base = rt.bigValue(b)
                var ev = rt.bigValue(e)
                if ev < 0 {
                    guard let inv = base.inverse(Swift.abs(mv)) else { throw rt.valueError("base is not invertible for the given modulus") }
                    base = inv
                    ev = -ev
                }
                var r = base.power(ev, modulus: mv)
                if r != 0 && (r < 0) != (mv < 0) { r += mv }
                return .bigint(r)
            }
            return try rt.binary(.pow, args[0], args[1])
        }
        builtin("round") { rt, args, kw in
            let a = Args(rt, "round", args, kw)
            try a.allowKeywords(["ndigits"])
            guard let x = a.value(0, "number") else { throw rt.typeError("round() missing required argument 'number' (pos 1)") }
            let nd = a.value(1, "ndigits")
            return try rt.round(x, nd.flatMap { $0.isNone ? nil : $0 })
        }
        builtin("sum") { rt, args, kw in
            let a = Args(rt, "sum", args, kw)
            try a.allowKeywords(["start"])
            try a.range(1, 2)
            var acc: Value = a.value(1, "start") ?? .int(0)
            if case .str = acc { throw rt.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            if case .object(let o) = acc, o is PyBytes { throw rt.typeError("sum() can't sum bytes [use b''.join(seq) instead]") }
            let it = try rt.iterate(args[0])
            var fsum: Double? = nil
            var compensation = 0.0
            while let x = try it.next(rt) {
                if case .int(let i) = acc, case .int(let j) = x {
                    let (r, o) = i.addingReportingOverflow(j)
                    if !o { acc = .int(r); continue }
                }
                if case .float(let d) = x, fsum != nil || { if case .float = acc { return true }; if case .int = acc { return true }; return false }() {
                    if fsum == nil { fsum = try rt.toDouble(rt.numeric(acc)!); compensation = 0 }
                    let t = fsum! + d
                    if Swift.abs(fsum!) >= Swift.abs(d) { compensation += (fsum! - t) + d } else { compensation += (d - t) + fsum! }
                    fsum = t
                    acc = .float(t + compensation)
                    continue
                }
                if let f = fsum { acc = .float(f + compensation) }
                fsum = nil
                acc = try rt.binary(.add, acc, x)
            }
            return acc
        }
        builtin("min") { rt, args, kw in try rt.minMax(args, kw, name: "min", wantMax: false) }
        builtin("max") { rt, args, kw in try rt.minMax(args, kw, name: "max", wantMax: true) }
        builtin("any") { rt, args, kw in
            try Args(rt, "any", args, kw).exactly(1)
            let it = try rt.iterate(args[0])
            while let x = try it.next(rt) { if try rt.isTrue(x) { return .bool(true) } }
            return .bool(false)
        }
        builtin("all") { rt, args, kw in
            try Args(rt, "all", args, kw).exactly(1)
            let it = try rt.iterate(args[0])
            while let x = try it.next(rt) { if !(try rt.isTrue(x)) { return .bool(false) } }
            return .bool(true)
        }
        builtin("sorted") { rt, args, kw in
            let a = Args(rt, "sorted", args, kw)
            try a.allowKeywords(["key", "reverse"])
            if args.count != 1 {
                throw rt.typeError(args.isEmpty ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got \(args.count)")
            }
            var items = try rt.toArray(args[0])
            try rt.sortValues(&items, key: a.keyword("key"), reverse: try a.keyword("reverse").map { try rt.isTrue($0) } ?? false)
            return .object(PyList(items))
        }
        builtin("reversed") { rt, args, kw in
            try Args(rt, "reversed", args, kw).exactly(1)
            let v = args[0]
            if case .object(let o) = v {
                if let l = o as? PyList { return .object(ReverseListIterator(l)) }
                if let t = o as? PyTuple { return .object(ArrayIterator(t.items.reversed(), name: "reversed")) }
                if let r = o as? PyRange {
                    return .object(RangeIterator(PyRange(r.start + (r.count - 1) * r.step, r.start - r.step, -r.step)))
                }
                if let d = o as? PyDict { return .object(ArrayIterator(d.keyList.reversed(), name: "dict_reversekeyiterator")) }
                if let i = o as? PyInstance {
                    if let m = i.cls.lookupUser("__reversed__") { return try rt.call(m, [v]) }
                    if i.cls.lookupUser("__getitem__") != nil, i.cls.lookupUser("__len__") != nil {
                        let n = try rt.length(v)
                        var idx = n
                        return .object(ClosureIterator("reversed") { rt in
                            idx -= 1
                            return idx >= 0 ? try rt.getItem(v, .int(idx)) : nil
                        })
                    }
                }
            }
            if case .str(let s) = v { return .object(ArrayIterator(s.scalars.reversed().map { .str(rt.character($0)) }, name: "reversed")) }
            throw rt.typeError("'\(rt.typeName(v))' object is not reversible")
        }
        builtin("enumerate") { rt, args, kw in
            let a = Args(rt, "enumerate", args, kw)
            try a.allowKeywords(["start"])
            guard let iterable = a.value(0, "iterable") else { throw rt.typeError("enumerate() missing required argument 'iterable'") }
            let it = try rt.iterate(iterable)
            var i = try a.int(1, "start", default: 0)
            return .object(ClosureIterator("enumerate") { rt in
                guard let x = try it.next(rt) else { return nil }
                defer { i += 1 }
                return .object(PyTuple([.int(i), x]))
            })
        }
        builtin("zip") { rt, args, kw in
            let a = Args(rt, "zip", args, kw)
            try a.allowKeywords(["strict"])
            let strict = try a.keyword("strict").map { try rt.isTrue($0) } ?? false
            let its: [PyIterator] = try args.enumerated().map { (i, v) in
                do { return try rt.iterate(v) } catch let e as PyError where e.exception.cls === rt.types[exception: "TypeError"] {
                    throw rt.typeError("'\(rt.typeName(v))' object is not iterable")
                }
            }
            if its.isEmpty { return .object(ArrayIterator([], name: "zip")) }
            return .object(ClosureIterator("zip") { rt in
                var items: [Value] = []
                for (i, it) in its.enumerated() {
                    guard let x = try it.next(rt) else {
                        if strict {
                            if i > 0 { throw rt.valueError("zip() argument \(i + 1) is shorter than argument\(i > 1 ? "s 1-\(i)" : " 1")") }
                            for (j, other) in its.enumerated().dropFirst() where try other.next(rt) != nil {
                                throw rt.valueError("zip() argument \(j + 1) is longer than argument\(j > 1 ? "s 1-\(j)" : " 1")")
                            }
                        }
                        return nil
                    }
                    items.append(x)
                }
                return .object(PyTuple(items))
            })
        }
        builtin("map") { rt, args, kw in
            if args.count < 2 { throw rt.typeError("map() must have at least two arguments.") }
            let fn = args[0]
            let its = try args.dropFirst().map { try rt.iterate($0) }
            return .object(ClosureIterator("map") { rt in
                var items: [Value] = []
                for it in its { guard let x = try it.next(rt) else { return nil }; items.append(x) }
                return try rt.call(fn, items)
            })
        }
        builtin("filter") { rt, args, kw in
            try Args(rt, "filter", args, kw).exactly(2)
            let fn = args[0]
            let it = try rt.iterate(args[1])
            return .object(ClosureIterator("filter") { rt in
                while let x = try it.next(rt) {
                    let keep: Bool
                    if case .none = fn { keep = try rt.isTrue(x) } else { keep = try rt.isTrue(try rt.call(fn, [x])) }
                    if keep { return x }
                }
                return nil
            })
        }
        builtin("format") { rt, args, kw in
            try Args(rt, "format", args, kw).range(1, 2)
            var spec = ""
            if args.count == 2 {
                guard case .str(let s) = args[1] else { throw rt.typeError("format() argument 2 must be str, not \(rt.typeName(args[1]))") }
                spec = s.value
            }
            return try rt.makeStr(try rt.format(args[0], spec))
        }
        builtin("vars") { rt, args, kw in
            try Args(rt, "vars", args, kw).exactly(1)
            if case .object(let o as PyInstance) = args[0] { return .object(try rt.instanceDict(o)) }
            guard let d = try rt.lookupAttribute(args[0], "__dict__") else { throw rt.typeError("vars() argument must have __dict__ attribute") }
            return d
        }
        builtin("dir") { rt, args, kw in
            try Args(rt, "dir", args, kw).range(1, 1)
            return .object(PyList(try rt.directory(args[0]).map { .string($0) }))
        }
        builtin("input") { rt, args, kw in
            throw rt.error("EOFError", "EOF when reading a line")
        }
        builtin("globals") { rt, args, kw in
            throw rt.notImplemented("globals()")
        }
        builtin("locals") { rt, args, kw in
            throw rt.notImplemented("locals()")
        }
        builtin("eval") { rt, _, _ in throw rt.notImplemented("eval()") }
        builtin("exec") { rt, _, _ in throw rt.notImplemented("exec()") }
        builtin("compile") { rt, _, _ in throw rt.notImplemented("compile()") }
        builtin("breakpoint") { rt, _, _ in throw rt.notImplemented("breakpoint()") }
        builtin("__import__") { rt, args, kw in
            guard case .str(let s)? = args.first else { throw rt.typeError("__import__() argument 1 must be str") }
            return .object(try rt.importModule(s.value))
        }
        builtin("open") { rt, args, kw in try rt.openFile(args, kw) }
    }

    package func isInstance(_ v: Value, _ spec: Value) throws -> Bool {
        let saved = instanceForCheck
        instanceForCheck = v
        defer { instanceForCheck = saved }
        return try classMatches(typeOf(v), spec, fn: "isinstance")
    }

    package func classMatches(_ t: PyType, _ spec: Value, fn: String) throws -> Bool {
        switch spec {
        case .object(let o as PyType):
            if o === types.int && t === types.bool { return true }
            if t.isSubtype(of: o) { return true }
            if !o.isBuiltin, o.moduleName == "numbers", let m = o.lookupUser("__instancecheck__") {
                return try isTrue(try call(try bind(m, to: spec, cls: o), [instanceForCheck ?? .none]))
            }
            return false
        case .object(let o as PyTuple):
            for x in o.items where try classMatches(t, x, fn: fn) { return true }
            return false
        default:
            if case .object(let o as PyNativeObject) = spec, let m = o.nativeType.lookup("__instancecheck__") {
                return try isTrue(try call(m, [spec, .object(t)]))
            }
            throw typeError("\(fn)() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    package func minMax(_ args: [Value], _ kw: [(String, Value)], name: String, wantMax: Bool) throws -> Value {
        let a = Args(self, name, args, kw)
        try a.allowKeywords(["key", "default"])
        let key = a.keyword("key").flatMap { $0.isNone ? nil : $0 }
        let items: [Value]
        if args.count == 1 {
            items = try toArray(args[0])
        } else if args.isEmpty {
            throw typeError("\(name) expected at least 1 argument, got 0")
        } else {
            if a.keyword("default") != nil { throw typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
            items = args
        }
        if items.isEmpty {
            if let d = a.keyword("default") { return d }
            throw valueError("\(name)() iterable argument is empty")
        }
        var best = items[0]
        var bestKey = try key.map { try call($0, [best]) } ?? best
        for x in items.dropFirst() {
            let k = try key.map { try call($0, [x]) } ?? x
            let better = wantMax ? try lessThan(bestKey, k) : try lessThan(k, bestKey)
            if better { best = x; bestKey = k }
        }
        return best
    }

    package func round(_ x: Value, _ nd: Value?) throws -> Value {
        switch x {
        case .float(let d):
            guard let nd else {
                if d.isNaN { throw valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw overflowError("cannot convert float infinity to integer") }
                let r = d.rounded(.toNearestOrEven)
                if abs(r) < 9e18 { return .int(Int(r)) }
                return .bigint(BigInt(r))
            }
            let n = try intArgument(nd)
            if !d.isFinite || d == 0 { return .float(d) }
            if n > 300 { return .float(d) }
            if n < -308 { return .float(0.0 * d) }
            if n >= 0 {
                let s = String(format: "%.\(n)f", d)
                return .float(Double(s) ?? d)
            }
            let p = Foundation.pow(10.0, Double(-n))
            let r = (d / p).rounded(.toNearestOrEven) * p
            return .float(r)
        case .int, .bool, .object(is PyBigInt):
            guard let nd, case let n = try intArgument(nd), n < 0 else {
                if case .bool(let b) = x { return .int(b ? 1 : 0) }
                return x
            }
            let v = bigValue(numeric(x)!)
            let p = BigInt(10).power(-n)
            var (q, r) = v.quotientAndRemainder(dividingBy: p)
            if r < 0 { r += p; q -= 1 }
            let twice = r * 2
            if twice > p || (twice == p && q % 2 != 0) { q += 1 }
            return .bigint(q * p)
        default:
            if let m = typeOf(x).lookup("__round__") { return try call(m, nd.map { [x, $0] } ?? [x]) }
            if case .object(let o as PyNativeObject) = x, let m = try o.attribute("__round__", self) { return try call(m, nd.map { [$0] } ?? []) }
            throw typeError("type \(typeName(x)) doesn't define __round__ method")
        }
    }

    package func writeStdout(_ text: String) throws {
        // print() writes to whatever sys.stdout is now (a program may replace it)
        if let sys = modules["sys"], let out = sys.globals["stdout"] {
            if case .object(let o as PyStdStream) = out {
                if o.isError { output.stderr(text) } else { output.stdout(text) }
                return
            }
            _ = try call(try getAttribute(out, "write"), [.string(text)])
            return
        }
        output.stdout(text)
    }
}

extension Value {
    package var isNone: Bool { if case .none = self { return true }; return false }
}

extension Numeric {
    var isFloat: Bool { if case .float = self { return true }; return false }
}
