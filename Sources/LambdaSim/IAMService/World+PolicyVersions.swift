// `aws iam create-policy-version`, `list-policy-versions`, `set-default-policy-version`,
// `delete-policy-version`, `delete-policy`: customer managed policies change by versions.

extension World {
    /// IAM keeps at most five versions of a managed policy.
    public static let maximumPolicyVersions = 5

    private func customerPolicy(arn: String) throws(ServiceError) -> CustomerManagedPolicy {
        _ = try getPolicy(arn: arn)
        guard let policy = iam.policies[arn] else {
            throw .iam(.invalidInput, "\(arn) is an AWS managed policy: only customer managed policies can be changed (IAM refuses it too).")
        }
        return policy
    }

    /// `aws iam create-policy-version`: the next `vN`; with `setAsDefault` it becomes the default.
    @discardableResult
    public mutating func createPolicyVersion(arn: String, policyDocument: String, setAsDefault: Bool = false) throws(ServiceError) -> PolicyVersion {
        var policy = try customerPolicy(arn: arn)
        if policy.versions.count >= World.maximumPolicyVersions {
            throw .iam(.limitExceeded, "A managed policy can have up to \(World.maximumPolicyVersions) versions. Before you create a new version, you must delete an existing version.")
        }
        let document = try StoredPolicyDocument(parsing: policyDocument, kind: .identity)
        if setAsDefault {
            for index in policy.versions.indices { policy.versions[index].isDefaultVersion = false }
        }
        let version = PolicyVersion(versionID: "v\(policy.nextVersionNumber)", document: document, isDefaultVersion: setAsDefault,
                                    createDate: clock.now)
        policy.versions.append(version)
        policy.nextVersionNumber += 1
        policy.updateDate = clock.now
        iam.policies[arn] = policy
        return version
    }

    /// `aws iam list-policy-versions`: newest first, as IAM lists them.
    public func listPolicyVersions(arn: String) throws(ServiceError) -> [PolicyVersion] {
        if iam.policies[arn] == nil, let managed = try? getPolicyVersion(arn: arn, versionID: getPolicy(arn: arn).defaultVersionID) {
            return [managed]
        }
        return try customerPolicy(arn: arn).versions.reversed()
    }

    /// `aws iam set-default-policy-version`.
    public mutating func setDefaultPolicyVersion(arn: String, versionID: String) throws(ServiceError) {
        var policy = try customerPolicy(arn: arn)
        guard policy.versions.contains(where: { $0.versionID == versionID }) else {
            throw .iam(.noSuchEntity, "Policy \(arn) version \(versionID) does not exist or is not attachable.")
        }
        for index in policy.versions.indices { policy.versions[index].isDefaultVersion = policy.versions[index].versionID == versionID }
        policy.updateDate = clock.now
        iam.policies[arn] = policy
    }

    /// `aws iam delete-policy-version`: never the default version.
    public mutating func deletePolicyVersion(arn: String, versionID: String) throws(ServiceError) {
        var policy = try customerPolicy(arn: arn)
        guard let index = policy.versions.firstIndex(where: { $0.versionID == versionID }) else {
            throw .iam(.noSuchEntity, "Policy \(arn) version \(versionID) does not exist or is not attachable.")
        }
        if policy.versions[index].isDefaultVersion {
            throw .iam(.deleteConflict, "Cannot delete the default version of a policy.")
        }
        policy.versions.remove(at: index)
        iam.policies[arn] = policy
    }

    /// `aws iam delete-policy`: refused while attached or while it has versions besides the default.
    public mutating func deletePolicy(arn: String) throws(ServiceError) {
        let policy = try customerPolicy(arn: arn)
        if iam.attachmentCount(of: arn) > 0 {
            throw .iam(.deleteConflict, "Cannot delete a policy attached to entities.")
        }
        if policy.versions.count > 1 {
            throw .iam(.deleteConflict, "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.")
        }
        iam.policies[arn] = nil
    }
}
