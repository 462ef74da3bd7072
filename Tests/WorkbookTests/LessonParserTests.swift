import Foundation
import Testing
@testable import Workbook

@Suite("Lesson parser: well-formed lessons")
struct LessonParserTests {
    @Test("The fixture lesson's front matter becomes typed fields")
    func frontMatter() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        #expect(lesson.id == LessonID("01-hello"))
        #expect(lesson.title == "Hello, Lambda")
        #expect(lesson.summary == "Write a handler, deploy it, and invoke it.")
        #expect(lesson.minutes == 10)
        #expect(lesson.prerequisites.isEmpty)
        #expect(lesson.introduction?.markdown == "A Lambda function is a **handler** that receives an *event*.")
    }

    @Test("Level-2 headings start steps, with explicit or derived ids and 1-based numbers")
    func steps() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        #expect(lesson.steps.map(\.id.rawValue) == ["meet", "return-a-greeting"])
        #expect(lesson.steps.map(\.title) == ["Meet the handler", "Return a greeting"])
        #expect(lesson.steps.map(\.number) == [1, 2])
        #expect(lesson.steps[0].location.line == 13)
    }

    @Test("A step keeps its prose, files, commands and notes in file order")
    func stepItems() throws {
        let step = try LessonFixtures.lesson("course/01-hello.md").steps[0]
        let kinds = step.items.map { item -> String in
            switch item {
            case .prose: "prose"
            case .file: "file"
            case .run: "run"
            case .try: "try"
            case .notes: "notes"
            case .exercise: "exercise"
            }
        }
        #expect(kinds == ["prose", "file", "run", "prose", "try", "notes"])
        guard case .file(let file) = step.items[1] else { Issue.record("expected a file"); return }
        #expect(file.path == "lambda_function.py")
        #expect(file.language == "python")
        #expect(file.contents == "def lambda_handler(event, context):\n    return {\"statusCode\": 200}\n")
        guard case .run(let run) = step.items[2] else { Issue.record("expected a run block"); return }
        #expect(run.commands.count == 1)
        #expect(run.commands[0].text.hasPrefix("aws lambda create-function --function-name hello --runtime python3.12"))
        #expect(run.commands[0].text.hasSuffix("--zip-file fileb://lambda_function.py"))
        #expect(run.commands[0].location.line == 23)
        #expect(step.notes.map(\.markdown) == ["Point at the REPORT line: this first invoke was a cold start."])
    }

    @Test("An exercise gathers its task, starter, staged hints, solution, setup and checks")
    func exercise() throws {
        let lesson = try LessonFixtures.lesson("course/01-hello.md")
        #expect(lesson.exercises.map(\.id.rawValue) == ["greet", "memory"])
        let greet = lesson.exercises[0]
        #expect(greet.title == "Greet by name")
        #expect(greet.starters.map(\.path) == ["lambda_function.py"])
        #expect(greet.hints.map(\.number) == [1, 2])
        #expect(greet.hints[0].markdown == "The event is a dict: read `event[\"name\"]`.")
        #expect(greet.solution.files.map(\.path) == ["lambda_function.py"])
        #expect(greet.solution.files[0].contents.contains("\"hello, \" + event[\"name\"]"))
        #expect(greet.setup.flatMap(\.commands).map(\.text) == [
            "aws lambda update-function-code --function-name hello --zip-file fileb://lambda_function.py",
        ])
        #expect(greet.checks.map(\.name) == ["greets Ana", "check 2"])
        #expect(greet.checks[0].source.hasPrefix("result = lab.invoke(\"hello\", {\"name\": \"Ana\"})\n"))
        #expect(greet.checks[0].fileLine(ofSnippetLine: 1) == greet.checks[0].location.line + 1)
        let memory = lesson.exercises[1]
        #expect(memory.solution.files.isEmpty)
        #expect(memory.solution.commands.flatMap(\.commands).map(\.text) == [
            "aws lambda update-function-configuration --function-name hello --memory-size 512",
        ])
    }

    @Test("Disclosure tags around a solution are not part of the task prose")
    func disclosureTags() throws {
        let greet = try LessonFixtures.lesson("course/01-hello.md").exercises[0]
        let prose = greet.task.compactMap { item -> String? in if case .prose(let p) = item { p.markdown } else { nil } }
        #expect(prose == ["Make the handler return `{\"message\": \"hello, NAME\"}` where NAME is `event[\"name\"]`."])
    }

    @Test("Plain code samples stay in the prose with their fences")
    func codeSamples() throws {
        let step = try LessonFixtures.lesson("course/01-hello.md").steps[1]
        guard case .prose(let prose) = step.items[0] else { Issue.record("expected prose"); return }
        #expect(prose.markdown.contains("```python\n# a plain code sample"))
        #expect(prose.markdown.hasSuffix("print(\"hi\")\n```"))
    }

    @Test("from= reads a starter or solution from a file beside the lesson")
    func siblingFiles() throws {
        let lesson = try LessonFixtures.lesson("course/02-environment.md")
        let counter = lesson.exercises[0]
        #expect(counter.starters[0].contents == (try LessonFixtures.text("course/02-environment/starter.py")))
        #expect(counter.solution.files[0].contents.hasPrefix("count = 0\n"))
        #expect(lesson.prerequisites.map(\.id.rawValue) == ["01-hello"])
        #expect(lesson.prerequisites[0].location.line == 6)
    }

    @Test("Windows line endings and a byte order mark parse like plain newlines")
    func lineEndings() throws {
        let text = try LessonFixtures.text("course/01-hello.md")
        let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
        let plain = LessonParser().parse(text, file: "x.md")
        let crlf = LessonParser().parse(windows, file: "x.md")
        #expect(crlf.diagnostics.isEmpty)
        #expect(crlf.lesson == plain.lesson)
    }

    @Test("Longer fences can hold a shorter fence in their content")
    func nestedFences() {
        let parsed = parse(validFrontMatter + """
            ## Step

            ### Exercise: Nest {#nest}

            Task.

            ````{hint}
            Write this:
            ```python
            return 1
            ```
            ````
            """)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.lesson?.exercises.first?.hints.first?.markdown == "Write this:\n```python\nreturn 1\n```")
    }

    @Test("Commands skip blank and comment lines and join backslash continuations", arguments: [
        ("a\nb", ["a", "b"]),
        ("# comment\n\na", ["a"]),
        ("a \\\n  b \\\n  c\nd", ["a b c", "d"]),
        ("  indented", ["indented"]),
    ])
    func commands(body: String, expected: [String]) {
        let parsed = parse(validFrontMatter + "## Step\n\n```{run}\n\(body)\n```\n")
        #expect(parsed.diagnostics.isEmpty)
        guard case .run(let block)? = parsed.lesson?.steps.first?.items.first else { Issue.record("expected a run block"); return }
        #expect(block.commands.map(\.text) == expected)
    }

    @Test("Step ids derive from titles as lower-case words joined by dashes", arguments: [
        ("Cold starts & /tmp", "cold-starts-tmp"),
        ("INIT vs. INVOKE", "init-vs-invoke"),
        ("  Spaces  ", "spaces"),
        ("¿Qué?", "qu"),
        ("!!!", "step"),
    ])
    func slugs(title: String, expected: String) {
        #expect(StepID(slugOf: title).rawValue == expected)
    }

    @Test("Identifiers accept lower-case words with dashes and refuse everything else", arguments: [
        ("01-handler", true), ("a", true), ("A", false), ("-a", false), ("a-", false), ("a_b", false),
        ("", false), ("a b", false), (String(repeating: "a", count: 65), false),
    ])
    func identifiers(text: String, valid: Bool) {
        #expect((LessonID(text) != nil) == valid)
        #expect((ExerciseID(text) != nil) == valid)
    }

    @Test("A language word before the directive is kept and the directive still recognised")
    func blockInfo() {
        let info = BlockInfo(info: "python {starter} app.py from=x.py", column: 4)
        #expect(info.language == "python")
        #expect(info.directive == .kind(.starter))
        #expect(info.directiveColumn == 11)
        #expect(info.arguments == "app.py from=x.py")
        #expect(info.argumentsColumn == 21)
        #expect(BlockInfo(info: "python", column: 4).directive == .none)
        #expect(BlockInfo(info: "{nope}", column: 4).directive == .unknown("{nope}"))
    }
}
