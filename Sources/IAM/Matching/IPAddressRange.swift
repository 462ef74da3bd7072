// IPv4 and IPv6 addresses and CIDR blocks for the IpAddress / NotIpAddress operators.

/// An address range like `203.0.113.0/24` or `2001:DB8:1234:5678::/64`; a bare address is a /32 or /128.
struct IPAddressRange: Sendable, Hashable {
    /// 16 bytes; IPv4 addresses are stored in the first 4.
    let bytes: [UInt8]
    let isIPv6: Bool
    let prefixLength: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddressRange.parseAddress(parts[0]) else { return nil }
        bytes = address.bytes
        isIPv6 = address.isIPv6
        let maximum = isIPv6 ? 128 : 32
        if parts.count == 2 {
            guard let length = Int(parts[1]), (0...maximum).contains(length) else { return nil }
            prefixLength = length
        } else {
            prefixLength = maximum
        }
    }

    /// Whether `address` (a bare address) lies inside this range.
    func contains(_ address: String) -> Bool {
        guard let other = IPAddressRange.parseAddress(Substring(address)), other.isIPv6 == isIPv6 else { return false }
        var remaining = prefixLength
        var index = 0
        while remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if bytes[index] & mask != other.bytes[index] & mask { return false }
            remaining -= bits
            index += 1
        }
        return true
    }

    private static func parseAddress(_ text: Substring) -> (bytes: [UInt8], isIPv6: Bool)? {
        if text.contains(":") {
            guard let bytes = parseIPv6(text) else { return nil }
            return (bytes, true)
        }
        guard let bytes = parseIPv4(text) else { return nil }
        return (bytes + Array(repeating: 0, count: 12), false)
    }

    private static func parseIPv4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCIIDigit), let value = UInt8(part) else { return nil }
            bytes.append(value)
        }
        return bytes
    }

    private static func parseIPv6(_ text: Substring) -> [UInt8]? {
        let halves = text.split(separator: "::", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count <= 2, !halves.contains(where: { $0.contains("::") }) else { return nil }
        func groups(_ part: Substring) -> [UInt16]? {
            if part.isEmpty { return [] }
            var result: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), let value = UInt16(group, radix: 16) else { return nil }
                result.append(value)
            }
            return result
        }
        guard let head = groups(halves[0]) else { return nil }
        var all: [UInt16]
        if halves.count == 2 {
            guard let tail = groups(halves[1]), head.count + tail.count < 8 else { return nil }
            all = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        } else {
            all = head
        }
        guard all.count == 8 else { return nil }
        return all.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
