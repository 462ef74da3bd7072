// Conveniences for callers: `simulate-custom-policy`-style batches, and the trust check LambdaSim needs.

extension PolicyEvaluator {
    /// Evaluates every action against every resource, as `aws iam simulate-custom-policy` does:
    /// one evaluation per (action, resource) pair, actions outermost.
    ///
    /// - Parameters:
    ///   - policies: the identity policies to test (`--policy-input-list`), plus any resource policy.
    ///   - caller: the principal (`--caller-arn`); anonymous when not given, as identity policies apply to whoever holds them.
    public static func simulate(
        policies: [AttachedPolicy],
        actions: [String],
        resources: [String] = ["*"],
        caller: Principal = .anonymous,
        context: RequestContext = RequestContext()
    ) -> [PolicyEvaluation] {
        actions.flatMap { action in
            resources.map { resource in
                evaluate(AuthorizationRequest(principal: caller, action: action, resource: resource, context: context), policies: policies)
            }
        }
    }
}

extension PolicyDocument {
    /// Whether this trust policy lets the AWS service (e.g. `lambda.amazonaws.com`) assume the role.
    /// Lambda refuses a function whose role fails this with
    /// "The role defined for the function cannot be assumed by Lambda."
    public func allowsAssumeRole(byService service: String, roleARN: String = "*") -> Bool {
        PolicyEvaluator.evaluateTrust(self, of: roleARN, principal: .service(service)).decision.isAllowed
    }
}
