/// Reads lines from a pipe, a file or a string: no prompts, no colour, no libedit (batch mode).
///
/// Invalid UTF-8 is repaired with U+FFFD rather than refused, so any byte sequence reaches the shell
/// as text it can report on. Both `\n` and `\r\n` end a line.
public final class StreamLineReader: LineReader {
    public var isInteractive: Bool { false }
    private var historyList = HistoryList(capacity: 1000)
    private let next: () -> String?

    /// Reads standard input.
    public convenience init() {
        self.init(nextLine: { Swift.readLine(strippingNewline: true) })
    }

    /// Reads the lines of `text`.
    public convenience init(text: String) {
        // "\r\n" is a single Character in Swift, so split on both spellings of a line end.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        if text.hasSuffix("\n") || text.hasSuffix("\r\n") { lines.removeLast() }
        var iterator = lines.makeIterator()
        self.init(nextLine: {
            guard var line = iterator.next() else { return nil }
            if line.hasSuffix("\r") { line.removeLast() }
            return line
        })
    }

    /// Reads lines from `nextLine` until it returns `nil`.
    public init(nextLine: @escaping () -> String?) {
        self.next = nextLine
    }

    public func readLine(prompt: String) -> LineInput {
        guard let line = next() else { return .endOfInput }
        return .line(line)
    }

    public func addToHistory(_ entry: String) { historyList.append(entry) }
    public var history: [String] { historyList.entries }
    public func setCompletionProvider(_ provider: @escaping CompletionProvider) {}
    public func close() {}
}
