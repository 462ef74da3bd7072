import Testing
@testable import Shell

/// The plain text of rendered lines.
func plain(_ lines: [StyledText]) -> [String] { lines.map(\.plainText) }

/// The runs of one line as `style:text` pairs.
func runs(_ line: StyledText) -> [String] { line.runs.map { "\($0.style):\($0.text)" } }

@Suite("Prose renderer")
struct ProseRendererTests {
    @Test("Headings are styled and levels 1 and 2 are underlined to their length")
    func headings() {
        let lines = ProseRenderer(width: 40).render("# Handler structure\n\n## The event {#event}\n\n### Details ###")
        #expect(plain(lines) == ["Handler structure", "═════════════════", "", "The event", "─────────", "", "Details"])
        #expect(runs(lines[0]) == ["heading:Handler structure"])
        #expect(runs(lines[1]) == ["dim:═════════════════"])
        #expect(runs(lines[6]) == ["heading:Details"])
    }

    @Test("Underlined titles are headings, and a rule after a blank line stays a rule")
    func setextHeadings() {
        let lines = plain(ProseRenderer(width: 30).render("Handler\n=======\n\nThe event\n---\n\ntext\n\n---"))
        #expect(lines == ["Handler", "═══════", "", "The event", "─────────", "", "text", "", String(repeating: "─", count: 30)])
    }

    @Test("Paragraphs join their lines and wrap at word boundaries to the width")
    func wrapping() {
        let text = "Lambda runs your code\nonly when it is needed and scales automatically, from a few requests per day to thousands per second."
        let lines = plain(ProseRenderer(width: 30).render(text))
        #expect(lines == [
            "Lambda runs your code only",
            "when it is needed and scales",
            "automatically, from a few",
            "requests per day to thousands",
            "per second.",
        ])
        #expect(lines.allSatisfy { $0.count <= 30 && !$0.hasSuffix(" ") })
    }

    @Test("Every line fits the width, whatever the width", arguments: [16, 20, 33, 47, 80, 120])
    func fitsWidth(width: Int) {
        let text = """
            The **execution environment** is reused: globals and `/tmp` persist between *warm* invokes.
            A very-long-identifier-that-cannot-be-broken-at-any-space-at-all stays readable.

            - first item with enough words to wrap at least once at narrow widths
              - nested item that also wraps when the terminal is narrow enough
            1. numbered
            """
        for line in ProseRenderer(width: width).render(text) {
            #expect(TextWrapper.displayWidth(line.plainText) <= width, "\(line.plainText)")
        }
    }

    @Test("Emphasis, strong emphasis and inline code become styled runs", arguments: [
        ("a *b* c", ["plain:a ", "emphasis:b", "plain: c"]),
        ("a **b c** d", ["plain:a ", "emphasis:b c", "plain: d"]),
        ("__strong__ and _em_", ["emphasis:strong", "plain: and ", "emphasis:em"]),
        ("call `lambda_handler(event, context)` now", ["plain:call ", "code:lambda_handler(event, context)", "plain: now"]),
        ("``a ` b``", ["code:a ` b"]),
        ("snake_case_name stays", ["plain:snake_case_name stays"]),
        ("2 * 3 * 4", ["plain:2 * 3 * 4"]),
        ("*unclosed", ["plain:*unclosed"]),
        ("`unclosed", ["plain:`unclosed"]),
        ("\\*not emphasis\\*", ["plain:*not emphasis*"]),
        ("*em with `code` inside*", ["emphasis:em with ", "code:code", "emphasis: inside"]),
    ])
    func inline(markdown: String, expected: [String]) {
        let lines = ProseRenderer(width: 80).render(markdown)
        #expect(lines.count == 1)
        #expect(runs(lines[0]) == expected)
    }

    @Test("Links show their text and, dimmed, their target; images show their alt text")
    func links() {
        let lines = ProseRenderer(width: 120).render("See [the docs](https://docs.aws.amazon.com/lambda) or <https://aws.amazon.com>. ![diagram](d.png)")
        #expect(plain(lines) == ["See the docs (https://docs.aws.amazon.com/lambda) or https://aws.amazon.com. [image: diagram]"])
        #expect(runs(lines[0]).contains("dim: (https://docs.aws.amazon.com/lambda)"))
    }

    @Test("Code blocks are indented, styled as code, never wrapped, and tabs expanded")
    func codeBlocks() {
        let markdown = "Before.\n\n```python\ndef lambda_handler(event, context):\n\treturn {\"statusCode\": 200, \"body\": \"a long line that does not wrap\"}\n```\n\nAfter."
        let lines = ProseRenderer(width: 30).render(markdown)
        #expect(plain(lines) == [
            "Before.", "",
            "    def lambda_handler(event, context):",
            "        return {\"statusCode\": 200, \"body\": \"a long line that does not wrap\"}",
            "", "After.",
        ])
        #expect(runs(lines[2]) == ["plain:    ", "code:def lambda_handler(event, context):"])
    }

    @Test("Bullet and numbered lists get markers and hanging indents, nested lists indent further")
    func lists() {
        let markdown = "- first item that wraps onto a second line\n- second\n  - nested\n1. one\n2) two"
        let lines = ProseRenderer(width: 28).render(markdown)
        #expect(plain(lines) == [
            "  • first item that wraps", "    onto a second line", "",
            "  • second", "",
            "    ◦ nested", "",
            "  1. one", "",
            "  2. two",
        ])
        #expect(runs(lines[0]).first == "plain:  ")
        #expect(runs(lines[0])[1] == "dim:•")
    }

    @Test("Block quotes get a bar, rules span the width, and disclosure tags and comments vanish")
    func quotesAndRules() {
        let markdown = "> Note: a *cold* start\n> runs INIT.\n\n---\n\n<details><summary>Solution</summary>\n<!-- hidden -->\n</details>\nEnd."
        let lines = ProseRenderer(width: 20).render(markdown)
        #expect(plain(lines) == ["│ Note: a cold start", "│ runs INIT.", "", String(repeating: "─", count: 20), "", "End."])
    }

    @Test("Hard line breaks are kept")
    func hardBreaks() {
        #expect(plain(ProseRenderer(width: 40).render("one  \ntwo\\\nthree\nfour")) == ["one", "two", "three four"])
    }

    @Test("Words longer than the width are split across lines")
    func longWords() {
        let lines = plain(ProseRenderer(width: 16).render("arn:aws:lambda:us-east-1:123456789012:function:hello"))
        #expect(lines == ["arn:aws:lambda:u", "s-east-1:1234567", "89012:function:h", "ello"])
    }

    @Test("Wide characters count as two columns")
    func wideCharacters() {
        let lines = plain(ProseRenderer(width: 16).render("日本語の文章は幅が二倍です とても"))
        #expect(lines.allSatisfy { TextWrapper.displayWidth($0) <= 16 })
        #expect(TextWrapper.displayWidth("日本") == 4)
        #expect(TextWrapper.displayWidth("🙂a") == 3)
    }

    @Test("Control characters in lesson text cannot reach the terminal")
    func controlCharacters() {
        let lines = ProseRenderer(width: 40).render("red \u{1B}[31mtext\u{7}\n\n```\ncode\u{1B}[2J\n```")
        #expect(plain(lines) == ["red \u{FFFD}[31mtext\u{FFFD}", "", "    code\u{FFFD}[2J"])
    }

    @Test("Rendering is deterministic and empty input renders nothing")
    func deterministic() {
        let markdown = "# T\n\nSome *text* with `code`.\n\n- a\n- b"
        #expect(ProseRenderer(width: 50).render(markdown) == ProseRenderer(width: 50).render(markdown))
        #expect(ProseRenderer(width: 50).render("").isEmpty)
        #expect(ProseRenderer(width: 50).render("\n\n  \n").isEmpty)
    }

    @Test("A tiny width is raised to a usable minimum")
    func minimumWidth() {
        let lines = plain(ProseRenderer(width: 3).render("several words that need some room"))
        #expect(lines.allSatisfy { $0.count <= 16 })
        #expect(lines.joined(separator: " ") == "several words that need some room")
    }

    @Test("Tables and unclosed fences are shown verbatim rather than lost")
    func verbatim() {
        #expect(plain(ProseRenderer(width: 20).render("| a | b |\n|---|---|\n| 1 | 2 |")) == ["| a | b |", "|---|---|", "| 1 | 2 |"])
        #expect(plain(ProseRenderer(width: 20).render("```\nunclosed")) == ["    unclosed"])
    }
}

