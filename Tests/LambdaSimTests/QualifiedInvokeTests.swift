import Foundation
import IAM
import Testing
@testable import LambdaSim

/// Invoking versions and aliases (facts §6.1, §6.3): every way of naming a qualifier, what the handler and the
/// logs see, and one set of execution environments per version.
@Suite("Qualified invokes")
struct QualifiedInvokeTests {
    /// Reports what the runtime tells the handler, and counts invocations per environment.
    static func source(_ label: String) -> String {
        """
        import os
        count = 0
        def lambda_handler(event, context):
            global count
            count += 1
            return {"code": "\(label)", "version": context.function_version, "arn": context.invoked_function_arn,
                    "env": os.environ["AWS_LAMBDA_FUNCTION_VERSION"], "count": count}
        """
    }

    static let base = "arn:aws:lambda:us-east-1:123456789012:function:my-function"

    /// `my-function` with version 1 (code "one"), version 2 (code "two"), `$LATEST` (code "three") and `prod` → 1.
    static func harness(seed: UInt64 = 0) throws -> InvokeHarness {
        var harness = try InvokeHarness(source("one"), seed: seed)
        try harness.world.publishVersion(functionName: "my-function")
        try harness.world.updateFunctionCode(UpdateFunctionCodeRequest(
            functionName: "my-function", zipFile: try CodePackage.zip(textFiles: [("lambda_function.py", source("two"))]), publish: true))
        try harness.world.updateFunctionCode(UpdateFunctionCodeRequest(
            functionName: "my-function", zipFile: try CodePackage.zip(textFiles: [("lambda_function.py", source("three"))])))
        try harness.world.createAlias(functionName: "my-function", name: "prod", functionVersion: "1")
        return harness
    }

