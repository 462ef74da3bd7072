import Foundation

/// The lessons of a course, read from lesson files or directories of them.
///
/// A directory's lessons are its `*.md` files, except `README.md`, in name order. A lesson's
/// `from=PATH` blocks read files relative to the lesson file's own directory.
public struct Course: Sendable {
    /// Every file that was read, parsed, in order.
    public var parsed: [ParsedLesson]
    /// Problems with the paths themselves (a missing directory, an unreadable file).
    public var loadingDiagnostics: [Diagnostic]

    public init(parsed: [ParsedLesson], loadingDiagnostics: [Diagnostic] = []) {
        self.parsed = parsed
        self.loadingDiagnostics = loadingDiagnostics
    }

    /// The lessons that parsed without errors, in file order.
    public var lessons: [Lesson] { parsed.filter(\.isUsable).compactMap(\.lesson) }

    /// The lesson with `id`, if it parsed.
    public func lesson(_ id: LessonID) -> Lesson? { lessons.first { $0.id == id } }

    /// Reads every lesson under `paths` (lesson files or directories).
    public static func load(paths: [String], parser: LessonParser = LessonParser()) -> Course {
        var parsed: [ParsedLesson] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            switch PathKind(atPath: path) {
            case .missing:
                diagnostics.append(.error(at: SourceLocation(file: path, line: 1), "no such file or directory"))
            case .file:
                if let lesson = loadFile(path, parser: parser) { parsed.append(lesson) } else {
                    diagnostics.append(.error(at: SourceLocation(file: path, line: 1), "cannot read this file as UTF-8 text"))
                }
            case .directory:
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
                let lessonNames = names.filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" && !$0.hasPrefix(".") }
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                for name in lessonNames {
                    let file = base + "/" + name
                    guard case .file = PathKind(atPath: file) else { continue }
                    if let lesson = loadFile(file, parser: parser) { parsed.append(lesson) } else {
                        diagnostics.append(.error(at: SourceLocation(file: file, line: 1), "cannot read this file as UTF-8 text"))
                    }
                }
            }
        }
        return Course(parsed: parsed, loadingDiagnostics: diagnostics)
    }

    static func loadFile(_ path: String, parser: LessonParser) -> ParsedLesson? {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let reader: SiblingFileReader = { relative in
            guard WorkspacePath.problem(with: relative) == nil,
                  let data = FileManager.default.contents(atPath: directory + "/" + relative) else { return nil }
            return String(data: data, encoding: .utf8)
        }
        return parser.parse(text, file: path, readSibling: reader)
    }
}
