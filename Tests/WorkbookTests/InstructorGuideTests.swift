import Foundation
import Testing
@testable import Workbook

@Suite("The instructors' guide")
struct InstructorGuideTests {
    /// `lessons/README.md`, found from this file's place in the package.
    static let guidePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons/README.md").path

    /// The complete example: the last five-backtick `markdown` block of the guide.
    static func example() throws -> String {
        let guide = try String(contentsOfFile: guidePath, encoding: .utf8)
        let opening = try #require(guide.range(of: "`````markdown\n", options: .backwards))
        let closing = try #require(guide.range(of: "\n`````", range: opening.upperBound..<guide.endIndex))
        return String(guide[opening.upperBound..<closing.lowerBound]) + "\n"
    }

    @Test("The guide's complete example lesson parses and lints clean")
    func exampleIsValid() throws {
        let parsed = LessonParser().parse(try Self.example(), file: "00-example.md")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let lesson = try #require(parsed.lesson)
        #expect(LessonLinter().lint(Course(parsed: [parsed])).isEmpty)
        #expect(lesson.steps.map(\.id.rawValue) == ["meet", "greet-step"])
        #expect(lesson.exercises.map(\.id.rawValue) == ["greet"])
        #expect(lesson.exercises[0].checks.map(\.name) == ["greets Ana", "greets anyone"])
        #expect(lesson.steps[0].notes.count == 1)
    }

    @Test("The guide documents every block kind the parser knows")
    func everyKindDocumented() throws {
        let guide = try String(contentsOfFile: Self.guidePath, encoding: .utf8)
        for kind in BlockKind.allCases {
            #expect(guide.contains("`{\(kind.rawValue)}"), "{\(kind.rawValue)} is not documented")
        }
        for key in FrontMatter.knownKeys {
            #expect(guide.contains("| `\(key)` |"), "front matter key \(key) is not documented")
        }
    }
}
