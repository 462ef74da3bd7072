import IAM
import Testing
@testable import LambdaSim

@Suite("Function resource policies: add-permission, get-policy, remove-permission")
struct PermissionTests {
    static let functionARN = "arn:aws:lambda:us-east-1:123456789012:function:my-function"

    static func s3Permission(qualifier: String? = nil) -> AddPermissionRequest {
        AddPermissionRequest(functionName: "my-function", statementID: "s3", action: "lambda:InvokeFunction", principal: "s3.amazonaws.com",
                             sourceARN: "arn:aws:s3:::my-bucket-1xpuxmplzrlbh", sourceAccount: "123456789012", qualifier: qualifier)
    }

    @Test("The statement is built as Lambda builds it, conditions included")
    func statement() throws {
        var world = try Fixtures.worldWithFunction()
        let result = try world.addPermission(Self.s3Permission())
        #expect(result.statement == #"{"Sid":"s3","Effect":"Allow","Principal":{"Service":"s3.amazonaws.com"},"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:123456789012:function:my-function","Condition":{"StringEquals":{"AWS:SourceAccount":"123456789012"},"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::my-bucket-1xpuxmplzrlbh"}}}"#)
        let policy = try world.getPolicy(functionName: "my-function")
        #expect(policy.policy == #"{"Version":"2012-10-17","Id":"default","Statement":["# + result.statement + "]}")
        #expect(policy.revisionID == (try world.getFunctionConfiguration(functionName: "my-function").revisionID))
    }

