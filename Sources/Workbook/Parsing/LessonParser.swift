import Foundation

/// The result of parsing one lesson file: the lesson (when its front matter is usable) and every
/// problem found. A lesson with error diagnostics must not be played or graded.
public struct ParsedLesson: Sendable {
    /// The file name used in diagnostics.
    public var file: String
    public var lesson: Lesson?
    public var diagnostics: [Diagnostic]

    /// Whether the lesson parsed without errors (warnings allowed).
    public var isUsable: Bool { lesson != nil && !diagnostics.containsErrors }
}

/// Reads the contents of a file named by a block's `from=` attribute, relative to the lesson file.
/// Returns `nil` when the file cannot be read.
public typealias SiblingFileReader = @Sendable (_ relativePath: String) -> String?

/// Parses a lesson file (Markdown with YAML front matter) into a ``Lesson`` and diagnostics.
///
/// The parser never stops at the first problem and never traps: every malformed input gives
/// positioned diagnostics. See `lessons/README.md` for the format.
public struct LessonParser: Sendable {
    public init() {}

    /// Parses `text`; `file` names it in diagnostics; `readSibling` serves `from=` attributes
    /// (without it, `from=` is reported as unavailable).
    public func parse(_ text: String, file: String, readSibling: SiblingFileReader? = nil) -> ParsedLesson {
        var state = ParserState(lines: MarkdownLine.split(text), file: file, readSibling: readSibling)
        let frontMatter = state.parseFrontMatter()
        state.parseBody()
        state.finish()
        guard let frontMatter else {
            return ParsedLesson(file: file, lesson: nil, diagnostics: state.diagnostics.sortedByLocation())
        }
        let lesson = Lesson(
            id: frontMatter.id, title: frontMatter.title, summary: frontMatter.summary,
            minutes: frontMatter.minutes, prerequisites: frontMatter.prerequisites,
            introduction: state.introduction, steps: state.steps,
            location: SourceLocation(file: file, line: 1))
        return ParsedLesson(file: file, lesson: lesson, diagnostics: state.diagnostics.sortedByLocation())
    }
}

/// The parser's working state: where it is in the file and what it has built so far.
struct ParserState {
    let lines: [String]
    let file: String
    let readSibling: SiblingFileReader?
    var index = 0
    var diagnostics: [Diagnostic] = []

    var introduction: Prose?
    var steps: [Step] = []
    var openStep: Step?
    var openExercise: Exercise?
    var proseLines: [String] = []
    var proseStart = 0
    var stepIDLines: [StepID: Int] = [:]
    var exerciseIDLines: [ExerciseID: Int] = [:]

    init(lines: [String], file: String, readSibling: SiblingFileReader?) {
        self.lines = lines
        self.file = file
        self.readSibling = readSibling
    }

    func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    mutating func error(line: Int, column: Int = 1, _ message: String) {
        diagnostics.append(.error(at: location(line: line, column: column), message))
    }

    mutating func warning(line: Int, column: Int = 1, _ message: String) {
        diagnostics.append(.warning(at: location(line: line, column: column), message))
    }

    // MARK: Body

    mutating func parseBody() {
        while index < lines.count {
            let start = index
            let line = lines[index]
            if let fence = MarkdownLine.openingFence(line) {
                parseFence(fence)
            } else if let heading = MarkdownLine.heading(line) {
                parseHeading(heading)
                index += 1
            } else {
                if !MarkdownLine.isDisclosureTag(line) { appendProse(line) }
                index += 1
            }
            precondition(index > start, "the lesson parser must make progress on every line")
        }
    }

    mutating func appendProse(_ line: String) {
        if proseLines.isEmpty {
            if line.trimmingWhitespace().isEmpty { return }
            proseStart = index + 1
        }
        proseLines.append(line)
    }

    /// Ends the current run of prose and files it under the exercise, step or introduction.
    mutating func flushProse() {
        while let last = proseLines.last, last.trimmingWhitespace().isEmpty { proseLines.removeLast() }
        defer { proseLines = [] }
        guard !proseLines.isEmpty else { return }
        let prose = Prose(markdown: proseLines.joined(separator: "\n"), location: location(line: proseStart))
        if openExercise != nil {
            openExercise!.task.append(.prose(prose))
        } else if openStep != nil {
            openStep!.items.append(.prose(prose))
        } else if let existing = introduction {
            introduction = Prose(markdown: existing.markdown + "\n\n" + prose.markdown, location: existing.location)
        } else {
            introduction = prose
        }
    }

