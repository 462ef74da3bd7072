// Glob patterns as IAM uses them: `*` matches any run of characters (including none), `?` exactly one.
// Compiled once when a policy is parsed; matching runs on UTF-8 without allocating.

/// A compiled `*`/`?` pattern.
///
///     let p = WildcardPattern("iam:*AccessKey*", caseSensitive: false)
///     p.matches("IAM:ListAccessKeys")   // true
///
/// - Complexity: O(n·m) in the worst case, O(n) for patterns with at most one `*`.
package struct WildcardPattern: Sendable, Hashable {
    private enum Shape: Sendable, Hashable {
        case anything           // "*"
        case exact              // no wildcards
        case prefix             // "abc*"
        case general
    }

    /// The pattern as written.
    package let text: String
    package let caseSensitive: Bool
    private let bytes: [UInt8]  // lowercased (ASCII) when case-insensitive
    private let shape: Shape

    package init(_ text: String, caseSensitive: Bool) {
        self.text = text
        self.caseSensitive = caseSensitive
        let raw = Array(text.utf8)
        let bytes = caseSensitive ? raw : raw.map(asciiLowercased)
        self.bytes = bytes
        let stars = bytes.lazy.filter { $0 == UInt8(ascii: "*") }.count
        let hasQuestion = bytes.contains(UInt8(ascii: "?"))
        if bytes == [UInt8(ascii: "*")] {
            shape = .anything
        } else if stars == 0 && !hasQuestion {
            shape = .exact
        } else if stars == 1 && !hasQuestion && bytes.last == UInt8(ascii: "*") {
            shape = .prefix
        } else {
            shape = .general
        }
    }

    /// Whether the pattern contains `*` or `?`.
    package var hasWildcards: Bool { shape != .exact }

    package var matchesEverything: Bool { shape == .anything }

    package func matches(_ candidate: String) -> Bool {
        var candidate = candidate
        return candidate.withUTF8 { matches(utf8: $0) }
    }

    package func matches(utf8 candidate: UnsafeBufferPointer<UInt8>) -> Bool {
        switch shape {
        case .anything:
            return true
        case .exact:
            guard candidate.count == bytes.count else { return false }
            for index in 0..<bytes.count where fold(candidate[index]) != bytes[index] { return false }
            return true
        case .prefix:
            let stem = bytes.count - 1
            guard candidate.count >= stem else { return false }
            for index in 0..<stem where fold(candidate[index]) != bytes[index] { return false }
            return true
        case .general:
            return globMatch(candidate)
        }
    }

    @inline(__always)
    private func fold(_ byte: UInt8) -> UInt8 { caseSensitive ? byte : asciiLowercased(byte) }

    /// Iterative glob with one backtrack point (the last `*`): linear for most inputs.
    /// `?` consumes one whole character, not one byte.
    private func globMatch(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = 0, t = 0
        var starP = -1, starT = 0
        while t < text.count {
            if p < bytes.count {
                let pc = bytes[p]
                if pc == UInt8(ascii: "*") {
                    starP = p
                    starT = t
                    p += 1
                    continue
                }
                if pc == UInt8(ascii: "?") {
                    p += 1
                    t = nextCharacter(text, after: t)
                    continue
                }
                if pc == fold(text[t]) {
                    p += 1
                    t += 1
                    continue
                }
            }
            guard starP >= 0 else { return false }
            p = starP + 1
            starT = nextCharacter(text, after: starT)
            t = starT
        }
        while p < bytes.count && bytes[p] == UInt8(ascii: "*") { p += 1 }
        return p == bytes.count
    }

    private func nextCharacter(_ text: UnsafeBufferPointer<UInt8>, after index: Int) -> Int {
        var next = index + 1
        while next < text.count && text[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}

@inline(__always)
func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
}

extension String {
    /// ASCII-only lowercasing (IAM's case-insensitive comparisons are about ASCII names).
    var asciiLowercased: String {
        String(decoding: utf8.map(IAM.asciiLowercased), as: UTF8.self)
    }
}
