import IAM

/// A policy document as stored: the author's text (what `get-role-policy` gives back) and its parsed form.
/// Snapshots keep only the text; reading one parses it again.
public struct StoredPolicyDocument: Sendable, Hashable, Codable {
    public let document: PolicyDocument
    public var text: String { document.text }

    public init(_ document: PolicyDocument) { self.document = document }

    /// Parses `text` as IAM does, or throws IAM's `MalformedPolicyDocument`.
    init(parsing text: String, kind: PolicyKind) throws(ServiceError) {
        do {
            document = try PolicyDocument.parse(text, kind: kind)
        } catch {
            throw .iam(.malformedPolicyDocument, error.message, explanation: error.description)
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .text)
        let kindName = try container.decode(String.self, forKey: .kind)
        guard let kind = PolicyKind(rawValue: kindName) else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown policy kind \(kindName)")
        }
        document = try PolicyDocument.parse(text, kind: kind)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document.kind.rawValue, forKey: .kind)
        try container.encode(document.text, forKey: .text)
    }

    /// The document as the CLI prints it: decoded JSON, keys in the author's order.
    public var response: ResponseValue { ResponseValue(policyText: text) }
}

/// An inline policy embedded in a role or user.
public struct InlinePolicy: Sendable, Hashable, Codable {
    public var name: String
    public var document: StoredPolicyDocument
}

/// An IAM role.
public struct Role: Sendable, Hashable, Codable, ResponseConvertible {
    public var name: String
    public var path: String
    public var roleID: String
    public var arn: String
    public var createDate: SimulatedInstant
    public var description: String?
    public var maxSessionDuration: Int
    public var trustPolicy: StoredPolicyDocument
    /// Managed policy ARNs in the order they were attached.
    public var attachedPolicyARNs: [String]
    /// Inline policies, kept sorted by name (IAM lists them alphabetically).
    public var inlinePolicies: [InlinePolicy]

    /// A role as `list-roles` shows it, in the CLI's key order.
    public var response: ResponseValue { shape(maxSessionDuration: true, lastUsed: false) }

    /// `get-role`'s `Role`: the list shape plus `RoleLastUsed` (always empty here: nothing records role use yet).
    public var getRoleResponse: ResponseValue { shape(maxSessionDuration: true, lastUsed: true) }

    /// `create-role`'s `Role`: IAM leaves out `MaxSessionDuration` and `RoleLastUsed`.
    public var createRoleResponse: ResponseValue { shape(maxSessionDuration: false, lastUsed: false) }

    private func shape(maxSessionDuration includeDuration: Bool, lastUsed: Bool) -> ResponseValue {
        var out = ResponseBuilder()
        out.add("Path", path)
        out.add("RoleName", name)
        out.add("RoleId", roleID)
        out.add("Arn", arn)
        out.add("CreateDate", createDate.cliTimestamp)
        out.add("AssumeRolePolicyDocument", trustPolicy.response)
        out.addIfPresent("Description", description)
        if includeDuration { out.add("MaxSessionDuration", maxSessionDuration) }
        if lastUsed { out.add("RoleLastUsed", .object([])) }
        return out.object
    }
}

/// An IAM user.
public struct IAMUser: Sendable, Hashable, Codable, ResponseConvertible {
    public var name: String
    public var path: String
    public var userID: String
    public var arn: String
    public var createDate: SimulatedInstant
    public var attachedPolicyARNs: [String]
    public var inlinePolicies: [InlinePolicy]

    public var response: ResponseValue {
        var out = ResponseBuilder()
        out.add("Path", path)
        out.add("UserName", name)
        out.add("UserId", userID)
        out.add("Arn", arn)
        out.add("CreateDate", createDate.cliTimestamp)
        return out.object
    }
}

/// One version of a customer managed policy.
public struct PolicyVersion: Sendable, Hashable, Codable, ResponseConvertible {
    public var versionID: String
    public var document: StoredPolicyDocument
    public var isDefaultVersion: Bool
    public var createDate: SimulatedInstant

    /// `get-policy-version`'s `PolicyVersion`.
    public var response: ResponseValue {
        var out = ResponseBuilder()
        out.add("Document", document.response)
        out.add("VersionId", versionID)
        out.add("IsDefaultVersion", isDefaultVersion)
        out.add("CreateDate", createDate.cliTimestamp)
        return out.object
    }
}

/// A managed policy as `get-policy` / `list-policies` show it: customer managed or AWS managed.
public struct ManagedPolicyInfo: Sendable, Hashable, ResponseConvertible {
    public var name: String
    public var policyID: String
    public var arn: String
    public var path: String
    public var defaultVersionID: String
    public var attachmentCount: Int
    public var isAttachable: Bool
    public var description: String?
    public var createDate: SimulatedInstant
    public var updateDate: SimulatedInstant
    public var isAWSManaged: Bool

