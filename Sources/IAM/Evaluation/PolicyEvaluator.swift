// Single-account policy evaluation, as AWS documents it:
// 1. any applicable Deny → explicit deny; 2. an applicable Allow in an identity or resource policy → allow;
// 3. otherwise implicit deny. A pure function: same request and policies, same answer and trace.

/// Decides requests against policies and says why.
///
///     let evaluation = PolicyEvaluator.evaluate(request, policies: [basicExecution, functionPolicy])
///     switch evaluation.decision { case .allowed(let by): …; case .explicitlyDenied(let by): …; case .implicitlyDenied(let why): … }
///
/// - Complexity: O(statements × patterns); a handful of policies takes microseconds.
public enum PolicyEvaluator {
    /// Evaluates `request` against identity, resource and trust policies together (same account).
    public static func evaluate(_ request: AuthorizationRequest, policies: [AttachedPolicy]) -> PolicyEvaluation {
        let prepared = PreparedRequest(request)
        var traces: [PolicyTrace] = []
        traces.reserveCapacity(policies.count)
        var denies: [StatementReference] = []
        var allows: [StatementReference] = []
        var matched: [StatementReference] = []
        var nearMisses: [StatementMiss] = []
        var delegated: [StatementReference] = []
        var missing: [ConditionKey] = []

        for policy in policies {
            var statementTraces: [StatementTrace] = []
            statementTraces.reserveCapacity(policy.document.statements.count)
            for statement in policy.document.statements {
                let trace = traceStatement(statement, of: policy, prepared, missing: &missing)
                statementTraces.append(trace)
                switch (trace.outcome, statement.effect) {
                case (.applies, .deny):
                    denies.append(trace.reference)
                    matched.append(trace.reference)
                case (.applies, .allow):
                    allows.append(trace.reference)
                    matched.append(trace.reference)
                case (.delegatesToAccount, .allow):
                    delegated.append(trace.reference)
                case (.doesNotApply, .allow):
                    if let failed = trace.failedCheck, failed.element != .action && failed.element != .notAction {
                        nearMisses.append(StatementMiss(statement: trace.reference, failed: failed))
                    }
                default:
                    break
                }
            }
            traces.append(PolicyTrace(name: policy.name, kind: policy.kind, statements: statementTraces))
        }

        // A role trust policy is the exception to "identity or resource policy": it must allow by itself,
        // or name the caller's account while an identity policy allows.
        let trustMustAllow = policies.contains { $0.kind == .trust }
        let trustAllows = allows.contains { $0.policyKind == .trust }
            || (delegated.contains { $0.policyKind == .trust } && allows.contains { $0.policyKind == .identity })
        let decision: Decision
        if !denies.isEmpty {
            decision = .explicitlyDenied(by: denies)
        } else if prepared.isRootUser || (!allows.isEmpty && (!trustMustAllow || trustAllows)) {
            decision = .allowed(by: allows)
        } else {
            decision = .implicitlyDenied(ImplicitDenial(
                nearMisses: nearMisses, delegatedToAccount: delegated, policyCount: policies.count,
                trustPolicyDidNotAllow: trustMustAllow && !trustAllows
            ))
        }
        return PolicyEvaluation(
            request: request, decision: decision, trace: traces, matchedStatements: matched,
            missingContextValues: missing
        )
    }

    /// Evaluates whether `principal` may assume a role under its trust policy (which must allow by itself).
    ///
    ///     PolicyEvaluator.evaluateTrust(trust, of: "arn:aws:iam::123456789012:role/TodoRole",
    ///                                   principal: .service("lambda.amazonaws.com")).decision.isAllowed
    public static func evaluateTrust(
        _ trustPolicy: PolicyDocument,
        of roleARN: String,
        principal: Principal,
        action: String = "sts:AssumeRole",
        context: RequestContext = RequestContext()
    ) -> PolicyEvaluation {
        let request = AuthorizationRequest(principal: principal, action: action, resource: roleARN, context: context)
        return evaluate(request, policies: [AttachedPolicy(name: "trust policy", document: trustPolicy)])
    }

    // MARK: - One statement

