import Foundation
import Synchronization
import LambdaSim
import LineEditing
import Shell
import Workbook

/// A golden transcript: what a person at the terminal types and sees, in one file.
///
/// Lines starting with the prompt (`workbook> `) or the continuation prompt (`     ...> `) are input;
/// everything else is the output expected after them. `^C` after a prompt stands for Ctrl-C and `^D`
/// for Ctrl-D. Lines starting with `#!` before the first prompt are directives (`#! seed 7`,
/// `#! batch`, `#! keep-going`, `#! lessons DIR` to load a course from DIR relative to the transcript,
/// `#! progress FILE` to start from that progress file). A folder `<name>.workspace/` beside the file
/// is copied into the workspace before the replay. An answer to a yes/no question is the text after
/// `[y/N] ` or `[Y/n] `, and `demo> ` is demo mode's pause prompt. Transcripts never contain ANSI codes.
///
/// The learner editing a file in their editor between two inputs is written as a block:
///
/// ```
/// ~~~ edit lambda_function.py
/// def lambda_handler(event, context):
///     return {"message": "hello"}
/// ~~~
/// ```
///
/// The replay writes those lines (and a final newline) to the workspace file before the next input.
public struct Transcript: Sendable {
    public var directives: [String]
    public var events: [ScriptedLineReader.Event]
    /// Files the learner saves before the input with that index (into ``events``), in order.
    public var edits: [Int: [(path: String, contents: String)]]

    static let editOpening = "~~~ edit "
    static let editClosing = "~~~"

    /// Lines starting with these are input: the workbook's prompts and the Python prompt's.
    static let prompts = [Session.prompt, Session.continuationPrompt, ">>> ", "... ", "demo> "]
    /// What ends a yes/no question; the answer follows.
    static let questionEnds = ["[y/N] ", "[Y/n] "]

    public init(parsing text: String) {
        var directives: [String] = []
        var events: [ScriptedLineReader.Event] = []
        var edits: [Int: [(path: String, contents: String)]] = [:]
        var editing: (path: String, lines: [Substring])?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let open = editing {
                if line == Self.editClosing {
                    edits[events.count, default: []].append((open.path, open.lines.map { $0 + "\n" }.joined()))
                    editing = nil
                } else {
                    editing?.lines.append(line)
                }
                continue
            }
            if line.hasPrefix(Self.editOpening) {
                editing = (String(line.dropFirst(Self.editOpening.count)), [])
                continue
            }
            if events.isEmpty, line.hasPrefix("#!") {
                directives.append(line.dropFirst(2).trimmingCharacters(in: .whitespaces))
                continue
            }
            var input: String? = nil
            for prompt in Self.prompts where line.hasPrefix(prompt) {
                input = String(line.dropFirst(prompt.count))
            }
            for end in Self.questionEnds where input == nil {
                if let range = line.range(of: end) { input = String(line[range.upperBound...]) }
            }
            if let input {
                events.append(input == "^C" ? .interrupt : input == "^D" ? .endOfInput : .line(input))
            }
        }
        self.directives = directives
        self.events = events
        self.edits = edits
    }

    /// The result of replaying a transcript: the text a person would have seen, with the exit status.
    public struct Replay: Sendable {
        public var text: String
        public var result: Session.RunResult
    }

    /// Replays the inputs through a fresh session with a fixed seed and an isolated workspace.
    ///
    /// - Parameter directory: where relative paths in directives start (the transcript's folder).
    public func replay(workspaceFixture: String? = nil, directory: String = ".") throws -> Replay {
        let workspaceRoot = try TemporaryDirectory.make(prefix: "transcript-workspace")
        defer { try? FileManager.default.removeItem(atPath: workspaceRoot) }
        let dataRoot = try TemporaryDirectory.make(prefix: "transcript-data")
        defer { try? FileManager.default.removeItem(atPath: dataRoot) }
        var lessons = LessonsConfiguration.none
        if let workspaceFixture, FileManager.default.fileExists(atPath: workspaceFixture) {
            for name in try FileManager.default.contentsOfDirectory(atPath: workspaceFixture) {
                try FileManager.default.copyItem(atPath: workspaceFixture + "/" + name, toPath: workspaceRoot + "/" + name)
            }
        }
        var seed: UInt64 = 0
        var batch = false
        var keepGoing = false
        for directive in directives {
            let parts = directive.split(separator: " ")
            switch parts.first {
            case "seed": seed = UInt64(parts.dropFirst().first ?? "0") ?? 0
            case "batch": batch = true
            case "keep-going": keepGoing = true
            case "lessons":
                let path = directory + "/" + parts.dropFirst().joined(separator: " ")
                lessons = LessonsConfiguration(
                    course: Course.load(paths: [path]), courseLocation: "the lessons folder",
                    progressStore: ProgressStore(path: dataRoot + "/progress.json"),
                    now: { Date(timeIntervalSince1970: 1_800_000_000) })
            case "progress":
                let path = directory + "/" + parts.dropFirst().joined(separator: " ")
                try FileManager.default.copyItem(atPath: path, toPath: dataRoot + "/progress.json")
            default: break
            }
        }
        let collector = OutputCollector()
        let scripted = ScriptedLineReader(events: events, interactive: !batch) { collector.append($0 + "\n") }
        let reader = EditingLineReader(inner: scripted, edits: edits) { edit in
            collector.append(Self.editOpening + edit.path + "\n" + edit.contents + Self.editClosing + "\n")
            try? Workspace(root: workspaceRoot).write(Array(edit.contents.utf8), to: edit.path)
        }
        let console = Console(colorEnabled: false, width: 80) { _, text in collector.append(text) }
        let session = Session(
            configuration: .init(workspace: Workspace(root: workspaceRoot), world: .init(seed: seed),
                                 keepGoing: keepGoing, sourceName: batch ? "transcript" : nil, version: "",
                                 lessons: lessons),
            console: console, reader: reader
        )
        let result = session.run()
        // The workspace lives in a fresh temporary directory; show it under a stable name.
        return Replay(text: collector.text.replacingOccurrences(of: workspaceRoot, with: "<workspace>")
                        .replacingOccurrences(of: dataRoot, with: "<data>"), result: result)
    }
}