    static func fields(_ response: InvokeResponse) throws -> [String: String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.payload)) as? [String: Any])
        return object.mapValues { "\($0)" }
    }

    @Test("Every way of naming version 1 runs version 1 and reports it", arguments: [
        ("my-function:1", nil), ("my-function", "1"), ("123456789012:function:my-function:1", nil),
        ("123456789012:function:my-function", "1"), ("arn:aws:lambda:us-east-1:123456789012:function:my-function:1", nil),
        ("arn:aws:lambda:us-east-1:123456789012:function:my-function", "1"), ("my-function:1", "1"),
    ] as [(String, String?)])
    func namesVersionOne(name: String, qualifier: String?) throws {
        var harness = try Self.harness()
        let response = try harness.invoke(name: name, qualifier: qualifier)
        #expect(response.executedVersion == "1")
        let fields = try Self.fields(response)
        #expect(fields["code"] == "one")
        #expect(fields["version"] == "1")
        #expect(fields["env"] == "1")
        #expect(fields["arn"] == Self.base + ":1")
        #expect(harness.last.qualifier == "1")
        #expect(harness.last.invokedFunctionARN == Self.base + ":1")
    }

    @Test("An unqualified invoke runs $LATEST with the unqualified ARN; :$LATEST names it explicitly")
    func latest() throws {
        var harness = try Self.harness()
        let plain = try harness.invoke()
        #expect(plain.executedVersion == "$LATEST")
        #expect(try Self.fields(plain)["arn"] == Self.base)
        #expect(try Self.fields(plain)["code"] == "three")
        let explicit = try harness.invoke(name: "my-function:$LATEST")
        #expect(explicit.executedVersion == "$LATEST")
        #expect(try Self.fields(explicit)["arn"] == Self.base + ":$LATEST")
        #expect(try Self.fields(explicit)["version"] == "$LATEST")
    }

    @Test("Through an alias: ExecutedVersion and context.function_version are the number, the ARN ends in the alias")
    func throughAlias() throws {
        for (name, qualifier) in [("my-function:prod", nil), ("my-function", "prod"), (Self.base + ":prod", nil)] as [(String, String?)] {
            var harness = try Self.harness()
            let response = try harness.invoke(name: name, qualifier: qualifier)
            #expect(response.executedVersion == "1")
            let fields = try Self.fields(response)
            #expect(fields["version"] == "1")
            #expect(fields["code"] == "one")
            #expect(fields["arn"] == Self.base + ":prod")
            #expect(harness.last.qualifier == "prod")
            #expect(harness.last.executedVersion == .published(1))
            #expect(harness.last.routing?.alias == "prod")
            #expect(harness.last.routing?.explanation == "alias prod points to version 1")
        }
    }

    @Test("START names the version that ran and the log stream is [N]…, also through an alias")
    func startLineAndStream() throws {
        var harness = try Self.harness()
        try harness.invoke(name: "my-function:prod")
        let record = harness.last
        #expect(record.logLines.contains { $0.hasPrefix("START RequestId: \(record.requestID) Version: 1") })
        #expect(record.logStreamName.hasPrefix("2026/01/01/[1]"))
        let stream = try #require(harness.world.logs.groups["/aws/lambda/my-function"]?.streams[record.logStreamName])
        #expect(stream.events.contains { $0.message.hasPrefix("START RequestId: \(record.requestID) Version: 1") })
        try harness.invoke(name: "my-function:2")
        #expect(harness.last.logStreamName.hasPrefix("2026/01/01/[2]"))
        #expect(harness.last.logLines.contains { $0.contains("Version: 2") })
        try harness.invoke()
        #expect(harness.last.logStreamName.hasPrefix("2026/01/01/[$LATEST]"))
    }

    @Test("Each version has its own execution environments; an alias shares its version's")
    func environmentsPerVersion() throws {
        var harness = try Self.harness()
        try harness.invoke(name: "my-function:1")
        let first = harness.last
        try harness.invoke(name: "my-function:2")
        let second = harness.last
        try harness.invoke()
        let latest = harness.last
        #expect(first.cold && second.cold && latest.cold)
        #expect(Set([first.environmentID, second.environmentID, latest.environmentID]).count == 3)
        let again = try harness.invoke(name: "my-function:prod")
        #expect(!harness.last.cold)
        #expect(harness.last.environmentID == first.environmentID)
        #expect(try Self.fields(again)["count"] == "2")
    }

    @Test("Updating $LATEST retires only $LATEST's environments: a published version stays warm")
    func updateKeepsVersionsWarm() throws {
        var harness = try Self.harness()
        try harness.invoke(name: "my-function:1")
        let versionEnvironment = harness.last.environmentID
        try harness.invoke()
        let latestEnvironment = harness.last.environmentID
        try harness.world.updateFunctionCode(UpdateFunctionCodeRequest(
            functionName: "my-function", zipFile: try CodePackage.zip(textFiles: [("lambda_function.py", Self.source("four"))])))
        try harness.invoke(name: "my-function:prod")
        #expect(!harness.last.cold)
        #expect(harness.last.environmentID == versionEnvironment)
        let latest = try harness.invoke()
        #expect(harness.last.cold)
        #expect(harness.last.environmentID != latestEnvironment)
        #expect(try Self.fields(latest)["code"] == "four")
    }

    @Test("Deleting a version retires its environments and its number is not found afterwards")
    func deleteVersion() throws {
        var harness = try Self.harness()
        try harness.invoke(name: "my-function:2")
        let environment = harness.last.environmentID
        try harness.world.deleteFunction(functionName: "my-function", qualifier: "2")
        #expect(harness.world.lambda.environments[environment]?.state == .retired(reason: "the version was deleted"))
        let error = serviceError { () throws(ServiceError) in try harness.world.invoke(
            InvokeRequest(functionName: "my-function:2"), environments: harness.environments) }
        #expect(error?.message == "Function not found: \(Self.base):2")
    }

    @Test("Missing versions and aliases, and a qualifier that disagrees with the name, get Lambda's messages")
    func errors() throws {
        var harness = try Self.harness()
        let missingVersion = serviceError { () throws(ServiceError) in try harness.world.invoke(
            InvokeRequest(functionName: "my-function:99"), environments: harness.environments) }
        #expect(missingVersion?.code == "ResourceNotFoundException")
        #expect(missingVersion?.message == "Function not found: \(Self.base):99")
        let missingAlias = serviceError { () throws(ServiceError) in try harness.world.invoke(
            InvokeRequest(functionName: "my-function", qualifier: "staging"), environments: harness.environments) }
        #expect(missingAlias?.message == "Function not found: \(Self.base):staging")
        let disagree = serviceError { () throws(ServiceError) in try harness.world.invoke(
            InvokeRequest(functionName: "my-function:1", qualifier: "2"), environments: harness.environments) }
        #expect(disagree?.code == "InvalidParameterValueException")
        #expect(disagree?.message == "The derived qualifier from the function name does not match the specified qualifier.")
    }

    @Test("A weighted alias routes each invoke by the seed and records why; the same seed routes the same way")
    func weighted() throws {
        func run(seed: UInt64) throws -> [FunctionVersionID] {
            var harness = try Self.harness(seed: seed)
            try harness.world.updateAlias(functionName: "my-function", name: "prod", routing: [("2", 0.5)])
            var versions: [FunctionVersionID] = []
            for _ in 0..<40 {
                let response = try harness.invoke(name: "my-function:prod")
                let record = harness.last
                #expect(response.executedVersion == record.executedVersion.description)
                #expect(try Self.fields(response)["arn"] == Self.base + ":prod")
                let routing = try #require(record.routing)
                #expect(routing.chosen == record.executedVersion)
                #expect(routing.explanation.contains("sent this invocation to version \(record.executedVersion)"))
                versions.append(record.executedVersion)
            }
            return versions
        }
        let first = try run(seed: 7)
        #expect(Set(first) == [.published(1), .published(2)])
        #expect(try run(seed: 7) == first)
    }
}

