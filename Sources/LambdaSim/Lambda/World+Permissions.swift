import IAM

// `aws lambda add-permission`, `get-policy`, `remove-permission`: who else may call the function.

extension World {
    /// Resource policies are limited to 20 KB.
    public static let functionPolicyLimit = 20_480

    /// `aws lambda add-permission`. The statement's `Resource` is the function ARN, qualified when `Qualifier` is given;
    /// AWS's qualified/unqualified matching then applies (a permission on `PROD` does not cover the function).
    @discardableResult
    public mutating func addPermission(_ request: AddPermissionRequest) throws(ServiceError) -> AddPermissionResult {
        let reference = try functionReference(request.functionName, qualifier: request.qualifier, usage: .modify, operation: "AddPermission")
        var function = try existingFunction(reference)
        let key = try policyKey(reference, of: function)
        try checkStatementID(request.statementID)
        let action = request.action
        let validAction = action == "*" || (action.hasPrefix("lambda:") && action.count > 7
            && (action.dropFirst(7) == "*" || action.dropFirst(7).allSatisfy { $0.isASCII && $0.isLetter }))
        if !validAction {
            throw .lambdaValidation(value: action, field: "action", constraint: "Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])")
        }
        try checkPolicyRevision(request.revisionID, key: key, of: function)
        var policy = function.policies[key] ?? FunctionPolicy(statements: [])
        if policy.statements.contains(where: { $0.sid == request.statementID }) {
            throw .lambda(.resourceConflict, "The statement id (\(request.statementID)) provided already exists. "
                          + "Please provide a new statement id, or remove the existing statement.")
        }
        let json = try statementJSON(request, resource: functionARN(function.name, qualifier: key.isEmpty ? nil : key))
        policy.statements.append(FunctionPolicy.PolicyStatement(sid: request.statementID, json: json))
        let size = policy.text.utf8.count
        if size > World.functionPolicyLimit {
            throw ServiceError(service: .lambda, code: .init("PolicyLengthExceededException", httpStatus: 400),
                               message: "The final policy size (\(size)) is bigger than the limit (\(World.functionPolicyLimit)).", type: "User")
        }
        function.policies[key] = policy
        bumpRevision(key: key, of: &function)
        lambda.functions[function.name] = function
        return AddPermissionResult(statement: json)
    }

    /// `aws lambda get-policy`.
    public func getPolicy(functionName: String, qualifier: String? = nil) throws(ServiceError) -> GetPolicyResult {
        let reference = try functionReference(functionName, qualifier: qualifier, usage: .read, operation: "GetPolicy")
        let function = try existingFunction(reference)
        let key = try policyKey(reference, of: function, forReading: true)
        guard let policy = function.policies[key], !policy.statements.isEmpty else {
            throw .lambda(.resourceNotFound, "The resource you requested does not exist.")
        }
        return GetPolicyResult(policy: policy.text, revisionID: revision(key: key, of: function))
    }

    /// `aws lambda remove-permission`.
    public mutating func removePermission(functionName: String, statementID: String, qualifier: String? = nil,
                                          revisionID: String? = nil) throws(ServiceError) {
        let reference = try functionReference(functionName, qualifier: qualifier, usage: .modify, operation: "RemovePermission")
        var function = try existingFunction(reference)
        let key = try policyKey(reference, of: function, forReading: true)
        guard var policy = function.policies[key], !policy.statements.isEmpty else {
            throw .lambda(.resourceNotFound, "No policy is associated with the given resource.")
        }
        try checkPolicyRevision(revisionID, key: key, of: function)
        guard let index = policy.statements.firstIndex(where: { $0.sid == statementID }) else {
            throw .lambda(.resourceNotFound, "Statement \(statementID) is not found in resource policy.")
        }
        policy.statements.remove(at: index)
        function.policies[key] = policy.statements.isEmpty ? nil : policy
        bumpRevision(key: key, of: &function)
        lambda.functions[function.name] = function
    }

    /// The resource policy that governs a request to `functionName` (with its qualifier), for ``authorize(principal:action:resource:context:resourcePolicy:)``.
    public func functionPolicy(functionName: String, qualifier: String? = nil) -> AttachedPolicy? {
        guard let function = lambda.functions[functionName] else { return nil }
        return function.policies[qualifier == "$LATEST" ? "" : (qualifier ?? "")]?.attached
    }

