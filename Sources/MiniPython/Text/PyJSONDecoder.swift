import BigInt

// `json.loads` text scanning with CPython 3.12's semantics (the C scanner in Modules/_json.c):
// NaN/Infinity/-Infinity accepted, no trailing commas, exact JSONDecodeError messages with
// positions counted in code points. Values are made by a builder the interpreter supplies.

/// `json.JSONDecodeError`: `msg: line L column C (char P)`.
package struct PyJSONDecodeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bare message: `Expecting value`.
    package var msg: String
    /// Code point offset into the document.
    package var pos: Int
    package var lineno: Int
    package var colno: Int

    /// The exception's text: `Expecting value: line 1 column 1 (char 0)`.
    package var message: String { "\(msg): line \(lineno) column \(colno) (char \(pos))" }
    package var description: String { "json.decoder.JSONDecodeError: " + message }
}

/// Makes the interpreter's values while the decoder scans. Objects arrive as key/value pairs
/// in document order; a repeated key must replace the earlier value (Python's dict keeps the
/// first position and the last value).
package protocol PyJSONBuilder {
    associatedtype Value
    mutating func makeNull() throws -> Value
    mutating func makeBool(_ value: Bool) throws -> Value
    mutating func makeInt(_ value: Int) throws -> Value
    mutating func makeBigInt(_ value: BigInt) throws -> Value
    mutating func makeFloat(_ value: Double) throws -> Value
    mutating func makeString(_ value: String) throws -> Value
    mutating func makeArray(_ items: [Value]) throws -> Value
    mutating func makeObject(_ pairs: [(key: String, value: Value)]) throws -> Value
    /// True when floats should arrive as their text (`json.loads(parse_float=...)`): `makeFloat(text:)` is
    /// called instead of `makeFloat(_:)`.
    var wantsFloatText: Bool { get }
    mutating func makeFloat(text: String) throws -> Value
}

extension PyJSONBuilder {
    package var wantsFloatText: Bool { false }
    package mutating func makeFloat(text: String) throws -> Value { try makeFloat(Double(text) ?? .nan) }
}

