// The request being authorized, and the condition keys that describe it.

/// Condition keys and their values for one request (`aws:SourceArn`, `aws:SecureTransport`, …).
/// Key names compare without regard to case. A key may hold several values (a multi-valued key).
public struct RequestContext: Sendable, Hashable, ExpressibleByDictionaryLiteral {
    /// One key with its values, as given.
    public struct Entry: Sendable, Hashable {
        public let key: ConditionKey
        public let values: [String]
    }

    private var entries: [String: Entry] = [:]

    public init() {}

    /// `["aws:SourceAccount": "123456789012"]`
    public init(dictionaryLiteral elements: (String, String)...) {
        for (key, value) in elements { set(ConditionKey(key), to: [value]) }
    }

    /// Sets a single-valued key.
    public mutating func set(_ key: ConditionKey, to value: String) { set(key, to: [value]) }

    /// Sets a multi-valued key (an empty list is an empty set, not a missing key).
    public mutating func set(_ key: ConditionKey, to values: [String]) {
        entries[key.lowercased] = Entry(key: key, values: values)
    }

    /// The values of `key`, or `nil` when the request does not have it.
    public func values(for key: ConditionKey) -> [String]? { entries[key.lowercased]?.values }

    /// Every key, sorted by name.
    public var allEntries: [Entry] { entries.values.sorted { $0.key.lowercased < $1.key.lowercased } }

    public var isEmpty: Bool { entries.isEmpty }

    /// Adds `key` only when the request does not already have it.
    mutating func setIfAbsent(_ key: String, _ value: String) {
        let key = ConditionKey(key)
        if entries[key.lowercased] == nil { set(key, to: [value]) }
    }
}

/// A request to authorize: who wants to do what to which resource, under which circumstances.
public struct AuthorizationRequest: Sendable, Hashable {
    public var principal: Principal
    /// `service:Operation`, e.g. `dynamodb:PutItem`.
    public var action: String
    /// The resource's ARN, or `*` for actions that have no resource.
    public var resource: String
    public var context: RequestContext

    public init(principal: Principal, action: String, resource: String, context: RequestContext = RequestContext()) {
        self.principal = principal
        self.action = action
        self.resource = resource
        self.context = context
    }

    /// The context the policies see: the given keys plus the global keys AWS derives from the principal.
    public var effectiveContext: RequestContext {
        var context = self.context
        for (key, value) in principal.globalContext { context.setIfAbsent(key, value) }
        return context
    }
}

/// The context as the evaluator reads it: the given keys first, then global keys derived from the principal
/// on demand (building them for every request would cost more than most evaluations).
struct EvaluationContext {
    let given: RequestContext
    let principal: Principal

    func values(for key: ConditionKey) -> [String]? {
        if let values = given.values(for: key) { return values }
        return principal.globalValue(forLowercasedKey: key.lowercased).map { [$0] }
    }
}
