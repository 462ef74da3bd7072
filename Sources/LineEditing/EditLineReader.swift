import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a terminal with libedit: emacs key bindings (the user's `~/.editrc` wins),
/// persistent history searchable with Ctrl-R, tab completion through ``CompletionProvider``,
/// Ctrl-C to discard the current input, Ctrl-D on an empty line to end, and resize handling.
///
/// libedit reaches this object only through its client-data slot, so there is no global state:
/// several readers could coexist.
public final class EditLineReader: LineReader {
    public var isInteractive: Bool { true }

    private let editLine: OpaquePointer
    private let historyHandle: OpaquePointer
    private var historyEvent = HistEvent()
    private var historyList: HistoryList
    private let historyFile: HistoryFile?
    private var completionProvider: CompletionProvider?
    /// The prompt libedit draws; owned here because libedit keeps only the pointer.
    private var promptBuffer: UnsafeMutablePointer<CChar>
    /// Set by the Ctrl-C key function, read once by `readLine`.
    private var interruptPending = false

    /// Opens the terminal on standard input/output.
    /// - Parameters:
    ///   - programName: the name `~/.editrc` uses to scope settings (`lambda-workbook:bind ...`).
    ///   - historyFile: where history is loaded from and saved to; `nil` keeps it in memory.
    ///   - historyCapacity: how many entries are kept.
    public init(programName: String = "lambda-workbook", historyFile: HistoryFile?, historyCapacity: Int = 1000) {
        setlocale(LC_CTYPE, "")
        guard let editLine = el_init(programName, clibedit_stdin(), clibedit_stdout(), clibedit_stderr()),
              let history = history_init()
        else {
            preconditionFailure("libedit could not initialise the terminal")
        }
        self.editLine = editLine
        self.historyHandle = history
        self.historyFile = historyFile
        self.historyList = HistoryList(capacity: historyCapacity, entries: historyFile?.load() ?? [])
        self.promptBuffer = strdup("")
        clibedit_history_set_size(historyHandle, &historyEvent, Int32(historyCapacity))
        for entry in historyList.entries { clibedit_history_enter(historyHandle, &historyEvent, entry) }

        clibedit_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
        clibedit_set_editor(editLine, "emacs")
        clibedit_set_signal(editLine, 1)  // window resizes, suspend/resume
        clibedit_disable_signal_keys_while_editing(editLine)
        clibedit_set_history(editLine, historyHandle)
        clibedit_set_prompt(editLine) { editLine in
            guard let editLine, let reader = EditLineReader.reader(of: editLine) else { return nil }
            return reader.promptBuffer
        }
        clibedit_add_function(editLine, "lw-complete", "Complete the current word") { editLine, _ in
            guard let editLine, let reader = EditLineReader.reader(of: editLine) else { return UInt8(CC_ERROR) }
            return reader.complete()
        }
        clibedit_add_function(editLine, "lw-interrupt", "Discard the current input") { editLine, _ in
            guard let editLine, let reader = EditLineReader.reader(of: editLine) else { return UInt8(CC_ERROR) }
            return reader.interrupt()
        }
        clibedit_bind(editLine, "^I", "lw-complete")
        clibedit_bind(editLine, "^C", "lw-interrupt")
        clibedit_bind(editLine, "^R", "em-inc-search-prev")
        clibedit_bind(editLine, "^S", "em-inc-search-next")
        // The user's ~/.editrc comes last, so it can override any of the bindings above.
        el_source(editLine, nil)
    }

    deinit {
        el_end(editLine)
        history_end(historyHandle)
        free(promptBuffer)
    }

    private static func reader(of editLine: OpaquePointer) -> EditLineReader? {
        guard let data = clibedit_client_data(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    public func readLine(prompt: String) -> LineInput {
        free(promptBuffer)
        promptBuffer = strdup(prompt)
        interruptPending = false
        var count: Int32 = 0
        guard let raw = el_gets(editLine, &count) else {
            return interruptPending ? .interrupted : .endOfInput
        }
        if interruptPending {
            return .interrupted
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    public func addToHistory(_ entry: String) {
        let before = historyList.entries.count
        historyList.append(entry)
        if historyList.entries.count <= before || historyList.entries.count == historyList.capacity {
            // An earlier duplicate moved or the oldest entry fell off: rebuild libedit's copy.
            clibedit_history_clear(historyHandle, &historyEvent)
            for item in historyList.entries { clibedit_history_enter(historyHandle, &historyEvent, item) }
        } else {
            clibedit_history_enter(historyHandle, &historyEvent, entry)
        }
    }

    public var history: [String] { historyList.entries }

    public func setCompletionProvider(_ provider: @escaping CompletionProvider) {
        completionProvider = provider
    }

    public func close() {
        guard let historyFile else { return }
        do {
            try historyFile.save(historyList.entries)
        } catch {
            let message = "lambda-workbook: \(error)\n"
            fputs(message, clibedit_stderr())
        }
    }

    // MARK: - Key functions

    private func interrupt() -> UInt8 {
        interruptPending = true
        // As shells do: show ^C where the cursor is and start a new line; the input is discarded.
        // (Returning CC_NEWLINE from a key function skips libedit's own line break.)
        fputs("^C\n", clibedit_stdout())
        fflush(clibedit_stdout())
        return UInt8(CC_NEWLINE)
    }

    private func complete() -> UInt8 {
        guard let completionProvider, let info = el_line(editLine) else { return UInt8(CC_ERROR) }
        let start = info.pointee.buffer!
        let length = info.pointee.cursor - start
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self), count: length)
        let before = String(decoding: bytes, as: UTF8.self)
        let completions = completionProvider(before)
        guard !completions.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        if completions.candidates.count == 1, let only = completions.candidates.first {
            let suffix = String(only.dropFirst(completions.word.count))
            el_insertstr(editLine, suffix + (only.hasSuffix("/") ? "" : " "))
            return UInt8(CC_REFRESH)
        }
        let common = completions.commonPrefix
        if common.count > completions.word.count {
            el_insertstr(editLine, String(common.dropFirst(completions.word.count)))
            return UInt8(CC_REFRESH)
        }
        let listing = "\n" + CompletionListing.layout(completions.candidates, width: terminalWidth()) + "\n"
        fputs(listing, clibedit_stdout())
        fflush(clibedit_stdout())
        return UInt8(CC_REDISPLAY)
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}

/// Lays out completion candidates in columns, as shells list them.
public enum CompletionListing {
    public static func layout(_ candidates: [String], width: Int) -> String {
        let columnWidth = (candidates.map(\.count).max() ?? 0) + 2
        let columns = max(1, width / max(columnWidth, 1))
        let rows = (candidates.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { continue }
                let candidate = candidates[index]
                let isLast = (column + 1) * rows + row >= candidates.count
                line += isLast ? candidate : candidate.padding(toLength: columnWidth)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
