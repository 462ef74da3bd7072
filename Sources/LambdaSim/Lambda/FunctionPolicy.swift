import IAM

// A function's resource-based policy (AddPermission / GetPolicy / RemovePermission, facts §9.4).

/// The resource policy of a function, or of one of its versions or aliases.
public struct FunctionPolicy: Hashable, Sendable, Codable {
    /// Statements in the order they were added, each as the compact JSON Lambda returns.
    public var statements: [PolicyStatement]

    /// One statement, as `add-permission` builds it.
    public struct PolicyStatement: Hashable, Sendable, Codable {
        public var sid: String
        /// `{"Sid":…,"Effect":"Allow","Principal":…,"Action":…,"Resource":…,"Condition":…}`.
        public var json: String
    }

    /// The whole policy as `get-policy` returns it: `{"Version":"2012-10-17","Id":"default","Statement":[…]}`.
    public var text: String {
        #"{"Version":"2012-10-17","Id":"default","Statement":["# + statements.map(\.json).joined(separator: ",") + "]}"
    }

    /// The policy ready for ``World/authorize(principal:action:resource:context:resourcePolicy:)``.
    public var attached: AttachedPolicy? {
        guard !statements.isEmpty, let document = try? PolicyDocument.parse(text, kind: .resource) else { return nil }
        return AttachedPolicy(name: "function policy", document: document)
    }
}

/// `aws lambda add-permission` parameters.
public struct AddPermissionRequest: Sendable, Hashable {
    public var functionName: String
    public var statementID: String
    /// `lambda:InvokeFunction`, `lambda:*`, `lambda:GetFunction`, … or `*`.
    public var action: String
    /// A service (`s3.amazonaws.com`), an account id, an IAM ARN, or `*`.
    public var principal: String
    public var sourceARN: String?
    public var sourceAccount: String?
    public var principalOrgID: String?
    public var eventSourceToken: String?
    public var functionURLAuthType: String?
    public var qualifier: String?
    public var revisionID: String?

    public init(functionName: String, statementID: String, action: String, principal: String, sourceARN: String? = nil,
                sourceAccount: String? = nil, principalOrgID: String? = nil, eventSourceToken: String? = nil,
                functionURLAuthType: String? = nil, qualifier: String? = nil, revisionID: String? = nil) {
        self.functionName = functionName
        self.statementID = statementID
        self.action = action
        self.principal = principal
        self.sourceARN = sourceARN
        self.sourceAccount = sourceAccount
        self.principalOrgID = principalOrgID
        self.eventSourceToken = eventSourceToken
        self.functionURLAuthType = functionURLAuthType
        self.qualifier = qualifier
        self.revisionID = revisionID
    }
}

/// `get-policy`'s answer.
public struct GetPolicyResult: Hashable, Sendable, ResponseConvertible {
    /// The policy as a JSON string (the CLI prints it as a string, not as an object).
    public let policy: String
    public let revisionID: String

    public var response: ResponseValue {
        .object([ResponseMember("Policy", .string(policy)), ResponseMember("RevisionId", .string(revisionID))])
    }
}

/// `add-permission`'s answer: the statement added, as a JSON string.
public struct AddPermissionResult: Hashable, Sendable, ResponseConvertible {
    public let statement: String

    public var response: ResponseValue { .object([ResponseMember("Statement", .string(statement))]) }
}
