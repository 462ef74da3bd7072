// hashlib: md5, sha1, sha256 and sha512 implemented in Swift (no host crypto needed).
import Foundation

package enum Digest {
    static func pad(_ m: [UInt8], bigEndian: Bool, block: Int = 64, lengthBytes: Int = 8) -> [UInt8] {
        var msg = m
        let bitLength = UInt64(m.count) &* 8
        msg.append(0x80)
        while msg.count % block != block - lengthBytes { msg.append(0) }
        if lengthBytes == 16 { msg += [UInt8](repeating: 0, count: 8) }
        for i in 0..<8 {
            let shift = bigEndian ? UInt64(56 - 8 * i) : UInt64(8 * i)
            msg.append(UInt8(truncatingIfNeeded: bitLength >> shift))
        }
        return msg
    }

    static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
    static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    static func rotr64(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }

    package static func md5(_ data: [UInt8]) -> [UInt8] {
        let s: [UInt32] = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
                           4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21]
        let k: [UInt32] = (0..<64).map { UInt32(truncatingIfNeeded: Int64(abs(sin(Double($0 + 1))) * 4294967296.0)) }
        var a0: UInt32 = 0x67452301, b0: UInt32 = 0xefcdab89, c0: UInt32 = 0x98badcfe, d0: UInt32 = 0x10325476
        let msg = pad(data, bigEndian: false)
        for chunk in stride(from: 0, to: msg.count, by: 64) {
            var m = [UInt32](repeating: 0, count: 16)
            for i in 0..<16 { for j in 0..<4 { m[i] |= UInt32(msg[chunk + i * 4 + j]) << (8 * UInt32(j)) } }
            var a = a0, b = b0, c = c0, d = d0
            for i in 0..<64 {
                var f: UInt32
                let g: Int
                switch i {
                case 0..<16: f = (b & c) | (~b & d); g = i
                case 16..<32: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
                case 32..<48: f = b ^ c ^ d; g = (3 * i + 5) % 16
                default: f = c ^ (b | ~d); g = (7 * i) % 16
                }
                f = f &+ a &+ k[i] &+ m[g]
                a = d; d = c; c = b
                b = b &+ rotl(f, s[i])
            }
            a0 = a0 &+ a; b0 = b0 &+ b; c0 = c0 &+ c; d0 = d0 &+ d
        }
        return [a0, b0, c0, d0].flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * UInt32($0))) } }
    }

    package static func sha1(_ data: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
        let msg = pad(data, bigEndian: true)
        for chunk in stride(from: 0, to: msg.count, by: 64) {
            var w = [UInt32](repeating: 0, count: 80)
            for i in 0..<16 { for j in 0..<4 { w[i] |= UInt32(msg[chunk + i * 4 + j]) << (24 - 8 * UInt32(j)) } }
            for i in 16..<80 { w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4]
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A827999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1BBCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62C1D6)
                }
                let t = rotl(a, 5) &+ f &+ e &+ k &+ w[i]
                e = d; d = c; c = rotl(b, 30); b = a; a = t
            }
            h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d; h[4] = h[4] &+ e
        }
        return h.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - 8 * UInt32($0))) } }
    }

    static let k256: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
        0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
        0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    package static func sha256(_ data: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        let msg = pad(data, bigEndian: true)
        for chunk in stride(from: 0, to: msg.count, by: 64) {
            var w = [UInt32](repeating: 0, count: 64)
            for i in 0..<16 { for j in 0..<4 { w[i] |= UInt32(msg[chunk + i * 4 + j]) << (24 - 8 * UInt32(j)) } }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ k256[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d
            h[4] = h[4] &+ e; h[5] = h[5] &+ f; h[6] = h[6] &+ g; h[7] = h[7] &+ hh
        }
        return h.flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - 8 * UInt32($0))) } }
    }
}

package final class PyHash: PyNativeObject {
    let algorithm: String
    var data: [UInt8] = []
    init(_ algorithm: String, type: PyType) { self.algorithm = algorithm; super.init(type: type) }
    func digest() -> [UInt8] {
        switch algorithm {
        case "md5": return Digest.md5(data)
        case "sha1": return Digest.sha1(data)
        default: return Digest.sha256(data)
        }
    }
    package override func repr(_ rt: Runtime) throws -> String { "<\(algorithm) _hashlib.HASH object @ \(rt.addressString(self))>" }
    package override func attribute(_ name: String, _ rt: Runtime) throws -> Value? {
        switch name {
        case "name": return .string(algorithm)
        case "digest_size": return .int(algorithm == "md5" ? 16 : algorithm == "sha1" ? 20 : 32)
        case "block_size": return .int(64)
        default: return nil
        }
    }
}

extension Runtime {
    func makeHashlibModule() throws -> PyModule {
        let hashType = PyType(name: "HASH", bases: [types.object], kind: .other, isBuiltin: true, module: "_hashlib")
        hashType.mro = [hashType, types.object]
        func bytesOf(_ rt: Runtime, _ v: Value) throws -> [UInt8] {
            if case .object(let b as PyBytes) = v { return b.bytes }
            if case .str = v { throw rt.typeError("Strings must be encoded before hashing") }
            throw rt.typeError("object supporting the buffer API required")
        }
        func selfHash(_ rt: Runtime, _ a: [Value]) throws -> PyHash {
            guard case .object(let h as PyHash)? = a.first else { throw rt.typeError("descriptor requires a hash object") }
            return h
        }
        method(hashType, "update") { rt, a, kw in
            let h = try selfHash(rt, a)
            h.data += try bytesOf(rt, a[1])
            return .none
        }
        method(hashType, "digest") { rt, a, kw in .object(PyBytes(try selfHash(rt, a).digest())) }
        method(hashType, "hexdigest") { rt, a, kw in
            .string(try selfHash(rt, a).digest().map { String($0, radix: 16).leftPadded(to: 2, with: "0") }.joined())
        }
        method(hashType, "copy") { rt, a, kw in
            let h = try selfHash(rt, a); let c = PyHash(h.algorithm, type: hashType); c.data = h.data; return .object(c)
        }
        return try makeModule("hashlib") { g in
            for name in ["md5", "sha1", "sha256"] {
                g[name] = function(name) { rt, a, kw in
                    let h = PyHash(name, type: hashType)
                    if let d = Args(rt, name, a, kw).value(0, "string") { h.data = try bytesOf(rt, d) }
                    return .object(h)
                }
            }
            g["new"] = function("new") { rt, a, kw in
                let name = try rt.str(a[0]).lowercased()
                guard ["md5", "sha1", "sha256"].contains(name) else { throw rt.valueError("unsupported hash type \(name)") }
                let h = PyHash(name, type: hashType)
                if a.count > 1 { h.data = try bytesOf(rt, a[1]) }
                return .object(h)
            }
            g["algorithms_available"] = .object(try self.makeSet(from: .object(PyList([.string("md5"), .string("sha1"), .string("sha256")]))))
        }
    }
}
