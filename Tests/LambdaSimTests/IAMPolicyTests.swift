import Testing
@testable import LambdaSim

@Suite("IAM managed and inline policies")
struct IAMPolicyTests {
    @Test("create-policy makes version v1 the default and gives an ANPA id")
    func createPolicy() throws {
        var world = World()
        let policy = try world.createPolicy(CreatePolicyRequest(policyName: "TodoRead", policyDocument: Fixtures.readTable))
        #expect(policy.arn == "arn:aws:iam::123456789012:policy/TodoRead")
        #expect(policy.defaultVersionID == "v1")
        #expect(policy.policyID.hasPrefix("ANPA") && policy.policyID.count == 21)
        #expect(policy.attachmentCount == 0)
        #expect(policy.response.keys == ["PolicyName", "PolicyId", "Arn", "Path", "DefaultVersionId", "AttachmentCount",
                                         "PermissionsBoundaryUsageCount", "IsAttachable", "CreateDate", "UpdateDate"])
        let version = try world.getPolicyVersion(arn: policy.arn, versionID: "v1")
        #expect(version.isDefaultVersion)
        #expect(version.document.text == Fixtures.readTable)
    }

    @Test("A second policy with the same name is refused")
    func duplicatePolicy() throws {
        var world = World()
        try world.createPolicy(CreatePolicyRequest(policyName: "TodoRead", policyDocument: Fixtures.readTable))
        let error = serviceError { () throws(ServiceError) in
            try world.createPolicy(CreatePolicyRequest(policyName: "TodoRead", policyDocument: Fixtures.readTable))
        }
        #expect(error?.code == "EntityAlreadyExists")
        #expect(error?.message == "A policy called TodoRead already exists. Duplicate names are not allowed.")
    }

    @Test("A policy document that names a principal is refused as an identity policy")
    func principalInIdentityPolicy() {
        var world = World()
        let error = serviceError { () throws(ServiceError) in
            try world.createPolicy(CreatePolicyRequest(policyName: "p", policyDocument: Fixtures.lambdaTrust))
        }
        #expect(error?.code == "MalformedPolicyDocument")
        #expect(error?.message == "Policy document should not specify a principal.")
    }

    @Test("get-policy finds AWS managed policies by ARN")
    func awsManaged() throws {
        let world = World()
        let policy = try world.getPolicy(arn: Fixtures.basicExecutionARN)
        #expect(policy.name == "AWSLambdaBasicExecutionRole")
        #expect(policy.path == "/service-role/")
        let version = try world.getPolicyVersion(arn: Fixtures.basicExecutionARN, versionID: policy.defaultVersionID)
        #expect(version.document.text.contains("logs:CreateLogStream"))
    }

    @Test("AWS managed policy ids are the same in every world")
    func stableManagedIDs() throws {
        let a = try World(configuration: .init(seed: 1)).getPolicy(arn: Fixtures.basicExecutionARN)
        let b = try World(configuration: .init(seed: 2)).getPolicy(arn: Fixtures.basicExecutionARN)
        #expect(a.policyID == b.policyID)
    }

    @Test("get-policy and get-policy-version report what is missing", arguments: [
        ("arn:aws:iam::123456789012:policy/Nope", nil, "NoSuchEntity", "Policy arn:aws:iam::123456789012:policy/Nope was not found."),
        ("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "v99", "NoSuchEntity",
         "Policy arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole version v99 does not exist or is not attachable."),
        ("arn:aws:s3:::bucket/not-a-policy", nil, "InvalidInput", "ARN arn:aws:s3:::bucket/not-a-policy is not valid."),
    ] as [(String, String?, String, String)])
    func missingPolicy(arn: String, version: String?, code: String, message: String) {
        let world = World()
        let error = serviceError { () throws(ServiceError) in
            if let version { _ = try world.getPolicyVersion(arn: arn, versionID: version) } else { _ = try world.getPolicy(arn: arn) }
        }
        #expect(error?.code == code)
        #expect(error?.message == message)
    }

    @Test("list-policies filters by scope and sorts by name", arguments: PolicyScope.allCases)
    func listPolicies(scope: PolicyScope) throws {
        var world = World()
        try world.createPolicy(CreatePolicyRequest(policyName: "TodoRead", policyDocument: Fixtures.readTable))
        let names = world.listPolicies(scope: scope).map(\.name)
        #expect(names == names.sorted { $0.lowercased() < $1.lowercased() })
        #expect(names.contains("TodoRead") == (scope != .aws))
        #expect(names.contains("AWSLambdaBasicExecutionRole") == (scope != .local))
    }

    @Test("list-policies --only-attached keeps attached policies and counts attachments")
    func onlyAttached() throws {
        let world = try Fixtures.worldWithRole()
        let attached = world.listPolicies(onlyAttached: true)
        #expect(attached.map(\.name) == ["AdministratorAccess", "AWSLambdaBasicExecutionRole"])
        #expect(attached.allSatisfy { $0.attachmentCount == 1 })
    }

    @Test("attach-role-policy needs an existing policy; attaching twice changes nothing")
    func attach() throws {
        var world = try Fixtures.worldWithRole()
        try world.attachRolePolicy(roleName: "lambda-ex", policyARN: Fixtures.basicExecutionARN)
        #expect(try world.listAttachedRolePolicies(roleName: "lambda-ex").map(\.policyName) == ["AWSLambdaBasicExecutionRole"])
        let error = serviceError { () throws(ServiceError) in
            try world.attachRolePolicy(roleName: "lambda-ex", policyARN: "arn:aws:iam::aws:policy/NoSuchPolicy")
        }
        #expect(error?.code == "NoSuchEntity")
        #expect(error?.message == "Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.")
    }

    @Test("detach-role-policy of a policy that is not attached says it was not found")
    func detachMissing() throws {
        var world = try Fixtures.worldWithRole()
        let arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
        let error = serviceError { () throws(ServiceError) in try world.detachRolePolicy(roleName: "lambda-ex", policyARN: arn) }
        #expect(error?.code == "NoSuchEntity")
        #expect(error?.message == "Policy \(arn) was not found.")
    }

    @Test("Operations on a missing role say the role cannot be found", arguments: ["attach", "detach", "list-attached", "put", "get", "delete", "list"])
    func missingRoleEverywhere(operation: String) {
        var world = World()
        let error = serviceError { () throws(ServiceError) in
            switch operation {
            case "attach": try world.attachRolePolicy(roleName: "ghost", policyARN: Fixtures.basicExecutionARN)
            case "detach": try world.detachRolePolicy(roleName: "ghost", policyARN: Fixtures.basicExecutionARN)
            case "list-attached": _ = try world.listAttachedRolePolicies(roleName: "ghost")
            case "put": try world.putRolePolicy(roleName: "ghost", policyName: "p", policyDocument: Fixtures.readTable)
            case "get": _ = try world.getRolePolicy(roleName: "ghost", policyName: "p")
            case "delete": try world.deleteRolePolicy(roleName: "ghost", policyName: "p")
            default: _ = try world.listRolePolicies(roleName: "ghost")
            }
        }
        #expect(error?.message == "The role with name ghost cannot be found.")
    }

    @Test("Inline policies are put, replaced, listed in name order, read and deleted")
    func inlinePolicies() throws {
        var world = try Fixtures.worldWithRole()
        try world.putRolePolicy(roleName: "lambda-ex", policyName: "zeta", policyDocument: Fixtures.readTable)
        try world.putRolePolicy(roleName: "lambda-ex", policyName: "alpha", policyDocument: Fixtures.readTable)
        try world.putRolePolicy(roleName: "lambda-ex", policyName: "zeta", policyDocument: Fixtures.readTable)
        #expect(try world.listRolePolicies(roleName: "lambda-ex") == ["alpha", "zeta"])
        #expect(try world.getRolePolicy(roleName: "lambda-ex", policyName: "alpha").response.keys == ["PolicyName", "PolicyDocument"])
        try world.deleteRolePolicy(roleName: "lambda-ex", policyName: "alpha")
        #expect(try world.listRolePolicies(roleName: "lambda-ex") == ["zeta"])
        let error = serviceError { () throws(ServiceError) in try world.getRolePolicy(roleName: "lambda-ex", policyName: "alpha") }
        #expect(error?.message == "The role policy with name alpha cannot be found.")
    }

    @Test("Policy names follow IAM's pattern and length", arguments: [
        ("bad name", "Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
        (String(repeating: "p", count: 129), "Member must have length less than or equal to 128"),
    ])
    func policyNames(name: String, constraint: String) {
        var world = World()
        let error = serviceError { () throws(ServiceError) in
            try world.createPolicy(CreatePolicyRequest(policyName: name, policyDocument: Fixtures.readTable))
        }
        #expect(error?.code == "ValidationError")
        #expect(error?.message == "1 validation error detected: Value '\(name)' at 'policyName' failed to satisfy constraint: \(constraint)")
    }
}
