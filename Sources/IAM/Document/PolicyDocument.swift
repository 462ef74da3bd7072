// The typed form of an IAM policy document, as parsed and validated from JSON text.

/// Which rules a document must follow, and where it is attached.
public enum PolicyKind: String, Sendable, Hashable, CaseIterable {
    /// Attached to a user, group or role (managed or inline). Must not name a `Principal`.
    case identity
    /// Attached to a resource (a function's policy, a bucket policy). Must name a `Principal`.
    case resource
    /// A role's trust policy (who may assume it). Must name a `Principal`, and no `Resource`.
    case trust

    /// The phrase AWS uses in AccessDenied messages ("identity-based", "resource-based", "role trust").
    public var accessDeniedPhrase: String {
        switch self {
        case .identity: "identity-based"
        case .resource: "resource-based"
        case .trust: "role trust"
        }
    }
}

/// The `Version` element. `2012-10-17` enables policy variables; `2008-10-17` treats `${…}` literally.
public enum PolicyLanguageVersion: String, Sendable, Hashable {
    case v2012_10_17 = "2012-10-17"
    case v2008_10_17 = "2008-10-17"
}

/// A policy document: parse one with ``PolicyDocument/parse(_:kind:)``.
public struct PolicyDocument: Sendable, Hashable {
    public let kind: PolicyKind
    /// `nil` when the document has no `Version` (IAM then applies 2008-10-17 rules).
    public let version: PolicyLanguageVersion?
    public let id: String?
    public let statements: [Statement]
    /// The JSON text the document was parsed from, unchanged.
    public let text: String

    package init(kind: PolicyKind, version: PolicyLanguageVersion?, id: String?, statements: [Statement], text: String) {
        self.kind = kind
        self.version = version
        self.id = id
        self.statements = statements
        self.text = text
    }

    /// Whether `${…}` placeholders are substituted (only with `Version` 2012-10-17).
    public var usesPolicyVariables: Bool { version == .v2012_10_17 }

    /// Every condition key the document mentions, once each, in order of appearance.
    public var conditionKeys: [String] {
        var seen = Set<String>()
        var keys: [String] = []
        for statement in statements {
            for condition in statement.conditions where seen.insert(condition.key.lowercased).inserted {
                keys.append(condition.key.name)
            }
        }
        return keys
    }
}

/// `Allow` or `Deny`.
public enum Effect: String, Sendable, Hashable {
    case allow = "Allow"
    case deny = "Deny"
}

/// One statement of a policy document.
public struct Statement: Sendable, Hashable {
    /// Position in the document's statement list, from 0.
    public let index: Int
    public let sid: String?
    public let effect: Effect
    /// `Principal` or `NotPrincipal`; `nil` in identity policies.
    public let principal: PrincipalClause?
    /// `Action` or `NotAction`.
    public let action: ActionClause
    /// `Resource` or `NotResource`; `nil` in trust policies (which act on the role itself).
    public let resource: ResourceClause?
    /// Every operator/key pair of the `Condition` block, in document order. All must hold.
    public let conditions: [Condition]
    /// Where the statement's `{` is.
    public let position: SourcePosition
    /// Where the statement's closing `}` is.
    public let endPosition: SourcePosition

    /// "statement \"AllowLogs\"" or "statement #2" (counting from 1, as people do).
    public var label: String {
        if let sid, !sid.isEmpty { return "statement \"\(sid)\"" }
        return "statement #\(index + 1)"
    }
}

/// `Action` (matches the listed actions) or `NotAction` (matches every action except them).
public struct ActionClause: Sendable, Hashable {
    public let isNegated: Bool
    public let patterns: [ActionPattern]
    /// The patterns as written (shared with traces without copying).
    package let texts: [String]

    package init(isNegated: Bool, patterns: [ActionPattern]) {
        self.isNegated = isNegated
        self.patterns = patterns
        texts = patterns.map(\.text)
    }

    public var elementName: String { isNegated ? "NotAction" : "Action" }
}

/// An action like `s3:GetObject` or `s3:Get*`, compared without regard to case.
public struct ActionPattern: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let position: SourcePosition
    package let compiled: WildcardPattern

    package init(_ text: String, at position: SourcePosition) {
        self.text = text
        self.position = position
        compiled = WildcardPattern(text, caseSensitive: false)
    }

    public var description: String { text }
}

/// `Resource` or `NotResource`.
public struct ResourceClause: Sendable, Hashable {
    public let isNegated: Bool
    public let patterns: [ResourcePattern]
    /// The patterns as written (shared with traces without copying).
    package let texts: [String]

    package init(isNegated: Bool, patterns: [ResourcePattern]) {
        self.isNegated = isNegated
        self.patterns = patterns
        texts = patterns.map(\.text)
    }

    public var elementName: String { isNegated ? "NotResource" : "Resource" }
}

/// A resource ARN pattern like `arn:aws:s3:::bucket/*`, compared case-sensitively, part by part.
public struct ResourcePattern: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    public let position: SourcePosition
    /// `nil` when the text has policy variables and must be compiled per request.
    package let compiled: ARNPattern?

    package init(_ text: String, at position: SourcePosition, substitutesVariables: Bool) {
        self.text = text
        self.position = position
        compiled = substitutesVariables && PolicyVariables.mentionsVariable(text) ? nil : ARNPattern(text)
    }

    public var description: String { text }
}

/// `Principal` or `NotPrincipal`.
public struct PrincipalClause: Sendable, Hashable {
    public let isNegated: Bool
    /// `"Principal": "*"` (everyone, including anonymous callers).
    public let isEveryone: Bool
    public let entries: [PrincipalEntry]
    /// `["*"]` or each entry's description (shared with traces without copying).
    package let texts: [String]

    package init(isNegated: Bool, isEveryone: Bool, entries: [PrincipalEntry]) {
        self.isNegated = isNegated
        self.isEveryone = isEveryone
        self.entries = entries
        texts = isEveryone ? ["*"] : entries.map(\.description)
    }

    public var elementName: String { isNegated ? "NotPrincipal" : "Principal" }
}

/// One principal named in a policy, such as `"Service": "lambda.amazonaws.com"`.
public struct PrincipalEntry: Sendable, Hashable, CustomStringConvertible {
    public enum EntryType: String, Sendable, Hashable {
        case aws = "AWS"
        case service = "Service"
        case federated = "Federated"
        case canonicalUser = "CanonicalUser"
    }

    public let type: EntryType
    public let value: String
    public let position: SourcePosition

    public var description: String { "\"\(type.rawValue)\": \"\(value)\"" }
}

/// One operator/key test of a `Condition` block, such as `StringEquals` on `aws:SourceAccount`.
public struct Condition: Sendable, Hashable {
    public let `operator`: ConditionOperator
    public let key: ConditionKey
    /// The values as written (numbers and booleans as their JSON text). Any may match (OR).
    public let values: [String]
    public let position: SourcePosition
}

/// A condition key name. Names compare without regard to case (`aws:SourceArn` == `AWS:SourceArn`).
public struct ConditionKey: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let name: String
    package let lowercased: String

    public init(_ name: String) {
        self.name = name
        lowercased = name.lowercased()
    }

    public init(stringLiteral value: String) { self.init(value) }

    public static func == (lhs: ConditionKey, rhs: ConditionKey) -> Bool { lhs.lowercased == rhs.lowercased }
    public func hash(into hasher: inout Hasher) { hasher.combine(lowercased) }
    public var description: String { name }
}
