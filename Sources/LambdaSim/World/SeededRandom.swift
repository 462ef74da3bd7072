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

    /// `count` lowercase hex digits.
    public mutating func hexDigits(_ count: Int) -> String {
        let alphabet = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(count)
        var bits: UInt64 = 0
        var available = 0
        for _ in 0..<count {
            if available == 0 { bits = next(); available = 16 }
            out.append(alphabet[Int(bits & 0xF)])
            bits >>= 4
            available -= 1
        }
        return out
    }

    /// A version-4 UUID in its canonical lowercase form, drawn from the seeded stream.
    public mutating func uuid() -> String {
        var hex = Array(hexDigits(32))
        hex[12] = "4"
        let variant = Array("89ab")
        hex[16] = variant[Int(next() % 4)]
        let text = String(hex)
        let parts = [text.prefix(8), text.dropFirst(8).prefix(4), text.dropFirst(12).prefix(4), text.dropFirst(16).prefix(4), text.dropFirst(20)]
        return parts.joined(separator: "-")
    }
}