    // MARK: Helpers

    /// `""` for the function itself, else the version number or alias name. `$LATEST` cannot hold a policy of its own.
    private func policyKey(_ reference: FunctionReference, of function: LambdaFunction, forReading: Bool = false) throws(ServiceError) -> String {
        guard let qualifier = reference.qualifier else { return "" }
        if qualifier == "$LATEST" {
            if forReading { return "" }
            throw .lambda(.invalidParameterValue, "We currently do not support adding policies for $LATEST.")
        }
        let exists = Int(qualifier).map { function.version(.published($0)) != nil } ?? (function.aliases[qualifier] != nil)
        guard exists else {
            throw .lambda(.resourceNotFound, "Function not found: \(functionARN(function.name, qualifier: qualifier))")
        }
        return qualifier
    }

    private func checkStatementID(_ sid: String) throws(ServiceError) {
        if sid.count > 100 {
            throw .lambdaValidation(value: sid, field: "statementId", constraint: "Member must have length less than or equal to 100")
        }
        if sid.isEmpty || !sid.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" }) {
            throw .lambdaValidation(value: sid, field: "statementId", constraint: "Member must satisfy regular expression pattern: ([a-zA-Z0-9-_]+)")
        }
    }

    private func statementJSON(_ request: AddPermissionRequest, resource: String) throws(ServiceError) -> String {
        let quote = FunctionValidation.jsonString
        let principal: String
        if request.principal == "*" {
            principal = quote("*")
        } else if request.principal.hasSuffix(".amazonaws.com") {
            principal = "{\"Service\":\(quote(request.principal))}"
        } else if request.principal.count == 12, request.principal.allSatisfy(\.isASCIIDigit) {
            principal = "{\"AWS\":\(quote("arn:aws:iam::\(request.principal):root"))}"
        } else if request.principal.hasPrefix("arn:aws:iam::") || request.principal.hasPrefix("arn:aws:sts::") {
            principal = "{\"AWS\":\(quote(request.principal))}"
        } else {
            throw .lambda(.invalidParameterValue, "The provided principal was invalid. Please check the principal and try again.")
        }
        var stringEquals: [(String, String)] = []
        if let type = request.functionURLAuthType { stringEquals.append(("lambda:FunctionUrlAuthType", type)) }
        if let org = request.principalOrgID { stringEquals.append(("aws:PrincipalOrgID", org)) }
        if let account = request.sourceAccount { stringEquals.append(("AWS:SourceAccount", account)) }
        if let token = request.eventSourceToken { stringEquals.append(("lambda:EventSourceToken", token)) }
        var conditions: [String] = []
        if !stringEquals.isEmpty {
            conditions.append("\"StringEquals\":{" + stringEquals.map { "\(quote($0.0)):\(quote($0.1))" }.joined(separator: ",") + "}")
        }
        if let source = request.sourceARN { conditions.append("\"ArnLike\":{\"AWS:SourceArn\":\(quote(source))}") }
        var json = "{\"Sid\":\(quote(request.statementID)),\"Effect\":\"Allow\",\"Principal\":\(principal),"
            + "\"Action\":\(quote(request.action)),\"Resource\":\(quote(resource))"
        if !conditions.isEmpty { json += ",\"Condition\":{" + conditions.joined(separator: ",") + "}" }
        return json + "}"
    }

    private func revision(key: String, of function: LambdaFunction) -> String {
        if key.isEmpty { return function.latest.revisionID }
        if let number = Int(key), let version = function.version(.published(number)) { return version.revisionID }
        return function.aliases[key]?.revisionID ?? function.latest.revisionID
    }

    private func checkPolicyRevision(_ expected: String?, key: String, of function: LambdaFunction) throws(ServiceError) {
        guard let expected, expected != revision(key: key, of: function) else { return }
        throw .lambda(.preconditionFailed,
                      "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id")
    }

    /// A permission change is an update: the function's (or alias's) `RevisionId` changes.
    private mutating func bumpRevision(key: String, of function: inout LambdaFunction) {
        if key.isEmpty {
            function.latest.revisionID = random.uuid()
        } else if function.aliases[key] != nil {
            function.aliases[key]?.revisionID = random.uuid()
        }
    }
}
