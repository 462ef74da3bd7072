/// A JSON value stores as its compact JSON text, so that key order, integer versus float and big
/// integers survive a round trip through any encoder (a world snapshot, for one).
///
/// ```swift
/// let value: JSONValue = ["b": 1, "a": [1.0, "x"]]
/// // encodes as the string "{\"b\": 1, \"a\": [1.0, \"x\"]}"
/// ```
extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try JSONValue(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Invalid JSON: \(error.message)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rendered(indent: nil))
    }
}

extension JSONValue: CustomStringConvertible {
    /// The compact JSON text (`{"a": [1, 2]}`).
    public var description: String { rendered(indent: nil) }
}