/// A scripted reader that also saves the learner's file edits between inputs.
final class EditingLineReader: LineReader {
    let inner: ScriptedLineReader
    let edits: [Int: [(path: String, contents: String)]]
    let save: ((path: String, contents: String)) -> Void
    private var reads = 0

    init(inner: ScriptedLineReader, edits: [Int: [(path: String, contents: String)]],
         save: @escaping ((path: String, contents: String)) -> Void) {
        self.inner = inner
        self.edits = edits
        self.save = save
    }

    var isInteractive: Bool { inner.isInteractive }
    var history: [String] { inner.history }

    func readLine(prompt: String) -> LineInput {
        for edit in edits[reads] ?? [] { save(edit) }
        reads += 1
        return inner.readLine(prompt: prompt)
    }

    func addToHistory(_ entry: String) { inner.addToHistory(entry) }
    func setCompletionProvider(_ provider: @escaping CompletionProvider) { inner.setCompletionProvider(provider) }
    func close() { inner.close() }
}

/// Collects output in order; shared by the reader's echo and the console, which Python writes to from
/// the interpreter's thread.
final class OutputCollector: Sendable {
    private let buffer = Mutex("")
    var text: String { buffer.withLock { $0 } }
    func append(_ more: String) { buffer.withLock { $0 += more } }
}

/// Temporary directories for tests.
public enum TemporaryDirectory {
    public static func make(prefix: String) throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        let path = base + "/lambda-workbook-\(prefix)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// A line diff in the `−`/`+` style, with a little context.
public enum LineDiff {
    /// An empty string when the texts are equal.
    public static func render(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if old == new { return "" }
        // Longest common subsequence over lines (transcripts are small).
        var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append("  " + old[i]); i += 1; j += 1
            } else if j < new.count, i == old.count || table[i][j + 1] >= table[i + 1][j] {
                lines.append("+ " + new[j]); j += 1
            } else {
                lines.append("− " + old[i]); i += 1
            }
        }
        // Keep 2 lines of context around changes.
        let changed = lines.indices.filter { !lines[$0].hasPrefix("  ") }
        let keep = Set(changed.flatMap { max(0, $0 - 2)...min(lines.count - 1, $0 + 2) })
        var out: [String] = []
        var skipped = false
        for index in lines.indices {
            if keep.contains(index) { out.append(lines[index]); skipped = false } else if !skipped { out.append("  ⋯"); skipped = true }
        }
        return out.joined(separator: "\n")
    }
}

/// Compares a golden transcript file with a replay; with `RECORD=1` rewrites the file and fails anyway.
public enum GoldenTranscript {
    /// - Returns: `nil` when the replay matches, else a message with a diff.
    public static func check(file path: String) throws -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return "cannot read \(path)" }
        let expected = String(decoding: data, as: UTF8.self)
        let transcript = Transcript(parsing: expected)
        let fixture = path.hasSuffix(".transcript") ? String(path.dropLast(".transcript".count)) + ".workspace" : nil
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let replay = try transcript.replay(workspaceFixture: fixture, directory: directory)
        let header = expected.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { $0.hasPrefix("#!") }.map { $0 + "\n" }.joined()
        let actual = header + replay.text
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return "RECORD=1: rewrote \(path); run again without RECORD to check it."
        }
        let diff = LineDiff.render(expected: expected, actual: actual)
        return diff.isEmpty ? nil : "transcript \(path) differs (− expected, + actual):\n\(diff)"
    }
}