/// Resource policies per qualifier on invoke (facts §9.3, §9.4): a permission on `prod` covers `my-function:prod`
/// only, and a permission on the function covers the unqualified function only.
@Suite("Invoke permissions per qualifier")
struct InvokePermissionTests {
    static let callerRole = "arn:aws:iam::123456789012:role/caller"

    /// The harness's world with a role `caller` that has no identity policy, acted as by the learner.
    static func world() throws -> World {
        var world = try QualifiedInvokeTests.harness().world
        try world.createRole(CreateRoleRequest(roleName: "caller", assumeRolePolicyDocument: Fixtures.lambdaTrust))
        try world.assumeRole(named: "caller")
        return world
    }

    static func denied(_ world: inout World, _ name: String, qualifier: String? = nil, principal: Principal? = nil) -> ServiceError? {
        serviceError { () throws(ServiceError) in try world.authorizeInvoke(functionName: name, qualifier: qualifier, principal: principal) }
    }

    @Test("Without any permission, a role without identity policies may not invoke, in AWS's words")
    func nothing() throws {
        var world = try Self.world()
        let error = try #require(Self.denied(&world, "my-function:prod"))
        #expect(error.code == "AccessDeniedException")
        #expect(error.message == "User: arn:aws:sts::123456789012:assumed-role/caller/learner is not authorized to perform: "
                + "lambda:InvokeFunction on resource: \(QualifiedInvokeTests.base):prod because no identity-based policy allows the lambda:InvokeFunction action")
    }

    @Test("A permission added with --qualifier prod covers my-function:prod, not the function or the version behind it")
    func qualifiedPermission() throws {
        var world = try Self.world()
        try world.addPermission(AddPermissionRequest(functionName: "my-function", statementID: "caller-prod",
                                                     action: "lambda:InvokeFunction", principal: Self.callerRole, qualifier: "prod"))
        for (name, qualifier) in [("my-function:prod", nil), ("my-function", "prod"), (QualifiedInvokeTests.base + ":prod", nil)] as [(String, String?)] {
            #expect(Self.denied(&world, name, qualifier: qualifier) == nil)
            #expect(world.lastAuthorization?.evaluation.decision.isAllowed == true)
        }
        for name in ["my-function", "my-function:1", "my-function:$LATEST", QualifiedInvokeTests.base] {
            #expect(Self.denied(&world, name)?.code == "AccessDeniedException", "\(name) should be denied")
        }
    }

    @Test("A permission on the function covers the unqualified function, not its alias or versions")
    func unqualifiedPermission() throws {
        var world = try Self.world()
        try world.addPermission(AddPermissionRequest(functionName: "my-function", statementID: "caller-all",
                                                     action: "lambda:InvokeFunction", principal: Self.callerRole))
        #expect(Self.denied(&world, "my-function") == nil)
        #expect(Self.denied(&world, QualifiedInvokeTests.base) == nil)
        for name in ["my-function:prod", "my-function:1", "my-function:2"] {
            #expect(Self.denied(&world, name)?.code == "AccessDeniedException", "\(name) should be denied")
        }
    }

    @Test("A service principal is allowed by the qualifier's policy only, with its source condition")
    func servicePrincipal() throws {
        var world = try Self.world()
        try world.addPermission(AddPermissionRequest(functionName: "my-function", statementID: "s3", action: "lambda:InvokeFunction",
                                                     principal: "s3.amazonaws.com", sourceARN: "arn:aws:s3:::photos", qualifier: "prod"))
        var context = RequestContext()
        context.set(ConditionKey("aws:SourceArn"), to: ["arn:aws:s3:::photos"])
        let s3 = Principal.service("s3.amazonaws.com")
        #expect(serviceError { () throws(ServiceError) in
            try world.authorizeInvoke(functionName: "my-function:prod", principal: s3, context: context) } == nil)
        #expect(serviceError { () throws(ServiceError) in
            try world.authorizeInvoke(functionName: "my-function", principal: s3, context: context) }?.code == "AccessDeniedException")
        var other = RequestContext()
        other.set(ConditionKey("aws:SourceArn"), to: ["arn:aws:s3:::other"])
        #expect(serviceError { () throws(ServiceError) in
            try world.authorizeInvoke(functionName: "my-function:prod", principal: s3, context: other) }?.code == "AccessDeniedException")
    }

    @Test("Identity policies still allow on their own, and the decision is kept for explain")
    func identityAllows() throws {
        var world = try QualifiedInvokeTests.harness().world
        try world.authorizeInvoke(functionName: "my-function:prod")
        let record = try #require(world.lastAuthorization)
        #expect(record.evaluation.request.action == "lambda:InvokeFunction")
        #expect(record.evaluation.request.resource == QualifiedInvokeTests.base + ":prod")
    }
}
