import Workbook

/// `ls` and `cat`: the learner's files in the workspace.
enum FileCommands {
    static let all: [WorkbookCommand] = [ls, cat, zip]

    static let ls = WorkbookCommand(CommandSpec(
        "ls", group: .files,
        summary: "List the files in the workspace.",
        discussion: "Paths are relative to the workspace; directories end in '/'.",
        arguments: [ArgumentSpec("PATH", .optional, help: "a directory or file in the workspace", completion: .workspacePath)],
        options: [OptionSpec("--all", help: "include hidden files (names starting with '.')")],
        examples: ["ls", "ls src"]
    )) { arguments, session in
        let entries = try session.workspace.list(arguments.value("PATH") ?? ".", includeHidden: arguments.flag("--all"))
        if entries.isEmpty {
            session.console.line(.styled(arguments.value("PATH") == nil ? "The workspace is empty." : "(empty directory)", .dim))
            return .success
        }
        let nameWidth = entries.map { $0.name.count + ($0.isDirectory ? 1 : 0) }.max() ?? 0
        for entry in entries {
            if entry.isDirectory {
                session.console.line(.styled(entry.name + "/", .emphasis))
            } else {
                let padding = String(repeating: " ", count: nameWidth - entry.name.count + 2)
                session.console.line(StyledText(entry.name + padding) + .styled(ByteCount.describe(entry.size), .dim))
            }
        }
        return .success
    }

    static let cat = WorkbookCommand(CommandSpec(
        "cat", group: .files,
        summary: "Print files from the workspace.",
        discussion: "Binary files (zip archives, for example) are described rather than printed.",
        arguments: [ArgumentSpec("FILE", .oneOrMore, help: "a file in the workspace", completion: .workspacePath)],
        examples: ["cat lambda_function.py", "cat event.json response.json"]
    )) { arguments, session in
        for path in arguments.values("FILE") {
            let bytes = try session.workspace.read(path)
            if bytes.contains(0) || String(validatingUTF8: bytes) == nil {
                session.console.line(.styled("\(path): binary file, \(ByteCount.describe(bytes.count)) (not shown)", .dim))
                continue
            }
            var text = String(decoding: bytes, as: UTF8.self)
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            session.console.write(StyledText(Printable.escaped(text)))
        }
        return .success
    }
}

extension FileCommands {
    static let zip = WorkbookCommand(CommandSpec(
        "zip", group: .files,
        summary: "Package files into a zip archive (as Info-ZIP does).",
        discussion: "For --zip-file fileb://ARCHIVE, as in AWS's tutorials. Updates the archive if it exists. "
            + "Entries are stored with a fixed date, so the same files always give the same archive "
            + "(and the same CodeSha256).",
        arguments: [
            ArgumentSpec("ARCHIVE", help: "the zip file to create or update", completion: .workspacePath),
            ArgumentSpec("FILE", .oneOrMore, help: "files (and, with -r, directories) to add", completion: .workspacePath),
        ],
        options: [OptionSpec("--recurse-paths", short: "-r", help: "add directories with everything in them")],
        examples: ["zip function.zip lambda_function.py", "zip -r package.zip lambda_function.py lib"]
    )) { arguments, session in
        let archive = arguments.value("ARCHIVE")!
        do throws(ZipError) {
            let result = try session.workspace.zip(arguments.values("FILE"), into: archive,
                                                   recursive: arguments.flag("--recurse-paths"))
            for name in result.unmatched { session.console.errorLine(StyledText("\tzip warning: name not matched: \(name)")) }
            for action in result.actions { session.console.line(StyledText(action.line)) }
        } catch {
            for name in error.unmatched { session.console.errorLine(StyledText("\tzip warning: name not matched: \(name)")) }
            throw ShellError("zip: \(error.message)")
        }
        return .success
    }
}

/// Human-readable sizes: `312 B`, `4.2 KiB`, `6.0 MiB`.
enum ByteCount {
    static func describe(_ count: Int) -> String {
        if count < 1024 { return "\(count) B" }
        let units = ["KiB", "MiB", "GiB"]
        var value = Double(count) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }
}

extension String {
    /// Decodes `bytes` as UTF-8, or returns `nil` if they are not valid UTF-8.
    init?(validatingUTF8 bytes: [UInt8]) {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: self = String(scalars); return
            case .error: return nil
            }
        }
    }
}
