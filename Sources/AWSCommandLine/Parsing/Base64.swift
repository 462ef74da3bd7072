/// Standard base64 (RFC 4648, `+/`, `=` padding), strict like Python's `b64decode(s, validate=True)`.
enum Base64 {
    private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    fileprivate static let values: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = Int8(index) }
        return table
    }()

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes, or nil when `text` has characters outside the alphabet or wrong padding.
    static func decode(_ text: String) -> [UInt8]? {
        let input = Array(text.utf8)
        guard input.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(input.count / 4 * 3)
        var index = 0
        while index < input.count {
            let chunk = input[index..<index + 4]
            let isLast = index + 4 == input.count
            let padding = chunk.reversed().prefix { $0 == UInt8(ascii: "=") }.count
            guard padding <= 2, padding == 0 || isLast else { return nil }
            var accumulator: UInt32 = 0
            for (offset, byte) in chunk.enumerated() {
                if offset >= 4 - padding { accumulator <<= 6; continue }
                let value = values[Int(byte)]
                guard value >= 0 else { return nil }
                accumulator = accumulator << 6 | UInt32(value)
            }
            out.append(UInt8(accumulator >> 16 & 0xFF))
            if padding < 2 { out.append(UInt8(accumulator >> 8 & 0xFF)) }
            if padding < 1 { out.append(UInt8(accumulator & 0xFF)) }
            index += 4
        }
        return out
    }
}

extension Base64 {
    /// Python's `base64.b64decode(text)`, which the AWS CLI v2 applies to blob parameters: characters
    /// outside the alphabet are skipped, decoding stops at complete padding, and a short final group
    /// is an error (`Incorrect padding`).
    static func pythonDecode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        var quadPosition = 0
        var pads = 0
        var left: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "=") {
                pads += 1
                if quadPosition >= 2, quadPosition + pads >= 4 { return out }
                continue
            }
            let value = values[Int(byte)]
            guard value >= 0 else { continue }
            let bits = UInt8(value)
            pads = 0
            switch quadPosition {
            case 0: left = bits; quadPosition = 1
            case 1: out.append(left << 2 | bits >> 4); left = bits & 0x0F; quadPosition = 2
            case 2: out.append(left << 4 | bits >> 2); left = bits & 0x03; quadPosition = 3
            default: out.append(left << 6 | bits); left = 0; quadPosition = 0
            }
        }
        return quadPosition == 0 ? out : nil
    }
}

/// Python's text conventions the CLI's messages show.
enum PythonText {
    /// `repr(s)` of a str: single quotes unless the text has a `'` and no `"`.
    static func repr(_ text: String) -> String {
        let quote: Character = text.contains("'") && !text.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(scalar) == quote { out += "\\" + String(quote) }
                else if scalar.value < 0x20 || scalar.value == 0x7F { out += "\\x" + hex2(scalar.value) }
                else { out.unicodeScalars.append(scalar) }
            }
        }
        out.append(quote)
        return out
    }

    private static func hex2(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 0xF)]])
    }
}
