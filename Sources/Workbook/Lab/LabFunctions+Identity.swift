import IAM
import LambdaSim
import MiniPython

// `lab.role` and `lab.simulate`.
extension LabFunctions {
    static let identity: [(String, Function)] = [
        ("role", { lab, arguments throws(NativeError) in
            let name = try arguments.string(0, "name")
            return try lab.withWorld { world throws(NativeError) in
                guard let role = world.iam.role(named: name) else { return .none }
                return .object([
                    ("name", .string(role.name)),
                    ("arn", .string(role.arn)),
                    ("trust_policy", .string(role.trustPolicy.text)),
                    ("attached_policies", .strings(role.attachedPolicyARNs)),
                    ("inline_policies", .dict(role.inlinePolicies.map { .init(.string($0.name), .string($0.document.text)) })),
                ])
            }
        }),
        ("simulate", { lab, arguments throws(NativeError) in
            let principalText = try arguments.string(0, "principal")
            let action = try arguments.string(1, "action")
            let resource = try arguments.string(2, "resource")
            var context = RequestContext()
            if case .list(let pairs) = arguments.value(3) {
                for case .list(let pair) in pairs {
                    guard pair.count == 2, case .string(let key) = pair[0], case .list(let values) = pair[1] else { continue }
                    context.set(ConditionKey(key), to: values.compactMap { if case .string(let text) = $0 { text } else { nil } })
                }
            }
            return try lab.withWorld { world throws(NativeError) in
                // A service (`lambda.amazonaws.com`) assuming a role: the role's trust policy decides.
                if principalText.hasSuffix(".amazonaws.com"), !principalText.contains(":") {
                    return try trustDecision(service: principalText, action: action, roleARN: resource, in: world)
                }
                guard let principal = principal(principalText, in: world) else {
                    throw NativeError(type: "ValueError",
                                      message: "lab.simulate(): '\(principalText)' is neither a role or user of the simulated account nor a principal ARN")
                }
                // A function ARN brings its resource policy for that qualifier (a permission on PROD covers only PROD).
                let functionPolicy = resource.hasPrefix("arn:aws:lambda:") && resource.contains(":function:")
                    ? world.invokeTarget(functionName: resource)?.policy : nil
                let evaluation = world.authorize(principal: principal, action: action, resource: resource, context: context,
                                                 resourcePolicy: functionPolicy)
                return decision(evaluation)
            }
        }),
    ]

    /// The fields of `lab.Decision` for an evaluation.
    static func decision(_ evaluation: PolicyEvaluation) -> PythonValue {
        let deciding: StatementReference?
        switch evaluation.decision {
        case .allowed(let statements), .explicitlyDenied(let statements): deciding = statements.first
        case .implicitlyDenied: deciding = nil
        }
        return .object([
            ("allowed", .bool(evaluation.decision.isAllowed)),
            ("decision", .string(evaluation.decision.evalDecision)),
            ("statement", .optional(deciding.map { reference in
                reference.sid.flatMap { $0.isEmpty ? nil : $0 } ?? "#\(reference.index + 1)"
            })),
            ("explanation", .string(evaluation.explanation)),
        ])
    }

    /// Whether `service` may assume the role `roleARN` (a role ARN or name), by the role's trust policy, as Lambda asks
    /// when a function is created with the role and whenever it needs the role's credentials.
    static func trustDecision(service: String, action: String, roleARN: String, in world: World) throws(NativeError) -> PythonValue {
        let name = roleARN.hasPrefix("arn:") ? String(roleARN.split(separator: "/").last ?? "") : roleARN
        guard let role = world.iam.role(named: name), !roleARN.hasPrefix("arn:") || role.arn == roleARN else {
            throw NativeError(type: "ValueError", message: "lab.simulate(): a service principal such as '\(service)' is asked "
                + "about a role's trust policy, so the resource must be a role of the simulated account, not '\(roleARN)'")
        }
        return decision(PolicyEvaluator.evaluateTrust(role.trustPolicy.document, of: role.arn, principal: .service(service),
                                                      action: action))
    }

    /// A role or user name of the world, or a principal ARN.
    static func principal(_ text: String, in world: World) -> Principal? {
        if let role = world.iam.role(named: text), let principal = Principal(arn: role.arn) { return principal }
        if let user = world.iam.user(named: text), let principal = Principal(arn: user.arn) { return principal }
        return Principal(arn: text)
    }
}
