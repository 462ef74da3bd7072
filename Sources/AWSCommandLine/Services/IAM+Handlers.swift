import IAM
import LambdaSim

// `aws iam ...` bound to the simulation: roles, their managed and inline policies, customer managed
// policies, and the policy simulator. Each handler first checks that the caller may make the request
// (`iam:CreateRole` on the role's ARN, ...), as IAM does, so that after `as ROLE` the role's policies decide.

enum IAMHandlers {
    static let all: [AWSOperation] = roles + rolePolicies + managedPolicies + simulation

    // MARK: Roles

    static let roles: [AWSOperation] = [
        AWSOperation(IAMModel.createRole) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:CreateRole", roleARN(name, path: request.string("Path") ?? "/", in: context), &context)
            let role = try context.world.createRole(CreateRoleRequest(
                roleName: name, assumeRolePolicyDocument: request.string("AssumeRolePolicyDocument") ?? "",
                path: request.string("Path") ?? "/", description: request.string("Description"),
                maxSessionDuration: request.int("MaxSessionDuration") ?? 3600))
            return ["Role": role.createRoleResponse.json]
        },
        AWSOperation(IAMModel.getRole) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:GetRole", roleARN(name, in: context), &context)
            return ["Role": try context.world.getRole(named: name).getRoleResponse.json]
        },
        AWSOperation(IAMModel.listRoles) { request, context throws(ServiceError) in
            try authorize("iam:ListRoles", "arn:aws:iam::\(context.world.account):role/*", &context)
            return ["Roles": .array(context.world.listRoles(pathPrefix: request.string("PathPrefix") ?? "/").map(\.json))]
        },
        AWSOperation(IAMModel.deleteRole) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:DeleteRole", roleARN(name, in: context), &context)
            try context.world.deleteRole(named: name)
            return nil
        },
        AWSOperation(IAMModel.updateAssumeRolePolicy) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:UpdateAssumeRolePolicy", roleARN(name, in: context), &context)
            try context.world.updateAssumeRolePolicy(roleName: name, policyDocument: request.string("PolicyDocument") ?? "")
            return nil
        },
    ]

    // MARK: A role's policies

    static let rolePolicies: [AWSOperation] = [
        AWSOperation(IAMModel.attachRolePolicy) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:AttachRolePolicy", roleARN(name, in: context), &context)
            try context.world.attachRolePolicy(roleName: name, policyARN: request.string("PolicyArn") ?? "")
            return nil
        },
        AWSOperation(IAMModel.detachRolePolicy) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:DetachRolePolicy", roleARN(name, in: context), &context)
            try context.world.detachRolePolicy(roleName: name, policyARN: request.string("PolicyArn") ?? "")
            return nil
        },
        AWSOperation(IAMModel.listAttachedRolePolicies) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:ListAttachedRolePolicies", roleARN(name, in: context), &context)
            return ["AttachedPolicies": .array(try context.world.listAttachedRolePolicies(roleName: name).map(\.json))]
        },
        AWSOperation(IAMModel.putRolePolicy) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:PutRolePolicy", roleARN(name, in: context), &context)
            try context.world.putRolePolicy(roleName: name, policyName: request.string("PolicyName") ?? "",
                                            policyDocument: request.string("PolicyDocument") ?? "")
            return nil
        },
        AWSOperation(IAMModel.getRolePolicy) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:GetRolePolicy", roleARN(name, in: context), &context)
            let policy = try context.world.getRolePolicy(roleName: name, policyName: request.string("PolicyName") ?? "")
            let role = try context.world.getRole(named: name)
            return ["RoleName": .string(role.name), "PolicyName": .string(policy.name),
                    "PolicyDocument": policy.document.response.json]
        },
        AWSOperation(IAMModel.deleteRolePolicy) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:DeleteRolePolicy", roleARN(name, in: context), &context)
            try context.world.deleteRolePolicy(roleName: name, policyName: request.string("PolicyName") ?? "")
            return nil
        },
        AWSOperation(IAMModel.listRolePolicies) { request, context throws(ServiceError) in
            let name = request.string("RoleName") ?? ""
            try authorize("iam:ListRolePolicies", roleARN(name, in: context), &context)
            return ["PolicyNames": .array(try context.world.listRolePolicies(roleName: name).map { .string($0) })]
        },
    ]

    // MARK: Managed policies

    static let managedPolicies: [AWSOperation] = [
        AWSOperation(IAMModel.createPolicy) { request, context throws(ServiceError) in
            let name = request.string("PolicyName") ?? ""
            let path = request.string("Path") ?? "/"
            try authorize("iam:CreatePolicy", "arn:aws:iam::\(context.world.account):policy\(path)\(name)", &context)
            let policy = try context.world.createPolicy(CreatePolicyRequest(
                policyName: name, policyDocument: request.string("PolicyDocument") ?? "", path: path,
                description: request.string("Description")))
            return ["Policy": policy.json]
        },
        AWSOperation(IAMModel.getPolicy) { request, context throws(ServiceError) in
            let arn = request.string("PolicyArn") ?? ""
            try authorize("iam:GetPolicy", arn, &context)
            return ["Policy": try context.world.getPolicy(arn: arn).json]
        },
        AWSOperation(IAMModel.getPolicyVersion) { request, context throws(ServiceError) in
            let arn = request.string("PolicyArn") ?? ""
            try authorize("iam:GetPolicyVersion", arn, &context)
            return ["PolicyVersion": try context.world.getPolicyVersion(arn: arn, versionID: request.string("VersionId") ?? "").json]
        },
        AWSOperation(IAMModel.listPolicies) { request, context throws(ServiceError) in
            try authorize("iam:ListPolicies", "arn:aws:iam::\(context.world.account):policy/*", &context)
            let scope = request.string("Scope").flatMap(PolicyScope.init(rawValue:)) ?? .all
            let policies = context.world.listPolicies(scope: scope, onlyAttached: request.bool("OnlyAttached") ?? false,
                                                      pathPrefix: request.string("PathPrefix") ?? "/")
            return ["Policies": .array(policies.map(\.json))]
        },
        AWSOperation(IAMModel.deletePolicy) { request, context throws(ServiceError) in
            let arn = request.string("PolicyArn") ?? ""
            try authorize("iam:DeletePolicy", arn, &context)
            try context.world.deletePolicy(arn: arn)
            return nil
        },
    ]

    // MARK: The policy simulator

    /// `simulate-custom-policy` is not among the generated declarations: it takes `simulate-principal-policy`'s
    /// parameters without `--policy-source-arn`, with `--policy-input-list` required (botocore's model).
    static let simulateCustomPolicy: AWSOperationDeclaration = {
        var parameters = IAMModel.simulatePrincipalPolicy.parameters.filter { $0.member != "PolicySourceArn" }
        if let index = parameters.firstIndex(where: { $0.member == "PolicyInputList" }) {
            parameters[index].isRequired = true
            parameters[index].isRequiredOnCommandLine = true
            parameters[index].help = "A list of policy documents to include in the simulation. Each document is specified as a string containing the complete, valid JSON text of an IAM policy."
        }
        return AWSOperationDeclaration(
            service: "iam", apiName: "SimulateCustomPolicy",
            summary: "Simulate how a set of IAM policies and optionally a resource-based policy works with a list of API operations and Amazon Web Services resources to determine the policies' effective permissions. The policies are provided as strings.",
            parameters: parameters)
    }()

    static let simulation: [AWSOperation] = [
        AWSOperation(simulateCustomPolicy) { request, context throws(ServiceError) in
            try authorize("iam:SimulateCustomPolicy", "*", &context)
            let results = try context.world.simulateCustomPolicy(
                policyInputList: request.strings("PolicyInputList") ?? [], actionNames: request.strings("ActionNames") ?? [],
                resourceARNs: request.strings("ResourceArns") ?? ["*"], callerARN: request.string("CallerArn"),
                context: requestContext(request), resourcePolicy: request.string("ResourcePolicy"))
            rememberForExplain(results, in: &context)
            return ["EvaluationResults": .array(results.map(\.json))]
        },
        AWSOperation(IAMModel.simulatePrincipalPolicy) { request, context throws(ServiceError) in
            let source = request.string("PolicySourceArn") ?? ""
            try authorize("iam:SimulatePrincipalPolicy", source, &context)
            let results = try context.world.simulatePrincipalPolicy(
                policySourceARN: source, actionNames: request.strings("ActionNames") ?? [],
                resourceARNs: request.strings("ResourceArns") ?? ["*"], policyInputList: request.strings("PolicyInputList") ?? [],
                callerARN: request.string("CallerArn"), context: requestContext(request),
                resourcePolicy: request.string("ResourcePolicy"))
            rememberForExplain(results, in: &context)
            return ["EvaluationResults": .array(results.map(\.json))]
        },
    ]

    /// `explain` after a simulation tells the story of the simulated request (its last action and resource),
    /// not of the learner's permission to simulate.
    static func rememberForExplain(_ results: [SimulationResult], in context: inout AWSCommandContext) {
        if let last = results.last { context.world.remember(last.evaluation) }
    }

    /// `--context-entries ContextKeyName=aws:SourceIp,ContextKeyValues=10.0.0.1,ContextKeyType=ip ...`.
    static func requestContext(_ request: AWSRequest) -> RequestContext {
        var context = RequestContext()
        for entry in request["ContextEntries"]?.arrayValue ?? [] {
            guard let name = entry["ContextKeyName"]?.stringValue else { continue }
            let values = entry["ContextKeyValues"]?.arrayValue?.compactMap(\.stringValue) ?? []
            context.set(ConditionKey(name), to: values)
        }
        return context
    }

    // MARK: Authorization

    static func roleARN(_ name: String, path: String = "/", in context: AWSCommandContext) -> String {
        if let role = context.world.iam.role(named: name) { return role.arn }
        return "arn:aws:iam::\(context.world.account):role\(path)\(name)"
    }

    /// Whether the learner (the world's caller) may make the request: IAM's AccessDenied otherwise.
    static func authorize(_ action: String, _ resource: String, _ context: inout AWSCommandContext) throws(ServiceError) {
        try context.world.authorizeCaller(action: action, resource: resource, service: .iam)
    }
}
