/// Fenced blocks: plain code samples (prose) and the workbook's `{kind}` blocks.
extension ParserState {
    mutating func parseFence(_ fence: MarkdownLine.Fence) {
        let openLine = index + 1
        var closeIndex: Int?
        var cursor = index + 1
        while cursor < lines.count {
            if MarkdownLine.closes(lines[cursor], fence) { closeIndex = cursor; break }
            cursor += 1
        }
        let info = BlockInfo(info: fence.info, column: fence.infoColumn)
        if closeIndex == nil {
            let fenceText = String(repeating: fence.character, count: fence.length)
            error(line: openLine, column: fence.indent + 1,
                  "this code block is never closed: add a line with \(fenceText) after its last line")
        }
        let end = closeIndex ?? lines.count
        let contentLines = lines[(index + 1)..<end].map { dropIndent($0, upTo: fence.indent) }
        guard info.directive != .none else {
            // A plain code sample stays in the prose, fences included.
            for line in lines[index..<min(end + 1, lines.count)] { appendProse(line) }
            index = end + 1
            return
        }
        flushProse()
        let blockLocation = location(line: openLine, column: fence.indent + 1)
        switch info.directive {
        case .none:
            break
        case .unknown(let word):
            error(line: openLine, column: info.directiveColumn,
                  "unknown block kind \(word): the kinds are \(BlockKind.catalogue)")
        case .kind(let kind):
            addBlock(kind, info: info, content: contentLines, location: blockLocation)
        }
        index = end + 1
    }

    func dropIndent(_ line: String, upTo count: Int) -> String {
        guard count > 0 else { return line }
        let spaces = min(count, MarkdownLine.leadingSpaces(line))
        return String(line.unicodeScalars.dropFirst(spaces))
    }

