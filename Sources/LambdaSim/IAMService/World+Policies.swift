import IAM

// `aws iam create-policy`, `get-policy`, `get-policy-version`, `list-policies`.

/// `aws iam create-policy` parameters.
public struct CreatePolicyRequest: Sendable, Hashable {
    public var policyName: String
    public var policyDocument: String
    public var path: String
    public var description: String?

    public init(policyName: String, policyDocument: String, path: String = "/", description: String? = nil) {
        self.policyName = policyName
        self.policyDocument = policyDocument
        self.path = path
        self.description = description
    }
}

/// `--scope` of `aws iam list-policies`.
public enum PolicyScope: String, Sendable, Hashable, CaseIterable {
    case all = "All"
    /// AWS managed policies.
    case aws = "AWS"
    /// Customer managed policies.
    case local = "Local"
}

extension World {
    /// `aws iam create-policy`: a customer managed policy with version `v1` as its default.
    @discardableResult
    public mutating func createPolicy(_ request: CreatePolicyRequest) throws(ServiceError) -> ManagedPolicyInfo {
        try IAMValidation.checkName(request.policyName, field: "policyName", maximum: 128)
        try IAMValidation.checkPath(request.path)
        try IAMValidation.checkDescription(request.description)
        let arn = "arn:aws:iam::\(account):policy\(request.path)\(request.policyName)"
        if iam.policies.values.contains(where: { $0.name == request.policyName && $0.path == request.path }) {
            throw .iam(.entityAlreadyExists, "A policy called \(request.policyName) already exists. Duplicate names are not allowed.")
        }
        let document = try StoredPolicyDocument(parsing: request.policyDocument, kind: .identity)
        let now = clock.now
        let policy = CustomerManagedPolicy(
            name: request.policyName, path: request.path, policyID: random.iamUniqueID(prefix: .policy), arn: arn,
            description: request.description, createDate: now, updateDate: now,
            versions: [PolicyVersion(versionID: "v1", document: document, isDefaultVersion: true, createDate: now)],
            nextVersionNumber: 2)
        iam.policies[arn] = policy
        return info(for: policy)
    }

    /// `aws iam get-policy`: a customer managed policy or an AWS managed one.
    public func getPolicy(arn: String) throws(ServiceError) -> ManagedPolicyInfo {
        try IAMValidation.checkPolicyARN(arn)
        if let policy = iam.policies[arn] { return info(for: policy) }
        if let policy = ManagedPolicy.withARN(arn) { return info(for: policy) }
        throw .iam(.noSuchEntity, "Policy \(arn) was not found.")
    }

    /// `aws iam get-policy-version`.
    public func getPolicyVersion(arn: String, versionID: String) throws(ServiceError) -> PolicyVersion {
        _ = try getPolicy(arn: arn)
        if let policy = iam.policies[arn] {
            if let version = policy.versions.first(where: { $0.versionID == versionID }) { return version }
        } else if let policy = ManagedPolicy.withARN(arn), policy.defaultVersionID == versionID {
            return PolicyVersion(versionID: versionID, document: StoredPolicyDocument(policy.document), isDefaultVersion: true,
                                 createDate: IAMState.awsManagedCreateDate)
        }
        throw .iam(.noSuchEntity, "Policy \(arn) version \(versionID) does not exist or is not attachable.")
    }

    /// `aws iam list-policies`: sorted by name. `onlyAttached` keeps policies attached to a role or user.
    public func listPolicies(scope: PolicyScope = .all, onlyAttached: Bool = false, pathPrefix: String = "/") -> [ManagedPolicyInfo] {
        var found: [ManagedPolicyInfo] = []
        if scope != .local { found += ManagedPolicy.all.map(info(for:)) }
        if scope != .aws { found += iam.policies.values.map(info(for:)) }
        return found
            .filter { $0.path.hasPrefix(pathPrefix) && (!onlyAttached || $0.attachmentCount > 0) }
            .sorted { ($0.name.lowercased(), $0.arn) < ($1.name.lowercased(), $1.arn) }
    }

    private func info(for policy: CustomerManagedPolicy) -> ManagedPolicyInfo {
        ManagedPolicyInfo(
            name: policy.name, policyID: policy.policyID, arn: policy.arn, path: policy.path,
            defaultVersionID: policy.defaultVersion.versionID, attachmentCount: iam.attachmentCount(of: policy.arn),
            isAttachable: true, description: policy.description, createDate: policy.createDate,
            updateDate: policy.updateDate, isAWSManaged: false)
    }

    private func info(for policy: ManagedPolicy) -> ManagedPolicyInfo {
        let arn = policy.arn.description
        return ManagedPolicyInfo(
            name: policy.name.rawValue, policyID: awsManagedPolicyID(arn), arn: arn, path: policy.path,
            defaultVersionID: policy.defaultVersionID, attachmentCount: iam.attachmentCount(of: arn), isAttachable: true,
            description: nil, createDate: IAMState.awsManagedCreateDate, updateDate: IAMState.awsManagedCreateDate,
            isAWSManaged: true)
    }

    /// A stable id for an AWS managed policy, derived from its ARN (the same in every world).
    private func awsManagedPolicyID(_ arn: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in arn.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var generator = SeededRandom(seed: hash)
        return generator.iamUniqueID(prefix: .policy)
    }
}
