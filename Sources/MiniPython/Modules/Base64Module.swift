// base64, with binascii.Error's messages.

extension Runtime {
    func makeBase64Module() throws -> PyModule {
        let binasciiError = PyType(name: "Error", bases: [types[exception: "ValueError"]], kind: .exception, isBuiltin: false, module: "binascii")
        binasciiError.mro = PyType.computeMRO(binasciiError)!
        binasciiError.isException = true
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        func bytesArg(_ rt: Runtime, _ v: Value, _ fn: String) throws -> [UInt8] {
            switch v {
            case .object(let b as PyBytes): return b.bytes
            case .str(let s) where fn.contains("decode"):
                if !s.isASCII { throw rt.valueError("string argument should contain only ASCII characters") }
                return Array(s.value.utf8)
            default: throw rt.typeError("a bytes-like object is required, not '\(rt.typeName(v))'")
            }
        }
        func encode(_ data: [UInt8], urlsafe: Bool) -> [UInt8] {
            var out: [UInt8] = []
            var i = 0
            while i < data.count {
                let b0 = data[i], b1 = i + 1 < data.count ? data[i + 1] : 0, b2 = i + 2 < data.count ? data[i + 2] : 0
                out.append(alphabet[Int(b0 >> 2)])
                out.append(alphabet[Int((b0 & 3) << 4 | b1 >> 4)])
                out.append(i + 1 < data.count ? alphabet[Int((b1 & 15) << 2 | b2 >> 6)] : 61)
                out.append(i + 2 < data.count ? alphabet[Int(b2 & 63)] : 61)
                i += 3
            }
            if urlsafe { out = out.map { $0 == 43 ? 45 : $0 == 47 ? 95 : $0 } }
            return out
        }
        func decode(_ rt: Runtime, _ input: [UInt8], urlsafe: Bool, validate: Bool) throws -> [UInt8] {
            var vals: [UInt8] = []
            var padding = 0
            var sawPad = false
            for c0 in input {
                var c = c0
                if urlsafe { if c == 45 { c = 43 } else if c == 95 { c = 47 } }
                if c == 61 { sawPad = true; padding += 1; if vals.count % 4 >= 2 && (vals.count + padding) % 4 == 0 { break }; continue }
                guard let v = alphabet.firstIndex(of: c) else {
                    if validate { throw PyError(rt.newException(binasciiError, [.string("Only base64 data is allowed")])) }
                    continue
                }
                if sawPad && validate { throw PyError(rt.newException(binasciiError, [.string("Discontinuous padding not allowed")])) }
                sawPad = false
                padding = 0
                vals.append(UInt8(v))
            }
            if vals.count % 4 == 1 {
                throw PyError(rt.newException(binasciiError, [.string("Invalid base64-encoded string: number of data characters (\(vals.count)) cannot be 1 more than a multiple of 4")]))
            }
            if vals.count % 4 != 0 && (vals.count + padding) % 4 != 0 {
                throw PyError(rt.newException(binasciiError, [.string("Incorrect padding")]))
            }
            var out: [UInt8] = []
            var i = 0
            while i + 1 < vals.count {
                out.append(vals[i] << 2 | vals[i + 1] >> 4)
                if i + 2 < vals.count { out.append((vals[i + 1] & 15) << 4 | vals[i + 2] >> 2) }
                if i + 3 < vals.count { out.append((vals[i + 2] & 3) << 6 | vals[i + 3]) }
                i += 4
            }
            return out
        }
        return makeModule("base64") { g in
            g["b64encode"] = function("b64encode") { rt, a, kw in .object(PyBytes(encode(try bytesArg(rt, a[0], "b64encode"), urlsafe: false))) }
            g["urlsafe_b64encode"] = function("urlsafe_b64encode") { rt, a, kw in .object(PyBytes(encode(try bytesArg(rt, a[0], "urlsafe_b64encode"), urlsafe: true))) }
            g["standard_b64encode"] = g["b64encode"]
            g["b64decode"] = function("b64decode") { rt, a, kw in
                let validate = try Args(rt, "b64decode", a, kw).value(2, "validate").map { try rt.isTrue($0) } ?? false
                return .object(PyBytes(try decode(rt, try bytesArg(rt, a[0], "b64decode"), urlsafe: false, validate: validate)))
            }
            g["urlsafe_b64decode"] = function("urlsafe_b64decode") { rt, a, kw in
                .object(PyBytes(try decode(rt, try bytesArg(rt, a[0], "b64decode"), urlsafe: true, validate: false)))
            }
            g["standard_b64decode"] = g["b64decode"]
            g["b16encode"] = function("b16encode") { rt, a, kw in
                .object(PyBytes(Array(try bytesArg(rt, a[0], "b16encode").map { String($0, radix: 16, uppercase: true).leftPadded(to: 2, with: "0") }.joined().utf8)))
            }
        }
    }
}
