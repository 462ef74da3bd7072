import Foundation

/// Renders lesson Markdown for the terminal: headings, emphasis, inline code, code blocks, lists,
/// block quotes and links, wrapped to a width.
///
/// The output is one ``StyledText`` per terminal line, with no trailing spaces and one blank line
/// between blocks. It depends only on the text and the width, so a transcript shows the same lines
/// on every machine. Code blocks are never wrapped (a wrapped command would mislead); control
/// characters in the source are replaced by `�` so lesson text cannot drive the terminal.
///
/// ```swift
/// let lines = ProseRenderer(width: 60).render("## Cold starts\n\nThe *first* invoke runs `INIT`.")
/// // ["Cold starts", "-----------", "", "The first invoke runs INIT."] with heading, emphasis and code styles
/// ```
public struct ProseRenderer: Sendable {
    /// The terminal width in columns; at least 16 is used.
    public var width: Int

    public init(width: Int) { self.width = width }

    var effectiveWidth: Int { max(16, width) }

    /// The lines of `markdown`, rendered and wrapped.
    public func render(_ markdown: String) -> [StyledText] {
        let blocks = MarkdownBlocks.parse(markdown)
        var lines: [StyledText] = []
        for block in blocks {
            let rendered = render(block, width: effectiveWidth)
            guard !rendered.isEmpty else { continue }
            if !lines.isEmpty { lines.append(StyledText()) }
            lines += rendered
        }
        return lines
    }

    func render(_ block: MarkdownBlocks.Block, width: Int) -> [StyledText] {
        switch block {
        case .heading(let level, let text):
            let content = InlineMarkdown.parse(text, base: .heading)
            let wrapped = TextWrapper.wrap(content, width: width, firstPrefix: StyledText(), restPrefix: StyledText())
            guard level <= 2, let longest = wrapped.map({ TextWrapper.displayWidth($0.plainText) }).max(), longest > 0 else {
                return wrapped
            }
            return wrapped + [StyledText(String(repeating: level == 1 ? "═" : "─", count: longest), style: .dim)]
        case .paragraph(let lines):
            return lines.flatMap { line in
                TextWrapper.wrap(InlineMarkdown.parse(line, base: .plain), width: width, firstPrefix: StyledText(), restPrefix: StyledText())
            }
        case .code(let lines):
            return lines.map { line in
                line.isEmpty ? StyledText() : StyledText("    ") + StyledText(TextWrapper.sanitized(line, expandingTabs: true), style: .code)
            }
        case .listItem(let depth, let marker, let lines):
            let indent = String(repeating: "  ", count: depth)
            let first = StyledText(indent + "  ") + StyledText(marker, style: .dim) + " "
            let rest = StyledText(String(repeating: " ", count: TextWrapper.displayWidth(indent + "  " + marker + " ")))
            var output: [StyledText] = []
            for (index, line) in lines.enumerated() {
                output += TextWrapper.wrap(InlineMarkdown.parse(line, base: .plain), width: width,
                                           firstPrefix: index == 0 ? first : rest, restPrefix: rest)
            }
            return output
        case .quote(let blocks):
            let bar = StyledText("│ ", style: .dim)
            var output: [StyledText] = []
            for (index, inner) in blocks.enumerated() {
                if index > 0 { output.append(StyledText("│", style: .dim)) }
                output += render(inner, width: max(8, width - 2)).map { $0.runs.isEmpty ? StyledText("│", style: .dim) : bar + $0 }
            }
            return output
        case .rule:
            return [StyledText(String(repeating: "─", count: width), style: .dim)]
        case .verbatim(let lines):
            return lines.map { StyledText(TextWrapper.sanitized($0, expandingTabs: true)) }
        }
    }
}

