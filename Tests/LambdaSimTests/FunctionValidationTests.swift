import Foundation
import Testing
@testable import LambdaSim

@Suite("create-function validation")
struct FunctionValidationTests {
    static let longName = String(repeating: "f", count: 65)
    static let bigValue = String(repeating: "v", count: 4100)

    /// Each case changes one thing of a valid request.
    static func request(_ change: String) -> CreateFunctionRequest {
        var request = Fixtures.createRequest()
        switch change {
        case "timeout 0": request.timeout = 0
        case "timeout 901": request.timeout = 901
        case "memory 127": request.memorySize = 127
        case "memory 10241": request.memorySize = 10241
        case "storage 511": request.ephemeralStorageSize = 511
        case "storage 10241": request.ephemeralStorageSize = 10241
        case "handler with space": request.handler = "lambda function.handler"
        case "handler too long": request.handler = String(repeating: "h", count: 129)
        case "description too long": request.description = String(repeating: "d", count: 257)
        case "nodejs": request.runtime = "nodejs20.x"
        case "python3.8": request.runtime = "python3.8"
        case "cobol": request.runtime = "cobol"
        case "no runtime": request.runtime = nil
        case "no handler": request.handler = nil
        case "role not an ARN": request.role = "lambda-ex"
        case "role missing": request.role = "arn:aws:iam::123456789012:role/ghost"
        case "role in another account": request.role = "arn:aws:iam::210987654321:role/lambda-ex"
        case "not a zip": request.zipFile = Data("print('hello')".utf8)
        case "sparc": request.architectures = ["sparc"]
        case "two architectures": request.architectures = ["x86_64", "arm64"]
        case "reserved key": request.environment = [EnvironmentVariable("STAGE", "dev"), EnvironmentVariable("AWS_REGION", "eu-west-1")]
        case "bad key": request.environment = [EnvironmentVariable("1BAD", "x")]
        case "one-letter key": request.environment = [EnvironmentVariable("A", "x")]
        case "too big": request.environment = [EnvironmentVariable("BIG", bigValue)]
        case "bad name": request.functionName = "bad name"
        case "long name": request.functionName = longName
        case "qualified name": request.functionName = "my-function:1"
        case "image": request.packageType = "Image"
        case "bad log group": request.logGroup = "bad group"
        default: preconditionFailure("unknown case \(change)")
        }
        return request
    }

    static let createPattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"

    @Test("Each invalid parameter gets Lambda's error and message", arguments: [
        ("timeout 0", "ValidationException", "1 validation error detected: Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1"),
        ("timeout 901", "ValidationException", "1 validation error detected: Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900"),
        ("memory 127", "ValidationException", "1 validation error detected: Value '127' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128"),
        ("memory 10241", "ValidationException", "1 validation error detected: Value '10241' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240"),
        ("storage 511", "ValidationException", "1 validation error detected: Value '511' at 'ephemeralStorage.size' failed to satisfy constraint: Member must have value greater than or equal to 512"),
        ("storage 10241", "ValidationException", "1 validation error detected: Value '10241' at 'ephemeralStorage.size' failed to satisfy constraint: Member must have value less than or equal to 10240"),
        ("handler with space", "ValidationException", "1 validation error detected: Value 'lambda function.handler' at 'handler' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s]+"),
        ("handler too long", "ValidationException", "1 validation error detected: Value '\(String(repeating: "h", count: 129))' at 'handler' failed to satisfy constraint: Member must have length less than or equal to 128"),
        ("description too long", "ValidationException", "1 validation error detected: Value '\(String(repeating: "d", count: 257))' at 'description' failed to satisfy constraint: Member must have length less than or equal to 256"),
        ("nodejs", "InvalidParameterValueException", "Runtime nodejs20.x is not simulated here: only Python runtimes are simulated (python3.10, python3.11, python3.12, python3.13, python3.14)."),
        ("python3.8", "InvalidParameterValueException", "The runtime parameter of python3.8 is no longer supported for creating or updating AWS Lambda functions. We recommend you use the new runtime (python3.14) while creating or updating functions."),
        ("no runtime", "InvalidParameterValueException", "Runtime and Handler are mandatory parameters for functions created with deployment packages."),
        ("no handler", "InvalidParameterValueException", "Runtime and Handler are mandatory parameters for functions created with deployment packages."),
        ("role not an ARN", "ValidationException", "1 validation error detected: Value 'lambda-ex' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"),
        ("role missing", "InvalidParameterValueException", "The role defined for the function cannot be assumed by Lambda."),
        ("role in another account", "InvalidParameterValueException", "The role defined for the function cannot be assumed by Lambda."),
        ("not a zip", "InvalidParameterValueException", "Could not unzip uploaded file. Please check your file, then try to upload again."),
        ("sparc", "ValidationException", "1 validation error detected: Value '[sparc]' at 'architectures' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64], Member must not be null]"),
        ("two architectures", "ValidationException", "1 validation error detected: Value '[x86_64, arm64]' at 'architectures' failed to satisfy constraint: Member must have length less than or equal to 1"),
        ("reserved key", "InvalidParameterValueException", "Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. Reserved keys used in this request: AWS_REGION"),
        ("bad key", "ValidationException", "1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]"),
        ("one-letter key", "ValidationException", "1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]"),
        ("too big", "InvalidParameterValueException", "Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit. String measured: {\"BIG\":\"\(bigValue)\"}"),
        ("bad name", "ValidationException", "1 validation error detected: Value 'bad name' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: \(createPattern)"),
        ("long name", "InvalidParameterValueException", "1 validation error detected: Value '\(longName)' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 64"),
        ("qualified name", "ValidationException", "1 validation error detected: Value 'my-function:1' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: \(createPattern)"),
        ("image", "InvalidParameterValueException", "PackageType Image is not simulated here: only Zip packages with Python runtimes are simulated."),
        ("bad log group", "ValidationException", "1 validation error detected: Value 'bad group' at 'loggingConfig.logGroup' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+"),
    ])
    func invalid(change: String, code: String, message: String) throws {
        var world = try Fixtures.worldWithRole()
        let error = serviceError { () throws(ServiceError) in try world.createFunction(Self.request(change)) }
        #expect(error?.code == code)
        #expect(error?.message == message)
        #expect(error?.type == "User")
        #expect(world.lambda.functions.isEmpty)
    }

