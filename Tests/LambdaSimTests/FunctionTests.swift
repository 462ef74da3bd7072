import Crypto
import Foundation
import Testing
@testable import LambdaSim

@Suite("Functions: create, read, list, update, delete")
struct FunctionTests {
    @Test("create-function answers with the FunctionConfiguration shape in the CLI's key order")
    func configurationShape() throws {
        let world = try Fixtures.worldWithFunction()
        let configuration = try world.getFunctionConfiguration(functionName: "my-function")
        #expect(configuration.response.keys == [
            "FunctionName", "FunctionArn", "Runtime", "Role", "Handler", "CodeSize", "Description", "Timeout", "MemorySize",
            "LastModified", "CodeSha256", "Version", "TracingConfig", "RevisionId", "State", "LastUpdateStatus", "PackageType",
            "Architectures", "EphemeralStorage", "SnapStart", "LoggingConfig",
        ])
    }

    @Test("Defaults are Lambda's: 3 s, 128 MB, 512 MB of /tmp, x86_64, Text logs to /aws/lambda/NAME")
    func defaults() throws {
        let world = try Fixtures.worldWithFunction()
        let response = try world.getFunctionConfiguration(functionName: "my-function").response
        #expect(response["FunctionArn"] == .string("arn:aws:lambda:us-east-1:123456789012:function:my-function"))
        #expect(response["Timeout"] == .integer(3))
        #expect(response["MemorySize"] == .integer(128))
        #expect(response["Description"] == .string(""))
        #expect(response["Version"] == .string("$LATEST"))
        #expect(response["State"] == .string("Active"))
        #expect(response["LastUpdateStatus"] == .string("Successful"))
        #expect(response["PackageType"] == .string("Zip"))
        #expect(response["Architectures"] == .list([.string("x86_64")]))
        #expect(response["EphemeralStorage"]?["Size"] == .integer(512))
        #expect(response["LoggingConfig"]?["LogFormat"] == .string("Text"))
        #expect(response["LoggingConfig"]?["LogGroup"] == .string("/aws/lambda/my-function"))
        #expect(response["LastModified"] == .string("2026-01-01T00:00:00.000+0000"))
        #expect(response["Environment"] == nil)
    }

    @Test("CodeSha256 is the base64 SHA-256 of the zip bytes and CodeSize its length")
    func codeHash() throws {
        let zip = Fixtures.zip()
        var world = try Fixtures.worldWithRole()
        let configuration = try world.createFunction(Fixtures.createRequest(zip: zip))
        #expect(configuration.codeSha256 == Data(SHA256.hash(data: zip)).base64EncodedString())
        #expect(configuration.response["CodeSize"] == .integer(Int64(zip.count)))
        #expect(configuration.version.code.pythonSources.map(\.path) == ["lambda_function.py"])
        #expect(configuration.version.code.pythonSources.first?.text == Fixtures.handlerSource)
    }

    @Test("Archives are built the same way every time, so their hash is stable")
    func deterministicZip() {
        #expect(Fixtures.zip() == Fixtures.zip())
    }

    @Test("Only .py files carry their text; other files are listed with their sizes")
    func codeFiles() throws {
        let zip = try CodePackage.zip(textFiles: [("lambda_function.py", "x = 1\n"), ("data/config.json", "{}"), ("pkg/util.py", "y = 2\n")])
        let package = try CodePackage(zipBytes: zip)
        #expect(package.files.map(\.path) == ["lambda_function.py", "data/config.json", "pkg/util.py"])
        #expect(package.pythonSources.map(\.path) == ["lambda_function.py", "pkg/util.py"])
        #expect(package.unzippedSize == 14)
    }

    @Test("Environment variables keep the learner's order")
    func environmentOrder() throws {
        var world = try Fixtures.worldWithRole()
        var request = Fixtures.createRequest()
        request.environment = [EnvironmentVariable("ZED", "1"), EnvironmentVariable("ALPHA", "2")]
        let response = try world.createFunction(request).response
        #expect(response["Environment"]?["Variables"]?.keys == ["ZED", "ALPHA"])
    }

    @Test("RevisionId is a seeded UUID: the same seed gives the same id")
    func seededRevision() throws {
        let a = try Fixtures.worldWithFunction(seed: 9).getFunctionConfiguration(functionName: "my-function").revisionID
        let b = try Fixtures.worldWithFunction(seed: 9).getFunctionConfiguration(functionName: "my-function").revisionID
        let c = try Fixtures.worldWithFunction(seed: 10).getFunctionConfiguration(functionName: "my-function").revisionID
        #expect(a == b)
        #expect(a != c)
        #expect(a.count == 36)
    }

    @Test("get-function adds the code location")
    func getFunction() throws {
        let world = try Fixtures.worldWithFunction()
        let result = try world.getFunction(functionName: "my-function")
        #expect(result.response.keys == ["Configuration", "Code"])
        #expect(result.response["Code"]?["RepositoryType"] == .string("S3"))
    }

    @Test("A missing function is not found, with its ARN", arguments: [
        ("ghost", nil, "Function not found: arn:aws:lambda:us-east-1:123456789012:function:ghost"),
        ("my-function", "7", "Function not found: arn:aws:lambda:us-east-1:123456789012:function:my-function:7"),
        ("my-function:PROD", nil, "Function not found: arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD"),
    ] as [(String, String?, String)])
    func notFound(name: String, qualifier: String?, message: String) throws {
        let world = try Fixtures.worldWithFunction()
        let error = serviceError { () throws(ServiceError) in try world.getFunctionConfiguration(functionName: name, qualifier: qualifier) }
        #expect(error?.code == "ResourceNotFoundException")
        #expect(error?.httpStatus == 404)
        #expect(error?.message == message)
    }

    @Test("list-functions is sorted by name")
    func listFunctions() throws {
        var world = try Fixtures.worldWithRole()
        for name in ["zeta", "alpha", "Mid"] { try world.createFunction(Fixtures.createRequest(name)) }
        #expect(world.listFunctions().map(\.functionName) == ["Mid", "alpha", "zeta"])
        let keys = world.listFunctions()[0].response.keys
        #expect(!keys.contains("State") && !keys.contains("LastUpdateStatus"))
    }

    @Test("update-function-configuration changes $LATEST, LastModified and RevisionId")
    func updateConfiguration() throws {
        var world = try Fixtures.worldWithFunction()
        let before = try world.getFunctionConfiguration(functionName: "my-function")
        world.clock.advance(by: .minutes(5))
        let after = try world.updateFunctionConfiguration(UpdateFunctionConfigurationRequest(
            functionName: "my-function", description: "v2", timeout: 30, memorySize: 1769,
            environment: [EnvironmentVariable("STAGE", "prod")]))
        #expect(after.revisionID != before.revisionID)
        #expect(after.response["Timeout"] == .integer(30))
        #expect(after.response["MemorySize"] == .integer(1769))
        #expect(after.response["Description"] == .string("v2"))
        #expect(after.response["LastModified"] == .string("2026-01-01T00:05:00.000+0000"))
        #expect(after.response["Environment"]?["Variables"]?["STAGE"] == .string("prod"))
    }

    @Test("update-function-configuration validates as create does", arguments: [
        (UpdateFunctionConfigurationRequest(functionName: "my-function", timeout: 0), "ValidationException"),
        (UpdateFunctionConfigurationRequest(functionName: "my-function", memorySize: 64), "ValidationException"),
        (UpdateFunctionConfigurationRequest(functionName: "my-function", role: "arn:aws:iam::123456789012:role/ghost"), "InvalidParameterValueException"),
        (UpdateFunctionConfigurationRequest(functionName: "my-function", environment: [EnvironmentVariable("AWS_REGION", "x")]), "InvalidParameterValueException"),
        (UpdateFunctionConfigurationRequest(functionName: "my-function", revisionID: "stale"), "PreconditionFailedException"),
        (UpdateFunctionConfigurationRequest(functionName: "ghost", timeout: 5), "ResourceNotFoundException"),
    ])
    func badUpdate(request: UpdateFunctionConfigurationRequest, code: String) throws {
        var world = try Fixtures.worldWithFunction()
        let before = world.lambda
        let error = serviceError { () throws(ServiceError) in try world.updateFunctionConfiguration(request) }
        #expect(error?.code == code)
        #expect(world.lambda == before)
    }

    @Test("A stale RevisionId is refused with Lambda's message")
    func staleRevision() throws {
        var world = try Fixtures.worldWithFunction()
        let error = serviceError { () throws(ServiceError) in
            try world.updateFunctionCode(UpdateFunctionCodeRequest(functionName: "my-function", zipFile: Fixtures.zip("x = 2\n"), revisionID: "old"))
        }
        #expect(error?.httpStatus == 412)
        #expect(error?.message == "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id")
    }

    @Test("update-function-code replaces the code and its hash")
    func updateCode() throws {
        var world = try Fixtures.worldWithFunction()
        let before = try world.getFunctionConfiguration(functionName: "my-function")
        let after = try world.updateFunctionCode(UpdateFunctionCodeRequest(functionName: "my-function", zipFile: Fixtures.zip("x = 2\n"),
                                                                           revisionID: before.revisionID))
        #expect(after.codeSha256 != before.codeSha256)
        #expect(after.version.code.pythonSources.first?.text == "x = 2\n")
    }

    @Test("update-function-code refuses bytes that are not a zip")
    func updateCodeNotZip() throws {
        var world = try Fixtures.worldWithFunction()
        let error = serviceError { () throws(ServiceError) in
            try world.updateFunctionCode(UpdateFunctionCodeRequest(functionName: "my-function", zipFile: Data([1, 2, 3])))
        }
        #expect(error?.message == "Could not unzip uploaded file. Please check your file, then try to upload again.")
    }

    @Test("delete-function removes the function; a second delete is not found")
    func deleteFunction() throws {
        var world = try Fixtures.worldWithFunction()
        try world.deleteFunction(functionName: "my-function")
        #expect(world.listFunctions().isEmpty)
        #expect(serviceError { () throws(ServiceError) in try world.deleteFunction(functionName: "my-function") }?.code == "ResourceNotFoundException")
    }

    @Test("$LATEST cannot be deleted on its own")
    func deleteLatest() throws {
        var world = try Fixtures.worldWithFunction()
        let error = serviceError { () throws(ServiceError) in try world.deleteFunction(functionName: "my-function", qualifier: "$LATEST") }
        #expect(error?.code == "InvalidParameterValueException")
        #expect(error?.message == "$LATEST version cannot be deleted without deleting the function.")
    }

    @Test("get-account-settings reports Lambda's limits and this account's usage")
    func accountSettings() throws {
        let world = try Fixtures.worldWithFunction()
        let response = world.getAccountSettings().response
        #expect(response["AccountLimit"]?["CodeSizeZipped"] == .integer(52_428_800))
        #expect(response["AccountLimit"]?["CodeSizeUnzipped"] == .integer(262_144_000))
        #expect(response["AccountLimit"]?["TotalCodeSize"] == .integer(80_530_636_800))
        #expect(response["AccountLimit"]?["ConcurrentExecutions"] == .integer(1000))
        #expect(response["AccountUsage"]?["FunctionCount"] == .integer(1))
        #expect(response["AccountUsage"]?["TotalCodeSize"] == .integer(Int64(Fixtures.zip().count)))
    }

    @Test("The configuration renders as the CLI's ordered JSON")
    func json() throws {
        let world = try Fixtures.worldWithFunction()
        let json = try world.getFunctionConfiguration(functionName: "my-function").json
        #expect(json.objectValue?.keys.first == "FunctionName")
        #expect(json["Timeout"]?.intValue == 3)
        #expect(json["Architectures"]?.arrayValue?.first?.stringValue == "x86_64")
    }
}

extension UpdateFunctionConfigurationRequest: CustomTestStringConvertible {
    public var testDescription: String {
        [timeout.map { "timeout \($0)" }, memorySize.map { "memory \($0)" }, role.map { "role \($0)" },
         environment.map { "environment \($0.map(\.name))" }, revisionID.map { "revision \($0)" }]
            .compactMap { $0 }.joined(separator: ", ") + " on \(functionName)"
    }
}
