// The subset of CloudWatch Logs filter-pattern syntax the simulation understands.

/// A filter pattern for `filter-log-events` and `tail`, in the subset that covers plain-text Lambda logs:
///
/// - `ERROR` — the message contains the term (case-sensitive, as CloudWatch matches).
/// - `ERROR Task` — every term must appear.
/// - `"Task timed out"` — a quoted phrase, matched as written.
/// - `?ERROR ?WARN` — at least one of the `?` terms must appear.
/// - `ERROR -Exiting` — the `-` term must not appear.
/// - an empty pattern matches every event.
///
/// Not supported, and refused with a plain message: JSON patterns (`{ $.level = "ERROR" }`), space-delimited
/// patterns (`[ip, user, ...]`), regular expressions (`%…%`), and metric-filter extras.
public struct FilterPattern: Hashable, Sendable {
    public private(set) var required: [String] = []
    public private(set) var alternatives: [String] = []
    public private(set) var excluded: [String] = []
    public let text: String

    public init(_ text: String) throws(ServiceError) {
        self.text = text
        let trimmed = text.trimmingSpaces
        if let first = trimmed.first, "{[%".contains(first) {
            throw .logs(.logsInvalidParameter,
                        "Filter pattern \(text) is not simulated here: only terms, \"quoted phrases\", ?alternatives and -exclusions are "
                        + "supported (JSON { … }, space-delimited [ … ] and %regex% patterns are not).")
        }
        var characters = Array(trimmed)[...]
        while let first = characters.first {
            if first == " " { characters.removeFirst(); continue }
            var marker: Character?
            if first == "?" || first == "-" {
                marker = first
                characters.removeFirst()
            }
            var term = ""
            if characters.first == "\"" {
                characters.removeFirst()
                guard let close = characters.firstIndex(of: "\"") else {
                    throw .logs(.logsInvalidParameter, "Invalid filter pattern \(text): a quoted phrase has no closing quote.")
                }
                term = String(characters[..<close])
                characters = characters[(close + 1)...]
            } else {
                while let next = characters.first, next != " " {
                    term.append(next)
                    characters.removeFirst()
                }
            }
            guard !term.isEmpty else { continue }
            switch marker {
            case "?": alternatives.append(term)
            case "-": excluded.append(term)
            default: required.append(term)
            }
        }
    }

    /// Whether `message` satisfies the pattern.
    public func matches(_ message: String) -> Bool {
        required.allSatisfy { message.contains($0) }
            && (alternatives.isEmpty || alternatives.contains { message.contains($0) })
            && !excluded.contains { message.contains($0) }
    }
}

extension String {
    var trimmingSpaces: String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