    @Test("An unknown runtime lists the runtimes Lambda knows")
    func unknownRuntime() throws {
        var world = try Fixtures.worldWithRole()
        let error = serviceError { () throws(ServiceError) in try world.createFunction(Self.request("cobol")) }
        #expect(error?.code == "InvalidParameterValueException")
        #expect(error?.message.hasPrefix("Value cobol at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [nodejs, ") == true)
        #expect(error?.message.hasSuffix("] or be a valid ARN") == true)
    }

    @Test("Every simulated Python runtime is accepted", arguments: Runtime.supportedPython.map(\.rawValue))
    func pythonRuntimes(runtime: String) throws {
        var world = try Fixtures.worldWithRole()
        let configuration = try world.createFunction(Fixtures.createRequest(runtime: runtime))
        #expect(configuration.response["Runtime"] == .string(runtime))
    }

    @Test("A role that does not trust lambda.amazonaws.com cannot be used")
    func untrustedRole() throws {
        var world = try Fixtures.worldWithRole()
        try world.updateAssumeRolePolicy(roleName: "lambda-ex", policyDocument: Fixtures.ec2Trust)
        let error = serviceError { () throws(ServiceError) in try world.createFunction(Fixtures.createRequest()) }
        #expect(error?.message == "The role defined for the function cannot be assumed by Lambda.")
    }

    @Test("A second function with the same name is refused with Lambda's wording")
    func duplicate() throws {
        var world = try Fixtures.worldWithFunction()
        let error = serviceError { () throws(ServiceError) in try world.createFunction(Fixtures.createRequest()) }
        #expect(error?.code == "ResourceConflictException")
        #expect(error?.httpStatus == 409)
        #expect(error?.message == "Function already exist: my-function")
    }

    @Test("Environment variables of exactly 4 KB measured as JSON are accepted")
    func environmentAtLimit() throws {
        var world = try Fixtures.worldWithRole()
        // {"BIG":"…"} is 10 bytes of JSON around the value.
        var request = Fixtures.createRequest()
        request.environment = [EnvironmentVariable("BIG", String(repeating: "v", count: 4096 - 10))]
        #expect(throws: Never.self) { try world.createFunction(request) }
    }

    @Test("Several reserved keys are all named")
    func severalReserved() throws {
        var world = try Fixtures.worldWithRole()
        var request = Fixtures.createRequest()
        request.environment = [EnvironmentVariable("AWS_REGION", "x"), EnvironmentVariable("LAMBDA_TASK_ROOT", "y")]
        let error = serviceError { () throws(ServiceError) in try world.createFunction(request) }
        #expect(error?.message.hasSuffix("Reserved keys used in this request: AWS_REGION, LAMBDA_TASK_ROOT") == true)
    }

    @Test("A zip over 50 MB is refused as too large a request")
    func tooLargeZip() throws {
        var world = try Fixtures.worldWithRole()
        var request = Fixtures.createRequest()
        request.zipFile = Data(count: CodePackage.maximumZippedSize + 1)
        let error = serviceError { () throws(ServiceError) in try world.createFunction(request) }
        #expect(error?.code == "RequestEntityTooLargeException")
        #expect(error?.httpStatus == 413)
        #expect(error?.message == "Request must be smaller than 69905067 bytes for the CreateFunction operation")
    }

    @Test("A handler without a dot is accepted here and fails at INIT, as on AWS")
    func handlerWithoutDot() throws {
        var world = try Fixtures.worldWithRole()
        #expect(throws: Never.self) { try world.createFunction(Fixtures.createRequest(handler: "handler")) }
    }
}
