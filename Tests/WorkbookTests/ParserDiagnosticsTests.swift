import Testing
@testable import Workbook

/// Each malformed input and the diagnostic (`line:column: message…`) it must produce.
struct MalformedLesson: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: String
    var testDescription: String { name }

    init(_ name: String, _ text: String, _ expected: String) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    /// A lesson whose body (from file line 7) is `body`.
    static func body(_ name: String, _ body: String, _ expected: String) -> MalformedLesson {
        MalformedLesson(name, validFrontMatter + body, expected)
    }

    static let exercise = "## Step\n\n### Exercise: Do it {#do-it}\n\nTask.\n\n"  // body lines 1–6, next is file line 13

    static let all: [MalformedLesson] = [
        MalformedLesson("no front matter", "## Step\n", "1:1: a lesson starts with YAML front matter"),
        MalformedLesson("unclosed front matter", "---\nid: x\n", "1:1: the front matter starting here is never closed"),
        MalformedLesson("invalid YAML", "---\nid: [unclosed\ntitle: t\n---\n", "3:6: the front matter is not valid YAML"),
        MalformedLesson("front matter that is a list", "---\n- a\n---\n", "1:1: the front matter must be a mapping"),
        MalformedLesson("missing title", "---\nid: x\nsummary: s\nminutes: 5\n---\n", "5:1: the front matter is missing 'title'"),
        MalformedLesson("misspelt key", "---\nid: x\ntittle: t\nsummary: s\nminutes: 5\n---\n",
                        "3:1: unknown front matter key 'tittle'; did you mean 'title'?"),
        MalformedLesson("invalid lesson id", "---\nid: Hello World\ntitle: t\nsummary: s\nminutes: 5\n---\n",
                        "2:5: 'Hello World' is not a valid lesson id"),
        MalformedLesson("negative minutes", "---\nid: x\ntitle: t\nsummary: s\nminutes: -3\n---\n",
                        "5:10: 'minutes' must be a whole number of minutes between 1 and 600"),
        MalformedLesson("empty title", "---\nid: x\ntitle: ''\nsummary: s\nminutes: 5\n---\n", "3:8: 'title' must not be empty"),
        MalformedLesson("mapping as title", "---\nid: x\ntitle: {a: 1}\nsummary: s\nminutes: 5\n---\n", "3:8: 'title' must be text"),
        MalformedLesson("prerequisites not a list", "---\nid: x\ntitle: t\nsummary: s\nminutes: 5\nprerequisites: 5\n---\n",
                        "6:16: 'prerequisites' must be a list of lesson ids"),
        MalformedLesson("invalid prerequisite", "---\nid: x\ntitle: t\nsummary: s\nminutes: 5\nprerequisites: [Bad]\n---\n",
                        "6:17: a prerequisite must be a lesson id"),
        MalformedLesson("duplicate key", "---\nid: x\nid: y\ntitle: t\nsummary: s\nminutes: 5\n---\n", "3:1: the front matter is not valid YAML: the key 'id' appears more than once"),
        body("unknown block kind", "## Step\n\n```{fiel} a.py\nx\n```\n", "9:4: unknown block kind {fiel}: the kinds are {file}, {run}"),
        body("malformed directive", "## Step\n\n```python {file\nx\n```\n", "9:11: unknown block kind {file:"),
        body("unterminated fence", "## Step\n\n```{run}\nls\n", "9:1: this code block is never closed: add a line with ```"),
        body("unterminated plain fence", "## Step\n\n~~~~python\nx = 1\n~~~\n", "9:1: this code block is never closed: add a line with ~~~~"),
        body("block before any step", "```{run}\nls\n```\n", "7:4: a {run} block belongs to a step"),
        body("hint outside an exercise", "## Step\n\n```{hint}\nx\n```\n", "9:4: a {hint} block belongs inside an exercise"),
        body("exercise before any step", "### Exercise: X {#x}\n", "7:5: an exercise belongs to a step"),
        body("exercise without id", "## Step\n\n### Exercise: Greet\n", "9:5: exercise 'Greet' needs an id, which progress and grading use: `### Exercise: Greet {#greet}`"),
        body("exercise without title", "## Step\n\n### Exercise: {#x}\n", "9:5: an exercise needs a title"),
        body("invalid exercise id", "## Step\n\n### Exercise: X {#Big_One}\n", "9:5: 'Big_One' is not a valid exercise id"),
        body("duplicate exercise id", "## S\n\n### Exercise: A {#a}\n\n### Exercise: B {#a}\n",
             "11:5: duplicate exercise id 'a': the exercise at line 9 has it already"),
        body("duplicate step id", "## Same\n\n## Same\n", "9:4: duplicate step id 'same': the step at line 7 has it already"),
        body("duplicate explicit step id", "## One {#x}\n\n## Two {#x}\n", "9:4: duplicate step id 'x'"),
        body("invalid step id", "## Title {#Bad}\n", "7:10: 'Bad' is not a valid step id"),
        body("empty step title", "## {#x}\n", "7:4: a step heading needs a title"),
        body("exercise heading at level 2", "## Exercise: X {#x}\n", "7:4: an exercise heading is level 3"),
        body("exercise heading at level 4", "## Step\n\n#### Exercise: X {#x}\n", "9:6: an exercise heading is level 3"),
        body("file without path", "## S\n\n```{file}\nx\n```\n", "9:10: a {file} block needs the file's path"),
        body("starter without path", exercise + "```python {starter}\nx\n```\n", "13:20: a {starter} block needs the file's path"),
        body("path leaving the workspace", "## S\n\n```{file} ../x\nx\n```\n", "9:11: the path '../x' must stay inside the workspace"),
        body("absolute path", "## S\n\n```{file} /etc/passwd\nx\n```\n", "9:11: the path '/etc/passwd' must be relative to the workspace"),
        body("two paths", "## S\n\n```{file} a.py b.py\nx\n```\n", "9:16: unexpected 'b.py' after the path of a {file} block"),
        body("unknown attribute", "## S\n\n```{file} a.py mode=755\nx\n```\n", "9:16: unknown attribute 'mode' on {file}"),
        body("from= file missing", "## S\n\n```{file} a.py from=nope.py\n```\n", "9:11: from=nope.py: no such file beside the lesson"),
        body("from= with contents", "## S\n\n```{file} a.py from=nope.py\nx\n```\n", "9:11: a block with from=nope.py takes its contents from that file"),
        body("file block inside an exercise", exercise + "```{file} a.py\nx\n```\n", "13:4: a {file} block inside an exercise: use {starter}"),
        body("run block inside an exercise", exercise + "```{run}\nls\n```\n", "13:4: a {run} block inside an exercise: use {setup}"),
        body("empty run block", "## S\n\n```{run}\n```\n", "9:1: a {run} block holds no commands"),
        body("comment-only setup", exercise + "```{setup}\n# nothing\n```\n", "13:1: a {setup} block holds no commands"),
        body("dangling continuation", "## S\n\n```{run}\nls \\\n```\n", "10:1: this command ends with a backslash"),
        body("text after hint", exercise + "```{hint} extra words\nx\n```\n", "13:11: unexpected text after {hint}: 'extra words'"),
        body("empty hint", exercise + "```{hint}\n\n```\n", "13:4: a {hint} block is empty"),
        body("empty check", exercise + "```python {check} works\n```\n", "13:11: a {check} block is empty"),
        body("empty notes", "## S\n\n```{notes}\n```\n", "9:4: a {notes} block is empty"),
    ]
}

