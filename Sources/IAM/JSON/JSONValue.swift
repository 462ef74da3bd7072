// A JSON value that remembers where each part was written, so a policy error can say "line 4, column 7".

/// A place in a policy document's text. Lines and columns count from 1; columns count characters.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "line \(line), column \(column)" }
}

/// A JSON value with its source position. Objects keep their keys in the order they were written,
/// duplicates included, because IAM's messages and our explanations follow the author's order.
package struct JSONValue: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case null
        case bool(Bool)
        /// The number exactly as written (IAM compares numbers as text in some places).
        case number(String)
        case string(String)
        case array([JSONValue])
        case object([JSONMember])
    }

    package var kind: Kind
    package var position: SourcePosition
    /// Where the value's last character is (the closing `}` or `]` of an object or list).
    package var endPosition: SourcePosition

    package init(_ kind: Kind, at position: SourcePosition, endingAt endPosition: SourcePosition? = nil) {
        self.kind = kind
        self.position = position
        self.endPosition = endPosition ?? position
    }

    /// A short noun for messages: "a string", "an object".
    package var typeDescription: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

/// One `"key": value` pair of an object.
package struct JSONMember: Sendable, Hashable {
    package var key: String
    package var keyPosition: SourcePosition
    package var value: JSONValue
}