    mutating func addBlock(_ kind: BlockKind, info: BlockInfo, content: [String], location blockLocation: SourceLocation) {
        let line = blockLocation.line
        // Where the block may appear.
        if openStep == nil {
            error(line: line, column: info.directiveColumn,
                  "a {\(kind.rawValue)} block belongs to a step: add a step heading (`## Title`) before it")
            return
        }
        if kind.belongsToExercise, openExercise == nil {
            error(line: line, column: info.directiveColumn,
                  "a {\(kind.rawValue)} block belongs inside an exercise (after `### Exercise: Title {#id}`)")
            return
        }
        if openExercise != nil, kind == .file {
            error(line: line, column: info.directiveColumn,
                  "a {file} block inside an exercise: use {starter} for the learner's starting files and {solution} for the answer")
            return
        }
        if openExercise != nil, kind == .run {
            error(line: line, column: info.directiveColumn,
                  "a {run} block inside an exercise: use {setup} for commands that prepare the exercise's world")
            return
        }
        if kind != .check, kind != .file, kind != .starter, kind != .solution, !info.arguments.isEmpty {
            error(line: line, column: info.argumentsColumn,
                  "unexpected text after {\(kind.rawValue)}: '\(info.arguments)'")
        }
        let text = content.joined(separator: "\n")
        switch kind {
        case .file, .starter, .solution:
            guard let file = fileBlock(kind, info: info, text: text, location: blockLocation) else { return }
            switch kind {
            case .file: openStep!.items.append(.file(file))
            case .starter: openExercise!.starters.append(file)
            default: openExercise!.solution.files.append(file)
            }
        case .run, .try, .setup, .solutionRun:
            let block = commandBlock(kind, content: content, location: blockLocation)
            switch kind {
            case .run: openStep!.items.append(.run(block))
            case .try:
                if openExercise != nil { openExercise!.task.append(.try(block)) } else { openStep!.items.append(.try(block)) }
            case .setup: openExercise!.setup.append(block)
            default: openExercise!.solution.commands.append(block)
            }
        case .notes:
            if text.trimmingWhitespace().isEmpty { error(line: line, column: info.directiveColumn, "a {notes} block is empty") }
            openStep!.items.append(.notes(SpeakerNotes(markdown: trimmedBlankLines(content), location: blockLocation)))
        case .hint:
            if text.trimmingWhitespace().isEmpty { error(line: line, column: info.directiveColumn, "a {hint} block is empty") }
            let number = openExercise!.hints.count + 1
            openExercise!.hints.append(Hint(number: number, markdown: trimmedBlankLines(content), location: blockLocation))
        case .check:
            if content.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
                error(line: line, column: info.directiveColumn, "a {check} block is empty: write the assertions it makes")
            }
            let number = openExercise!.checks.count + 1
            let name = info.arguments.isEmpty ? "check \(number)" : info.arguments
            openExercise!.checks.append(Check(number: number, name: name, source: text, location: blockLocation))
        }
    }

    func trimmedBlankLines(_ content: [String]) -> String {
        var slice = content[...]
        while let first = slice.first, first.trimmingWhitespace().isEmpty { slice = slice.dropFirst() }
        while let last = slice.last, last.trimmingWhitespace().isEmpty { slice = slice.dropLast() }
        return slice.joined(separator: "\n")
    }

    // MARK: Files

    mutating func fileBlock(_ kind: BlockKind, info: BlockInfo, text: String, location blockLocation: SourceLocation) -> FileBlock? {
        let line = blockLocation.line
        var path: String?
        var from: String?
        for word in BlockInfo.words(info.arguments, column: info.argumentsColumn) {
            if word.text.hasPrefix("from=") {
                from = String(word.text.dropFirst("from=".count))
            } else if word.text.contains("="), !word.text.hasPrefix("=") {
                let key = word.text.prefix { $0 != "=" }
                error(line: line, column: word.column, "unknown attribute '\(key)' on {\(kind.rawValue)}: the only attribute is from=PATH")
            } else if path == nil {
                path = word.text
            } else {
                error(line: line, column: word.column, "unexpected '\(word.text)' after the path of a {\(kind.rawValue)} block")
            }
        }
        guard let path else {
            error(line: line, column: info.argumentsColumn,
                  "a {\(kind.rawValue)} block needs the file's path: ```` ```python {\(kind.rawValue)} lambda_function.py ````")
            return nil
        }
        if let problem = WorkspacePath.problem(with: path) {
            error(line: line, column: info.argumentsColumn, "the path '\(path)' \(problem)")
            return nil
        }
        var contents = text
        if let from {
            if !text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
                error(line: line, column: info.argumentsColumn, "a block with from=\(from) takes its contents from that file, so it must be empty")
            }
            if let problem = WorkspacePath.problem(with: from) {
                error(line: line, column: info.argumentsColumn, "from=\(from): the path \(problem)")
                return nil
            }
            guard let read = readSibling?(from) else {
                error(line: line, column: info.argumentsColumn, "from=\(from): no such file beside the lesson")
                return nil
            }
            contents = read
        } else if !contents.isEmpty {
            contents += "\n"
        }
        return FileBlock(path: path, contents: contents, language: info.language, location: blockLocation)
    }

    // MARK: Commands

    mutating func commandBlock(_ kind: BlockKind, content: [String], location blockLocation: SourceLocation) -> CommandBlock {
        var commands: [Command] = []
        var pending: (text: String, line: Int)?
        for (offset, raw) in content.enumerated() {
            let lineNumber = blockLocation.line + 1 + offset
            let trimmed = raw.trimmingWhitespace()
            if pending == nil, trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            var text = pending.map { $0.text + " " + trimmed } ?? trimmed
            let start = pending?.line ?? lineNumber
            if text.hasSuffix("\\") {
                text.removeLast()
                pending = (text.trimmingWhitespace(), start)
                continue
            }
            pending = nil
            commands.append(Command(text: text, location: location(line: start, column: MarkdownLine.leadingSpaces(raw) + 1)))
        }
        if let pending {
            error(line: pending.line, "this command ends with a backslash, but no line follows it in the block")
            commands.append(Command(text: pending.text, location: location(line: pending.line)))
        }
        if commands.isEmpty {
            error(line: blockLocation.line, column: blockLocation.column, "a {\(kind.rawValue)} block holds no commands")
        }
        return CommandBlock(commands: commands, location: blockLocation)
    }
}

/// The rules for paths a lesson writes into the learner's workspace.
enum WorkspacePath {
    /// Why `path` cannot be used, or `nil` when it can.
    static func problem(with path: String) -> String? {
        if path.isEmpty { return "is empty" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "contains control characters" }
        if path.hasPrefix("/") || path.hasPrefix("~") { return "must be relative to the workspace" }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains("..") { return "must stay inside the workspace (no '..')" }
        if components.contains("") { return "has an empty component ('//' or a trailing '/')" }
        return nil
    }
}
