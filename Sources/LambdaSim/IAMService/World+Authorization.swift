import IAM

// Who is asking (`get-caller-identity`), `simulate-custom-policy`, `simulate-principal-policy`, and the
// `authorize` entry every simulated service calls before acting.

/// One authorization decision the world made, kept for `explain`.
public struct AuthorizationRecord: Sendable, Hashable {
    /// The decision with its reason and full trace (`evaluation.explanation` reads as a teacher's text).
    public let evaluation: PolicyEvaluation
    /// When it was made, on the simulated clock.
    public let instant: SimulatedInstant
    /// Why the service asked this question, when the request did not name it (S3 asks `s3:ListBucket` before
    /// telling a caller that a key does not exist). `explain` shows it above the trace.
    public var note: String?

    public init(evaluation: PolicyEvaluation, instant: SimulatedInstant, note: String? = nil) {
        self.evaluation = evaluation
        self.instant = instant
        self.note = note
    }
}

/// `aws sts get-caller-identity`'s answer.
public struct GetCallerIdentityResult: Sendable, Hashable, ResponseConvertible {
    public var userID: String
    public var account: String
    public var arn: String

    public var response: ResponseValue {
        .object([ResponseMember("UserId", .string(userID)), ResponseMember("Account", .string(account)),
                 ResponseMember("Arn", .string(arn))])
    }
}

extension World {
    // MARK: Who is asking

    /// The learner's current identity as an IAM principal.
    public var callerPrincipal: Principal {
        switch caller {
        case .user(let name):
            let arn = iam.user(named: name)?.arn ?? "arn:aws:iam::\(account):user/\(name)"
            return Principal(arn: arn) ?? .anonymous
        case .assumedRole(let roleName, let session):
            let roleARN = iam.role(named: roleName)?.arn ?? "arn:aws:iam::\(account):role/\(roleName)"
            let sessionARN = ARN(service: "sts", region: "", account: account.rawValue, resource: "assumed-role/\(roleName)/\(session)")
            return .assumedRole(session: sessionARN, role: ARN(roleARN))
        }
    }

    /// `aws sts get-caller-identity`.
    public func getCallerIdentity() -> GetCallerIdentityResult {
        switch caller {
        case .user(let name):
            let user = iam.user(named: name)
            return GetCallerIdentityResult(userID: user?.userID ?? name, account: account.rawValue,
                                  arn: user?.arn ?? "arn:aws:iam::\(account):user/\(name)")
        case .assumedRole(let roleName, let session):
            let roleID = iam.role(named: roleName)?.roleID ?? roleName
            return GetCallerIdentityResult(userID: "\(roleID):\(session)", account: account.rawValue,
                                  arn: "arn:aws:sts::\(account):assumed-role/\(roleName)/\(session)")
        }
    }

    /// Switches who the learner acts as (`as ROLE`): the role must exist. The session name defaults to `learner`.
    public mutating func assumeRole(named roleName: String, session: String = IAMState.defaultUserName) throws(ServiceError) {
        let role = try getRole(named: roleName)
        caller = .assumedRole(role: role.name, session: session)
    }

    /// Switches back to an IAM user (`as learner`).
    public mutating func actAsUser(named name: String) throws(ServiceError) {
        guard let user = iam.user(named: name) else {
            throw .iam(.noSuchEntity, "The user with name \(name) cannot be found.")
        }
        caller = .user(user.name)
    }

    // MARK: Identity policies

    /// The identity policies that apply to `principal`: a user's or a role's attached managed policies, then
    /// inline policies (named `inline:NAME`). Services, the root user and unknown principals have none.
    public func identityPolicies(of principal: Principal) -> [AttachedPolicy] {
        guard let arn = ARN(principal.arn) else { return [] }
        let parts = arn.resource.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let attached: [String]
        let inline: [InlinePolicy]
        if arn.service == "iam", parts.first == "user", let user = iam.user(named: parts.last ?? "") {
            (attached, inline) = (user.attachedPolicyARNs, user.inlinePolicies)
        } else if arn.service == "iam", parts.first == "role", let role = iam.role(named: parts.last ?? "") {
            (attached, inline) = (role.attachedPolicyARNs, role.inlinePolicies)
        } else if arn.service == "sts", parts.first == "assumed-role", parts.count >= 3, let role = iam.role(named: parts[1]) {
            (attached, inline) = (role.attachedPolicyARNs, role.inlinePolicies)
        } else {
            return []
        }
        let managed = attached.compactMap { arn in
            iam.managedDocument(arn: arn).map { AttachedPolicy(name: PolicyName($0.name), document: $0.document) }
        }
        return managed + inline.map { AttachedPolicy(name: PolicyName("inline:\($0.name)"), document: $0.document.document) }
    }

