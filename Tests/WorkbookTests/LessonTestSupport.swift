import Foundation
import Testing
@testable import Workbook

/// Paths and helpers shared by the Workbook lesson tests.
enum LessonFixtures {
    /// A temporary folder holding ``fixtureFiles``, written once per test run.
    static let root: String = {
        let root = NSTemporaryDirectory() + "/workbook-fixtures-\(UUID().uuidString)"
        for (path, contents) in fixtureFiles {
            let file = root + "/" + path
            try! FileManager.default.createDirectory(atPath: String(file[..<file.lastIndex(of: "/")!]), withIntermediateDirectories: true)
            try! contents.write(toFile: file, atomically: true, encoding: .utf8)
        }
        return root
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    static func text(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    /// A parsed fixture lesson that must be usable.
    static func lesson(_ relative: String) throws -> Lesson {
        let parsed = try #require(Course.loadFile(path(relative), parser: LessonParser()))
        guard parsed.isUsable, let lesson = parsed.lesson else {
            throw FixtureError(message: "fixture \(relative) does not parse: \(parsed.diagnostics)")
        }
        return lesson
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

/// A fresh directory under the system's temporary directory.
enum ScratchDirectory {
    static func make(_ prefix: String) throws -> String {
        let path = NSTemporaryDirectory() + "/workbook-\(prefix)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// A front matter block for tests that focus on the body.
let validFrontMatter = """
    ---
    id: sample
    title: Sample
    summary: A sample lesson.
    minutes: 5
    ---

    """

/// Parses `text` as `sample.md`.
func parse(_ text: String) -> ParsedLesson {
    LessonParser().parse(text, file: "sample.md")
}

/// `line:column: message` of each diagnostic, for compact expectations.
func rendered(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
}
