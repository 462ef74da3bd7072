/// Line-level recognition of the Markdown that lessons use: ATX headings and fenced code blocks
/// (CommonMark rules: up to three spaces of indent, three or more backticks or tildes, closed by
/// a fence of the same character at least as long).
enum MarkdownLine {
    struct Fence: Equatable {
        var character: Character
        var length: Int
        var indent: Int
        /// The info string after the fence characters, trimmed.
        var info: String
        /// The 1-based column where the info string starts.
        var infoColumn: Int
    }

    struct Heading: Equatable {
        var level: Int
        /// The heading text, trimmed, without closing `#`s.
        var text: String
        /// The 1-based column where `text` starts.
        var textColumn: Int
    }

    /// The lines of `text`, without line terminators (`\n`, `\r\n` or a lone `\r`) and without a
    /// leading byte order mark.
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var previousWasCarriageReturn = false
        for scalar in scalars {
            switch scalar {
            case "\n":
                if !previousWasCarriageReturn { lines.append(current) }
                current = ""
            case "\r":
                lines.append(current)
                current = ""
            default:
                current.unicodeScalars.append(scalar)
            }
            previousWasCarriageReturn = scalar == "\r"
        }
        lines.append(current)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }

    static func leadingSpaces(_ line: String) -> Int {
        line.unicodeScalars.prefix { $0 == " " }.count
    }

    /// The opening fence on `line`, if it is one.
    static func openingFence(_ line: String) -> Fence? {
        let indent = leadingSpaces(line)
        guard indent <= 3 else { return nil }
        let rest = line.unicodeScalars.dropFirst(indent)
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let length = rest.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        let infoScalars = rest.dropFirst(length)
        if first == "`", infoScalars.contains("`") { return nil }
        let leading = infoScalars.prefix { $0 == " " || $0 == "\t" }.count
        let info = String(String.UnicodeScalarView(infoScalars)).trimmingWhitespace()
        return Fence(character: Character(first), length: length, indent: indent, info: info,
                     infoColumn: indent + length + leading + 1)
    }

    /// Whether `line` closes `fence`.
    static func closes(_ line: String, _ fence: Fence) -> Bool {
        let indent = leadingSpaces(line)
        guard indent <= 3 else { return false }
        let rest = line.unicodeScalars.dropFirst(indent)
        let length = rest.prefix { Character($0) == fence.character }.count
        guard length >= fence.length else { return false }
        return rest.dropFirst(length).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The ATX heading on `line`, if it is one (`## Title`, `### Title ##`).
    static func heading(_ line: String) -> Heading? {
        let indent = leadingSpaces(line)
        guard indent <= 3 else { return nil }
        let rest = line.unicodeScalars.dropFirst(indent)
        let level = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let afterHashes = rest.dropFirst(level)
        guard afterHashes.isEmpty || afterHashes.first == " " || afterHashes.first == "\t" else { return nil }
        let leading = afterHashes.prefix { $0 == " " || $0 == "\t" }.count
        var text = String(String.UnicodeScalarView(afterHashes.dropFirst(leading))).trimmingWhitespace()
        // An optional closing sequence of #s, preceded by a space.
        let withoutClosing = String(text.reversed().drop { $0 == "#" }.reversed())
        if withoutClosing.isEmpty {
            text = ""
        } else if withoutClosing.count != text.count, withoutClosing.last == " " || withoutClosing.last == "\t" {
            text = withoutClosing.trimmingWhitespace()
        }
        return Heading(level: level, text: text, textColumn: indent + level + leading + 1)
    }

    /// Lines that only open or close a GitHub `<details>` disclosure, which lessons use to hide
    /// solutions from readers on GitHub; the engine ignores them.
    static func isDisclosureTag(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace().lowercased()
        if trimmed == "<details>" || trimmed == "</details>" || trimmed == "<details open>" { return true }
        return trimmed.hasPrefix("<summary>") && trimmed.hasSuffix("</summary>")
            || trimmed.hasPrefix("<details>") && trimmed.hasSuffix("</summary>") && trimmed.contains("<summary>")
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[start...end])
    }
}
