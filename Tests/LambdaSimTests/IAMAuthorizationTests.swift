import IAM
import Testing
@testable import LambdaSim

@Suite("Authorization, simulation and the caller's identity")
struct IAMAuthorizationTests {
    @Test("The learner starts as the admin user learner")
    func defaultCaller() {
        let world = World()
        let identity = world.getCallerIdentity()
        #expect(identity.arn == "arn:aws:iam::123456789012:user/learner")
        #expect(identity.account == "123456789012")
        #expect(identity.userID.hasPrefix("AIDA") && identity.userID.count == 21)
        #expect(identity.response.keys == ["UserId", "Account", "Arn"])
    }

    @Test("Acting as a role gives an assumed-role identity with ROLEID:session")
    func assumedRole() throws {
        var world = try Fixtures.worldWithRole()
        try world.assumeRole(named: "lambda-ex")
        let identity = world.getCallerIdentity()
        #expect(identity.arn == "arn:aws:sts::123456789012:assumed-role/lambda-ex/learner")
        #expect(identity.userID == "\(try world.getRole(named: "lambda-ex").roleID):learner")
        try world.actAsUser(named: "learner")
        #expect(world.getCallerIdentity().arn == "arn:aws:iam::123456789012:user/learner")
    }

    @Test("The admin user is allowed anything, and the decision is kept for explain")
    func adminAllowed() {
        var world = World()
        let evaluation = world.authorize(principal: world.callerPrincipal, action: "lambda:CreateFunction", resource: "*")
        #expect(evaluation.decision.isAllowed)
        #expect(world.lastAuthorization?.evaluation == evaluation)
        #expect(world.lastAuthorization?.instant == world.clock.now)
    }

    @Test("A role's identity policies decide its requests", arguments: [
        ("logs:PutLogEvents", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/f:*", true),
        ("dynamodb:GetItem", "arn:aws:dynamodb:us-east-1:123456789012:table/Todo", true),
        ("dynamodb:PutItem", "arn:aws:dynamodb:us-east-1:123456789012:table/Todo", false),
        ("s3:GetObject", "arn:aws:s3:::bucket/key", false),
    ])
    func roleDecisions(action: String, resource: String, allowed: Bool) throws {
        var world = try Fixtures.worldWithRole()
        try world.putRolePolicy(roleName: "lambda-ex", policyName: "todo", policyDocument: Fixtures.readTable)
        let session = ARN("arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function")!
        let evaluation = world.authorize(principal: .assumedRole(session: session), action: action, resource: resource)
        #expect(evaluation.decision.isAllowed == allowed)
    }

    @Test("A denial becomes the service's AccessDenied error with AWS's message")
    func requireAuthorization() throws {
        var world = try Fixtures.worldWithRole()
        let session = ARN("arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function")!
        let error = serviceError { () throws(ServiceError) in
            try world.requireAuthorization(principal: .assumedRole(session: session), action: "dynamodb:PutItem",
                                           resource: "arn:aws:dynamodb:us-east-1:123456789012:table/Todo", service: .lambda)
        }
        #expect(error?.code == "AccessDeniedException")
        #expect(error?.httpStatus == 403)
        #expect(error?.message == "User: arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Todo because no identity-based policy allows the dynamodb:PutItem action")
        #expect(world.lastAuthorization?.evaluation.decision.isAllowed == false)
    }

    @Test("A resource policy can allow a service principal that has no identity policies")
    func resourcePolicy() throws {
        var world = World()
        let text = #"{"Version":"2012-10-17","Statement":[{"Sid":"s3","Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f"}]}"#
        let policy = AttachedPolicy(name: "function policy", document: try PolicyDocument.parse(text, kind: .resource))
        let allowed = world.authorize(principal: .service("s3.amazonaws.com"), action: "lambda:InvokeFunction",
                                      resource: "arn:aws:lambda:us-east-1:123456789012:function:f", resourcePolicy: policy)
        #expect(allowed.decision.isAllowed)
        let qualified = world.authorize(principal: .service("s3.amazonaws.com"), action: "lambda:InvokeFunction",
                                        resource: "arn:aws:lambda:us-east-1:123456789012:function:f:PROD", resourcePolicy: policy)
        #expect(!qualified.decision.isAllowed)
    }

    @Test("simulate-custom-policy gives one result per action and resource, with IAM's names")
    func simulateCustom() throws {
        let world = World()
        let results = try world.simulateCustomPolicy(policyInputList: [Fixtures.readTable], actionNames: ["dynamodb:GetItem", "dynamodb:PutItem"],
                                                     resourceARNs: ["arn:aws:dynamodb:us-east-1:123456789012:table/Todo"])
        #expect(results.map { $0.evaluation.decision.evalDecision } == ["allowed", "implicitDeny"])
        #expect(results[0].response["MatchedStatements"]?.listValue?.first?["SourcePolicyId"] == .string("PolicyInputList.1"))
        #expect(results[0].response.keys == ["EvalActionName", "EvalResourceName", "EvalDecision", "MatchedStatements", "MissingContextValues"])
    }

    @Test("simulate-custom-policy refuses a malformed document")
    func simulateMalformed() {
        let world = World()
        let error = serviceError { () throws(ServiceError) in
            try world.simulateCustomPolicy(policyInputList: ["{"], actionNames: ["s3:GetObject"])
        }
        #expect(error?.code == "MalformedPolicyDocument")
    }

    @Test("simulate-principal-policy uses the role's attached and inline policies")
    func simulatePrincipal() throws {
        var world = try Fixtures.worldWithRole()
        try world.putRolePolicy(roleName: "lambda-ex", policyName: "todo", policyDocument: Fixtures.readTable)
        let results = try world.simulatePrincipalPolicy(policySourceARN: Fixtures.roleARN,
                                                        actionNames: ["logs:CreateLogGroup", "dynamodb:GetItem", "dynamodb:DeleteItem"],
                                                        resourceARNs: ["arn:aws:dynamodb:us-east-1:123456789012:table/Todo"])
        #expect(results.map { $0.evaluation.decision.isAllowed } == [true, true, false])
    }

    @Test("simulate-principal-policy of an unknown principal is refused")
    func simulateUnknownPrincipal() {
        let world = World()
        let error = serviceError { () throws(ServiceError) in
            try world.simulatePrincipalPolicy(policySourceARN: "arn:aws:iam::123456789012:role/ghost", actionNames: ["s3:GetObject"])
        }
        #expect(error?.code == "NoSuchEntity")
    }

    @Test("Acting as a role that does not exist is refused")
    func assumeMissingRole() {
        var world = World()
        #expect(serviceError { () throws(ServiceError) in try world.assumeRole(named: "ghost") }?.code == "NoSuchEntity")
    }
}
