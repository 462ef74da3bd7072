/// The kinds of fenced block a lesson may use, written `{kind}` in the fence's info string
/// (optionally after a language word for GitHub's highlighting: ```` ```python {starter} app.py ````).
enum BlockKind: String, CaseIterable, Sendable {
    case file, run, `try`, notes
    case starter, solution, solutionRun = "solution-run", setup, hint, check

    /// Whether the block names a file path after the directive.
    var takesPath: Bool { self == .file || self == .starter || self == .solution }

    /// Whether the block holds commands, one per line.
    var holdsCommands: Bool { self == .run || self == .try || self == .setup || self == .solutionRun }

    /// Whether the block may only appear inside an exercise.
    var belongsToExercise: Bool {
        switch self {
        case .starter, .solution, .solutionRun, .setup, .hint, .check: true
        case .file, .run, .try, .notes: false
        }
    }

    static var catalogue: String { allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ") }
}

/// A fence's info string, split into an optional language, a directive and its arguments.
struct BlockInfo: Equatable {
    enum Directive: Equatable {
        /// No `{…}` word: a plain code sample, shown as part of the prose.
        case none
        case kind(BlockKind)
        /// A `{…}` word that names no known kind, or is malformed.
        case unknown(String)
    }

    var language: String?
    var directive: Directive
    /// The 1-based column of the directive word.
    var directiveColumn: Int
    /// The text after the directive, trimmed.
    var arguments: String
    /// The 1-based column where `arguments` starts.
    var argumentsColumn: Int

    init(info: String, column: Int) {
        let words = BlockInfo.words(info, column: column)
        var directiveIndex: Int?
        if let first = words.first, first.text.hasPrefix("{") {
            directiveIndex = 0
        } else if words.count > 1, words[1].text.hasPrefix("{") {
            directiveIndex = 1
        }
        guard let directiveIndex else {
            self.language = words.first?.text
            self.directive = .none
            self.directiveColumn = column
            self.arguments = ""
            self.argumentsColumn = column
            return
        }
        let word = words[directiveIndex]
        self.language = directiveIndex == 1 ? words[0].text : nil
        self.directiveColumn = word.column
        if word.text.hasSuffix("}"), word.text.count > 2, let kind = BlockKind(rawValue: String(word.text.dropFirst().dropLast())) {
            self.directive = .kind(kind)
        } else {
            self.directive = .unknown(word.text)
        }
        if directiveIndex + 1 < words.count {
            let next = words[directiveIndex + 1]
            self.argumentsColumn = next.column
            self.arguments = String(info.unicodeScalars.dropFirst(next.column - column)).trimmingWhitespace()
        } else {
            self.argumentsColumn = word.column + word.text.unicodeScalars.count
            self.arguments = ""
        }
    }

    /// Whitespace-separated words with their 1-based columns.
    static func words(_ text: String, column: Int) -> [(text: String, column: Int)] {
        var result: [(String, Int)] = []
        var current = ""
        var start = column
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == " " || scalar == "\t" {
                if !current.isEmpty { result.append((current, start)) }
                current = ""
            } else {
                if current.isEmpty { start = column + offset }
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { result.append((current, start)) }
        return result
    }
}