/// The block structure of the Markdown lessons use, for ``ProseRenderer``.
enum MarkdownBlocks {
    indirect enum Block: Equatable {
        case heading(level: Int, text: String)
        /// Source lines already joined into logical lines (hard breaks kept as separate lines).
        case paragraph([String])
        case code([String])
        /// One list item: nesting depth, the marker to show (`•`, `3.`), and its logical lines.
        case listItem(depth: Int, marker: String, lines: [String])
        case quote([Block])
        case rule
        /// Lines shown as they are (tables).
        case verbatim([String])
    }

    static func parse(_ markdown: String) -> [Block] {
        let lines = markdown.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
        return parse(lines: lines)
    }

    static func parse(lines: [String]) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var index = 0

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(joinLogicalLines(paragraph)))
            paragraph = []
        }

        while index < lines.count {
            let start = index
            let line = lines[index]
            let trimmed = line.trimmingSpaces()
            let indent = line.prefix { $0 == " " }.count
            if trimmed.isEmpty {
                flushParagraph()
                index += 1
            } else if let fence = fenceOpening(trimmed), indent <= 3 {
                flushParagraph()
                var code: [String] = []
                index += 1
                while index < lines.count, !isFenceClosing(lines[index], fence) {
                    code.append(String(lines[index].dropFirst(min(indent, lines[index].prefix { $0 == " " }.count))))
                    index += 1
                }
                index += 1
                blocks.append(.code(code))
            } else if indent <= 3, let (level, text) = heading(trimmed) {
                flushParagraph()
                blocks.append(.heading(level: level, text: text))
                index += 1
            } else if indent <= 3, !paragraph.isEmpty, let level = setextLevel(trimmed) {
                // `Title` over `===` or `---`: a heading, not a rule.
                let text = joinLogicalLines(paragraph).joined(separator: " ")
                paragraph = []
                blocks.append(.heading(level: level, text: text))
                index += 1
            } else if indent <= 3, isRule(trimmed) {
                flushParagraph()
                blocks.append(.rule)
                index += 1
            } else if isIgnoredHTML(trimmed) {
                index += 1
            } else if trimmed.hasPrefix(">") {
                flushParagraph()
                var quoted: [String] = []
                while index < lines.count, lines[index].trimmingSpaces().hasPrefix(">") {
                    var inner = Substring(lines[index].trimmingSpaces().dropFirst())
                    if inner.hasPrefix(" ") { inner = inner.dropFirst() }
                    quoted.append(String(inner))
                    index += 1
                }
                blocks.append(.quote(parse(lines: quoted)))
            } else if trimmed.hasPrefix("|") {
                flushParagraph()
                var table: [String] = []
                while index < lines.count, lines[index].trimmingSpaces().hasPrefix("|") {
                    table.append(lines[index].trimmingSpaces())
                    index += 1
                }
                blocks.append(.verbatim(table))
            } else if let item = listMarker(line) {
                flushParagraph()
                var itemLines = [item.text]
                index += 1
                // Lazy continuation: following non-blank lines that start no other block.
                while index < lines.count {
                    let next = lines[index]
                    let nextTrimmed = next.trimmingSpaces()
                    if nextTrimmed.isEmpty || listMarker(next) != nil || fenceOpening(nextTrimmed) != nil
                        || heading(nextTrimmed) != nil || nextTrimmed.hasPrefix(">") { break }
                    itemLines.append(nextTrimmed)
                    index += 1
                }
                blocks.append(.listItem(depth: item.depth, marker: item.marker, lines: joinLogicalLines(itemLines)))
            } else if indent >= 4, paragraph.isEmpty {
                var code: [String] = []
                while index < lines.count, lines[index].prefix(while: { $0 == " " }).count >= 4 || lines[index].trimmingSpaces().isEmpty {
                    code.append(String(lines[index].dropFirst(min(4, lines[index].count))))
                    index += 1
                }
                while code.last?.isEmpty == true { code.removeLast() }
                blocks.append(.code(code))
            } else {
                paragraph.append(line)
                index += 1
            }
            precondition(index > start, "the Markdown block parser must make progress on every line")
        }
        flushParagraph()
        return blocks
    }

    /// Joins source lines into logical lines: soft breaks become spaces; a line ending in two
    /// spaces or a backslash ends a logical line (a hard break).
    static func joinLogicalLines(_ lines: [String]) -> [String] {
        var result: [String] = []
        var current = ""
        for line in lines {
            let hardBreak = line.hasSuffix("  ") || line.hasSuffix("\\")
            var text = line.trimmingSpaces()
            if text.hasSuffix("\\") { text.removeLast() }
            current += current.isEmpty ? text : " " + text
            if hardBreak {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func fenceOpening(_ trimmed: String) -> (character: Character, length: Int)? {
        guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let length = trimmed.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == "`", trimmed.dropFirst(length).contains("`") { return nil }
        return (first, length)
    }

    static func isFenceClosing(_ line: String, _ fence: (character: Character, length: Int)) -> Bool {
        let trimmed = line.trimmingSpaces()
        let length = trimmed.prefix { $0 == fence.character }.count
        return length >= fence.length && length == trimmed.count
    }

    static func heading(_ trimmed: String) -> (Int, String)? {
        let level = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = String(rest).trimmingSpaces()
        // Drop a closing run of #s and a trailing `{#id}` (the lesson format's step ids).
        if text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) {
            text = String(text[..<open.lowerBound]).trimmingSpaces()
        }
        let withoutClosing = String(text.reversed().drop { $0 == "#" }.reversed())
        if withoutClosing.isEmpty || withoutClosing.last == " " { text = withoutClosing.trimmingSpaces() }
        return (level, text)
    }

    /// 1 for a line of `=`, 2 for a line of `-` (after a paragraph line), else `nil`.
    static func setextLevel(_ trimmed: String) -> Int? {
        guard let first = trimmed.first, first == "=" || first == "-", trimmed.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    static func isRule(_ trimmed: String) -> Bool {
        let compact = trimmed.filter { $0 != " " && $0 != "\t" }
        guard let first = compact.first, first == "-" || first == "*" || first == "_" else { return false }
        return compact.count >= 3 && compact.allSatisfy { $0 == first }
    }

    static func isIgnoredHTML(_ trimmed: String) -> Bool {
        let lower = trimmed.lowercased()
        if lower.hasPrefix("<!--") && lower.hasSuffix("-->") { return true }
        for tag in ["<details", "</details>", "<summary", "</summary>"] where lower.hasPrefix(tag) { return true }
        return false
    }

    /// A list item's depth, the marker to show and its text.
    static func listMarker(_ line: String) -> (depth: Int, marker: String, text: String)? {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        let depth = min(indent / 2, 6)
        if let first = rest.first, first == "-" || first == "*" || first == "+", rest.dropFirst().first == " " {
            let bullets = ["•", "◦", "▪"]
            return (depth, bullets[min(depth, bullets.count - 1)], String(rest.dropFirst(2)).trimmingSpaces())
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let afterDigits = rest.dropFirst(digits.count)
        guard let delimiter = afterDigits.first, delimiter == "." || delimiter == ")", afterDigits.dropFirst().first == " " else { return nil }
        return (depth, digits + ".", String(afterDigits.dropFirst(2)).trimmingSpaces())
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        guard let start = firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let end = lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(self[start...end])
    }
}

/// Inline Markdown (code spans, emphasis, links, escapes) as styled characters, for ``ProseRenderer``.
///
/// The terminal has one style per character, so the strongest wins: code over heading over emphasis.
enum InlineMarkdown {
    struct Piece: Equatable {
        var character: Character
        var style: TextStyle
    }

    static func parse(_ text: String, base: TextStyle) -> [Piece] {
        var pieces: [Piece] = []
        parse(Array(text), base: base, into: &pieces)
        return pieces
    }

    static func emphasised(_ style: TextStyle) -> TextStyle { style == .plain ? .emphasis : style }

    private static func parse(_ characters: [Character], base: TextStyle, into pieces: inout [Piece]) {
        var index = 0
        func emit(_ character: Character, _ style: TextStyle) {
            for scalarText in TextWrapper.sanitized(String(character), expandingTabs: false) {
                pieces.append(Piece(character: scalarText, style: style))
            }
        }
        while index < characters.count {
            let character = characters[index]
            let start = index
            switch character {
            case "\\" where index + 1 < characters.count && characters[index + 1].isPunctuationOrSymbol:
                emit(characters[index + 1], base)
                index += 2
            case "`":
                let run = characters[index...].prefix { $0 == "`" }.count
                if let close = findRun(of: "`", length: run, in: characters, from: index + run) {
                    var code = String(characters[(index + run)..<close])
                    if code.count > 2, code.first == " ", code.last == " " { code = String(code.dropFirst().dropLast()) }
                    for codeCharacter in code { emit(codeCharacter, .code) }
                    index = close + run
                } else {
                    for _ in 0..<run { emit("`", base) }
                    index += run
                }
            case "*", "_":
                let run = min(2, characters[index...].prefix { $0 == character }.count)
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + run < characters.count ? characters[index + run] : " "
                let canOpen = !after.isWhitespace && (character == "*" || !before.isLetterOrNumber)
                if canOpen, let close = findClosingEmphasis(character, run: run, in: characters, from: index + run) {
                    parse(Array(characters[(index + run)..<close]), base: emphasised(base), into: &pieces)
                    index = close + run
                } else {
                    for _ in 0..<run { emit(character, base) }
                    index += run
                }
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                if let (label, _, end) = link(in: characters, at: index + 1) {
                    for labelCharacter in "[image: \(String(label))]" { emit(labelCharacter, .dim) }
                    index = end
                } else {
                    emit("!", base)
                    index += 1
                }
            case "[":
                if let (label, target, end) = link(in: characters, at: index) {
                    parse(label, base: base, into: &pieces)
                    if String(label) != target, !target.isEmpty {
                        for targetCharacter in " (\(target))" { emit(targetCharacter, .dim) }
                    }
                    index = end
                } else {
                    emit("[", base)
                    index += 1
                }
            case "<":
                if let close = characters[index...].firstIndex(of: ">"),
                   String(characters[(index + 1)..<close]).hasPrefix("http") {
                    for urlCharacter in characters[(index + 1)..<close] { emit(urlCharacter, base) }
                    index = close + 1
                } else {
                    emit("<", base)
                    index += 1
                }
            default:
                emit(character, base)
                index += 1
            }
            precondition(index > start, "inline Markdown parsing must make progress")
        }
    }

    /// The index of the next run of exactly `length` `character`s at or after `start`.
    static func findRun(of character: Character, length: Int, in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index < characters.count {
            if characters[index] == character {
                let run = characters[index...].prefix { $0 == character }.count
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }

    static func findClosingEmphasis(_ character: Character, run: Int, in characters: [Character], from start: Int) -> Int? {
        var index = start
        while index + run <= characters.count {
            if characters[index] == "`" {
                // Skip code spans: emphasis markers inside them are literal.
                let codeRun = characters[index...].prefix { $0 == "`" }.count
                if let close = findRun(of: "`", length: codeRun, in: characters, from: index + codeRun) {
                    index = close + codeRun
                    continue
                }
            }
            if characters[index..<(index + run)].allSatisfy({ $0 == character }), index > start,
               !characters[index - 1].isWhitespace {
                let after = index + run < characters.count ? characters[index + run] : " "
                let runContinues = after == character
                if !runContinues && (character == "*" || !after.isLetterOrNumber) { return index }
            }
            index += 1
        }
        return nil
    }

    /// `[label](target)` starting at `start` (the `[`): the label, the target and the index after `)`.
    static func link(in characters: [Character], at start: Int) -> ([Character], String, Int)? {
        var depth = 0
        var index = start
        while index < characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < characters.count, index + 1 < characters.count, characters[index + 1] == "(",
              let close = characters[(index + 1)...].firstIndex(of: ")") else { return nil }
        let label = Array(characters[(start + 1)..<index])
        let target = String(characters[(index + 2)..<close]).split(separator: " ").first.map(String.init) ?? ""
        return (label, target, close + 1)
    }
}

extension Character {
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
    var isLetterOrNumber: Bool { isLetter || isNumber }
}

/// Greedy word wrapping of styled characters to a column width, for ``ProseRenderer``.
enum TextWrapper {
    typealias Piece = InlineMarkdown.Piece

    /// Wraps `pieces` into lines of at most `width` columns, each starting with a prefix (the
    /// first line's, then the others'). Words longer than a line are split. Spaces at line ends go.
    static func wrap(_ pieces: [Piece], width: Int, firstPrefix: StyledText, restPrefix: StyledText) -> [StyledText] {
        // Words, each with the style of the space before it (so a space inside emphasis stays emphasised).
        var words: [(space: TextStyle, pieces: [Piece])] = []
        var current: [Piece] = []
        var space = TextStyle.plain
        for piece in pieces {
            if piece.character == " " || piece.character == "\t" {
                if !current.isEmpty { words.append((space, current)) }
                current = []
                space = piece.style
            } else {
                current.append(piece)
            }
        }
        if !current.isEmpty { words.append((space, current)) }

        var lines: [StyledText] = []
        var line: [Piece] = []
        var lineWidth = 0
        var prefix = firstPrefix
        var available: Int { max(4, width - displayWidth(prefix.plainText)) }

        func finishLine() {
            lines.append(prefix + styled(line))
            line = []
            lineWidth = 0
            prefix = restPrefix
        }

        for (spaceStyle, var word) in words {
            var wordWidth = word.reduce(0) { $0 + displayWidth($1.character) }
            let separator = line.isEmpty ? 0 : 1
            if lineWidth + separator + wordWidth <= available {
                if separator == 1 { line.append(Piece(character: " ", style: spaceStyle)) }
                line += word
                lineWidth += separator + wordWidth
                continue
            }
            if !line.isEmpty { finishLine() }
            while wordWidth > available {
                var taken = 0
                var count = 0
                while count < word.count, taken + displayWidth(word[count].character) <= available {
                    taken += displayWidth(word[count].character)
                    count += 1
                }
                count = max(count, 1)
                line = Array(word.prefix(count))
                finishLine()
                word.removeFirst(count)
                wordWidth = word.reduce(0) { $0 + displayWidth($1.character) }
            }
            line = word
            lineWidth = wordWidth
        }
        if !line.isEmpty || lines.isEmpty { finishLine() }
        return lines
    }

    /// Adjacent pieces of the same style merged into runs.
    static func styled(_ pieces: [Piece]) -> StyledText {
        var result = StyledText()
        var text = ""
        var style: TextStyle?
        for piece in pieces {
            if piece.style != style, let current = style {
                result = result + StyledText(text, style: current)
                text = ""
            }
            style = piece.style
            text.append(piece.character)
        }
        if let style, !text.isEmpty { result = result + StyledText(text, style: style) }
        return result
    }

    /// Columns a string takes in a terminal.
    static func displayWidth(_ text: String) -> Int { text.reduce(0) { $0 + displayWidth($1) } }

    /// Columns a character takes: 2 for East Asian wide characters and emoji, 1 otherwise.
    static func displayWidth(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// `text` with control characters replaced by `�` (and tabs by four spaces when asked), so
    /// lesson text cannot move the cursor or change colours.
    static func sanitized(_ text: String, expandingTabs: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result += expandingTabs ? "    " : " "
            } else if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                result += "\u{FFFD}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
