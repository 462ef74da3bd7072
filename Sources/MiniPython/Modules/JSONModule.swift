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
                if let cls = args.keyword("cls"), !cls.isNone { return try rt.jsonEncodeWithClass(cls, a[0], kw) }
                return try rt.makeStr(try rt.jsonDumps(a[0], args))
            }
            g["dump"] = function("dump") { rt, a, kw in
                let args = Args(rt, "dump", a, kw)
                try args.range(2, 2)
                let text: Value
                if let cls = args.keyword("cls"), !cls.isNone {
                    text = try rt.jsonEncodeWithClass(cls, a[0], kw)
                } else {
                    text = .string(try rt.jsonDumps(a[0], args))
                }
                _ = try rt.call(try rt.getAttribute(a[1], "write"), [text])
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

    /// `json.dumps(obj, cls=C, **kw)`: CPython builds `C(skipkeys=..., ..., **kw)` and calls its `encode`.
    func jsonEncodeWithClass(_ cls: Value, _ obj: Value, _ kw: [(String, Value)]) throws -> Value {
        guard let build = try loadJSONEncoder().globals["_encode_with_class"] else {
            throw error("RuntimeError", "json.encoder has no _encode_with_class")
        }
        return try call(build, [cls, obj], kw.filter { $0.0 != "cls" })
    }

    /// `json.encoder`, run on first use only (`json.JSONEncoder`, `cls=`), so that `import json` costs
    /// no more steps than before.
    func loadJSONEncoder() throws -> PyModule {
        if let m = modules["json.encoder"] { return m }
        return try runModuleSource(name: "json.encoder", path: "/var/lang/lib/python3.12/json/encoder.py", source: jsonEncoderSource)
    }

    /// The attributes of `json` that come from `json.encoder`, loaded when first looked up.
    func jsonLazyAttribute(_ json: PyModule, _ name: String) throws -> Value? {
        guard name == "JSONEncoder" || name == "encoder" else { return nil }
        let encoder = try loadJSONEncoder()
        json.globals["encoder"] = .object(encoder)
        json.globals["JSONEncoder"] = encoder.globals["JSONEncoder"] ?? Value.none
        return json.globals[name]
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
        var out: [UInt8] = []
        var stack = Set<ObjectIdentifier>()
        let itemSepBytes = Array(itemSep.utf8), keySepBytes = Array(keySep.utf8)
        let indentBytes = indent.map { Array($0.utf8) }

        func floatText(_ d: Double) throws -> String {
            do { return try PyJSONEncoder.encodeFloat(d, allowNaN: allowNaN) } catch { throw textError(error) }
        }
        func newline(_ level: Int) {
            guard let unit = indentBytes else { return }
            out.append(UInt8(ascii: "\n"))
            for _ in 0..<level { out.append(contentsOf: unit) }
        }
        func emit(_ v: Value, _ level: Int) throws {
            try tick()
            switch v {
            case .none: out.append(contentsOf: "null".utf8)
            case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
            case .int(let i): out.append(contentsOf: String(i).utf8)
            case .float(let d): out.append(contentsOf: try floatText(d).utf8)
            case .str(let s): PyJSONEncoder.appendString(s.value, ensureASCII: ensureASCII, into: &out)
            case .object(let o):
                if let b = o as? PyBigInt { out.append(contentsOf: b.value.description.utf8); return }
                let list = o as? PyList, tuple = list == nil ? o as? PyTuple : nil
                let dict = list == nil && tuple == nil ? o as? PyDict : nil
                if list != nil || tuple != nil || dict != nil {
                    let id = ObjectIdentifier(o)
                    if stack.contains(id) { throw valueError("Circular reference detected") }
                    stack.insert(id)
                    defer { stack.remove(id) }
                    if let d = dict {
                        try emitDict(d, level)
                        return
                    }
                    let items = list?.items ?? tuple!.items
                    if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
                    out.append(UInt8(ascii: "["))
                    for (i, x) in items.enumerated() {
                        if i > 0 { out.append(contentsOf: itemSepBytes) }
                        newline(level + 1)
                        try emit(x, level + 1)
                    }
                    newline(level)
                    out.append(UInt8(ascii: "]"))
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
        func emitDict(_ d: PyDict, _ level: Int) throws {
            if d.count == 0 { out.append(contentsOf: "{}".utf8); return }
            var entries = d.entries
            if sortKeys {
                try entries.sort { try lessThan($0.0, $1.0) }
            }
            out.append(UInt8(ascii: "{"))
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
                if !first { out.append(contentsOf: itemSepBytes) }
                first = false
                newline(level + 1)
                PyJSONEncoder.appendString(key, ensureASCII: ensureASCII, into: &out)
                out.append(contentsOf: keySepBytes)
                try emit(x, level + 1)
            }
            newline(level)
            out.append(UInt8(ascii: "}"))
        }
        try emit(v, 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// `json.JSONDecodeError` for a decoder error, with CPython's attributes (msg, pos, lineno, colno, doc).
    func jsonDecodeError(_ e: PyJSONDecodeError, _ doc: String) -> PyError {
        if nativeTypes["JSONDecodeError"] == nil { _ = try? importModule("json") }
        let type = nativeTypes["JSONDecodeError"] ?? types[exception: "ValueError"]
        let x = newException(type, [.string(e.message)])
        x.attributes["msg"] = .string(e.msg)
        x.attributes["pos"] = .int(e.pos)
        x.attributes["lineno"] = .int(e.lineno)
        x.attributes["colno"] = .int(e.colno)
        x.attributes["doc"] = .string(doc)
        return PyError(x)
    }

    /// `json.loads(text)` with the `object_hook` and `parse_float` keywords: the shared CPython-exact scanner
    /// (`PyJSONDecoder`) building MiniPython values.
    func jsonLoads(_ text: String, _ args: Args) throws -> Value {
        var builder = ValueJSONBuilder(
            rt: self,
            objectHook: args.keyword("object_hook").flatMap { $0.isNone ? nil : $0 },
            parseFloat: args.keyword("parse_float").flatMap { $0.isNone ? nil : $0 })
        do {
            return try PyJSONDecoder.decode(text, builder: &builder)
        } catch let e as PyJSONDecodeError {
            throw jsonDecodeError(e, text)
        } catch let e as PyTextError {
            throw textError(e)
        }
    }
}

/// Makes MiniPython values for `PyJSONDecoder`: strs counted against the memory limit as `makeStr` does,
/// objects as dicts (a repeated key keeps its first position and its last value), then `object_hook`.
struct ValueJSONBuilder: PyJSONBuilder {
    let rt: Runtime
    let objectHook: Value?
    let parseFloat: Value?

    func makeNull() -> Value { .none }
    func makeBool(_ value: Bool) -> Value { .bool(value) }
    func makeInt(_ value: Int) -> Value { .int(value) }
    func makeBigInt(_ value: BigInt) -> Value { .bigint(value) }
    func makeFloat(_ value: Double) -> Value { .float(value) }
    var wantsFloatText: Bool { parseFloat != nil }
    func makeFloat(text: String) throws -> Value {
        guard let hook = parseFloat else { return .float(Double(text) ?? .nan) }
        return try rt.call(hook, [.string(text)])
    }
    func makeString(_ value: String) throws -> Value { try rt.makeStr(value) }
    func makeArray(_ items: [Value]) -> Value { .object(PyList(items)) }
    func makeObject(_ pairs: [(key: String, value: Value)]) throws -> Value {
        let d = PyDict()
        d.reserve(pairs.count)
        for (k, v) in pairs { try d.set(.string(k), v, rt) }
        guard let hook = objectHook else { return .object(d) }
        return try rt.call(hook, [.object(d)])
    }
}

/// `json.JSONEncoder` in Python, so that handlers can subclass it and override `default` (the
/// DynamoDB tutorials' DecimalEncoder); `encode` hands the work back to the native `json.dumps`.
let jsonEncoderSource = #"""
class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        import json
        return json.dumps(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii, allow_nan=self.allow_nan,
                          sort_keys=self.sort_keys, indent=self.indent,
                          separators=(self.item_separator, self.key_separator), default=self.default)


def _encode_with_class(cls, obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                       indent=None, separators=None, default=None, sort_keys=False, **kw):
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)
"""#
