/// How a piece of text is meant to look. The renderer maps styles to ANSI codes, or to nothing.
public enum TextStyle: Sendable, Equatable {
    case plain, heading, emphasis, code, dim, error, warning, success, hint
}

/// Text made of styled runs, rendered with or without colour by ``Console``.
public struct StyledText: Sendable, Equatable, ExpressibleByStringLiteral {
    public struct Run: Sendable, Equatable {
        public var text: String
        public var style: TextStyle
    }

    public private(set) var runs: [Run] = []

    public init() {}
    public init(_ text: String, style: TextStyle = .plain) { runs = [Run(text: text, style: style)] }
    public init(stringLiteral value: String) { self.init(value) }

    public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        var result = lhs
        result.runs += rhs.runs
        return result
    }

    public static func + (lhs: StyledText, rhs: String) -> StyledText { lhs + StyledText(rhs) }
    public static func + (lhs: String, rhs: StyledText) -> StyledText { StyledText(lhs) + rhs }

    public static func styled(_ text: String, _ style: TextStyle) -> StyledText { StyledText(text, style: style) }

    /// The text without any styling.
    public var plainText: String { runs.map(\.text).joined() }

    /// The text with ANSI SGR codes around styled runs.
    public var ansiText: String {
        runs.map { run in
            guard let code = Self.sgr[run.style] else { return run.text }
            return "\u{1B}[\(code)m\(run.text)\u{1B}[0m"
        }.joined()
    }

    private static let sgr: [TextStyle: String] = [
        .heading: "1", .emphasis: "1", .code: "36", .dim: "2", .error: "1;31",
        .warning: "33", .success: "32", .hint: "33",
    ]
}
