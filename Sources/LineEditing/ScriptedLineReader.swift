/// A reader that plays a script of keystroke-level events, for tests and golden transcripts.
///
/// Every line it hands out is also reported to `echo` together with the prompt that was shown,
/// so a test can rebuild exactly what a person at the terminal would have seen.
public final class ScriptedLineReader: LineReader {
    public enum Event: Equatable, Sendable {
        case line(String)
        case interrupt
        case endOfInput
    }

    public let isInteractive: Bool
    private var events: [Event]
    private var position = 0
    private var historyList = HistoryList(capacity: 1000)
    private var completionProvider: CompletionProvider?
    private let echo: (String) -> Void

    public init(events: [Event], interactive: Bool = true, echo: @escaping (String) -> Void = { _ in }) {
        self.events = events
        self.isInteractive = interactive
        self.echo = echo
    }

    public func readLine(prompt: String) -> LineInput {
        guard position < events.count else { return .endOfInput }
        let event = events[position]
        position += 1
        switch event {
        case .line(let text):
            echo(prompt + text)
            return .line(text)
        case .interrupt:
            echo(prompt + "^C")
            return .interrupted
        case .endOfInput:
            echo(prompt + "^D")
            return .endOfInput
        }
    }

    public func addToHistory(_ entry: String) { historyList.append(entry) }
    public var history: [String] { historyList.entries }
    public func setCompletionProvider(_ provider: @escaping CompletionProvider) { completionProvider = provider }
    public func close() {}

    /// Asks the installed provider for completions, as pressing Tab after `text` would.
    public func complete(_ text: String) -> Completions {
        completionProvider?(text) ?? .none
    }
}
