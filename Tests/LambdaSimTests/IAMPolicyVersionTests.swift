import Testing
@testable import LambdaSim

@Suite("IAM policy versions and deleting policies")
struct IAMPolicyVersionTests {
    static let arn = "arn:aws:iam::123456789012:policy/TodoRead"
    static let writeTable = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:PutItem","Resource":"*"}]}"#

    static func world() throws -> World {
        var world = try Fixtures.worldWithRole()
        try world.createPolicy(CreatePolicyRequest(policyName: "TodoRead", policyDocument: Fixtures.readTable))
        return world
    }

    @Test("A new version becomes the default only when asked")
    func createVersion() throws {
        var world = try Self.world()
        let v2 = try world.createPolicyVersion(arn: Self.arn, policyDocument: Self.writeTable)
        #expect(v2.versionID == "v2" && !v2.isDefaultVersion)
        #expect(try world.getPolicy(arn: Self.arn).defaultVersionID == "v1")
        try world.createPolicyVersion(arn: Self.arn, policyDocument: Self.writeTable, setAsDefault: true)
        #expect(try world.getPolicy(arn: Self.arn).defaultVersionID == "v3")
        #expect(try world.listPolicyVersions(arn: Self.arn).map(\.versionID) == ["v3", "v2", "v1"])
    }

    @Test("The default version decides what attached roles may do")
    func defaultDecides() throws {
        var world = try Self.world()
        try world.attachRolePolicy(roleName: "lambda-ex", policyARN: Self.arn)
        let results = { (world: World) throws(ServiceError) -> Bool in
            try world.simulatePrincipalPolicy(policySourceARN: Fixtures.roleARN, actionNames: ["dynamodb:PutItem"])[0].evaluation.decision.isAllowed
        }
        #expect(try results(world) == false)
        try world.createPolicyVersion(arn: Self.arn, policyDocument: Self.writeTable, setAsDefault: true)
        #expect(try results(world) == true)
        try world.setDefaultPolicyVersion(arn: Self.arn, versionID: "v1")
        #expect(try results(world) == false)
    }

    @Test("A policy keeps at most five versions")
    func versionLimit() throws {
        var world = try Self.world()
        for _ in 0..<4 { try world.createPolicyVersion(arn: Self.arn, policyDocument: Self.writeTable) }
        let error = serviceError { () throws(ServiceError) in try world.createPolicyVersion(arn: Self.arn, policyDocument: Self.writeTable) }
        #expect(error?.code == "LimitExceeded")
        #expect(error?.message == "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.")
    }

    @Test("The default version cannot be deleted; another can")
    func deleteVersion() throws {
        var world = try Self.world()
        try world.createPolicyVersion(arn: Self.arn, policyDocument: Self.writeTable)
        let error = serviceError { () throws(ServiceError) in try world.deletePolicyVersion(arn: Self.arn, versionID: "v1") }
        #expect(error?.code == "DeleteConflict")
        #expect(error?.message == "Cannot delete the default version of a policy.")
        try world.deletePolicyVersion(arn: Self.arn, versionID: "v2")
        #expect(try world.listPolicyVersions(arn: Self.arn).map(\.versionID) == ["v1"])
    }

    @Test("delete-policy is refused while attached or while other versions remain", arguments: ["attached", "versions"])
    func deleteRefused(reason: String) throws {
        var world = try Self.world()
        if reason == "attached" {
            try world.attachRolePolicy(roleName: "lambda-ex", policyARN: Self.arn)
        } else {
            try world.createPolicyVersion(arn: Self.arn, policyDocument: Self.writeTable)
        }
        let error = serviceError { () throws(ServiceError) in try world.deletePolicy(arn: Self.arn) }
        #expect(error?.code == "DeleteConflict")
        #expect(error?.message == (reason == "attached" ? "Cannot delete a policy attached to entities."
            : "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy."))
    }

    @Test("An unattached policy with one version can be deleted")
    func deletePolicy() throws {
        var world = try Self.world()
        try world.deletePolicy(arn: Self.arn)
        #expect(serviceError { () throws(ServiceError) in try world.getPolicy(arn: Self.arn) }?.code == "NoSuchEntity")
    }

    @Test("AWS managed policies cannot be changed")
    func awsManagedReadOnly() throws {
        var world = try Self.world()
        let error = serviceError { () throws(ServiceError) in
            try world.createPolicyVersion(arn: Fixtures.basicExecutionARN, policyDocument: Self.writeTable)
        }
        #expect(error?.code == "InvalidInput")
        #expect(try world.listPolicyVersions(arn: Fixtures.basicExecutionARN).count == 1)
    }

    @Test("The learner's own permissions are checked before an operation, and the decision is kept")
    func authorizeCaller() throws {
        var world = try Self.world()
        #expect(throws: Never.self) {
            try world.authorizeCaller(action: "iam:PassRole", resource: Fixtures.roleARN, service: .lambda)
        }
        try world.putRolePolicy(roleName: "lambda-ex", policyName: "todo", policyDocument: Fixtures.readTable)
        try world.assumeRole(named: "lambda-ex")
        let error = serviceError { () throws(ServiceError) in
            try world.authorizeCaller(action: "lambda:CreateFunction", resource: "arn:aws:lambda:us-east-1:123456789012:function:f", service: .lambda)
        }
        #expect(error?.code == "AccessDeniedException")
        #expect(error?.message == "User: arn:aws:sts::123456789012:assumed-role/lambda-ex/learner is not authorized to perform: lambda:CreateFunction on resource: arn:aws:lambda:us-east-1:123456789012:function:f because no identity-based policy allows the lambda:CreateFunction action")
        #expect(world.lastAuthorization?.evaluation.request.action == "lambda:CreateFunction")
        #expect(error?.explanation?.isEmpty == false)
    }
}
