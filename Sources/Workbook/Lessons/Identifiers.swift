/// What lesson, step and exercise identifiers share: a validated `rawValue` (see ``isValidIdentifier(_:)``),
/// ordering and description by that text, and Codable as a single string that is checked again on decoding.
public protocol LessonIdentifier: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    var rawValue: String { get }
    /// `nil` when `rawValue` is not a valid identifier.
    init?(_ rawValue: String)
    /// The kind named in decoding errors ("lesson", "step", "exercise").
    static var kindName: String { get }
}

extension LessonIdentifier {
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = Self(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "invalid \(Self.kindName) id \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Identifiers used as dictionary keys in the progress file.
extension LessonIdentifier where Self: CodingKeyRepresentable {
    public var codingKey: any CodingKey { IdentifierKey(stringValue: rawValue) }
    public init?<T: CodingKey>(codingKey: T) { self.init(codingKey.stringValue) }
}

/// The identifier of a lesson, as written in its front matter (`id: 01-handler-structure`).
///
/// Identifiers are lower-case ASCII letters, digits and dashes, starting with a letter or a digit,
/// so they are safe in file names, JUnit class names and progress keys.
public struct LessonID: LessonIdentifier, CodingKeyRepresentable {
    public static let kindName = "lesson"
    public let rawValue: String

    public init?(_ rawValue: String) {
        guard isValidIdentifier(rawValue) else { return nil }
        self.rawValue = rawValue
    }
}

/// The identifier of an exercise, unique within its lesson (`### Exercise: Greet {#greet}`).
public struct ExerciseID: LessonIdentifier, CodingKeyRepresentable {
    public static let kindName = "exercise"
    public let rawValue: String

    public init?(_ rawValue: String) {
        guard isValidIdentifier(rawValue) else { return nil }
        self.rawValue = rawValue
    }
}

/// The identifier of a step, unique within its lesson: written `## Title {#id}`, or derived from the title.
public struct StepID: LessonIdentifier {
    public static let kindName = "step"
    public let rawValue: String

    public init?(_ rawValue: String) {
        guard isValidIdentifier(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// The identifier derived from a heading: lower-cased, runs of other characters become one dash.
    /// `"Cold starts & /tmp"` gives `cold-starts-tmp`; a title with no letters or digits gives `step`.
    public init(slugOf title: String) {
        var slug = ""
        for scalar in title.lowercased().unicodeScalars {
            if isIdentifierScalar(scalar), scalar != "-" {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        if slug.utf8.count > 64 { slug = String(slug.prefix(64)) }
        while slug.hasSuffix("-") { slug.removeLast() }
        self.rawValue = slug.isEmpty ? "step" : slug
    }
}

/// Whether `text` is a valid lesson, step or exercise identifier: 1–64 characters of `a-z`, `0-9`
/// and `-`, not starting or ending with a dash.
public func isValidIdentifier(_ text: String) -> Bool {
    guard (1...64).contains(text.utf8.count), !text.hasPrefix("-"), !text.hasSuffix("-") else { return false }
    return text.unicodeScalars.allSatisfy(isIdentifierScalar)
}

/// Whether `scalar` may appear in an identifier: `a-z`, `0-9` or `-`.
func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
}

struct IdentifierKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
