import Testing
@testable import Workbook

@Suite("Lesson linter: structure")
struct LessonLinterTests {
    func brokenCourseDiagnostics() -> [String] {
        let course = Course.load(paths: [LessonFixtures.path("broken")])
        return LessonLinter().lint(course).map { diagnostic in
            let file = diagnostic.location.file.split(separator: "/").last.map(String.init) ?? ""
            return "\(file):\(diagnostic.location.line): \(diagnostic.severity.rawValue): \(diagnostic.message)"
        }
    }

    @Test("The well-formed fixture course lints clean", arguments: [false, true])
    func cleanCourse(trailingSlash: Bool) {
        let course = Course.load(paths: [LessonFixtures.path("course") + (trailingSlash ? "/" : "")])
        #expect(course.lessons.map(\.id.rawValue) == ["01-hello", "02-environment"])
        #expect(LessonLinter().lint(course).isEmpty)
    }

    @Test("Each structural problem is refused with file and line", arguments: [
        "a-first.md:6: error: prerequisite 'c-missing' names no lesson in the course",
        "a-first.md:11: error: exercise 'no-hint' has no hint",
        "a-first.md:23: error: exercise 'bare' has no hint",
        "a-first.md:23: error: exercise 'bare' has no check",
        "a-first.md:23: error: exercise 'bare' has no solution",
        "a-first.md:1: error: prerequisites form a cycle: a-first → b-second → a-first",
        "c-duplicate.md:1: error: duplicate lesson id 'b-second'",
    ])
    func refused(expected: String) {
        let lines = brokenCourseDiagnostics()
        #expect(lines.contains { $0.hasPrefix(expected) }, "got \(lines)")
    }

    @Test("A check that asserts is not warned about, one that does not is")
    func assertWarning() {
        let parsed = parse(validFrontMatter + """
            ## S

            ### Exercise: E {#e}

            Task.

            ```{hint}
            h
            ```

            ```{solution-run}
            invoke f {}
            ```

            ```python {check} quiet
            lab.invoke("f", {})
            ```
            """)
        let lesson = try! #require(parsed.lesson)
        #expect(rendered(LessonLinter().lint(lesson)) == ["21:1: check 'quiet' has no `assert`: it passes whenever it runs without an exception"])
    }

    @Test("A lesson without steps is refused and an empty step warned about")
    func steps() throws {
        let noSteps = try #require(parse(validFrontMatter + "Just prose.\n").lesson)
        #expect(rendered(LessonLinter().lint(noSteps)) == ["1:1: the lesson has no steps: add a step heading (`## Title`)"])
        let emptyStep = try #require(parse(validFrontMatter + "## Empty\n").lesson)
        #expect(LessonLinter().lint(emptyStep).map(\.severity) == [.warning])
    }

    @Test("A starter or solution path given twice in one exercise is refused")
    func duplicatePaths() throws {
        let lesson = try #require(parse(validFrontMatter + """
            ## S

            ### Exercise: E {#e}

            Task.

            ```{starter} a.py
            x
            ```

            ```{starter} a.py
            y
            ```
            """).lesson)
        #expect(rendered(LessonLinter().lint(lesson)).contains { $0.hasPrefix("17:1: the starter file 'a.py' is already given at line 13") })
    }

    @Test("A prerequisite naming the lesson itself is refused")
    func selfPrerequisite() {
        let text = "---\nid: solo\ntitle: t\nsummary: s\nminutes: 1\nprerequisites: [solo]\n---\n## S\n\nText.\n"
        let course = Course(parsed: [LessonParser().parse(text, file: "solo.md")])
        #expect(rendered(LessonLinter().lint(course)) == ["6:17: lesson 'solo' cannot be its own prerequisite"])
    }

    @Test("A misspelt prerequisite gets a suggestion")
    func prerequisiteSuggestion() {
        let first = LessonParser().parse("---\nid: 01-hello\ntitle: t\nsummary: s\nminutes: 1\n---\n## S\n\nText.\n", file: "1.md")
        let second = LessonParser().parse("---\nid: two\ntitle: t\nsummary: s\nminutes: 1\nprerequisites: [01-helo]\n---\n## S\n\nText.\n", file: "2.md")
        let lines = rendered(LessonLinter().lint(Course(parsed: [first, second])))
        #expect(lines == ["6:17: prerequisite '01-helo' names no lesson in the course; did you mean '01-hello'?"])
    }

    @Test("A missing path is reported instead of linting nothing")
    func missingPath() {
        let course = Course.load(paths: ["/nonexistent/lessons"])
        #expect(LessonLinter().lint(course).map(\.description) == ["/nonexistent/lessons:1:1: error: no such file or directory"])
    }
}