    @Test("Principals are written as AWS writes them", arguments: [
        ("223456789012", #"{"AWS":"arn:aws:iam::223456789012:root"}"#),
        ("arn:aws:iam::123456789012:user/developer", #"{"AWS":"arn:aws:iam::123456789012:user/developer"}"#),
        ("*", #""*""#),
        ("events.amazonaws.com", #"{"Service":"events.amazonaws.com"}"#),
    ])
    func principals(principal: String, written: String) throws {
        var world = try Fixtures.worldWithFunction()
        let result = try world.addPermission(AddPermissionRequest(functionName: "my-function", statementID: "p", action: "lambda:InvokeFunction",
                                                                  principal: principal))
        #expect(result.statement.contains(#""Principal":"# + written + ","))
    }

    @Test("add-permission refuses what Lambda refuses", arguments: [
        ("bad sid", "lambda:InvokeFunction", "s3.amazonaws.com", nil, "ValidationException", "1 validation error detected: Value 'bad sid' at 'statementId' failed to satisfy constraint: Member must satisfy regular expression pattern: ([a-zA-Z0-9-_]+)"),
        ("ok", "s3:GetObject", "s3.amazonaws.com", nil, "ValidationException", "1 validation error detected: Value 's3:GetObject' at 'action' failed to satisfy constraint: Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])"),
        ("ok", "lambda:InvokeFunction", "somebody", nil, "InvalidParameterValueException", "The provided principal was invalid. Please check the principal and try again."),
        ("ok", "lambda:InvokeFunction", "s3.amazonaws.com", "$LATEST", "InvalidParameterValueException", "We currently do not support adding policies for $LATEST."),
        ("ok", "lambda:InvokeFunction", "s3.amazonaws.com", "4", "ResourceNotFoundException", "Function not found: arn:aws:lambda:us-east-1:123456789012:function:my-function:4"),
    ] as [(String, String, String, String?, String, String)])
    func refused(sid: String, action: String, principal: String, qualifier: String?, code: String, message: String) throws {
        var world = try Fixtures.worldWithFunction()
        let error = serviceError { () throws(ServiceError) in
            try world.addPermission(AddPermissionRequest(functionName: "my-function", statementID: sid, action: action, principal: principal,
                                                         qualifier: qualifier))
        }
        #expect(error?.code == code)
        #expect(error?.message == message)
    }

    @Test("A statement id can be used once per policy")
    func duplicateSid() throws {
        var world = try Fixtures.worldWithFunction()
        try world.addPermission(Self.s3Permission())
        let error = serviceError { () throws(ServiceError) in try world.addPermission(Self.s3Permission()) }
        #expect(error?.code == "ResourceConflictException")
        #expect(error?.message == "The statement id (s3) provided already exists. Please provide a new statement id, or remove the existing statement.")
    }

    @Test("get-policy without a policy says the resource does not exist")
    func noPolicy() throws {
        let world = try Fixtures.worldWithFunction()
        let error = serviceError { () throws(ServiceError) in try world.getPolicy(functionName: "my-function") }
        #expect(error?.code == "ResourceNotFoundException")
        #expect(error?.message == "The resource you requested does not exist.")
    }

    @Test("remove-permission reports a missing policy and a missing statement in AWS's words")
    func remove() throws {
        var world = try Fixtures.worldWithFunction()
        #expect(serviceError { () throws(ServiceError) in try world.removePermission(functionName: "my-function", statementID: "s3") }?.message
                == "No policy is associated with the given resource.")
        try world.addPermission(Self.s3Permission())
        #expect(serviceError { () throws(ServiceError) in try world.removePermission(functionName: "my-function", statementID: "sns") }?.message
                == "Statement sns is not found in resource policy.")
        try world.removePermission(functionName: "my-function", statementID: "s3")
        #expect(serviceError { () throws(ServiceError) in try world.getPolicy(functionName: "my-function") }?.code == "ResourceNotFoundException")
    }

    @Test("A permission on an alias allows invoking through the alias only")
    func aliasPermission() throws {
        var world = try Fixtures.worldWithFunction()
        try world.publishVersion(functionName: "my-function")
        try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1")
        try world.addPermission(Self.s3Permission(qualifier: "PROD"))
        let context: RequestContext = ["aws:SourceAccount": "123456789012", "aws:SourceArn": "arn:aws:s3:::my-bucket-1xpuxmplzrlbh"]
        let throughAlias = world.authorize(principal: .service("s3.amazonaws.com"), action: "lambda:InvokeFunction",
                                           resource: Self.functionARN + ":PROD", context: context,
                                           resourcePolicy: world.functionPolicy(functionName: "my-function", qualifier: "PROD"))
        #expect(throughAlias.decision.isAllowed)
        let unqualified = world.authorize(principal: .service("s3.amazonaws.com"), action: "lambda:InvokeFunction",
                                          resource: Self.functionARN, context: context,
                                          resourcePolicy: world.functionPolicy(functionName: "my-function"))
        #expect(!unqualified.decision.isAllowed)
    }

    @Test("The source conditions must hold for the permission to apply")
    func conditions() throws {
        var world = try Fixtures.worldWithFunction()
        try world.addPermission(Self.s3Permission())
        let policy = world.functionPolicy(functionName: "my-function")
        let other: RequestContext = ["aws:SourceAccount": "123456789012", "aws:SourceArn": "arn:aws:s3:::another-bucket"]
        let evaluation = world.authorize(principal: .service("s3.amazonaws.com"), action: "lambda:InvokeFunction", resource: Self.functionARN,
                                         context: other, resourcePolicy: policy)
        #expect(!evaluation.decision.isAllowed)
    }

    @Test("Changing permissions changes the RevisionId, and a stale one is refused")
    func revisions() throws {
        var world = try Fixtures.worldWithFunction()
        let before = try world.getFunctionConfiguration(functionName: "my-function").revisionID
        try world.addPermission(Self.s3Permission())
        #expect(try world.getFunctionConfiguration(functionName: "my-function").revisionID != before)
        var stale = Self.s3Permission()
        stale.statementID = "again"
        stale.revisionID = before
        #expect(serviceError { () throws(ServiceError) in try world.addPermission(stale) }?.code == "PreconditionFailedException")
    }

    @Test("Deleting an alias drops its policy")
    func aliasPolicyGoesWithAlias() throws {
        var world = try Fixtures.worldWithFunction()
        try world.publishVersion(functionName: "my-function")
        try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1")
        try world.addPermission(Self.s3Permission(qualifier: "PROD"))
        try world.deleteAlias(functionName: "my-function", name: "PROD")
        try world.createAlias(functionName: "my-function", name: "PROD", functionVersion: "1")
        #expect(serviceError { () throws(ServiceError) in try world.getPolicy(functionName: "my-function", qualifier: "PROD") }?.code
                == "ResourceNotFoundException")
    }
}
