/// Which stream a piece of output goes to.
public enum ConsoleStream: Sendable {
    case output, error
}

/// Where everything the shell shows goes: colour only when writing to a terminal and not turned off.
///
/// The executable passes in a writer for the real stdout/stderr; tests pass one that collects text.
/// Python code writes from the interpreter's own thread, so the writer must be safe to call from any thread.
public final class Console: Sendable {
    public let colorEnabled: Bool
    /// The width prose and tables wrap to.
    public let width: Int
    private let writer: @Sendable (ConsoleStream, String) -> Void

    public init(colorEnabled: Bool, width: Int = 80, writer: @escaping @Sendable (ConsoleStream, String) -> Void) {
        self.colorEnabled = colorEnabled
        self.width = width
        self.writer = writer
    }

    public func write(_ text: StyledText, to stream: ConsoleStream = .output) {
        writer(stream, colorEnabled ? text.ansiText : text.plainText)
    }

    /// Writes `text` and a newline to standard output.
    public func line(_ text: StyledText = StyledText()) {
        write(text + "\n")
    }

    /// Writes `text` and a newline to standard error.
    public func errorLine(_ text: StyledText) {
        write(text + "\n", to: .error)
    }

    /// A console that writes here and also hands `copy` everything shown, without ANSI codes
    /// (demo mode's `--transcript`).
    public func copying(to copy: @escaping @Sendable (String) -> Void) -> Console {
        Console(colorEnabled: colorEnabled, width: width) { [writer] stream, text in
            writer(stream, text)
            copy(Console.removingANSI(text))
        }
    }

    /// `text` without ANSI escape sequences (CSI sequences such as colours and cursor moves).
    static func removingANSI(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var result = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else { result.unicodeScalars.append(scalar); continue }
            guard let next = scalars.next(), next == "[" else { continue }
            while let code = scalars.next(), !(0x40...0x7E).contains(code.value) {}
        }
        return result
    }

    /// Writes raw terminal control text (ignored when colour is off, which is also when output is not a terminal).
    public func control(_ sequence: String) {
        if colorEnabled { writer(.output, sequence) }
    }
}
