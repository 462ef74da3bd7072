import Foundation
import Testing
import WorkbookTestSupport

/// A small course whose checks need no invoke: the learner writes a file and configures nothing.
private let lessonText = """
    ---
    id: 01-notes
    title: Notes
    summary: Write notes about Lambda.
    minutes: 5
    ---

    ## Notes {#notes}

    ### Exercise: Cold starts {#cold}

    Write `notes.txt` and mention cold starts.

    ```{hint}
    Any sentence with the word cold.
    ```

    ```text {starter} notes.txt
    TODO
    ```

    ```text {solution} notes.txt
    A cold start runs INIT.
    ```

    ```python {check} mentions cold starts
    assert "cold" in lab.read("notes.txt"), "notes.txt should mention cold starts"
    ```

    ### Exercise: Warm starts {#warm}

    Write `notes.txt` and mention warm starts.

    ```{hint}
    Any sentence with the word warm.
    ```

    ```text {starter} notes.txt
    TODO
    ```

    ```text {solution} notes.txt
    A warm start skips INIT.
    ```

    ```python {check} mentions warm starts
    assert "warm" in lab.read("notes.txt"), "notes.txt should mention warm starts"
    ```
    """

@Suite("lint and grade from the command line", .serialized)
struct LessonToolsTests {
    let root: String

    init() throws {
        root = try TemporaryDirectory.make(prefix: "lesson-tools")
        try FileManager.default.createDirectory(atPath: root + "/lessons", withIntermediateDirectories: true)
        try lessonText.write(toFile: root + "/lessons/01-notes.md", atomically: true, encoding: .utf8)
    }

    func write(_ text: String, to path: String) throws {
        let file = root + "/" + path
        try FileManager.default.createDirectory(atPath: String(file[..<file.lastIndex(of: "/")!]), withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
    }

    @Test("lint passes a sound course (lessons/ by default) and exits 0")
    func lintPasses() throws {
        let output = try BinaryRunner.run(["lint"], workingDirectory: root)
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput == "lint: 1 lesson, 2 exercises: no problems\n")
        #expect(output.standardError.isEmpty)
    }

    @Test("lint reports a starter that already passes as file:line:column: error and exits 1")
    func lintRefuses() throws {
        try write(lessonText.replacingOccurrences(of: "TODO", with: "cold"), to: "broken/01-notes.md")
        let output = try BinaryRunner.run(["lint", "broken"], workingDirectory: root)
        #expect(output.status == 1)
        #expect(output.standardError.hasPrefix("broken/01-notes.md:10:5: error: exercise 'cold': the starter already passes every check"),
                "\(output.standardError)")
        #expect(output.standardOutput == "lint: 1 lesson, 2 exercises: 1 error, 0 warnings\n")
    }

    @Test("grade passes a folder of solutions with per-exercise folders, exit 0; a folder of starters fails, exit 1")
    func grade() throws {
        try write("A cold start runs INIT.\n", to: "good/01-notes/cold/notes.txt")
        try write("A warm start skips INIT.\n", to: "good/01-notes/warm/notes.txt")
        let good = try BinaryRunner.run(["grade", "--submission", "good"], workingDirectory: root)
        #expect(good.status == 0, "\(good.standardOutput)\(good.standardError)")
        #expect(good.standardOutput.contains("2 exercises: 2 passed, 0 failed, 0 errored, 0 skipped"), "\(good.standardOutput)")

        try write("TODO\n", to: "bad/notes.txt")
        let bad = try BinaryRunner.run(["grade", "--submission", "bad", "--format", "junit", "--output", "report.xml"],
                                       workingDirectory: root)
        #expect(bad.status == 1)
        #expect(bad.standardOutput.isEmpty)
        let xml = try String(contentsOfFile: root + "/report.xml", encoding: .utf8)
        #expect(xml.contains("failures=\"2\""), "\(xml)")
        #expect(xml.contains("notes.txt should mention warm starts"))
    }

    @Test("grade refuses an unknown lesson id and a missing submission folder")
    func gradeRefuses() throws {
        let unknown = try BinaryRunner.run(["grade", "--submission", "lessons", "--lesson", "99-nope"], workingDirectory: root)
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("No lesson '99-nope' in the course (lessons: 01-notes)."))
        let missing = try BinaryRunner.run(["grade", "--submission", "nowhere"], workingDirectory: root)
        #expect(missing.status != 0)
        #expect(missing.standardError.contains("nowhere: not a readable submission folder"))
    }
}
