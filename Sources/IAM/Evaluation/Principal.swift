// Who is making a request: an IAM identity, an AWS service, or nobody in particular.

/// The caller of a request.
///
///     Principal(arn: "arn:aws:sts::123456789012:assumed-role/TodoRole/CreateTodoFn")
///     Principal.service("s3.amazonaws.com")
public struct Principal: Sendable, Hashable, CustomStringConvertible {
    package enum Identity: Sendable, Hashable {
        case root(account: String)
        case user(ARN)
        case role(ARN)
        case assumedRole(session: ARN, role: ARN?)
        case service(String)
        case anonymous
    }

    package let identity: Identity

    package init(_ identity: Identity) { self.identity = identity }

    /// The account's root user.
    public static func root(account: String) -> Principal { Principal(.root(account: account)) }
    /// An AWS service acting on its own behalf, such as `lambda.amazonaws.com`.
    public static func service(_ name: String) -> Principal { Principal(.service(name)) }
    /// An unauthenticated caller.
    public static let anonymous = Principal(.anonymous)
    /// A role session, such as a Lambda function running with its execution role.
    /// Pass `role` (with its path) when known; otherwise it is derived from the session ARN.
    public static func assumedRole(session: ARN, role: ARN? = nil) -> Principal { Principal(.assumedRole(session: session, role: role)) }

    /// Recognises IAM users, roles, the root user (`:root`) and `sts` assumed-role sessions.
    public init?(arn text: String) {
        guard let arn = ARN(text) else { return nil }
        switch (arn.service, arn.resource) {
        case ("iam", "root"): self.init(.root(account: arn.account))
        case ("iam", let resource) where resource.hasPrefix("user/"): self.init(.user(arn))
        case ("iam", let resource) where resource.hasPrefix("role/"): self.init(.role(arn))
        case ("sts", let resource) where resource.hasPrefix("assumed-role/"): self.init(.assumedRole(session: arn, role: nil))
        default: return nil
        }
    }

    /// The principal's ARN as AWS prints it in messages; a service's name; `anonymous`.
    public var arn: String {
        switch identity {
        case .root(let account): "arn:aws:iam::\(account):root"
        case .user(let arn), .role(let arn): arn.description
        case .assumedRole(let session, _): session.description
        case .service(let name): name
        case .anonymous: "anonymous"
        }
    }

    /// The account the principal belongs to (`nil` for services and anonymous callers).
    public var account: String? {
        switch identity {
        case .root(let account): account
        case .user(let arn), .role(let arn): arn.account
        case .assumedRole(let session, _): session.account
        case .service, .anonymous: nil
        }
    }

    /// The name of the role behind an assumed-role session (`TodoRole` in `assumed-role/TodoRole/fn`).
    var sessionRoleName: String? {
        guard case .assumedRole(let session, let role) = identity else { return nil }
        if let role { return role.resource.split(separator: "/").last.map(String.init) }
        let parts = session.resource.split(separator: "/")
        return parts.count >= 2 ? String(parts[1]) : nil
    }

    public var description: String { arn }

    /// Global condition keys AWS adds to every request from this principal.
    var globalContext: [(String, String)] {
        ["aws:PrincipalArn", "aws:PrincipalAccount", "aws:PrincipalType", "aws:username", "aws:PrincipalServiceName"]
            .compactMap { name in globalValue(forLowercasedKey: name.lowercased()).map { (name, $0) } }
    }

    /// One global key's value, computed on demand (most requests never ask).
    func globalValue(forLowercasedKey key: String) -> String? {
        switch (key, identity) {
        case ("aws:principalarn", .assumedRole(let session, let role)):
            return role?.description ?? sessionRoleName.map { "arn:aws:iam::\(session.account):role/\($0)" } ?? arn
        case ("aws:principalarn", .service), ("aws:principalarn", .anonymous):
            return nil
        case ("aws:principalarn", _):
            return arn
        case ("aws:principalaccount", _):
            return account
        case ("aws:principaltype", .root): return "Account"
        case ("aws:principaltype", .user): return "User"
        case ("aws:principaltype", .assumedRole): return "AssumedRole"
        case ("aws:principaltype", .anonymous): return "Anonymous"
        case ("aws:username", .user(let user)):
            return user.resource.split(separator: "/").last.map(String.init)
        case ("aws:principalservicename", .service(let name)):
            return name
        default:
            return nil
        }
    }
}
