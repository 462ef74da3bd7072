import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built binary on a pseudo-terminal, so tests can type keys into the real libedit REPL
/// (Tab, Ctrl-C, Ctrl-R, Ctrl-D) and read what the terminal would show.
public final class PseudoTerminalSession {
    private let master: Int32
    private let process: Process
    private var buffer: [UInt8] = []

    /// Starts `lambda-workbook arguments` with standard input, output and error on a new terminal of 80×24.
    public init(arguments: [String], home: String, environment extra: [String: String] = [:]) throws {
        var master: Int32 = 0, slave: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw CocoaError(.fileReadUnknown) }
        self.master = master
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binaryPath())
        process.arguments = arguments
        var environment = ["HOME": home, "PATH": "/usr/bin:/bin", "TERM": "xterm", "LANG": "C.UTF-8"]
        environment.merge(extra) { $1 }
        process.environment = environment
        let terminal = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.standardInput = terminal
        process.standardOutput = terminal
        process.standardError = terminal
        try process.run()
        self.process = process
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Types `keys` (use "\t" for Tab, "\u{03}" for Ctrl-C, "\u{04}" for Ctrl-D, "\u{12}" for Ctrl-R).
    public func type(_ keys: String) {
        var bytes = Array(keys.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 { bytes = bytes.dropFirst(written) } else { usleep(1000) }
        }
    }

    /// Everything the terminal showed so far, with ANSI control sequences and carriage returns removed.
    public var screenText: String { Self.stripControlSequences(String(decoding: buffer, as: UTF8.self)) }

    /// Waits until the screen text contains `text` after `offset` characters; returns whether it appeared.
    @discardableResult
    public func waitFor(_ text: String, after offset: Int = 0, timeout: Double = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            drain()
            if String(screenText.dropFirst(offset)).contains(text) { return true }
            usleep(10_000)
        }
        return false
    }

    /// Types `keys`, then waits until `expected` has appeared in what follows and the prompt is shown again,
    /// so that nothing more is typed while a command runs (the terminal is then in cooked mode, where
    /// Ctrl-D, for one, would be taken by the kernel rather than by the REPL).
    @discardableResult
    public func run(_ keys: String, expecting expected: String, prompt: String = "workbook> ", timeout: Double = 20) -> Bool {
        let mark = screenText.count
        type(keys)
        guard waitFor(expected, after: mark, timeout: timeout) else { return false }
        guard let range = String(screenText.dropFirst(mark)).range(of: expected) else { return false }
        let afterExpected = mark + String(screenText.dropFirst(mark))[..<range.upperBound].count
        return waitFor(prompt, after: afterExpected, timeout: timeout)
    }

    /// Waits for the process to end and returns its exit status (nil on timeout).
    public func waitForExit(timeout: Double = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            drain()
            if !process.isRunning { drain(); return process.terminationStatus }
            usleep(10_000)
        }
        return nil
    }

    /// Sends SIGINT, as Ctrl-C does to the foreground program while a command runs (the terminal is then in
    /// cooked mode, where the kernel turns the key into the signal).
    public func interrupt() {
        kill(process.processIdentifier, SIGINT)
    }

    /// Changes the terminal's size, as resizing a window does (the kernel sends SIGWINCH).
    public func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(process.processIdentifier, SIGWINCH)
    }

    private func drain() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &chunk, chunk.count)
            if count <= 0 { return }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    static func stripControlSequences(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                guard let next = scalars.next() else { break }
                if next == "[" {
                    while let c = scalars.next(), !(("@"..."~").contains(c)) {}
                }
                continue
            }
            if scalar == "\r" || scalar == "\u{07}" || scalar == "\u{08}" { continue }
            out.append(scalar)
        }
        return String(out)
    }
}