    // MARK: authorize

    /// Decides whether `principal` may perform `action` on `resource`: its identity policies plus, when given,
    /// the resource's policy (e.g. a function's policy for `lambda:InvokeFunction`). The decision and its trace
    /// become ``lastAuthorization`` for `explain`.
    ///
    ///     let evaluation = world.authorize(principal: world.callerPrincipal, action: "lambda:CreateFunction",
    ///                                      resource: functionARN)
    ///     evaluation.decision.isAllowed
    @discardableResult
    public mutating func authorize(principal: Principal, action: String, resource: String,
                                   context: RequestContext = RequestContext(),
                                   resourcePolicy: AttachedPolicy? = nil) -> PolicyEvaluation {
        var policies = identityPolicies(of: principal)
        if let resourcePolicy { policies.append(resourcePolicy) }
        let evaluation = PolicyEvaluator.evaluate(
            AuthorizationRequest(principal: principal, action: action, resource: resource, context: context), policies: policies)
        remember(evaluation)
        return evaluation
    }

    /// Makes `evaluation` the decision `explain` tells about: every authorization, and the policy simulator's
    /// answers (`simulate-custom-policy`, `simulate-principal-policy`), which are decisions a learner asked about.
    public mutating func remember(_ evaluation: PolicyEvaluation) {
        lastAuthorization = AuthorizationRecord(evaluation: evaluation, instant: clock.now)
    }

    /// ``authorize(principal:action:resource:context:resourcePolicy:)``, throwing the service's AccessDenied error
    /// with AWS's message when the decision is a deny.
    public mutating func requireAuthorization(principal: Principal, action: String, resource: String,
                                              context: RequestContext = RequestContext(),
                                              resourcePolicy: AttachedPolicy? = nil,
                                              service: ServiceError.Service, resourceName: String? = nil) throws(ServiceError) {
        let evaluation = authorize(principal: principal, action: action, resource: resource, context: context,
                                   resourcePolicy: resourcePolicy)
        guard let message = AccessDeniedMessage.text(for: evaluation, quotingResource: service == .s3,
                                                     resourceName: resourceName) else { return }
        let code: ServiceError.Code = switch service {
        case .iam, .sts, .s3: ServiceError.Code("AccessDenied", httpStatus: 403)
        case .logs, .dynamodb: ServiceError.Code("AccessDeniedException", httpStatus: 400)
        case .lambda: .accessDeniedException
        }
        throw ServiceError(service: service, code: code, message: message, type: service == .lambda ? "User" : nil,
                           explanation: evaluation.explanation)
    }

    // MARK: Simulation

    /// `aws iam simulate-custom-policy`: identity policy texts (`--policy-input-list`), one evaluation per action ×
    /// resource. Each document is named `PolicyInputList.N` as IAM names them; the resource policy `ResourcePolicy`.
    public func simulateCustomPolicy(policyInputList: [String], actionNames: [String], resourceARNs: [String] = ["*"],
                                     callerARN: String? = nil, context: RequestContext = RequestContext(),
                                     resourcePolicy: String? = nil) throws(ServiceError) -> [SimulationResult] {
        var policies: [AttachedPolicy] = []
        for (index, text) in policyInputList.enumerated() {
            let stored = try StoredPolicyDocument(parsing: text, kind: .identity)
            policies.append(AttachedPolicy(name: PolicyName("PolicyInputList.\(index + 1)"), document: stored.document))
        }
        return try simulate(policies: policies, actionNames: actionNames, resourceARNs: resourceARNs,
                            caller: try principal(forCallerARN: callerARN), context: context, resourcePolicy: resourcePolicy)
    }

