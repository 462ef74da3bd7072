import MiniPython

/// Why a text is not JSON, in Python's words: `Expecting value: line 1 column 1 (char 0)`.
///
/// Positions count Unicode code points, as Python's `json.JSONDecodeError` does.
public struct JSONParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bare reason: `Expecting value`, `Extra data`, `Expecting ',' delimiter`, ...
    public var reason: String
    /// Code point offset of the problem in the text.
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(reason: String, offset: Int, line: Int, column: Int) {
        self.reason = reason
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// The text Python's `str(error)` gives: `Expecting value: line 1 column 1 (char 0)`.
    public var message: String {
        line == 0 ? reason : "\(reason): line \(line) column \(column) (char \(offset))"
    }

    public var description: String { message }
}

extension JSONValue {
    /// Parses `text` as Python's `json.loads` does (the AWS CLI's parser): `NaN` and `Infinity`
    /// are accepted, a repeated key keeps its first position and its last value, integers stay exact.
    ///
    /// ```swift
    /// try JSONValue(parsing: #"{"a": [1, 2.5, null]}"#)   // ["a": [1, 2.5, nil]]
    /// try JSONValue(parsing: "{bad")                      // throws "Expecting property name enclosed
    ///                                                     //  in double quotes: line 1 column 2 (char 1)"
    /// ```
    public init(parsing text: String) throws(JSONParseError) {
        var builder = JSONValueBuilder()
        do {
            self = try PyJSONDecoder.decode(text, builder: &builder)
        } catch let error as PyJSONDecodeError {
            throw JSONParseError(reason: error.msg, offset: error.pos, line: error.lineno, column: error.colno)
        } catch let error as PyTextError {
            // Python raises these as ValueError/RecursionError, with no position.
            throw JSONParseError(reason: error.message, offset: 0, line: 0, column: 0)
        } catch {
            throw JSONParseError(reason: "\(error)", offset: 0, line: 0, column: 0)
        }
    }
}

/// Builds ``JSONValue``s while MiniPython's `json.loads` scanner reads the text.
struct JSONValueBuilder: PyJSONBuilder {
    func makeNull() -> JSONValue { .null }
    func makeBool(_ value: Bool) -> JSONValue { .bool(value) }
    func makeInt(_ value: Int) -> JSONValue { .number(.integer(value)) }
    /// Generic so that this module needs no direct dependency on the big-integer package.
    func makeBigInt<Integer: BinaryInteger>(_ value: Integer) -> JSONValue {
        if let small = Int(exactly: value) { return .number(.integer(small)) }
        return .number(.bigInteger(String(value)))
    }
    func makeFloat(_ value: Double) -> JSONValue { .number(.float(value)) }
    func makeString(_ value: String) -> JSONValue { .string(value) }
    func makeArray(_ items: [JSONValue]) -> JSONValue { .array(items) }
    func makeObject(_ pairs: [(key: String, value: JSONValue)]) -> JSONValue { .object(JSONObject(pairs)) }
}