    mutating func closeExercise() {
        flushProse()
        guard let exercise = openExercise else { return }
        openStep?.items.append(.exercise(exercise))
        openExercise = nil
    }

    mutating func closeStep() {
        closeExercise()
        guard let step = openStep else { return }
        steps.append(step)
        openStep = nil
    }

    mutating func finish() {
        closeStep()
    }

    // MARK: Headings

    mutating func parseHeading(_ heading: MarkdownLine.Heading) {
        let lineNumber = index + 1
        let isExercise = heading.text.hasPrefix("Exercise:")
        switch heading.level {
        case 1:
            // The lesson's title heading, for readers on GitHub. Inside a step it is prose.
            if openStep == nil { flushProse() } else { appendProse(lines[index]) }
        case 2:
            if isExercise {
                error(line: lineNumber, column: heading.textColumn,
                      "an exercise heading is level 3 (`### Exercise: Title {#id}`) inside a step; a level-2 heading starts a step")
            }
            closeStep()
            openStep = makeStep(heading, line: lineNumber)
        case 3 where isExercise:
            closeExercise()
            guard openStep != nil else {
                error(line: lineNumber, column: heading.textColumn,
                      "an exercise belongs to a step: add a step heading (`## Title`) before it")
                return
            }
            openExercise = makeExercise(heading, line: lineNumber)
        case 3:
            closeExercise()
            appendProse(lines[index])
        default:
            if isExercise {
                error(line: lineNumber, column: heading.textColumn,
                      "an exercise heading is level 3 (`### Exercise: Title {#id}`), not level \(heading.level)")
            }
            appendProse(lines[index])
        }
    }

    /// Splits `Title {#id}` into the title and the explicit id text, if any.
    func splitExplicitID(_ text: String) -> (title: String, id: String?, idColumnOffset: Int) {
        guard text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) else {
            return (text, nil, 0)
        }
        let title = String(text[..<open.lowerBound]).trimmingWhitespace()
        let id = String(text[open.upperBound..<text.index(before: text.endIndex)])
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: open.lowerBound.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.startIndex)
        return (title, id, offset)
    }

    mutating func makeStep(_ heading: MarkdownLine.Heading, line: Int) -> Step {
        let (title, explicit, offset) = splitExplicitID(heading.text)
        var id = StepID(slugOf: title)
        if title.isEmpty {
            error(line: line, column: heading.textColumn, "a step heading needs a title (`## Title`)")
        }
        if let explicit {
            if let valid = StepID(explicit) {
                id = valid
            } else {
                error(line: line, column: heading.textColumn + offset,
                      "'\(explicit)' is not a valid step id: use lower-case letters, digits and dashes")
            }
        }
        if let first = stepIDLines[id] {
            error(line: line, column: heading.textColumn,
                  "duplicate step id '\(id)': the step at line \(first) has it already; add `{#another-id}` to one heading")
        } else {
            stepIDLines[id] = line
        }
        return Step(id: id, title: title, number: steps.count + 1, items: [],
                    location: location(line: line, column: heading.textColumn))
    }

    mutating func makeExercise(_ heading: MarkdownLine.Heading, line: Int) -> Exercise {
        let afterPrefix = String(heading.text.dropFirst("Exercise:".count)).trimmingWhitespace()
        let (title, explicit, _) = splitExplicitID(afterPrefix)
        let column = heading.textColumn
        var id = ExerciseID("exercise-\(line)")!
        if title.isEmpty {
            error(line: line, column: column, "an exercise needs a title: `### Exercise: Title {#id}`")
        }
        if let explicit {
            if let valid = ExerciseID(explicit) {
                id = valid
            } else {
                error(line: line, column: column,
                      "'\(explicit)' is not a valid exercise id: use lower-case letters, digits and dashes")
            }
        } else {
            let suggestion = StepID(slugOf: title).rawValue
            error(line: line, column: column,
                  "exercise '\(title)' needs an id, which progress and grading use: `### Exercise: \(title) {#\(suggestion)}`")
        }
        if let first = exerciseIDLines[id] {
            error(line: line, column: column, "duplicate exercise id '\(id)': the exercise at line \(first) has it already")
        } else {
            exerciseIDLines[id] = line
        }
        return Exercise(id: id, title: title, task: [], starters: [], hints: [],
                        solution: Solution(files: [], commands: []), setup: [], checks: [],
                        location: location(line: line, column: column))
    }
}
