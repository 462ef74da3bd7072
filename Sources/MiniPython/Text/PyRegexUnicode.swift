// Character predicates and case mapping as sre uses them (Modules/_sre/sre.c):
// \d is str.isdecimal, \w is str.isalnum or "_", \s is str.isspace; IGNORECASE compares the
// first character of the full lowercase mapping, plus the extra equivalences of re/_casefix.py.

enum PyRegexUnicode {
    static func isDigit(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        if ascii { return false }
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.numericType == .decimal
    }

    static func isSpace(_ c: UInt32, ascii: Bool) -> Bool {
        if ascii { return c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        return PyUnicodeClass.isSpace(c)
    }

    private static let asciiWord: [Bool] = (0..<128).map { i in
        (i >= 0x30 && i <= 0x39) || (i >= 0x41 && i <= 0x5A) || (i >= 0x61 && i <= 0x7A) || i == 0x5F
    }

    static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 { return asciiWord[Int(c)] }
        if ascii { return false }
        guard let s = Unicode.Scalar(c) else { return false }
        let p = s.properties
        switch p.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        default:
            return p.numericType != nil
        }
    }

    static func matches(_ category: PyRegexCategory, _ c: UInt32, ascii: Bool) -> Bool {
        switch category {
        case .digit: return isDigit(c, ascii: ascii)
        case .notDigit: return !isDigit(c, ascii: ascii)
        case .space: return isSpace(c, ascii: ascii)
        case .notSpace: return !isSpace(c, ascii: ascii)
        case .word: return isWord(c, ascii: ascii)
        case .notWord: return !isWord(c, ascii: ascii)
        }
    }

    /// `sre_lower_unicode` (or ASCII-only lowering under re.ASCII).
    @inline(__always)
    static func lower(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) ? c + 32 : c }
        if ascii { return c }
        guard let s = Unicode.Scalar(c) else { return c }
        return s.properties.lowercaseMapping.unicodeScalars.first?.value ?? c
    }

    @inline(__always)
    static func upper(_ c: UInt32, ascii: Bool) -> UInt32 {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) ? c - 32 : c }
        if ascii { return c }
        guard let s = Unicode.Scalar(c) else { return c }
        return s.properties.uppercaseMapping.unicodeScalars.first?.value ?? c
    }

    /// re/_casefix.py: lowercase characters that share an uppercase with other lowercase characters.
    static let extraCases: [UInt32: [UInt32]] = [
        0x69: [0x131], 0x73: [0x17f], 0xb5: [0x3bc], 0x131: [0x69], 0x17f: [0x73], 0x345: [0x3b9, 0x1fbe], 0x390: [0x1fd3],
        0x3b0: [0x1fe3], 0x3b2: [0x3d0], 0x3b5: [0x3f5], 0x3b8: [0x3d1], 0x3b9: [0x345, 0x1fbe], 0x3ba: [0x3f0], 0x3bc: [0xb5],
        0x3c0: [0x3d6], 0x3c1: [0x3f1], 0x3c2: [0x3c3], 0x3c3: [0x3c2], 0x3c6: [0x3d5], 0x3d0: [0x3b2], 0x3d1: [0x3b8],
        0x3d5: [0x3c6], 0x3d6: [0x3c0], 0x3f0: [0x3ba], 0x3f1: [0x3c1], 0x3f5: [0x3b5], 0x432: [0x1c80], 0x434: [0x1c81],
        0x43e: [0x1c82], 0x441: [0x1c83], 0x442: [0x1c84, 0x1c85], 0x44a: [0x1c86], 0x463: [0x1c87], 0x1c80: [0x432],
        0x1c81: [0x434], 0x1c82: [0x43e], 0x1c83: [0x441], 0x1c84: [0x442, 0x1c85], 0x1c85: [0x442, 0x1c84], 0x1c86: [0x44a],
        0x1c87: [0x463], 0x1c88: [0xa64b], 0x1e61: [0x1e9b], 0x1e9b: [0x1e61], 0x1fbe: [0x345, 0x3b9], 0x1fd3: [0x390],
        0x1fe3: [0x3b0], 0xa64b: [0x1c88], 0xfb05: [0xfb06], 0xfb06: [0xfb05],
    ]

    /// Characters whose lowercase is another character's lowercase without being its uppercase.
    static let lowerPreimages: [UInt32: [UInt32]] = [
        0x6B: [0x212A], 0x3C9: [0x2126], 0xE5: [0x212B], 0x69: [0x130], 0xDF: [0x1E9E], 0x3B8: [0x3F4],
    ]

    /// Characters x for which a set holding x matches `c` case-insensitively (sre's IN_UNI_IGNORE):
    /// those whose lowercase is c's lowercase or one of its extra cases.
    static func caseCandidates(_ c: UInt32, ascii: Bool) -> [UInt32] {
        let l = lower(c, ascii: ascii)
        var raw: [UInt32] = [c, l, upper(l, ascii: ascii), upper(c, ascii: ascii)]
        let extra = ascii ? [] : (extraCases[l] ?? [])
        if !ascii {
            for e in extra { raw.append(e); raw.append(upper(e, ascii: false)) }
            if let pre = lowerPreimages[l] { raw.append(contentsOf: pre) }
        }
        var out: [UInt32] = []
        for x in raw where !out.contains(x) {
            let lx = lower(x, ascii: ascii)
            if lx == l || extra.contains(lx) { out.append(x) }
        }
        return out
    }
}
