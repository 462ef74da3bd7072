import IAM

// `aws iam create-role`, `get-role`, `list-roles`, `delete-role`, `update-assume-role-policy`.

/// `aws iam create-role` parameters.
public struct CreateRoleRequest: Sendable, Hashable {
    public var roleName: String
    public var assumeRolePolicyDocument: String
    public var path: String
    public var description: String?
    public var maxSessionDuration: Int

    public init(roleName: String, assumeRolePolicyDocument: String, path: String = "/", description: String? = nil,
                maxSessionDuration: Int = 3600) {
        self.roleName = roleName
        self.assumeRolePolicyDocument = assumeRolePolicyDocument
        self.path = path
        self.description = description
        self.maxSessionDuration = maxSessionDuration
    }
}

/// An attached managed policy as `list-attached-role-policies` shows it.
public struct AttachedPolicyReference: Sendable, Hashable, ResponseConvertible {
    public var policyName: String
    public var policyARN: String

    public var response: ResponseValue {
        .object([ResponseMember("PolicyName", .string(policyName)), ResponseMember("PolicyArn", .string(policyARN))])
    }
}

extension World {
    /// `aws iam create-role`. The trust policy must parse as a role trust policy.
    @discardableResult
    public mutating func createRole(_ request: CreateRoleRequest) throws(ServiceError) -> Role {
        try IAMValidation.checkName(request.roleName, field: "roleName", maximum: 64)
        try IAMValidation.checkPath(request.path)
        try IAMValidation.checkDescription(request.description)
        try IAMValidation.checkMaxSessionDuration(request.maxSessionDuration)
        if iam.role(named: request.roleName) != nil {
            throw .iam(.entityAlreadyExists, "Role with name \(request.roleName) already exists.")
        }
        let trust = try StoredPolicyDocument(parsing: request.assumeRolePolicyDocument, kind: .trust)
        let role = Role(
            name: request.roleName, path: request.path, roleID: random.iamUniqueID(prefix: .role),
            arn: "arn:aws:iam::\(account):role\(request.path)\(request.roleName)", createDate: clock.now,
            description: request.description, maxSessionDuration: request.maxSessionDuration, trustPolicy: trust,
            attachedPolicyARNs: [], inlinePolicies: [])
        iam.roles[request.roleName.lowercased()] = role
        return role
    }

    /// `aws iam get-role`.
    public func getRole(named name: String) throws(ServiceError) -> Role {
        try IAMValidation.checkName(name, field: "roleName", maximum: 64)
        guard let role = iam.role(named: name) else {
            throw .iam(.noSuchEntity, "The role with name \(name) cannot be found.")
        }
        return role
    }

    /// `aws iam list-roles`: sorted by name; `pathPrefix` filters as IAM does.
    public func listRoles(pathPrefix: String = "/") -> [Role] {
        iam.sortedRoles.filter { $0.path.hasPrefix(pathPrefix) }
    }

    /// `aws iam delete-role`: refused while managed policies are attached or inline policies remain.
    public mutating func deleteRole(named name: String) throws(ServiceError) {
        let role = try getRole(named: name)
        if !role.attachedPolicyARNs.isEmpty {
            throw .iam(.deleteConflict, "Cannot delete entity, must detach all policies first.")
        }
        if !role.inlinePolicies.isEmpty {
            throw .iam(.deleteConflict, "Cannot delete entity, must delete policies first.")
        }
        iam.roles[name.lowercased()] = nil
    }

    /// `aws iam update-assume-role-policy`.
    public mutating func updateAssumeRolePolicy(roleName: String, policyDocument: String) throws(ServiceError) {
        var role = try getRole(named: roleName)
        role.trustPolicy = try StoredPolicyDocument(parsing: policyDocument, kind: .trust)
        iam.roles[roleName.lowercased()] = role
    }

    /// `aws iam attach-role-policy`: the policy must exist (customer managed or AWS managed). Attaching twice is a no-op.
    public mutating func attachRolePolicy(roleName: String, policyARN: String) throws(ServiceError) {
        var role = try getRole(named: roleName)
        try IAMValidation.checkPolicyARN(policyARN)
        guard iam.managedDocument(arn: policyARN) != nil else {
            throw .iam(.noSuchEntity, "Policy \(policyARN) does not exist or is not attachable.")
        }
        if !role.attachedPolicyARNs.contains(policyARN) { role.attachedPolicyARNs.append(policyARN) }
        iam.roles[roleName.lowercased()] = role
    }

    /// `aws iam detach-role-policy`.
    public mutating func detachRolePolicy(roleName: String, policyARN: String) throws(ServiceError) {
        var role = try getRole(named: roleName)
        try IAMValidation.checkPolicyARN(policyARN)
        guard let index = role.attachedPolicyARNs.firstIndex(of: policyARN) else {
            throw .iam(.noSuchEntity, "Policy \(policyARN) was not found.")
        }
        role.attachedPolicyARNs.remove(at: index)
        iam.roles[roleName.lowercased()] = role
    }

    /// `aws iam list-attached-role-policies`, in the order they were attached.
    public func listAttachedRolePolicies(roleName: String) throws(ServiceError) -> [AttachedPolicyReference] {
        let role = try getRole(named: roleName)
        return role.attachedPolicyARNs.map { arn in
            AttachedPolicyReference(policyName: iam.managedDocument(arn: arn)?.name ?? arn, policyARN: arn)
        }
    }

    /// `aws iam put-role-policy`: adds or replaces an inline policy (an identity policy).
    public mutating func putRolePolicy(roleName: String, policyName: String, policyDocument: String) throws(ServiceError) {
        var role = try getRole(named: roleName)
        try IAMValidation.checkName(policyName, field: "policyName", maximum: 128)
        let document = try StoredPolicyDocument(parsing: policyDocument, kind: .identity)
        role.inlinePolicies.removeAll { $0.name == policyName }
        role.inlinePolicies.append(InlinePolicy(name: policyName, document: document))
        role.inlinePolicies.sort { $0.name < $1.name }
        iam.roles[roleName.lowercased()] = role
    }

    /// `aws iam get-role-policy`.
    public func getRolePolicy(roleName: String, policyName: String) throws(ServiceError) -> InlinePolicy {
        let role = try getRole(named: roleName)
        try IAMValidation.checkName(policyName, field: "policyName", maximum: 128)
        guard let policy = role.inlinePolicies.first(where: { $0.name == policyName }) else {
            throw .iam(.noSuchEntity, "The role policy with name \(policyName) cannot be found.")
        }
        return policy
    }

    /// `aws iam delete-role-policy`.
    public mutating func deleteRolePolicy(roleName: String, policyName: String) throws(ServiceError) {
        var role = try getRole(named: roleName)
        _ = try getRolePolicy(roleName: roleName, policyName: policyName)
        role.inlinePolicies.removeAll { $0.name == policyName }
        iam.roles[roleName.lowercased()] = role
    }

    /// `aws iam list-role-policies`: inline policy names, sorted.
    public func listRolePolicies(roleName: String) throws(ServiceError) -> [String] {
        try getRole(named: roleName).inlinePolicies.map(\.name)
    }
}

extension InlinePolicy: ResponseConvertible {
    /// `get-role-policy`'s output without `RoleName` (the caller adds it first).
    public var response: ResponseValue {
        .object([ResponseMember("PolicyName", .string(name)), ResponseMember("PolicyDocument", document.response)])
    }
}
