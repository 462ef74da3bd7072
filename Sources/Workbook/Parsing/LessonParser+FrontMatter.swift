import Yams

/// The front matter's fields, once validated.
struct FrontMatter {
    var id: LessonID
    var title: String
    var summary: String
    var minutes: Int
    var prerequisites: [Lesson.Prerequisite]

    static let requiredKeys = ["id", "title", "summary", "minutes"]
    static let knownKeys = requiredKeys + ["prerequisites"]
}

/// YAML front matter between `---` lines at the top of the file, read with Yams.
extension ParserState {
    /// Parses the front matter and moves `index` past it. `nil` when it is missing or unusable.
    mutating func parseFrontMatter() -> FrontMatter? {
        guard let first = lines.first, first.trimmingWhitespace() == "---" else {
            error(line: 1, "a lesson starts with YAML front matter between `---` lines (id, title, summary, minutes, prerequisites)")
            return nil
        }
        guard let closing = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingWhitespace()
            return line == "---" || line == "..."
        }) else {
            error(line: 1, "the front matter starting here is never closed: add a line with `---` after it")
            index = lines.count
            return nil
        }
        index = closing + 1
        let yaml = lines[1..<closing].joined(separator: "\n")
        // The file line of the YAML's line 1.
        let lineOffset = 1
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let yamlError as YamlError {
            let (yamlLine, column, problem) = describe(yamlError)
            var line = yamlLine + lineOffset
            if case .duplicatedKeysInMapping(let duplicates, _) = yamlError, let key = duplicates.first {
                // Yams marks the mapping; point at the key's second appearance instead.
                let matches = (1..<closing).filter { lines[$0].hasPrefix(key + ":") }
                if matches.count > 1 { line = matches[1] + 1 }
            }
            error(line: line, column: line == yamlLine + lineOffset ? column : 1, "the front matter is not valid YAML: \(problem)")
            return nil
        } catch {
            self.error(line: 1 + lineOffset, "the front matter is not valid YAML: \(error)")
            return nil
        }
        guard let root, case .mapping(let mapping) = root else {
            error(line: 1, "the front matter must be a mapping of keys (id, title, summary, minutes, prerequisites)")
            return nil
        }
        return readFields(mapping, lineOffset: lineOffset, closingLine: closing + 1)
    }

    func describe(_ yamlError: YamlError) -> (line: Int, column: Int, problem: String) {
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return (mark.line, mark.column, text)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, context.mark.column,
                    "the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears more than once")
        case .reader(let problem, _, _, _):
            return (1, 1, problem)
        default:
            return (1, 1, "\(yamlError)")
        }
    }

    mutating func readFields(_ mapping: Node.Mapping, lineOffset: Int, closingLine: Int) -> FrontMatter? {
        var values: [String: Node] = [:]
        var keyLines: [String: (line: Int, column: Int)] = [:]
        func position(_ node: Node) -> (line: Int, column: Int) {
            guard let mark = node.mark else { return (1, 1) }
            return (mark.line + lineOffset, mark.column)
        }
        for (keyNode, value) in mapping {
            let where_ = position(keyNode)
            guard let key = keyNode.scalar?.string else {
                error(line: where_.line, column: where_.column, "front matter keys are plain words (id, title, summary, minutes, prerequisites)")
                continue
            }
            guard FrontMatter.knownKeys.contains(key) else {
                let suggestion = closestWord(to: key, in: FrontMatter.knownKeys).map { "; did you mean '\($0)'?" } ?? ""
                error(line: where_.line, column: where_.column,
                      "unknown front matter key '\(key)'\(suggestion) (known keys: \(FrontMatter.knownKeys.joined(separator: ", ")))")
                continue
            }
            if let first = keyLines[key] {
                error(line: where_.line, column: where_.column, "the front matter key '\(key)' is already set at line \(first.line)")
                continue
            }
            values[key] = value
            keyLines[key] = where_
        }
        for key in FrontMatter.requiredKeys where values[key] == nil {
            error(line: closingLine, "the front matter is missing '\(key)'")
        }

        func text(_ key: String) -> (String, (line: Int, column: Int))? {
            guard let node = values[key] else { return nil }
            let where_ = position(node)
            guard let scalar = node.scalar, node.tag != .init(.null) else {
                error(line: where_.line, column: where_.column, "'\(key)' must be text")
                return nil
            }
            let value = scalar.string.trimmingWhitespace()
            guard !value.isEmpty else {
                error(line: where_.line, column: where_.column, "'\(key)' must not be empty")
                return nil
            }
            return (value, where_)
        }

        var id: LessonID?
        if let (value, where_) = text("id") {
            id = LessonID(value)
            if id == nil {
                error(line: where_.line, column: where_.column,
                      "'\(value)' is not a valid lesson id: use lower-case letters, digits and dashes, such as 01-handler-structure")
            }
        }
        let title = text("title")?.0
        let summary = text("summary")?.0
        var minutes: Int?
        if let (value, where_) = text("minutes") {
            minutes = Int(value)
            if minutes == nil || minutes! <= 0 || minutes! > 600 {
                error(line: where_.line, column: where_.column, "'minutes' must be a whole number of minutes between 1 and 600, not '\(value)'")
                minutes = nil
            }
        }
        let prerequisites = readPrerequisites(values["prerequisites"], position: position)
        guard let id, let title, let summary, let minutes, let prerequisites else { return nil }
        return FrontMatter(id: id, title: title, summary: summary, minutes: minutes, prerequisites: prerequisites)
    }

    mutating func readPrerequisites(_ node: Node?, position: (Node) -> (line: Int, column: Int)) -> [Lesson.Prerequisite]? {
        guard let node else { return [] }
        if let scalar = node.scalar, node.tag == .init(.null) || scalar.string.trimmingWhitespace().isEmpty { return [] }
        guard case .sequence(let sequence) = node else {
            let where_ = position(node)
            error(line: where_.line, column: where_.column, "'prerequisites' must be a list of lesson ids, such as [01-handler-structure]")
            return nil
        }
        var result: [Lesson.Prerequisite] = []
        var failed = false
        for item in sequence {
            let where_ = position(item)
            guard let text = item.scalar?.string, let id = LessonID(text.trimmingWhitespace()) else {
                error(line: where_.line, column: where_.column, "a prerequisite must be a lesson id (lower-case letters, digits and dashes)")
                failed = true
                continue
            }
            result.append(Lesson.Prerequisite(id: id, location: location(line: where_.line, column: where_.column)))
        }
        return failed ? nil : result
    }
}

/// The word in `candidates` closest to `word` by edit distance, when it is close enough to be a typo.
func closestWord(to word: String, in candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
    let scored = candidates.map { ($0, distance(Array(word.lowercased()), Array($0))) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, word.count / 3) else { return nil }
    return best.0
}

