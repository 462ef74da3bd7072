/// The world's only source of randomness: a seeded generator, so the same seed gives the same world.
///
/// SplitMix64: small, fast, and with a well-defined output for every seed. It is not for cryptography.
public struct SeededRandom: RandomNumberGenerator, Sendable, Hashable, Codable {
    private var state: UInt64

    public init(seed: UInt64) {
        self.state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` lowercase hex digits (each draw gives 16, lowest nibble first).
    public mutating func hexDigits(_ count: Int) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            fillHex(buffer, count)
            return count
        }
    }

    /// Writes `count` hex digits into `buffer`, as ``hexDigits(_:)`` draws them.
    private mutating func fillHex(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ count: Int) {
        var bits: UInt64 = 0
        var available = 0
        for index in 0..<count {
            if available == 0 { bits = next(); available = 16 }
            let nibble = UInt8(truncatingIfNeeded: bits & 0xF)
            buffer[index] = nibble < 10 ? 48 + nibble : 87 + nibble
            bits >>= 4
            available -= 1
        }
    }

    /// A version-4 UUID in its canonical lowercase form, drawn from the seeded stream.
    public mutating func uuid() -> String {
        var hex = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        let variant = withUnsafeMutableBytes(of: &hex) { raw -> UInt64 in
            let digits = raw.bindMemory(to: UInt8.self)
            fillHex(UnsafeMutableBufferPointer(rebasing: digits[0..<32]), 32)
            return next() % 4
        }
        return withUnsafeBytes(of: hex) { raw in
            let digits = raw.bindMemory(to: UInt8.self)
            return String(unsafeUninitializedCapacity: 36) { out in
                var position = 0
                for index in 0..<32 {
                    if index == 8 || index == 12 || index == 16 || index == 20 { out[position] = 45; position += 1 }
                    var digit = digits[index]
                    if index == 12 { digit = 52 }
                    if index == 16 { digit = [56, 57, 97, 98][Int(variant)] }
                    out[position] = digit
                    position += 1
                }
                return 36
            }
        }
    }
}
