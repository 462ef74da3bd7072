/// One word of a command line after quote removal, with where it came from.
public struct CommandWord: Equatable, Sendable {
    /// The word with quotes and escapes removed: what the command receives.
    public var text: String
    /// UTF-8 offsets of the word in the input, quotes included.
    public var sourceRange: Range<Int>
    /// Whether any part of the word was quoted (a quoted empty string is still a word).
    public var wasQuoted: Bool

    public init(text: String, sourceRange: Range<Int>, wasQuoted: Bool = false) {
        self.text = text
        self.sourceRange = sourceRange
        self.wasQuoted = wasQuoted
    }
}

/// Why an input needs more lines before it can run.
public enum IncompleteInput: Equatable, Sendable {
    /// A quote opened at this UTF-8 offset is not closed.
    case unterminatedQuote(Character, at: Int)
    /// The input ends with a line-continuation backslash.
    case trailingBackslash
    /// A bracket opened at this offset is not closed (JSON typed over several lines).
    case openBracket(Character, at: Int)

    /// A one-line explanation, used when the input ends before it is complete.
    public var explanation: String {
        switch self {
        case .unterminatedQuote(let quote, _): return "unterminated \(quote == "'" ? "single" : "double") quote"
        case .trailingBackslash: return "the input ends with a line-continuation backslash"
        case .openBracket(let bracket, _): return "'\(bracket)' is never closed"
        }
    }
}

/// Splits command lines into words the way a POSIX shell does, minus expansions.
///
/// - Whitespace separates words; `'...'` is literal; `"..."` honours `\"`, `\\`, `\$` and `` \` ``;
///   a backslash outside quotes escapes the next character; backslash-newline joins lines.
/// - Brackets outside quotes are only counted, so that JSON typed across lines keeps the input open;
///   a bracket in the middle of a word (`a[1]`, an escape sequence) does not open anything.
public enum CommandWords {
    public enum Scan: Equatable, Sendable {
        case complete([CommandWord])
        case incomplete(IncompleteInput)
    }

    public static func scan(_ input: String) -> Scan {
        let bytes = Array(input.utf8)
        var words: [CommandWord] = []
        var current: [UInt8] = []
        var wordStart: Int? = nil
        var quoted = false
        var brackets: [(UInt8, Int)] = []
        var index = 0

        func finishWord(at end: Int) {
            if let start = wordStart {
                words.append(CommandWord(text: String(decoding: current, as: UTF8.self), sourceRange: start..<end, wasQuoted: quoted))
            }
            current.removeAll(keepingCapacity: true)
            wordStart = nil
            quoted = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                finishWord(at: index)
                index += 1
            case UInt8(ascii: "'"):
                if wordStart == nil { wordStart = index }
                quoted = true
                guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "'")) else {
                    return .incomplete(.unterminatedQuote("'", at: index))
                }
                current.append(contentsOf: bytes[(index + 1)..<close])
                index = close + 1
            case UInt8(ascii: "\""):
                if wordStart == nil { wordStart = index }
                quoted = true
                let open = index
                index += 1
                var closed = false
                while index < bytes.count {
                    let inner = bytes[index]
                    if inner == UInt8(ascii: "\"") { closed = true; index += 1; break }
                    if inner == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        let next = bytes[index + 1]
                        switch next {
                        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "$"), UInt8(ascii: "`"):
                            current.append(next); index += 2; continue
                        case UInt8(ascii: "\n"):
                            index += 2; continue
                        default: break
                        }
                    }
                    current.append(inner)
                    index += 1
                }
                if !closed { return .incomplete(.unterminatedQuote("\"", at: open)) }
            case UInt8(ascii: "\\"):
                if index + 1 >= bytes.count { return .incomplete(.trailingBackslash) }
                if bytes[index + 1] == UInt8(ascii: "\n") { index += 2; continue }
                if wordStart == nil { wordStart = index }
                current.append(bytes[index + 1])
                index += 2
            default:
                let startsWord = wordStart == nil
                if startsWord { wordStart = index }
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "("):
                    // Only JSON-like brackets hold the input open: at the start of a word or nested in one.
                    if startsWord || !brackets.isEmpty { brackets.append((byte, index)) }
                case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ")"):
                    if let last = brackets.last, matches(open: last.0, close: byte) { brackets.removeLast() }
                default: break
                }
                current.append(byte)
                index += 1
            }
        }
        finishWord(at: bytes.count)
        if let open = brackets.first {
            return .incomplete(.openBracket(Character(UnicodeScalar(open.0)), at: open.1))
        }
        return .complete(words)
    }

    private static func matches(open: UInt8, close: UInt8) -> Bool {
        (open == UInt8(ascii: "{") && close == UInt8(ascii: "}"))
            || (open == UInt8(ascii: "[") && close == UInt8(ascii: "]"))
            || (open == UInt8(ascii: "(") && close == UInt8(ascii: ")"))
    }

    /// The word being typed at the end of `text` (for completion): its unquoted prefix, or empty
    /// after whitespace. Returns `nil` inside an unterminated quote of another kind of word.
    public static func trailingWord(of text: String) -> (words: [CommandWord], partial: String) {
        switch scan(text) {
        case .complete(let words):
            if let last = words.last, last.sourceRange.upperBound == text.utf8.count {
                return (Array(words.dropLast()), last.text)
            }
            return (words, "")
        case .incomplete:
            // Complete inside an open quote as if it were closed.
            for closer in ["'", "\""] {
                if case .complete(let words) = scan(text + closer), let last = words.last {
                    return (Array(words.dropLast()), last.text)
                }
            }
            return ([], "")
        }
    }
}

extension String {
    /// The text of the UTF-8 offset range `range` of this string.
    public func utf8Slice(_ range: Range<Int>) -> String {
        let bytes = Array(utf8)
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