@Suite("Lesson parser: diagnostics")
struct ParserDiagnosticsTests {
    @Test("Every malformed input gives a positioned error", arguments: MalformedLesson.all)
    func malformed(_ input: MalformedLesson) {
        let parsed = LessonParser().parse(input.text, file: "sample.md")
        let lines = rendered(parsed.diagnostics)
        #expect(lines.contains { $0.hasPrefix(input.expected) }, "got \(lines)")
        #expect(parsed.diagnostics.containsErrors)
        #expect(!parsed.isUsable)
        #expect(parsed.diagnostics.allSatisfy { $0.location.file == "sample.md" && $0.location.line >= 1 && $0.location.column >= 1 })
    }

    @Test("A diagnostic reads as file:line:column: severity: message")
    func description() {
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "lessons/01.md", line: 3, column: 7), "bad thing")
        #expect(diagnostic.description == "lessons/01.md:3:7: error: bad thing")
        #expect(Diagnostic.warning(at: SourceLocation(file: "a", line: 1), "w").description == "a:1:1: warning: w")
    }

    @Test("Several problems in one file are all reported, in file order")
    func several() {
        let parsed = parse(validFrontMatter + "## A\n\n```{bogus}\n```\n\n## A\n\n```{hint}\nx\n```\n")
        #expect(rendered(parsed.diagnostics).map { String($0.prefix(5)) } == ["9:4: ", "12:4:", "14:4:"])
    }

    @Test("The well-formed fixture lessons parse without any diagnostic", arguments: ["course/01-hello.md", "course/02-environment.md"])
    func fixturesAreClean(file: String) throws {
        let parsed = try #require(Course.loadFile(LessonFixtures.path(file), parser: LessonParser()))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
    }

    @Test("An empty file and a lone fence are reported, not trapped on", arguments: ["", "```", "---", "---\n---\n", "\u{FEFF}", "\r\r\r"])
    func degenerate(text: String) {
        let parsed = LessonParser().parse(text, file: "x.md")
        #expect(parsed.diagnostics.containsErrors)
    }
}
