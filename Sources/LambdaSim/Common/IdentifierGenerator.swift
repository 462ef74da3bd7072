// AWS-shaped identifiers drawn from the world's seeded generator, never from the system.

extension SeededRandom {
    /// IAM's unique ids: a four-letter prefix (`AROA` role, `AIDA` user, `ANPA` policy) then 17 characters
    /// from A–Z and 2–7, 21 characters in all, like `AROA3XFRBF535PLBIFPI4`.
    public mutating func iamUniqueID(prefix: IAMIDPrefix) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var id = prefix.rawValue
        for _ in 0..<17 { id.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
        return id
    }
}

/// The prefixes IAM gives its unique ids.
public enum IAMIDPrefix: String, Sendable {
    case role = "AROA"
    case user = "AIDA"
    case policy = "ANPA"
}
