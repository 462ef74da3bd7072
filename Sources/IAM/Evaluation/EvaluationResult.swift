// What an evaluation returns: the decision with its reason, the full trace, and simulate-policy style extras.

/// A policy's name, as IAM shows it (`AWSLambdaBasicExecutionRole`, `inline:LogsPolicy`, `function policy`).
public struct PolicyName: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.init(value) }
    public var description: String { rawValue }
}

/// A parsed policy together with the name it is known by.
public struct AttachedPolicy: Sendable, Hashable {
    public let name: PolicyName
    public let document: PolicyDocument

    public init(name: PolicyName, document: PolicyDocument) {
        self.name = name
        self.document = document
    }

    public var kind: PolicyKind { document.kind }
}

/// Points at one statement of one policy.
public struct StatementReference: Sendable, Hashable, CustomStringConvertible {
    public let policyName: PolicyName
    public let policyKind: PolicyKind
    public let sid: String?
    /// From 0.
    public let index: Int
    /// Where the statement starts in its policy's text (`simulate-custom-policy` reports it as `StartPosition`).
    public let position: SourcePosition
    /// Where the statement ends (`EndPosition`).
    public let endPosition: SourcePosition

    /// `statement "AllowLogs" of policy AWSLambdaBasicExecutionRole` / `statement #1 of policy ...`.
    public var description: String {
        let label = sid.flatMap { $0.isEmpty ? nil : "statement \"\($0)\"" } ?? "statement #\(index + 1)"
        return "\(label) of \(policyKind == .identity ? "policy" : "\(policyKind.accessDeniedPhrase) policy") \(policyName)"
    }
}

/// The outcome, and the reason for it.
public enum Decision: Sendable, Hashable {
    /// At least one Allow statement applies and no Deny does. An empty list means the account's root user.
    case allowed(by: [StatementReference])
    /// At least one Deny statement applies; a Deny beats any Allow.
    case explicitlyDenied(by: [StatementReference])
    /// Nothing allows the request (the default). The reason says what came closest.
    case implicitlyDenied(ImplicitDenial)

    public var isAllowed: Bool {
        if case .allowed = self { return true }
        return false
    }

    /// `allowed`, `explicitDeny` or `implicitDeny`, as `simulate-custom-policy` prints `EvalDecision`.
    public var evalDecision: String {
        switch self {
        case .allowed: "allowed"
        case .explicitlyDenied: "explicitDeny"
        case .implicitlyDenied: "implicitDeny"
        }
    }
}

/// What was missing for an Allow.
public struct ImplicitDenial: Sendable, Hashable {
    /// Allow statements whose action matched but whose resource, principal or condition did not.
    public let nearMisses: [StatementMiss]
    /// Resource-policy Allow statements that name the caller's account rather than the caller: in the same
    /// account they hand the decision to identity policies, which did not allow.
    public let delegatedToAccount: [StatementReference]
    /// How many policies were considered.
    public let policyCount: Int
    /// A role trust policy was considered and did not allow (it must, whatever identity policies say).
    public let trustPolicyDidNotAllow: Bool
}

/// An Allow statement that almost applied, and the check that failed.
public struct StatementMiss: Sendable, Hashable {
    public let statement: StatementReference
    public let failed: ElementCheck
}

/// The full result of evaluating a request against a set of policies.
public struct PolicyEvaluation: Sendable, Hashable {
    public let request: AuthorizationRequest
    public let decision: Decision
    /// Every policy and statement considered, with every check made.
    public let trace: [PolicyTrace]
    /// Statements that applied (Allow and Deny), in policy order.
    public let matchedStatements: [StatementReference]
    /// Condition keys mentioned by statements whose action and resource matched, but absent from the request.
    public let missingContextValues: [ConditionKey]

    /// The context the policies see: the given keys plus global keys such as `aws:PrincipalArn`.
    public var context: RequestContext { request.effectiveContext }
}

/// One policy's part in an evaluation.
public struct PolicyTrace: Sendable, Hashable {
    public let name: PolicyName
    public let kind: PolicyKind
    public let statements: [StatementTrace]
}

/// One statement's part in an evaluation: the checks in order (Action, Resource, Principal, Condition…),
/// stopping at the first that failed.
public struct StatementTrace: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// Every element matched: the statement's effect applies.
        case applies
        /// An element did not match: the statement is ignored for this request.
        case doesNotApply
        /// A resource-policy Allow that matched only through the caller's account (see ``ImplicitDenial``).
        case delegatesToAccount
    }

    public let reference: StatementReference
    public let effect: Effect
    public let checks: [ElementCheck]
    public let outcome: Outcome

    /// The check that failed, if any.
    public var failedCheck: ElementCheck? { checks.first { !$0.passed } }
}

/// One element of a statement checked against the request.
public struct ElementCheck: Sendable, Hashable {
    public enum Element: String, Sendable, Hashable {
        case action = "Action", notAction = "NotAction"
        case resource = "Resource", notResource = "NotResource"
        case principal = "Principal", notPrincipal = "NotPrincipal"
        case condition = "Condition"
    }

    public let element: Element
    public let passed: Bool
    /// The policy entries the element lists (action patterns, resource patterns, principals).
    public let listed: [String]
    /// The listed entry that matched the request, if one did.
    public let matched: String?
    /// For conditions: the operator, key, values and outcome.
    public let condition: ConditionCheck?
    /// A sentence for special cases (policy variables, account principals).
    public let note: String?

    init(element: Element, passed: Bool, listed: [String], matched: String? = nil, condition: ConditionCheck? = nil, note: String? = nil) {
        self.element = element
        self.passed = passed
        self.listed = listed
        self.matched = matched
        self.condition = condition
        self.note = note
    }
}

/// One condition test: `StringEquals` on `aws:SourceAccount` with policy and request values.
public struct ConditionCheck: Sendable, Hashable {
    public let `operator`: ConditionOperator
    public let key: ConditionKey
    /// The policy's values after policy-variable substitution.
    public let policyValues: [String]
    /// The request's values; `nil` when the request does not have the key.
    public let requestValues: [String]?
    public let holds: Bool
    /// Why a missing key gave this result (`IfExists`, `ForAllValues`, negated operator, `Null`).
    public let missingKeyRule: String?
}
