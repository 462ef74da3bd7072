import Testing
@testable import LambdaSim

@Suite("Versions: publish-version and list-versions-by-function")
struct VersionTests {
    @Test("Versions number from 1 with qualified ARNs")
    func firstVersion() throws {
        var world = try Fixtures.worldWithFunction()
        let version = try world.publishVersion(functionName: "my-function")
        #expect(version.response["Version"] == .string("1"))
        #expect(version.functionARN == "arn:aws:lambda:us-east-1:123456789012:function:my-function:1")
        #expect(version.response["LastUpdateStatus"] == nil)
    }

    @Test("Publishing with no change returns the latest version instead of a new one")
    func noChange() throws {
        var world = try Fixtures.worldWithFunction()
        let first = try world.publishVersion(functionName: "my-function")
        let again = try world.publishVersion(functionName: "my-function")
        #expect(again.version == first.version)
        #expect(try world.listVersionsByFunction(functionName: "my-function").map { $0.version.version.description } == ["$LATEST", "1"])
    }

    @Test("A change to code or configuration gives the next number")
    func nextNumber() throws {
        var world = try Fixtures.worldWithFunction()
        try world.publishVersion(functionName: "my-function")
        try world.updateFunctionConfiguration(UpdateFunctionConfigurationRequest(functionName: "my-function", timeout: 10))
        let second = try world.publishVersion(functionName: "my-function")
        try world.updateFunctionCode(UpdateFunctionCodeRequest(functionName: "my-function", zipFile: Fixtures.zip("x = 3\n")))
        let third = try world.publishVersion(functionName: "my-function")
        #expect(second.response["Version"] == .string("2"))
        #expect(third.response["Version"] == .string("3"))
    }

    @Test("A published version keeps its configuration when $LATEST changes")
    func immutable() throws {
        var world = try Fixtures.worldWithFunction()
        try world.publishVersion(functionName: "my-function")
        try world.updateFunctionConfiguration(UpdateFunctionConfigurationRequest(functionName: "my-function", timeout: 60,
                                                                                 environment: [EnvironmentVariable("STAGE", "v2")]))
        let one = try world.getFunctionConfiguration(functionName: "my-function:1")
        #expect(one.response["Timeout"] == .integer(3))
        #expect(one.response["Environment"] == nil)
        #expect(try world.getFunctionConfiguration(functionName: "my-function").response["Timeout"] == .integer(60))
    }

    @Test("Numbers are never reused after a version is deleted")
    func neverReused() throws {
        var world = try Fixtures.worldWithFunction()
        try world.publishVersion(functionName: "my-function")
        try world.updateFunctionConfiguration(UpdateFunctionConfigurationRequest(functionName: "my-function", timeout: 10))
        try world.publishVersion(functionName: "my-function")
        try world.deleteFunction(functionName: "my-function", qualifier: "2")
        let next = try world.publishVersion(functionName: "my-function")
        #expect(next.response["Version"] == .string("3"))
        #expect(try world.listVersionsByFunction(functionName: "my-function").map { $0.version.version.description } == ["$LATEST", "1", "3"])
    }

    @Test("Deleting a version that does not exist succeeds, as on AWS")
    func deleteMissingVersion() throws {
        var world = try Fixtures.worldWithFunction()
        #expect(throws: Never.self) { try world.deleteFunction(functionName: "my-function", qualifier: "42") }
    }

    @Test("A wrong CodeSha256 is refused with Lambda's message")
    func codeShaPrecondition() throws {
        var world = try Fixtures.worldWithFunction()
        let actual = try world.getFunctionConfiguration(functionName: "my-function").codeSha256
        let error = serviceError { () throws(ServiceError) in try world.publishVersion(functionName: "my-function", codeSha256: "abc=") }
        #expect(error?.code == "InvalidParameterValueException")
        #expect(error?.message == "CodeSHA256 (abc=) is different from current CodeSHA256 in $LATEST (\(actual)). Please try again with the CodeSHA256 in $LATEST.")
        #expect(throws: Never.self) { try world.publishVersion(functionName: "my-function", codeSha256: actual) }
    }

    @Test("A wrong RevisionId is a failed precondition")
    func revisionPrecondition() throws {
        var world = try Fixtures.worldWithFunction()
        let error = serviceError { () throws(ServiceError) in try world.publishVersion(functionName: "my-function", revisionID: "nope") }
        #expect(error?.code == "PreconditionFailedException")
        #expect(error?.httpStatus == 412)
    }

    @Test("Publishing changes $LATEST's RevisionId")
    func publishBumpsRevision() throws {
        var world = try Fixtures.worldWithFunction()
        let before = try world.getFunctionConfiguration(functionName: "my-function").revisionID
        try world.publishVersion(functionName: "my-function")
        #expect(try world.getFunctionConfiguration(functionName: "my-function").revisionID != before)
    }

