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

/// Reads a Python program and the modules beside it from the real file system.
enum PythonSources {
    static func load(_ file: String, arguments: [String]) throws(ScriptFile.Error) -> PythonProgram {
        let absolute = file.hasPrefix("/") ? file : currentDirectory() + "/" + file
        var info = stat()
        if stat(absolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw ScriptFile.Error(description: "'\(absolute)': [Errno 21] Is a directory")
        }
        let source: String
        do {
            source = try ScriptFile.read(absolute)
        } catch {
            throw ScriptFile.Error(description: "'\(absolute)': [Errno 2] No such file or directory")
        }
        let directory = String(absolute[..<(absolute.lastIndex(of: "/") ?? absolute.startIndex)])
        var siblings: [(name: String, path: String, source: String)] = []
        if let handle = opendir(directory.isEmpty ? "/" : directory) {
            defer { closedir(handle) }
            var names: [String] = []
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasSuffix(".py"), directory + "/" + name != absolute { names.append(name) }
            }
            for name in names.sorted() {
                if let text = try? ScriptFile.read(directory + "/" + name) {
                    siblings.append((String(name.dropLast(3)), directory + "/" + name, text))
                }
            }
        }
        return PythonProgram(source: source, path: absolute, arguments: [file] + arguments, siblingModules: siblings)
    }

    static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "." }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

/// Where the course is when no `--lessons` is given: the `lessons` folder of the checkout the
/// program was built in (`<checkout>/.build/<configuration>/lambda-workbook`), found by walking up
/// from the executable, else `./lessons` when the current folder has one.
enum CourseFolder {
    static func locate() -> String? {
        var directory = executablePath().map { String($0[..<($0.lastIndex(of: "/") ?? $0.startIndex)]) } ?? ""
        while !directory.isEmpty {
            let candidate = directory + "/lessons"
            if isDirectory(candidate), fileExists(directory + "/Package.swift") { return candidate }
            guard let slash = directory.lastIndex(of: "/") else { break }
            directory = String(directory[..<slash])
        }
        return isDirectory("lessons") ? PythonSources.currentDirectory() + "/lessons" : nil
    }

    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}
