// The conformance corpus: every Conformance/<feature>/<case>.py must behave as CPython 3.12 recorded it.
// See /work/dev/CONFORMANCE-FORMAT.md. KNOWN-FAILURES lists cases that do not pass yet;
// `UPDATE_KNOWN_FAILURES=1 swift test --filter Conformance` rewrites it (and fails, so an update is never a pass).
import Foundation
import MiniPython
import Testing

struct ConformanceCase: CustomTestStringConvertible, Sendable {
    let folder: String
    let name: String
    var id: String { "\(folder)/\(name)" }
    var testDescription: String { id }
}

struct ExpectedOutput: Equatable {
    var exit: Int32
    var stdout: String
    var stderr: String
}

enum Corpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance")
    static let knownFailuresFile = root.appendingPathComponent("KNOWN-FAILURES")
    static let wholeStderrFolders: Set<String> = ["tracebacks", "syntax-errors", "unsupported"]

    static func allCases() -> [ConformanceCase] {
        let fm = FileManager.default
        guard let folders = try? fm.contentsOfDirectory(atPath: root.path) else { return [] }
        var cases: [ConformanceCase] = []
        for folder in folders.sorted() {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: root.appendingPathComponent(folder).path, isDirectory: &isDir), isDir.boolValue else { continue }
            let files = (try? fm.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            for f in files.sorted() where f.hasSuffix(".expected") {
                let name = String(f.dropLast(".expected".count))
                if files.contains(name + ".py") { cases.append(ConformanceCase(folder: folder, name: name)) }
            }
        }
        return cases
    }

    static func knownFailures() -> Set<String> {
        guard let text = try? String(contentsOf: knownFailuresFile, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    static func parseExpected(_ text: String) -> ExpectedOutput? {
        var lines = text.components(separatedBy: "\n")
        func header(_ prefix: String) -> String? {
            guard !lines.isEmpty, lines[0].hasPrefix(prefix) else { return nil }
            return String(lines.removeFirst().dropFirst(prefix.count))
        }
        func block(_ name: String) -> String? {
            guard let h = header("\(name): ") else { return nil }
            let noFinalNewline = h.hasSuffix(", no final newline")
            guard let k = Int(h.split(separator: " ")[0]) else { return nil }
            guard lines.count >= k else { return nil }
            let body = lines.prefix(k)
            lines.removeFirst(k)
            if k == 0 { return "" }
            return body.joined(separator: "\n") + (noFinalNewline ? "" : "\n")
        }
        guard let exitText = header("exit: "), let exit = Int32(exitText), let out = block("stdout"), let err = block("stderr") else { return nil }
        return ExpectedOutput(exit: exit, stdout: out, stderr: err)
    }

    /// Runs a case the way `python3 <case>.py` would, in the sandbox, with a fixed seed.
    static func run(_ c: ConformanceCase) -> ProgramResult? {
        let folder = root.appendingPathComponent(c.folder)
        guard let source = try? String(contentsOf: folder.appendingPathComponent(c.name + ".py"), encoding: .utf8) else { return nil }
        let fs = VirtualFileSystem()
        var modules: [(name: String, path: String, source: String)] = []
        let fm = FileManager.default
        if let enumerator = fm.enumerator(atPath: folder.path) {
            for case let rel as String in enumerator {
                let url = folder.appendingPathComponent(rel)
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
                if rel.hasSuffix(".expected") { continue }
                if let data = try? Data(contentsOf: url) { fs.addReadOnlyFile("/var/task/" + rel, contents: [UInt8](data)) }
                if rel.hasSuffix(".py"), rel != c.name + ".py", let text = try? String(contentsOf: url, encoding: .utf8) {
                    var module = String(rel.dropLast(3)).replacingOccurrences(of: "/", with: ".")
                    if module.hasSuffix(".__init__") { module = String(module.dropLast(".__init__".count)) }
                    modules.append((module, rel, text))
                }
            }
        }
        let options = InterpreterOptions(stepBudget: 20_000_000, seed: 12345, filesystem: fs)
        return runProgram(source: source, filename: c.name + ".py", arguments: [c.name + ".py"], options: options, modules: modules)
    }

    static func failureReason(_ c: ConformanceCase) -> String? {
        let expectedURL = root.appendingPathComponent(c.folder).appendingPathComponent(c.name + ".expected")
        guard let text = try? String(contentsOf: expectedURL, encoding: .utf8), let expected = parseExpected(text) else {
            return "cannot read \(c.id).expected"
        }
        guard let actual = run(c) else { return "cannot read \(c.id).py" }
        var problems: [String] = []
        if actual.stdout != expected.stdout {
            problems.append("stdout differs:\n" + diff(expected.stdout, actual.stdout))
        }
        if actual.exitStatus != expected.exit { problems.append("exit status \(actual.exitStatus), expected \(expected.exit)") }
        if wholeStderrFolders.contains(c.folder) {
            if actual.stderr != expected.stderr { problems.append("stderr differs:\n" + diff(expected.stderr, actual.stderr)) }
        } else {
            let lastExpected = lastLine(expected.stderr), lastActual = lastLine(actual.stderr)
            if lastExpected != lastActual { problems.append("last stderr line:\n- \(lastExpected)\n+ \(lastActual)") }
        }
        return problems.isEmpty ? nil : problems.joined(separator: "\n")
    }

    static func lastLine(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).reversed().first { !$0.isEmpty }.map(String.init) ?? ""
    }

    static func diff(_ expected: String, _ actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let x = i < e.count ? e[i] : nil, y = i < a.count ? a[i] : nil
            if x == y { continue }
            if let x { out.append("- \(x)") }
            if let y { out.append("+ \(y)") }
            if out.count > 20 { out.append("..."); break }
        }
        return out.joined(separator: "\n")
    }
}

@Suite("Conformance corpus")
struct ConformanceTests {
    @Test("each case prints, exits and fails as CPython 3.12 did", arguments: Corpus.allCases())
    func caseMatchesCPython(_ c: ConformanceCase) {
        if ProcessInfo.processInfo.environment["UPDATE_KNOWN_FAILURES"] == "1" { return }
        let known = Corpus.knownFailures().contains(c.id)
        let reason = Corpus.failureReason(c)
        if known {
            #expect(reason != nil, "\(c.id) passes now: remove it from Conformance/KNOWN-FAILURES")
        } else if let reason {
            Issue.record("\(c.id) does not match CPython:\n\(reason)")
        }
    }

    @Test("UPDATE_KNOWN_FAILURES=1 rewrites KNOWN-FAILURES from a fresh run (and fails)")
    func updateKnownFailures() throws {
        guard ProcessInfo.processInfo.environment["UPDATE_KNOWN_FAILURES"] == "1" else { return }
        let failing = Corpus.allCases().filter { Corpus.failureReason($0) != nil }.map(\.id)
        let text = "# Conformance cases MiniPython does not pass yet (rewritten by UPDATE_KNOWN_FAILURES=1).\n" + failing.joined(separator: "\n") + "\n"
        try text.write(to: Corpus.knownFailuresFile, atomically: true, encoding: .utf8)
        Issue.record("KNOWN-FAILURES rewritten: \(failing.count) failing of \(Corpus.allCases().count) cases. Run again without UPDATE_KNOWN_FAILURES.")
    }
}