    public var response: ResponseValue {
        var out = ResponseBuilder()
        out.add("PolicyName", name)
        out.add("PolicyId", policyID)
        out.add("Arn", arn)
        out.add("Path", path)
        out.add("DefaultVersionId", defaultVersionID)
        out.add("AttachmentCount", attachmentCount)
        out.add("PermissionsBoundaryUsageCount", 0)
        out.add("IsAttachable", isAttachable)
        out.addIfPresent("Description", description)
        out.add("CreateDate", createDate.cliTimestamp)
        out.add("UpdateDate", updateDate.cliTimestamp)
        return out.object
    }
}

/// A customer managed policy (`create-policy`).
public struct CustomerManagedPolicy: Sendable, Hashable, Codable {
    public var name: String
    public var path: String
    public var policyID: String
    public var arn: String
    public var description: String?
    public var createDate: SimulatedInstant
    public var updateDate: SimulatedInstant
    /// Versions in creation order (`v1`, `v2`, …).
    public var versions: [PolicyVersion]
    public var nextVersionNumber: Int

    public var defaultVersion: PolicyVersion {
        guard let version = versions.first(where: \.isDefaultVersion) else {
            preconditionFailure("a managed policy always has a default version")
        }
        return version
    }
}

/// Who the learner acts as.
public enum Caller: Sendable, Hashable, Codable {
    /// An IAM user of the account (`learner` by default).
    case user(String)
    /// A session of an assumed role (`as ROLE`): `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`.
    case assumedRole(role: String, session: String)
}

/// The IAM part of the account: users, roles and customer managed policies. AWS managed policies come from the
/// `IAM` module's catalogue. Keys are lowercased names (IAM names are unique without regard to case); every
/// listing is sorted, never in dictionary order.
public struct IAMState: Sendable, Hashable, Codable {
    /// The admin user a learner starts as.
    public static let defaultUserName = "learner"

    public var users: [String: IAMUser] = [:]
    public var roles: [String: Role] = [:]
    /// Customer managed policies by ARN.
    public var policies: [String: CustomerManagedPolicy] = [:]
    /// When AWS managed policies are shown as created (a fixed instant, as AWS's are long past).
    static let awsManagedCreateDate = SimulatedInstant(millisecondsSinceEpoch: 1_423_522_800_000)

    public init() {}

    mutating func createDefaultUser(account: AccountID, at now: SimulatedInstant, random: inout SeededRandom) {
        let name = IAMState.defaultUserName
        users[name.lowercased()] = IAMUser(
            name: name, path: "/", userID: random.iamUniqueID(prefix: .user),
            arn: "arn:aws:iam::\(account):user/\(name)", createDate: now,
            attachedPolicyARNs: ["arn:aws:iam::aws:policy/AdministratorAccess"], inlinePolicies: [])
    }

    public func role(named name: String) -> Role? { roles[name.lowercased()] }
    public func user(named name: String) -> IAMUser? { users[name.lowercased()] }

    /// Roles sorted by name, as `list-roles` returns them.
    public var sortedRoles: [Role] { roles.values.sorted { $0.name.lowercased() < $1.name.lowercased() } }

    /// How many roles and users have `arn` attached.
    func attachmentCount(of arn: String) -> Int {
        roles.values.filter { $0.attachedPolicyARNs.contains(arn) }.count
            + users.values.filter { $0.attachedPolicyARNs.contains(arn) }.count
    }

    /// The identity policies of a managed policy ARN (customer or AWS), ready for evaluation.
    func managedDocument(arn: String) -> (name: String, document: PolicyDocument)? {
        if let policy = policies[arn] { return (policy.name, policy.defaultVersion.document.document) }
        if let policy = ManagedPolicy.withARN(arn) { return (policy.name.rawValue, policy.document) }
        return nil
    }
}

extension ResponseValue {
    /// A JSON policy text as a response value (the CLI prints policy documents decoded). Text that is not JSON
    /// (it cannot be: it was parsed when stored) becomes a string.
    init(policyText text: String) {
        guard let value = try? JSONReader.parse(text) else {
            self = .string(text)
            return
        }
        self = ResponseValue(value)
    }

    private init(_ value: IAM.JSONValue) {
        switch value.kind {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let text): self = Int64(text).map(ResponseValue.integer) ?? .decimal(text)
        case .string(let text): self = .string(text)
        case .array(let items): self = .list(items.map(ResponseValue.init))
        case .object(let members): self = .object(members.map { ResponseMember($0.key, ResponseValue($0.value)) })
        }
    }
}
