/// The type of an operation's parameter or of a member inside it, as botocore's models describe it,
/// with the constraints the workbook models (`min`, `max`, `pattern`, enum choices).
///
/// ```swift
/// Shape.string(min: 1, max: 140)
/// Shape.enumeration(["x86_64", "arm64"])
/// Shape.list(of: .enumeration(["x86_64", "arm64"]), min: 1, max: 1)
/// Shape.structure([Member("Variables", .map(key: .string, value: .string))])
/// ```
public struct Shape: Hashable, Sendable {
    public indirect enum Kind: Hashable, Sendable {
        case string, integer, long, boolean, double, blob, timestamp
        case list(Shape)
        case map(key: Shape, value: Shape)
        case structure([Member])
        /// Any JSON value, unchecked: where a model's shape refers to itself (DynamoDB's
        /// `AttributeValue`), the inner reference is declared this way. Read as JSON, else as text.
        case any
    }

    public var kind: Kind
    /// Minimum length (strings, lists, maps, blobs) or value (numbers). botocore checks it before sending.
    public var min: Double?
    /// Maximum length or value. The service checks it (a `ValidationException`).
    public var max: Double?
    /// A regular expression the whole string must match. The service checks it.
    public var pattern: String?
    /// The allowed values of an enum string, in the model's order. The service checks them.
    public var choices: [String]

    public init(_ kind: Kind, min: Double? = nil, max: Double? = nil, pattern: String? = nil, choices: [String] = []) {
        self.kind = kind
        self.min = min
        self.max = max
        self.pattern = pattern
        self.choices = choices
    }

    public static let string = Shape(.string)
    public static let integer = Shape(.integer)
    public static let long = Shape(.long)
    public static let boolean = Shape(.boolean)
    public static let double = Shape(.double)
    public static let blob = Shape(.blob)
    public static let timestamp = Shape(.timestamp)
    public static let any = Shape(.any)

    public static func string(min: Int? = nil, max: Int? = nil, pattern: String? = nil) -> Shape {
        Shape(.string, min: min.map(Double.init), max: max.map(Double.init), pattern: pattern)
    }
    public static func enumeration(_ choices: [String]) -> Shape { Shape(.string, choices: choices) }
    public static func integer(min: Int? = nil, max: Int? = nil) -> Shape {
        Shape(.integer, min: min.map(Double.init), max: max.map(Double.init))
    }
    public static func long(min: Int? = nil, max: Int? = nil) -> Shape {
        Shape(.long, min: min.map(Double.init), max: max.map(Double.init))
    }
    public static func double(min: Double? = nil, max: Double? = nil) -> Shape { Shape(.double, min: min, max: max) }
    public static func blob(min: Int? = nil, max: Int? = nil) -> Shape {
        Shape(.blob, min: min.map(Double.init), max: max.map(Double.init))
    }
    public static func list(of member: Shape, min: Int? = nil, max: Int? = nil) -> Shape {
        Shape(.list(member), min: min.map(Double.init), max: max.map(Double.init))
    }
    public static func map(key: Shape = .string, value: Shape) -> Shape { Shape(.map(key: key, value: value)) }
    public static func structure(_ members: [Member]) -> Shape { Shape(.structure(members)) }

    /// botocore's type name: `string`, `integer`, `list`, `structure`, ... (help shows it in brackets).
    public var typeName: String {
        switch kind {
        case .string: return "string"
        case .integer: return "integer"
        case .long: return "long"
        case .boolean: return "boolean"
        case .double: return "double"
        case .blob: return "blob"
        case .timestamp: return "timestamp"
        case .any: return "document"
        case .list: return "list"
        case .map: return "map"
        case .structure: return "structure"
        }
    }

    /// Whether the CLI reads the value with shorthand syntax: structures, maps and lists of those.
    var acceptsShorthand: Bool {
        switch kind {
        case .structure, .map: return true
        case .list(let member): return member.isComplex
        default: return false
        }
    }

    var isComplex: Bool {
        switch kind {
        case .structure, .map, .list: return true
        default: return false
        }
    }

    var isScalar: Bool { !isComplex }
}

/// A named member of a structure shape.
public struct Member: Hashable, Sendable {
    /// The API name: `Variables`, `TargetArn`.
    public var name: String
    public var shape: Shape
    public var isRequired: Bool
    public var help: String

    public init(_ name: String, _ shape: Shape, required: Bool = false, help: String = "") {
        self.name = name
        self.shape = shape
        self.isRequired = required
        self.help = help
    }
}