package enum PyJSONDecoder {
    /// CPython 3.12's C recursion limit allows about this many nested containers.
    package static let defaultMaxDepth = 1497

    /// `json.loads(text)`.
    /// - Throws: `PyJSONDecodeError`; `PyTextError` for the int digit limit (ValueError) and for
    ///   nesting past `maxDepth` (RecursionError); whatever the builder throws.
    package static func decode<B: PyJSONBuilder>(
        _ text: String, builder: inout B, maxDepth: Int = defaultMaxDepth,
        maxStrDigits: Int = PyNumberParsing.defaultMaxStrDigits
    ) throws -> B.Value {
        var text = text
        return try text.withUTF8 { buf throws -> B.Value in
            var scanner = Scanner<B>(buf: buf, maxDepth: maxDepth, maxStrDigits: maxStrDigits)
            do {
                if buf.count >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF {
                    throw ScanError.decode("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
                }
                var idx = scanner.skipSpace(0)
                let value: B.Value
                do {
                    value = try scanner.scan(idx, &idx, &builder)
                } catch ScanError.stop(let at) {
                    throw ScanError.decode("Expecting value", at)
                }
                idx = scanner.skipSpace(idx)
                if idx != buf.count { throw ScanError.decode("Extra data", idx) }
                return value
            } catch ScanError.decode(let msg, let byteOffset) {
                throw makeError(msg, byteOffset, buf)
            }
        }
    }

    fileprivate static let exactPowers: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                                    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22]

    private enum ScanError: Error {
        /// StopIteration(idx): no value starts here.
        case stop(Int)
        case decode(String, Int)
    }

    private static func makeError(_ msg: String, _ byteOffset: Int, _ buf: UnsafeBufferPointer<UInt8>) -> PyJSONDecodeError {
        var pos = 0
        var lineno = 1
        var lastNewline = -1
        var i = 0
        while i < byteOffset && i < buf.count {
            let b = buf[i]
            if b & 0xC0 != 0x80 {
                if b == 0x0A {
                    lineno += 1
                    lastNewline = pos
                }
                pos += 1
            }
            i += 1
        }
        let colno = lineno == 1 ? pos + 1 : pos - lastNewline
        return PyJSONDecodeError(msg: msg, pos: pos, lineno: lineno, colno: colno)
    }

    private struct Scanner<B: PyJSONBuilder> {
        let buf: UnsafeBufferPointer<UInt8>
        let maxDepth: Int
        let maxStrDigits: Int
        var depth = 0

        init(buf: UnsafeBufferPointer<UInt8>, maxDepth: Int, maxStrDigits: Int) {
            self.buf = buf
            self.maxDepth = maxDepth
            self.maxStrDigits = maxStrDigits
        }

        @inline(__always)
        func skipSpace(_ start: Int) -> Int {
            var i = start
            while i < buf.count {
                let b = buf[i]
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { break }
            }
            return i
        }

        @inline(__always)
        func matches(_ literal: StaticString, at idx: Int) -> Bool {
            let n = literal.utf8CodeUnitCount
            guard idx + n <= buf.count else { return false }
            let p = literal.utf8Start
            for k in 0..<n where buf[idx + k] != p[k] { return false }
            return true
        }

        /// scan_once_unicode: the value starting at `idx`; `end` receives the index after it.
        mutating func scan(_ idx: Int, _ end: inout Int, _ b: inout B) throws -> B.Value {
            guard idx < buf.count else { throw ScanError.stop(idx) }
            switch buf[idx] {
            case UInt8(ascii: "\""):
                let s = try scanString(idx + 1, &end)
                return try b.makeString(s)
            case UInt8(ascii: "{"):
                return try scanObject(idx + 1, &end, &b)
            case UInt8(ascii: "["):
                return try scanArray(idx + 1, &end, &b)
            case UInt8(ascii: "n"):
                if matches("null", at: idx) { end = idx + 4; return try b.makeNull() }
            case UInt8(ascii: "t"):
                if matches("true", at: idx) { end = idx + 4; return try b.makeBool(true) }
            case UInt8(ascii: "f"):
                if matches("false", at: idx) { end = idx + 5; return try b.makeBool(false) }
            case UInt8(ascii: "N"):
                if matches("NaN", at: idx) { end = idx + 3; return try b.makeFloat(.nan) }
            case UInt8(ascii: "I"):
                if matches("Infinity", at: idx) { end = idx + 8; return try b.makeFloat(.infinity) }
            case UInt8(ascii: "-"):
                if matches("-Infinity", at: idx) { end = idx + 9; return try b.makeFloat(-.infinity) }
            default:
                break
            }
            return try scanNumber(idx, &end, &b)
        }

        @inline(__always) func isDigit(_ i: Int) -> Bool { i < buf.count && buf[i] >= 0x30 && buf[i] <= 0x39 }

        func scanNumber(_ start: Int, _ end: inout Int, _ b: inout B) throws -> B.Value {
            var idx = start
            var negative = false
            if buf[idx] == UInt8(ascii: "-") {
                negative = true
                idx += 1
                if idx >= buf.count { throw ScanError.stop(start) }
            }
            let intStart = idx
            if buf[idx] >= UInt8(ascii: "1") && buf[idx] <= UInt8(ascii: "9") {
                idx += 1
                while isDigit(idx) { idx += 1 }
            } else if buf[idx] == UInt8(ascii: "0") {
                idx += 1
            } else {
                throw ScanError.stop(start)
            }
            let intEnd = idx
            var isFloat = false
            if idx + 1 < buf.count && buf[idx] == UInt8(ascii: ".") && isDigit(idx + 1) {
                isFloat = true
                idx += 2
                while isDigit(idx) { idx += 1 }
            }
            if idx < buf.count && (buf[idx] == UInt8(ascii: "e") || buf[idx] == UInt8(ascii: "E")) {
                let eStart = idx
                idx += 1
                if idx < buf.count && (buf[idx] == UInt8(ascii: "-") || buf[idx] == UInt8(ascii: "+")) { idx += 1 }
                let digitsStart = idx
                while isDigit(idx) { idx += 1 }
                if idx > digitsStart { isFloat = true } else { idx = eStart }
            }
            end = idx
            if isFloat {
                if b.wantsFloatText {
                    return try b.makeFloat(text: String(decoding: UnsafeBufferPointer(rebasing: buf[start..<idx]), as: UTF8.self))
                }
                return try b.makeFloat(parseDouble(start, idx))
            }
            let count = intEnd - intStart
            if count <= 18 {
                var v = 0
                for k in intStart..<intEnd { v = v &* 10 &+ Int(buf[k] &- 0x30) }
                return try b.makeInt(negative ? -v : v)
            }
            if maxStrDigits > 0 && count > maxStrDigits {
                throw PyTextError.valueError("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(count) digits; use sys.set_int_max_str_digits() to increase the limit")
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: buf[intStart..<intEnd]), as: UTF8.self)
            var big = BigInt(text, radix: 10)!
            if negative { big.negate() }
            if let small = Int(exactly: big) { return try b.makeInt(small) }
            return try b.makeBigInt(big)
        }

        /// A correctly rounded double from a JSON number: exact fast path for short mantissas, else strtod.
        func parseDouble(_ start: Int, _ end: Int) -> Double {
            var i = start
            var negative = false
            if buf[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            var mantissa: UInt64 = 0
            var digits = 0
            var scale = 0
            var fast = true
            while i < end && buf[i] >= 0x30 && buf[i] <= 0x39 {
                if mantissa != 0 || buf[i] != 0x30 { digits += 1 }
                mantissa = mantissa &* 10 &+ UInt64(buf[i] - 0x30)
                i += 1
            }
            if i < end && buf[i] == UInt8(ascii: ".") {
                i += 1
                while i < end && buf[i] >= 0x30 && buf[i] <= 0x39 {
                    if mantissa != 0 || buf[i] != 0x30 { digits += 1 }
                    mantissa = mantissa &* 10 &+ UInt64(buf[i] - 0x30)
                    scale -= 1
                    i += 1
                }
            }
            if i < end {
                i += 1  // e or E
                var expNegative = false
                if buf[i] == UInt8(ascii: "-") || buf[i] == UInt8(ascii: "+") {
                    expNegative = buf[i] == UInt8(ascii: "-")
                    i += 1
                }
                var e = 0
                while i < end {
                    if e < 100_000 { e = e * 10 + Int(buf[i] - 0x30) }
                    i += 1
                }
                scale += expNegative ? -e : e
            }
            if digits > 15 { fast = false }
            if fast && mantissa == 0 { return negative ? -0.0 : 0.0 }
            if fast && scale >= -22 && scale <= 22 {
                var v = Double(mantissa)
                if scale < 0 { v /= PyJSONDecoder.exactPowers[-scale] } else { v *= PyJSONDecoder.exactPowers[scale] }
                return negative ? -v : v
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self)
            return Double(text) ?? .nan
        }

        /// scanstring_unicode (strict): `start` is just past the opening quote.
        func scanString(_ start: Int, _ end: inout Int) throws -> String {
            let begin = start - 1
            var i = start
            // Fast path: no escapes.
            while i < buf.count {
                let c = buf[i]
                if c == UInt8(ascii: "\"") {
                    end = i + 1
                    return String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self)
                }
                if c == UInt8(ascii: "\\") { break }
                if c < 0x20 { throw ScanError.decode("Invalid control character at", i) }
                i += 1
            }
            if i >= buf.count { throw ScanError.decode("Unterminated string starting at", begin) }
            var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: buf[start..<i]))
            while true {
                guard i < buf.count else { throw ScanError.decode("Unterminated string starting at", begin) }
                let c = buf[i]
                if c == UInt8(ascii: "\"") {
                    end = i + 1
                    return String(decoding: out, as: UTF8.self)
                }
                if c < 0x20 { throw ScanError.decode("Invalid control character at", i) }
                if c != UInt8(ascii: "\\") {
                    out.append(c)
                    i += 1
                    continue
                }
                i += 1
                guard i < buf.count else { throw ScanError.decode("Unterminated string starting at", begin) }
                let e = buf[i]
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard let u = hex4(i + 1) else { throw ScanError.decode("Invalid \\uXXXX escape", i) }
                    i += 4
                    var scalar = u
                    if u >= 0xD800 && u <= 0xDBFF && i + 7 < buf.count && buf[i + 1] == UInt8(ascii: "\\")
                        && buf[i + 2] == UInt8(ascii: "u") {
                        guard let low = hex4(i + 3) else { throw ScanError.decode("Invalid \\uXXXX escape", i + 2) }
                        if low >= 0xDC00 && low <= 0xDFFF {
                            scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                        }
                    }
                    // A lone surrogate cannot live in a Swift String: it becomes U+FFFD.
                    let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    out.append(contentsOf: String(Character(s)).utf8)
                default:
                    throw ScanError.decode("Invalid \\escape", i - 1)
                }
                i += 1
            }
        }

        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= buf.count else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = buf[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                default: return nil
                }
                v = v << 4 | d
            }
            return v
        }

        mutating func enter(_ what: String) throws {
            depth += 1
            if depth > maxDepth {
                throw PyTextError(.recursionError, "maximum recursion depth exceeded while decoding a JSON \(what) from a unicode string")
            }
        }

        mutating func scanObject(_ start: Int, _ end: inout Int, _ b: inout B) throws -> B.Value {
            try enter("object")
            defer { depth -= 1 }
            var pairs: [(key: String, value: B.Value)] = []
            var idx = skipSpace(start)
            if idx < buf.count && buf[idx] == UInt8(ascii: "}") {
                end = idx + 1
                return try b.makeObject(pairs)
            }
            while true {
                guard idx < buf.count && buf[idx] == UInt8(ascii: "\"") else {
                    throw ScanError.decode("Expecting property name enclosed in double quotes", idx)
                }
                var next = 0
                let key = try scanString(idx + 1, &next)
                idx = skipSpace(next)
                guard idx < buf.count && buf[idx] == UInt8(ascii: ":") else {
                    throw ScanError.decode("Expecting ':' delimiter", idx)
                }
                idx = skipSpace(idx + 1)
                let value: B.Value
                do {
                    value = try scan(idx, &next, &b)
                } catch ScanError.stop(let at) {
                    throw ScanError.decode("Expecting value", at)
                }
                pairs.append((key, value))
                idx = skipSpace(next)
                if idx < buf.count && buf[idx] == UInt8(ascii: "}") {
                    end = idx + 1
                    return try b.makeObject(pairs)
                }
                guard idx < buf.count && buf[idx] == UInt8(ascii: ",") else {
                    throw ScanError.decode("Expecting ',' delimiter", idx)
                }
                idx = skipSpace(idx + 1)
            }
        }

        mutating func scanArray(_ start: Int, _ end: inout Int, _ b: inout B) throws -> B.Value {
            try enter("array")
            defer { depth -= 1 }
            var items: [B.Value] = []
            var idx = skipSpace(start)
            if idx < buf.count && buf[idx] == UInt8(ascii: "]") {
                end = idx + 1
                return try b.makeArray(items)
            }
            while true {
                var next = 0
                do {
                    items.append(try scan(idx, &next, &b))
                } catch ScanError.stop(let at) {
                    throw ScanError.decode("Expecting value", at)
                }
                idx = skipSpace(next)
                if idx < buf.count && buf[idx] == UInt8(ascii: "]") {
                    end = idx + 1
                    return try b.makeArray(items)
                }
                guard idx < buf.count && buf[idx] == UInt8(ascii: ",") else {
                    throw ScanError.decode("Expecting ',' delimiter", idx)
                }
                idx = skipSpace(idx + 1)
            }
        }
    }
}
