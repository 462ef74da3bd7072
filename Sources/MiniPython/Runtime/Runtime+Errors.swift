// Creating and raising Python exceptions from Swift.

extension Runtime {
    package func newException(_ type: PyType, _ args: [Value]) -> PyException {
        let e = PyException(type)
        e.args = args
        return e
    }

    package func error(_ typeName: String, _ message: String) -> PyError {
        PyError(newException(types[exception: typeName], [.string(message)]))
    }
    package func error(_ type: PyType, _ message: String) -> PyError {
        PyError(newException(type, [.string(message)]))
    }
    package func typeError(_ m: String) -> PyError { error("TypeError", m) }
    package func valueError(_ m: String) -> PyError { error("ValueError", m) }
    package func indexError(_ m: String) -> PyError { error("IndexError", m) }
    package func attributeError(_ m: String) -> PyError { error("AttributeError", m) }
    package func overflowError(_ m: String) -> PyError { error("OverflowError", m) }
    package func zeroDivision(_ m: String = "division by zero") -> PyError { error("ZeroDivisionError", m) }
    package func keyError(_ key: Value) -> PyError { PyError(newException(types[exception: "KeyError"], [key])) }
    package func memoryError() -> PyError { PyError(newException(types[exception: "MemoryError"], [])) }
    package func notImplemented(_ what: String) -> PyError {
        error("NotImplementedError", "\(what) is not supported by the workbook's Python")
    }

    /// Charges `bytes` to the memory meter or raises MemoryError.
    @inline(__always) package func charge(_ bytes: Int) throws {
        if !meter.charge(bytes) { throw memoryError() }
    }

    /// Raises MemoryError if `bytes` more would pass the limit (a transient allocation: nothing stays charged).
    @inline(__always) package func ensureHeadroom(_ bytes: Int) throws {
        try charge(bytes)
        meter.release(bytes)
    }

    /// Charges a list's growth (in doubling steps, so appends stay amortized O(1)).
    @inline(__always) package func account(_ l: PyList) throws {
        let need = l.items.count &* 16
        if need > l.charged {
            let add = max(need - l.charged, l.charged, 256)
            if !meter.charge(add) { l.items.removeAll(); throw memoryError() }
            l.charged += add
            l.meter = meter
        }
    }

    @inline(__always) package func account(_ d: PyDict) throws {
        let need = d.count &* 48
        if need > d.charged {
            let add = max(need - d.charged, d.charged, 256)
            try charge(add)
            d.charged += add
            d.meter = meter
        }
    }

    /// Makes a str value whose size is counted against the memory limit.
    package func makeStr(_ s: String, ascii: Bool = false) throws -> Value {
        let p = ascii ? PyStr(ascii: s) : PyStr(s)
        let n = s.utf8.count
        if n > 64 {
            try charge(n + 48)
            p.meter = meter
            p.charged = n + 48
        }
        return .str(p)
    }

    /// `x + y` for two strs (the result is known ASCII when both are).
    @inline(__always) package func concatenate(_ x: PyStr, _ y: PyStr) throws -> Value {
        if x.value.isEmpty { return .str(y) }
        if y.value.isEmpty { return .str(x) }
        return try makeStr(x.value + y.value, ascii: x.knownASCII && y.knownASCII)
    }

    /// The message of an exception as `str(e)` gives it.
    package func exceptionMessage(_ e: PyException) -> String {
        if e.cls.isSubtype(of: types[exception: "KeyError"]), e.args.count == 1 {
            return (try? repr(e.args[0])) ?? "?"
        }
        if e.cls.isSubtype(of: types[exception: "OSError"]), e.args.count >= 2, case .int(let errno) = e.args[0] {
            let text = (try? str(e.args[1])) ?? ""
            if let f = e.attributes["filename"], !f.isNone { return "[Errno \(errno)] \(text): \((try? repr(f)) ?? "")" }
            return "[Errno \(errno)] \(text)"
        }
        if e.cls.isSubtype(of: types[exception: "UnicodeError"]), e.args.count == 5, case .str(let enc) = e.args[0],
           case .int(let start) = e.args[2], case .int(let end) = e.args[3], case .str(let reason) = e.args[4] {
            if e.cls === types[exception: "UnicodeDecodeError"], case .object(let b as PyBytes) = e.args[1] {
                if end - start == 1, start < b.bytes.count {
                    return "'\(enc.value)' codec can't decode byte 0x\(String(b.bytes[start], radix: 16).leftPadded(to: 2, with: "0")) in position \(start): \(reason.value)"
                }
                return "'\(enc.value)' codec can't decode bytes in position \(start)-\(end - 1): \(reason.value)"
            }
            if case .str(let obj) = e.args[1], start < obj.count {
                if end - start == 1 {
                    let c = obj.scalar(at: start).value
                    let esc = c < 0x100 ? "\\x" + String(c, radix: 16).leftPadded(to: 2, with: "0") : c < 0x10000 ? "\\u" + String(c, radix: 16).leftPadded(to: 4, with: "0") : "\\U" + String(c, radix: 16).leftPadded(to: 8, with: "0")
                    return "'\(enc.value)' codec can't encode character '\(esc)' in position \(start): \(reason.value)"
                }
                return "'\(enc.value)' codec can't encode characters in position \(start)-\(end - 1): \(reason.value)"
            }
        }
        if let custom = e.cls.lookupUser("__str__"), case .object(let f) = custom, f is PyFunction {
            if let s = try? call(custom, [.object(e)]), case .str(let ps) = s { return ps.value }
        }
        switch e.args.count {
        case 0: return ""
        case 1: return (try? str(e.args[0])) ?? "?"
        default: return (try? repr(.object(PyTuple(e.args)))) ?? "?"
        }
    }
}