    private static func traceStatement(
        _ statement: Statement, of policy: AttachedPolicy, _ request: PreparedRequest, missing: inout [ConditionKey]
    ) -> StatementTrace {
        let reference = StatementReference(
            policyName: policy.name, policyKind: policy.kind, sid: statement.sid, index: statement.index,
            position: statement.position, endPosition: statement.endPosition
        )
        var checks: [ElementCheck] = []
        func result(_ outcome: StatementTrace.Outcome) -> StatementTrace {
            StatementTrace(reference: reference, effect: statement.effect, checks: checks, outcome: outcome)
        }
        let variables = policy.document.usesPolicyVariables

        // Action / NotAction
        let actionHit = statement.action.patterns.first { $0.compiled.matches(request.action) }
        let actionPassed = statement.action.isNegated ? actionHit == nil : actionHit != nil
        checks.append(ElementCheck(
            element: statement.action.isNegated ? .notAction : .action, passed: actionPassed,
            listed: statement.action.texts, matched: actionHit?.text
        ))
        guard actionPassed else { return result(.doesNotApply) }

        // Resource / NotResource
        if let clause = statement.resource {
            var hit: String?
            var unresolved: [String] = []
            for pattern in clause.patterns {
                let compiled: ARNPattern
                if let precompiled = pattern.compiled {
                    compiled = precompiled
                } else if let text = PolicyVariables.substitute(pattern.text, from: request.context) {
                    compiled = ARNPattern(text)
                } else {
                    unresolved.append(pattern.text)
                    for key in PolicyVariables.keys(in: pattern.text) { noteMissing(ConditionKey(key), request, &missing) }
                    continue
                }
                if compiled.matches(request.resource, parts: request.resourceParts) {
                    hit = pattern.text
                    break
                }
            }
            let passed = clause.isNegated ? hit == nil : hit != nil
            let note = unresolved.isEmpty ? nil
                : "policy variables in \(unresolved.joined(separator: ", ")) could not be filled from the request, so those entries match nothing"
            checks.append(ElementCheck(
                element: clause.isNegated ? .notResource : .resource, passed: passed,
                listed: clause.texts, matched: hit, note: note
            ))
            guard passed else { return result(.doesNotApply) }
        }

        // Principal / NotPrincipal
        var delegates = false
        if let clause = statement.principal {
            let match = PrincipalMatch(clause, request.request.principal)
            let passed: Bool
            var note: String?
            switch (clause.isNegated, match) {
            case (true, .none): passed = true
            case (true, _): passed = false
            case (false, .none): passed = false
            case (false, .exact): passed = true
            case (false, .account(let account)):
                passed = true
                if statement.effect == .allow {
                    delegates = true
                    note = "names account \(account) rather than the caller; that hands the decision to the account's identity policies"
                }
            }
            checks.append(ElementCheck(
                element: clause.isNegated ? .notPrincipal : .principal, passed: passed,
                listed: clause.texts, matched: match.entry, note: note
            ))
            guard passed else { return result(.doesNotApply) }
        }

        // Condition: every operator/key pair must hold.
        for condition in statement.conditions {
            let check = condition.evaluate(in: request.context, substitutingVariables: variables)
            if check.requestValues == nil { noteMissing(condition.key, request, &missing) }
            checks.append(ElementCheck(element: .condition, passed: check.holds, listed: check.policyValues, condition: check))
            guard check.holds else { return result(.doesNotApply) }
        }
        return result(delegates ? .delegatesToAccount : .applies)
    }

    private static func noteMissing(_ key: ConditionKey, _ request: PreparedRequest, _ missing: inout [ConditionKey]) {
        if request.context.values(for: key) == nil && !missing.contains(key) { missing.append(key) }
    }
}

/// The request, prepared once for matching: lowercased action, split resource ARN, full context.
struct PreparedRequest {
    let request: AuthorizationRequest
    let action: String
    let resource: String
    let resourceParts: [String]?
    let context: EvaluationContext
    let isRootUser: Bool

    init(_ request: AuthorizationRequest) {
        self.request = request
        action = request.action.asciiLowercased
        resource = request.resource
        resourceParts = ARN.split(request.resource)
        context = EvaluationContext(given: request.context, principal: request.principal)
        if case .root = request.principal.identity { isRootUser = true } else { isRootUser = false }
    }
}

/// How a request's principal relates to a Principal element.
enum PrincipalMatch {
    case exact(String)
    /// The element names the caller's account, not the caller.
    case account(String)
    case none

    var entry: String? {
        switch self {
        case .exact(let entry): entry
        case .account(let account): account
        case .none: nil
        }
    }

    init(_ clause: PrincipalClause, _ principal: Principal) {
        if clause.isEveryone {
            self = .exact("*")
            return
        }
        var accountMatch: String?
        for entry in clause.entries {
            switch PrincipalMatch.match(entry, principal) {
            case .exact: self = .exact(entry.description); return
            case .account: accountMatch = accountMatch ?? entry.description
            case .none: continue
            }
        }
        self = accountMatch.map { .account($0) } ?? .none
    }

    private static func match(_ entry: PrincipalEntry, _ principal: Principal) -> PrincipalMatch {
        let value = entry.value
        switch entry.type {
        case .service:
            guard case .service(let name) = principal.identity else { return .none }
            return value == "*" || value.lowercased() == name.lowercased() ? .exact(value) : .none
        case .federated, .canonicalUser:
            return .none
        case .aws:
            break
        }
        if value == "*" {
            if case .service = principal.identity { return .none }
            return .exact(value)
        }
        if let account = accountNamed(by: value) {
            guard principal.account == account else { return .none }
            if case .root = principal.identity { return .exact(value) }
            return .account(account)
        }
        switch principal.identity {
        case .user(let arn), .role(let arn):
            return arn.description == value ? .exact(value) : .none
        case .assumedRole(let session, let role):
            if session.description == value { return .exact(value) }
            if let role { return role.description == value ? .exact(value) : .none }
            guard let named = ARN(value), named.service == "iam", named.account == session.account,
                  named.resource.hasPrefix("role/"),
                  named.resource.split(separator: "/").last.map(String.init) == principal.sessionRoleName else { return .none }
            return .exact(value)
        case .root, .service, .anonymous:
            return .none
        }
    }

    /// `123456789012` or `arn:aws:iam::123456789012:root` → the account id.
    private static func accountNamed(by value: String) -> String? {
        if DocumentDraft.isAccountID(value) { return value }
        if let arn = ARN(value), arn.service == "iam", arn.resource == "root" { return arn.account }
        return nil
    }
}
