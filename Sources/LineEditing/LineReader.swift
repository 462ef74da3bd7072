/// What one call to ``LineReader/readLine(prompt:)`` produced.
public enum LineInput: Equatable, Sendable {
    /// A physical line, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C while editing: the current input is to be discarded.
    case interrupted
    /// End of input: Ctrl-D on an empty line, or the end of a file or pipe.
    case endOfInput
}

/// A source of input lines for the shell: the terminal (libedit), a pipe or file, or a script in tests.
///
/// Readers deliver *physical* lines. Joining lines into one logical input (open quotes, a trailing `\`,
/// an unfinished Python block) is the shell's job, so every reader behaves the same way.
public protocol LineReader: AnyObject {
    /// Whether a person is typing: prompts, colour, completion and history files only apply then.
    var isInteractive: Bool { get }

    /// Reads one line, showing `prompt` first when interactive.
    func readLine(prompt: String) -> LineInput

    /// Records one complete logical input (possibly several lines) in the history.
    func addToHistory(_ entry: String)

    /// The history, oldest first.
    var history: [String] { get }

    /// Installs the function that proposes completions for the text before the cursor.
    func setCompletionProvider(_ provider: @escaping CompletionProvider)

    /// Persists the history, where the reader keeps one. Called once when the session ends.
    func close()
}

/// Proposes completions for `textBeforeCursor`.
public typealias CompletionProvider = (_ textBeforeCursor: String) -> Completions

/// Completions for the word that ends at the cursor.
public struct Completions: Equatable, Sendable {
    /// The part of the current word already typed; every candidate starts with it.
    public var word: String
    /// Whole replacement words, sorted, without duplicates.
    public var candidates: [String]

    public init(word: String, candidates: [String]) {
        self.word = word
        self.candidates = candidates
    }

    public static let none = Completions(word: "", candidates: [])

    /// The longest prefix shared by every candidate (at least `word` when all candidates extend it).
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return word }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// A bounded, de-duplicated history: re-entering a line moves it to the end.
public struct HistoryList: Equatable, Sendable {
    public private(set) var entries: [String] = []
    public let capacity: Int

    public init(capacity: Int = 1000, entries: [String] = []) {
        self.capacity = max(1, capacity)
        for entry in entries { append(entry) }
    }

    /// Appends `entry` unless it is blank; an earlier identical entry is removed first.
    public mutating func append(_ entry: String) {
        guard entry.contains(where: { !$0.isWhitespace }) else { return }
        entries.removeAll { $0 == entry }
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }

    public mutating func removeAll() { entries.removeAll() }
}