    /// `aws iam simulate-principal-policy`: the policies of the user or role `policySourceARN`, plus any extra
    /// `policyInputList`. The caller defaults to the source principal.
    public func simulatePrincipalPolicy(policySourceARN: String, actionNames: [String], resourceARNs: [String] = ["*"],
                                        policyInputList: [String] = [], callerARN: String? = nil,
                                        context: RequestContext = RequestContext(),
                                        resourcePolicy: String? = nil) throws(ServiceError) -> [SimulationResult] {
        guard let source = Principal(arn: policySourceARN), !identityPolicies(of: source).isEmpty || knowsPrincipal(source) else {
            throw .iam(.noSuchEntity, "The entity \(policySourceARN) cannot be found.")
        }
        var policies = identityPolicies(of: source)
        for (index, text) in policyInputList.enumerated() {
            let stored = try StoredPolicyDocument(parsing: text, kind: .identity)
            policies.append(AttachedPolicy(name: PolicyName("PolicyInputList.\(index + 1)"), document: stored.document))
        }
        let caller = try callerARN.map { text throws(ServiceError) in try principal(forCallerARN: text) } ?? source
        return try simulate(policies: policies, actionNames: actionNames, resourceARNs: resourceARNs, caller: caller,
                            context: context, resourcePolicy: resourcePolicy)
    }

    private func knowsPrincipal(_ principal: Principal) -> Bool {
        guard let arn = ARN(principal.arn) else { return false }
        let name = String(arn.resource.split(separator: "/").last ?? "")
        return arn.resource.hasPrefix("user/") ? iam.user(named: name) != nil : iam.role(named: name) != nil
    }

    private func principal(forCallerARN text: String?) throws(ServiceError) -> Principal {
        guard let text else { return .anonymous }
        guard let principal = Principal(arn: text) else {
            throw .iam(.invalidInput, "Invalid ARN: \(text) is not a user, role or assumed-role ARN.")
        }
        return principal
    }

    private func simulate(policies: [AttachedPolicy], actionNames: [String], resourceARNs: [String], caller: Principal,
                          context: RequestContext, resourcePolicy: String?) throws(ServiceError) -> [SimulationResult] {
        if actionNames.isEmpty {
            throw .iamValidation(value: "[]", field: "actionNames", constraint: "Member must have length greater than or equal to 1")
        }
        var all = policies
        if let resourcePolicy {
            let stored = try StoredPolicyDocument(parsing: resourcePolicy, kind: .resource)
            all.append(AttachedPolicy(name: "ResourcePolicy", document: stored.document))
        }
        return PolicyEvaluator.simulate(policies: all, actions: actionNames, resources: resourceARNs.isEmpty ? ["*"] : resourceARNs,
                                        caller: caller, context: context)
            .map(SimulationResult.init)
    }
}

/// One `EvaluationResults` entry of `simulate-custom-policy` / `simulate-principal-policy`.
public struct SimulationResult: Sendable, Hashable, ResponseConvertible {
    /// The full evaluation (decision, reason, trace) for `explain`.
    public let evaluation: PolicyEvaluation

    public var response: ResponseValue {
        var out = ResponseBuilder()
        out.add("EvalActionName", evaluation.request.action)
        out.add("EvalResourceName", evaluation.request.resource)
        out.add("EvalDecision", evaluation.decision.evalDecision)
        out.add("MatchedStatements", .list(evaluation.matchedStatements.map { statement in
            var entry = ResponseBuilder()
            entry.add("SourcePolicyId", statement.policyName.rawValue)
            entry.add("SourcePolicyType", statement.policyKind == .resource ? "Resource Policy" : "IAM Policy")
            entry.add("StartPosition", .object([ResponseMember("Line", .integer(Int64(statement.position.line))),
                                                ResponseMember("Column", .integer(Int64(statement.position.column)))]))
            return entry.object
        }))
        out.add("MissingContextValues", .list(evaluation.missingContextValues.map { .string($0.name) }))
        return out.object
    }
}

extension World {
    /// Checks that the learner (``caller``) may make a request, as every AWS API does before acting: the CLI layer
    /// calls it before an operation, e.g. `lambda:CreateFunction` on the function's ARN and `iam:PassRole` on its
    /// execution role. The decision is kept for `explain`; a denial throws the service's AccessDenied error.
    public mutating func authorizeCaller(action: String, resource: String, service: ServiceError.Service,
                                         context: RequestContext = RequestContext()) throws(ServiceError) {
        try requireAuthorization(principal: callerPrincipal, action: action, resource: resource, context: context, service: service)
    }
}
