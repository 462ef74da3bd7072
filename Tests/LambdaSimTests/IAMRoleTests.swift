import Testing
@testable import LambdaSim

@Suite("IAM roles")
struct IAMRoleTests {
    @Test("A new role gets an AROA id of 21 characters, its ARN, and the clock's creation date")
    func createRole() throws {
        var world = World()
        let role = try world.createRole(CreateRoleRequest(roleName: "lambda-ex", assumeRolePolicyDocument: Fixtures.lambdaTrust))
        #expect(role.roleID.hasPrefix("AROA"))
        #expect(role.roleID.count == 21)
        #expect(role.roleID.allSatisfy { "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".contains($0) })
        #expect(role.arn == "arn:aws:iam::123456789012:role/lambda-ex")
        #expect(role.createDate == world.clock.now)
        #expect(role.maxSessionDuration == 3600)
        #expect(role.response["CreateDate"] == .string("2026-01-01T00:00:00+00:00"))
    }

    @Test("The role response lists keys in the CLI's order and decodes the trust policy")
    func roleResponse() throws {
        var world = World()
        let role = try world.createRole(CreateRoleRequest(roleName: "r", assumeRolePolicyDocument: Fixtures.lambdaTrust, description: "demo"))
        #expect(role.response.keys == ["Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument", "Description", "MaxSessionDuration"])
        #expect(role.getRoleResponse.keys.last == "RoleLastUsed")
        #expect(role.createRoleResponse.keys == ["Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument", "Description"])
        #expect(role.response["AssumeRolePolicyDocument"]?["Version"] == .string("2012-10-17"))
    }

    @Test("A role with a path has the path in its ARN")
    func pathInARN() throws {
        var world = World()
        let role = try world.createRole(CreateRoleRequest(roleName: "r", assumeRolePolicyDocument: Fixtures.lambdaTrust, path: "/service-role/"))
        #expect(role.arn == "arn:aws:iam::123456789012:role/service-role/r")
    }

    @Test("Role names are unique without regard to case")
    func duplicateRole() throws {
        var world = try Fixtures.worldWithRole()
        let error = serviceError { () throws(ServiceError) in
            try world.createRole(CreateRoleRequest(roleName: "LAMBDA-EX", assumeRolePolicyDocument: Fixtures.lambdaTrust))
        }
        #expect(error?.code == "EntityAlreadyExists")
        #expect(error?.message == "Role with name LAMBDA-EX already exists.")
        #expect(error?.httpStatus == 409)
    }

    @Test("create-role refuses bad parameters with IAM's messages", arguments: [
        ("", "/", 3600, "1 validation error detected: Value '' at 'roleName' failed to satisfy constraint: Member must have length greater than or equal to 1"),
        (String(repeating: "r", count: 65), "/", 3600, "1 validation error detected: Value '\(String(repeating: "r", count: 65))' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64"),
        ("bad name", "/", 3600, "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
        ("bad/name", "/", 3600, "1 validation error detected: Value 'bad/name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+"),
        ("r", "no-slash", 3600, "1 validation error detected: Value 'no-slash' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"),
        ("r", "/a", 3600, "1 validation error detected: Value '/a' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"),
        ("r", "/", 100, "1 validation error detected: Value '100' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600"),
        ("r", "/", 50000, "1 validation error detected: Value '50000' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200"),
    ])
    func badCreateRole(name: String, path: String, duration: Int, message: String) {
        var world = World()
        let error = serviceError { () throws(ServiceError) in
            try world.createRole(CreateRoleRequest(roleName: name, assumeRolePolicyDocument: Fixtures.lambdaTrust, path: path,
                                                   maxSessionDuration: duration))
        }
        #expect(error?.code == "ValidationError")
        #expect(error?.message == message)
        #expect(error?.httpStatus == 400)
    }

    @Test("Names with letters, digits and _+=,.@- are accepted", arguments: ["a", "role_1", "a+b=c,d.e@f-g", String(repeating: "x", count: 64)])
    func goodNames(name: String) throws {
        var world = World()
        #expect(throws: Never.self) {
            try world.createRole(CreateRoleRequest(roleName: name, assumeRolePolicyDocument: Fixtures.lambdaTrust))
        }
    }

    @Test("A trust policy must be a valid trust document", arguments: [
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}"#,
        "not json",
        #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"s3:GetObject"}]}"#,
    ])
    func malformedTrust(document: String) {
        var world = World()
        let error = serviceError { () throws(ServiceError) in
            try world.createRole(CreateRoleRequest(roleName: "r", assumeRolePolicyDocument: document))
        }
        #expect(error?.code == "MalformedPolicyDocument")
        #expect(error?.message.isEmpty == false)
        #expect(error?.explanation != nil)
    }

    @Test("get-role of a missing role says it cannot be found")
    func missingRole() {
        let world = World()
        let error = serviceError { () throws(ServiceError) in try world.getRole(named: "ghost") }
        #expect(error?.code == "NoSuchEntity")
        #expect(error?.message == "The role with name ghost cannot be found.")
        #expect(error?.httpStatus == 404)
    }

    @Test("list-roles is sorted by name and filters by path prefix")
    func listRoles() throws {
        var world = World()
        for name in ["zeta", "Alpha", "mid"] {
            try world.createRole(CreateRoleRequest(roleName: name, assumeRolePolicyDocument: Fixtures.lambdaTrust,
                                                   path: name == "mid" ? "/service-role/" : "/"))
        }
        #expect(world.listRoles().map(\.name) == ["Alpha", "mid", "zeta"])
        #expect(world.listRoles(pathPrefix: "/service-role/").map(\.name) == ["mid"])
    }

    @Test("delete-role is refused while managed policies are attached")
    func deleteWithAttached() throws {
        var world = try Fixtures.worldWithRole()
        let error = serviceError { () throws(ServiceError) in try world.deleteRole(named: "lambda-ex") }
        #expect(error?.code == "DeleteConflict")
        #expect(error?.message == "Cannot delete entity, must detach all policies first.")
        #expect(error?.httpStatus == 409)
    }

    @Test("delete-role is refused while inline policies remain")
    func deleteWithInline() throws {
        var world = World()
        try world.createRole(CreateRoleRequest(roleName: "r", assumeRolePolicyDocument: Fixtures.lambdaTrust))
        try world.putRolePolicy(roleName: "r", policyName: "read", policyDocument: Fixtures.readTable)
        let error = serviceError { () throws(ServiceError) in try world.deleteRole(named: "r") }
        #expect(error?.message == "Cannot delete entity, must delete policies first.")
    }

    @Test("A role without policies can be deleted, and is then gone")
    func deleteRole() throws {
        var world = try Fixtures.worldWithRole()
        try world.detachRolePolicy(roleName: "lambda-ex", policyARN: Fixtures.basicExecutionARN)
        try world.deleteRole(named: "lambda-ex")
        #expect(world.listRoles().isEmpty)
        #expect(serviceError { () throws(ServiceError) in try world.getRole(named: "lambda-ex") }?.code == "NoSuchEntity")
    }

    @Test("update-assume-role-policy replaces the trust policy")
    func updateTrust() throws {
        var world = try Fixtures.worldWithRole()
        try world.updateAssumeRolePolicy(roleName: "lambda-ex", policyDocument: Fixtures.ec2Trust)
        #expect(try world.getRole(named: "lambda-ex").trustPolicy.text == Fixtures.ec2Trust)
    }
}
