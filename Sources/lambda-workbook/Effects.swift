import Shell
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real process environment, read once here and passed down as a value.
enum Environment {
    static func current() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    /// `$XDG_DATA_HOME`, or `~/.local/share`.
    static func dataHome(_ environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share"
    }
}

/// The real terminal as a ``Console``: unbuffered writes to stdout and stderr.
enum Terminal {
    static func console(colorEnabled: Bool) -> Console {
        var size = winsize()
        let width = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        return Console(colorEnabled: colorEnabled, width: width) { stream, text in
            writeAll(text, to: stream == .output ? STDOUT_FILENO : STDERR_FILENO)
        }
    }

    /// Writes every byte, retrying on short writes and interrupted calls; a closed pipe ends quietly.
    static func writeAll(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// A script given to `run`: read whole, with clear errors for what cannot be read.
enum ScriptFile {
    struct Error: Swift.Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws(Error) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw Error(description: "cannot open '\(path)': \(String(cString: strerror(errno)))")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw Error(description: "'\(path)' is a directory, not a script file")
        }
        guard let file = fopen(path, "rb") else {
            throw Error(description: "cannot open '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