@Suite("Prose renderer: seeded mutation fuzzing")
struct ProseRendererFuzzTests {
    static let seedText = """
        # Handler *structure*

        Lambda calls `lambda_handler(event, context)`; see [the guide](https://docs.aws.amazon.com).
        A **bold _mixed_ run** and a \\*literal\\* star, snake_case, 2 * 3.

        - item one with `code`
          - nested ![img](x.png)
        1. numbered
        > quoted *text*

        ```python
        def f():
        \treturn 1
        ```

        | a | b |
        ---
        <details><summary>S</summary>
        """

    static let fragments = ["*", "**", "_", "__", "`", "``", "```", "[", "]", "(", ")", "!", "<", ">", "\\", "#", "- ",
                            "1. ", "> ", "\n", "\n\n", "  \n", "\t", "|", "---", "日本", "🙂", "\u{1B}", "\u{0}", "{#x}"]

    @Test("Mutated Markdown always renders, deterministically, within the width", arguments: [16, 40, 80])
    func mutations(width: Int) {
        var state: UInt64 = 0xC0FFEE &+ UInt64(width)
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
        let renderer = ProseRenderer(width: width)
        for _ in 0..<300 {
            var characters = Array(Self.seedText)
            for _ in 0..<(1 + next(8)) {
                let position = next(characters.count + 1)
                switch next(3) {
                case 0: characters.insert(contentsOf: Self.fragments[next(Self.fragments.count)], at: position)
                case 1 where position < characters.count: characters.removeSubrange(position..<min(characters.count, position + 1 + next(20)))
                default: if !characters.isEmpty { characters.swapAt(next(characters.count), next(characters.count)) }
                }
            }
            let text = String(characters)
            let lines = renderer.render(text)
            #expect(lines == renderer.render(text))
            // Code block lines (an indent, then code) and table rows are shown unwrapped on purpose.
            let isCodeBlockLine = { (line: StyledText) in
                line.runs.count == 2 && line.runs[0].text == "    " && line.runs[1].style == .code
            }
            for line in lines where !isCodeBlockLine(line) && !line.plainText.hasPrefix("|") {
                #expect(TextWrapper.displayWidth(line.plainText) <= width, "\(line.plainText)")
            }
            #expect(!lines.contains { $0.plainText.unicodeScalars.contains { $0.value < 0x20 } })
        }
    }
}
