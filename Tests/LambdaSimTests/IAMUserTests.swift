import Testing
@testable import LambdaSim

@Suite("IAM users")
struct IAMUserTests {
    static let invokeOnly = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"lambda:GetFunction","Resource":"*"}]}"#

    @Test("A new user gets an AIDA id and its ARN; names are unique without regard to case")
    func create() throws {
        var world = World()
        let user = try world.createUser(named: "developer")
        #expect(user.userID.hasPrefix("AIDA") && user.userID.count == 21)
        #expect(user.arn == "arn:aws:iam::123456789012:user/developer")
        #expect(user.response.keys == ["Path", "UserName", "UserId", "Arn", "CreateDate"])
        let error = serviceError { () throws(ServiceError) in try world.createUser(named: "Developer") }
        #expect(error?.message == "User with name Developer already exists.")
        #expect(world.listUsers().map(\.name) == ["developer", "learner"])
    }

    @Test("A user with narrow policies is refused what they do not allow")
    func narrowUser() throws {
        var world = World()
        try world.createUser(named: "developer")
        try world.putUserPolicy(userName: "developer", policyName: "read", policyDocument: Self.invokeOnly)
        try world.actAsUser(named: "developer")
        let arn = "arn:aws:lambda:us-east-1:123456789012:function:my-function"
        #expect(throws: Never.self) { try world.authorizeCaller(action: "lambda:GetFunction", resource: arn, service: .lambda) }
        let error = serviceError { () throws(ServiceError) in try world.authorizeCaller(action: "lambda:InvokeFunction", resource: arn, service: .lambda) }
        #expect(error?.message == "User: arn:aws:iam::123456789012:user/developer is not authorized to perform: lambda:InvokeFunction on resource: \(arn) because no identity-based policy allows the lambda:InvokeFunction action")
    }

    @Test("User policies are attached, listed, read and removed")
    func policies() throws {
        var world = World()
        try world.createUser(named: "developer")
        try world.attachUserPolicy(userName: "developer", policyARN: "arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess")
        #expect(try world.listAttachedUserPolicies(userName: "developer").map(\.policyName) == ["AWSLambda_ReadOnlyAccess"])
        try world.putUserPolicy(userName: "developer", policyName: "extra", policyDocument: Self.invokeOnly)
        #expect(try world.listUserPolicies(userName: "developer") == ["extra"])
        #expect(serviceError { () throws(ServiceError) in try world.deleteUser(named: "developer") }?.message
                == "Cannot delete entity, must detach all policies first.")
        try world.detachUserPolicy(userName: "developer", policyARN: "arn:aws:iam::aws:policy/AWSLambda_ReadOnlyAccess")
        #expect(serviceError { () throws(ServiceError) in try world.deleteUser(named: "developer") }?.message
                == "Cannot delete entity, must delete policies first.")
        try world.deleteUserPolicy(userName: "developer", policyName: "extra")
        #expect(serviceError { () throws(ServiceError) in try world.getUserPolicy(userName: "developer", policyName: "extra") }?.message
                == "The user policy with name extra cannot be found.")
        try world.deleteUser(named: "developer")
        #expect(serviceError { () throws(ServiceError) in try world.getUser(named: "developer") }?.message
                == "The user with name developer cannot be found.")
    }

    @Test("The user the learner acts as cannot be deleted")
    func currentUser() throws {
        var world = World()
        try world.detachUserPolicy(userName: "learner", policyARN: "arn:aws:iam::aws:policy/AdministratorAccess")
        #expect(serviceError { () throws(ServiceError) in try world.deleteUser(named: "learner") }?.code == "DeleteConflict")
    }
}
