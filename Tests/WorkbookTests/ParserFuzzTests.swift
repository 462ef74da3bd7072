import Testing
@testable import Workbook

/// A small deterministic generator (SplitMix64), so every run mutates the same way.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
}

/// Mutations of lesson text that hit the parser's edges: fences, headings, front matter, braces.
enum LessonMutator {
    static let fragments = [
        "```", "~~~", "````", "---", "\n", "\r\n", "\r", "#", "## ", "### Exercise: ", "{#", "}", "{", "{file}",
        "{run}", "{hint}", "{check}", "{starter}", "{solution}", "{solution-run}", "{setup}", "{notes}", "{try}",
        " from=", "../", "/", "\\", "\t", ": ", "- ", "[", "]", "'", "\"", "\u{0}", "\u{1B}", "é", "🙂", "\u{FEFF}",
        "<details>", "</details>", "&", "*", "`", "minutes: ", "id: ", "prerequisites: [", "    ",
    ]

    static func mutate(_ text: String, random: inout SplitMix64) -> String {
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<(1 + random.below(6)) {
            let position = random.below(scalars.count + 1)
            switch random.below(6) {
            case 0 where !scalars.isEmpty:  // delete a run
                let end = min(scalars.count, position + 1 + random.below(40))
                if position < end { scalars.removeSubrange(position..<end) }
            case 1:  // insert a fragment
                scalars.insert(contentsOf: fragments[random.below(fragments.count)].unicodeScalars, at: position)
            case 2 where !scalars.isEmpty:  // duplicate a run (lines, blocks)
                let start = random.below(scalars.count)
                let end = min(scalars.count, start + 1 + random.below(200))
                scalars.insert(contentsOf: scalars[start..<end], at: position)
            case 3 where !scalars.isEmpty:  // truncate
                scalars.removeSubrange(position..<scalars.count)
            case 4 where position < scalars.count:  // replace a scalar with a random one
                scalars[position] = Unicode.Scalar(UInt8(random.below(128)))
            default:  // swap two lines
                var lines = String(String.UnicodeScalarView(scalars)).split(separator: "\n", omittingEmptySubsequences: false)
                if lines.count > 1 { lines.swapAt(random.below(lines.count), random.below(lines.count)) }
                scalars = Array(lines.joined(separator: "\n").unicodeScalars)
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }
}

@Suite("Lesson parser: seeded mutation fuzzing")
struct ParserFuzzTests {
    @Test("Hundreds of mutated fixtures per file parse to values and positioned diagnostics without trapping",
          arguments: ["course/01-hello.md", "course/02-environment.md", "broken/a-first.md"])
    func mutations(fixture: String) throws {
        let original = try LessonFixtures.text(fixture)
        var random = SplitMix64(state: 0x5EED_0000 &+ UInt64(fixture.utf8.count))
        let lineCountLimit = original.utf8.count * 8 + 10
        for _ in 0..<800 {
            let mutated = LessonMutator.mutate(original, random: &random)
            let parsed = LessonParser().parse(mutated, file: "fuzz.md", readSibling: { _ in "x = 1\n" })
            for diagnostic in parsed.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.line <= lineCountLimit)
                #expect(diagnostic.location.column >= 1)
                #expect(!diagnostic.message.isEmpty)
            }
            // The linter must cope with whatever the parser produced, too.
            if let lesson = parsed.lesson { _ = LessonLinter().lint(lesson) }
        }
    }

    @Test("The mutator is deterministic for a seed")
    func deterministic() {
        var first = SplitMix64(state: 42), second = SplitMix64(state: 42)
        let text = "---\nid: a\n---\n## Step\n"
        #expect(LessonMutator.mutate(text, random: &first) == LessonMutator.mutate(text, random: &second))
    }
}
