import LambdaSim

/// A parsed request: the API parameters keyed by member name, and the CLI-only arguments.
///
/// Blobs are carried as base64 text (the CLI's `--cli-binary-format` already applied); read them
/// with ``blob(_:)``.
public struct AWSRequest: Hashable, Sendable {
    /// The parameters sent to the service: `{"FunctionName": "hello", "Timeout": 3}`.
    public var input: JSONObject
    /// CLI-only arguments such as `invoke`'s `outfile`, by their declared name.
    public var local: JSONObject

    public init(input: JSONObject = [:], local: JSONObject = [:]) {
        self.input = input
        self.local = local
    }

    public subscript(member: String) -> JSONValue? { input[member] }

    public func string(_ member: String) -> String? { input[member]?.stringValue }
    public func int(_ member: String) -> Int? { input[member]?.intValue }
    public func bool(_ member: String) -> Bool? { input[member]?.boolValue }
    public func double(_ member: String) -> Double? { input[member]?.doubleValue }
    public func strings(_ member: String) -> [String]? { input[member]?.arrayValue?.compactMap(\.stringValue) }

    /// The bytes of a blob member (`ZipFile`, `Payload`).
    public func blob(_ member: String) -> [UInt8]? { input[member]?.stringValue.flatMap(Base64.decode) }

    /// A CLI-only argument's text (`outfile`).
    public func localString(_ name: String) -> String? { local[name]?.stringValue }
}
