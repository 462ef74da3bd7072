// `aws iam create-user`, `get-user`, `list-users`, `delete-user` and the user policy operations: so that a lesson
// can act as a user with narrower permissions than the admin `learner`.

extension World {
    /// `aws iam create-user`.
    @discardableResult
    public mutating func createUser(named name: String, path: String = "/") throws(ServiceError) -> IAMUser {
        try IAMValidation.checkName(name, field: "userName", maximum: 64)
        try IAMValidation.checkPath(path)
        if iam.user(named: name) != nil {
            throw .iam(.entityAlreadyExists, "User with name \(name) already exists.")
        }
        let user = IAMUser(name: name, path: path, userID: random.iamUniqueID(prefix: .user),
                           arn: "arn:aws:iam::\(account):user\(path)\(name)", createDate: clock.now,
                           attachedPolicyARNs: [], inlinePolicies: [])
        iam.users[name.lowercased()] = user
        return user
    }

    /// `aws iam get-user`.
    public func getUser(named name: String) throws(ServiceError) -> IAMUser {
        try IAMValidation.checkName(name, field: "userName", maximum: 64)
        guard let user = iam.user(named: name) else {
            throw .iam(.noSuchEntity, "The user with name \(name) cannot be found.")
        }
        return user
    }

    /// `aws iam list-users`: sorted by name.
    public func listUsers(pathPrefix: String = "/") -> [IAMUser] {
        iam.users.values.filter { $0.path.hasPrefix(pathPrefix) }.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    /// `aws iam delete-user`: refused while policies remain, and for the user the learner is acting as.
    public mutating func deleteUser(named name: String) throws(ServiceError) {
        let user = try getUser(named: name)
        if !user.attachedPolicyARNs.isEmpty {
            throw .iam(.deleteConflict, "Cannot delete entity, must detach all policies first.")
        }
        if !user.inlinePolicies.isEmpty {
            throw .iam(.deleteConflict, "Cannot delete entity, must delete policies first.")
        }
        if case .user(let current) = caller, current.lowercased() == name.lowercased() {
            throw .iam(.deleteConflict, "Cannot delete the user you are acting as: switch to another identity first (a simulation rule).")
        }
        iam.users[name.lowercased()] = nil
    }

    /// `aws iam attach-user-policy`.
    public mutating func attachUserPolicy(userName: String, policyARN: String) throws(ServiceError) {
        var user = try getUser(named: userName)
        try IAMValidation.checkPolicyARN(policyARN)
        guard iam.managedDocument(arn: policyARN) != nil else {
            throw .iam(.noSuchEntity, "Policy \(policyARN) does not exist or is not attachable.")
        }
        if !user.attachedPolicyARNs.contains(policyARN) { user.attachedPolicyARNs.append(policyARN) }
        iam.users[userName.lowercased()] = user
    }

    /// `aws iam detach-user-policy`.
    public mutating func detachUserPolicy(userName: String, policyARN: String) throws(ServiceError) {
        var user = try getUser(named: userName)
        try IAMValidation.checkPolicyARN(policyARN)
        guard let index = user.attachedPolicyARNs.firstIndex(of: policyARN) else {
            throw .iam(.noSuchEntity, "Policy \(policyARN) was not found.")
        }
        user.attachedPolicyARNs.remove(at: index)
        iam.users[userName.lowercased()] = user
    }

    /// `aws iam list-attached-user-policies`.
    public func listAttachedUserPolicies(userName: String) throws(ServiceError) -> [AttachedPolicyReference] {
        try getUser(named: userName).attachedPolicyARNs.map { arn in
            AttachedPolicyReference(policyName: iam.managedDocument(arn: arn)?.name ?? arn, policyARN: arn)
        }
    }

    /// `aws iam put-user-policy`.
    public mutating func putUserPolicy(userName: String, policyName: String, policyDocument: String) throws(ServiceError) {
        var user = try getUser(named: userName)
        try IAMValidation.checkName(policyName, field: "policyName", maximum: 128)
        let document = try StoredPolicyDocument(parsing: policyDocument, kind: .identity)
        user.inlinePolicies.removeAll { $0.name == policyName }
        user.inlinePolicies.append(InlinePolicy(name: policyName, document: document))
        user.inlinePolicies.sort { $0.name < $1.name }
        iam.users[userName.lowercased()] = user
    }

    /// `aws iam get-user-policy`.
    public func getUserPolicy(userName: String, policyName: String) throws(ServiceError) -> InlinePolicy {
        let user = try getUser(named: userName)
        guard let policy = user.inlinePolicies.first(where: { $0.name == policyName }) else {
            throw .iam(.noSuchEntity, "The user policy with name \(policyName) cannot be found.")
        }
        return policy
    }

    /// `aws iam delete-user-policy`.
    public mutating func deleteUserPolicy(userName: String, policyName: String) throws(ServiceError) {
        var user = try getUser(named: userName)
        _ = try getUserPolicy(userName: userName, policyName: policyName)
        user.inlinePolicies.removeAll { $0.name == policyName }
        iam.users[userName.lowercased()] = user
    }

    /// `aws iam list-user-policies`: inline policy names, sorted.
    public func listUserPolicies(userName: String) throws(ServiceError) -> [String] {
        try getUser(named: userName).inlinePolicies.map(\.name)
    }
}