    @Test("create-function --publish and update-function-code --publish publish in the same call")
    func publishOnWrite() throws {
        var world = try Fixtures.worldWithRole()
        var request = Fixtures.createRequest()
        request.publish = true
        let created = try world.createFunction(request)
        #expect(created.response["Version"] == .string("1"))
        let updated = try world.updateFunctionCode(UpdateFunctionCodeRequest(functionName: "my-function", zipFile: Fixtures.zip("y = 1\n"), publish: true))
        #expect(updated.response["Version"] == .string("2"))
    }

    @Test("The version description defaults to the function's and can be given")
    func versionDescription() throws {
        var world = try Fixtures.worldWithFunction()
        let version = try world.publishVersion(functionName: "my-function", description: "first release")
        #expect(version.response["Description"] == .string("first release"))
        #expect(try world.getFunctionConfiguration(functionName: "my-function").response["Description"] == .string(""))
    }

    @Test("list-versions-by-function lists $LATEST with its qualified ARN first")
    func listVersions() throws {
        var world = try Fixtures.worldWithFunction()
        try world.publishVersion(functionName: "my-function")
        let versions = try world.listVersionsByFunction(functionName: "my-function")
        #expect(versions.map(\.functionARN) == [
            "arn:aws:lambda:us-east-1:123456789012:function:my-function:$LATEST",
            "arn:aws:lambda:us-east-1:123456789012:function:my-function:1",
        ])
    }

    @Test("list-functions --function-version ALL includes every version")
    func listAllVersions() throws {
        var world = try Fixtures.worldWithFunction()
        try world.publishVersion(functionName: "my-function")
        #expect(world.listFunctions(allVersions: true).map(\.functionARN).count == 2)
        #expect(world.listFunctions().map(\.functionARN) == ["arn:aws:lambda:us-east-1:123456789012:function:my-function"])
    }

    @Test("Each version is a key an execution environment can attach to")
    func versionKeys() throws {
        var world = try Fixtures.worldWithFunction()
        try world.publishVersion(functionName: "my-function")
        let function = try #require(world.lambda.functions["my-function"])
        #expect(function.latest.key.description == "my-function:$LATEST")
        #expect(function.versions.map(\.key.description) == ["my-function:1"])
    }
}

@Suite("Names for execution environments")
struct EnvironmentNamingTests {
    @Test("Log streams are named by date, version and 32 hex digits", arguments: [FunctionVersionID.latest, .published(3)])
    func streamNames(version: FunctionVersionID) {
        var world = World()
        let name = world.makeLogStreamName(for: version)
        let prefix = "2026/01/01/[\(version)]"
        #expect(name.hasPrefix(prefix))
        let hex = name.dropFirst(prefix.count)
        #expect(hex.count == 32 && hex.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test("Request ids come from the seed")
    func requestIDs() {
        var a = World(configuration: .init(seed: 5)), b = World(configuration: .init(seed: 5))
        #expect(a.makeRequestID() == b.makeRequestID())
    }
}

@Suite("The environment a handler will see")
struct RuntimeEnvironmentTests {
    @Test("Reserved variables describe the version, then the function's own variables follow")
    func variables() throws {
        var world = try Fixtures.worldWithRole()
        var request = Fixtures.createRequest()
        request.environment = [EnvironmentVariable("STAGE", "dev")]
        request.memorySize = 256
        let version = try world.createFunction(request).version
        let stream = world.makeLogStreamName(for: .latest)
        let environment = world.makeRuntimeEnvironment(for: version, logStreamName: stream)
        let value = { (name: String) in environment.first { $0.name == name }?.value }
        #expect(value("AWS_LAMBDA_FUNCTION_NAME") == "my-function")
        #expect(value("AWS_LAMBDA_FUNCTION_VERSION") == "$LATEST")
        #expect(value("AWS_LAMBDA_FUNCTION_MEMORY_SIZE") == "256")
        #expect(value("AWS_EXECUTION_ENV") == "AWS_Lambda_python3.12")
        #expect(value("AWS_LAMBDA_LOG_GROUP_NAME") == "/aws/lambda/my-function")
        #expect(value("AWS_LAMBDA_LOG_STREAM_NAME") == stream)
        #expect(value("_HANDLER") == "lambda_function.lambda_handler")
        #expect(value("AWS_REGION") == "us-east-1")
        #expect(value("AWS_ACCESS_KEY_ID")?.hasPrefix("ASIA") == true)
        #expect(environment.last == EnvironmentVariable("STAGE", "dev"))
    }

    @Test("Every reserved key Lambda refuses in configuration except the trace id and the legacy key is set for the handler")
    func reservedCovered() throws {
        var world = try Fixtures.worldWithFunction()
        let version = try #require(world.lambda.functions["my-function"]).latest
        let names = Set(world.makeRuntimeEnvironment(for: version, logStreamName: "s").map(\.name))
        #expect(FunctionValidation.reservedEnvironmentKeys.subtracting(names) == ["_X_AMZN_TRACE_ID", "AWS_ACCESS_KEY"])
    }
}
