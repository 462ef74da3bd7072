// The FunctionConfiguration shape Lambda returns, in the AWS CLI's key order.

/// A function version as Lambda's API returns it (`create-function`, `get-function-configuration`, …).
public struct FunctionConfiguration: Hashable, Sendable, ResponseConvertible {
    /// The version described.
    public let version: FunctionVersion
    /// `FunctionArn`: unqualified for `$LATEST` unless the request named a qualifier; qualified for versions.
    public let functionARN: String
    /// `ListFunctions` returns a subset of the fields: no `State` or `LastUpdateStatus` (AWS documents that
    /// GetFunction gives them).
    public let includesStateFields: Bool

    public init(version: FunctionVersion, functionARN: String, includesStateFields: Bool = true) {
        self.version = version
        self.functionARN = functionARN
        self.includesStateFields = includesStateFields
    }

    public var functionName: String { version.functionName }
    public var codeSha256: String { version.code.codeSha256 }
    public var revisionID: String { version.revisionID }

    /// Keys in the order the AWS CLI prints them. `LastUpdateStatus` appears for `$LATEST` only; `Environment`
    /// only when the function has one.
    public var response: ResponseValue {
        let v = version
        var out = ResponseBuilder()
        out.add("FunctionName", v.functionName)
        out.add("FunctionArn", functionARN)
        out.add("Runtime", v.runtime.rawValue)
        out.add("Role", v.role)
        out.add("Handler", v.handler)
        out.add("CodeSize", v.code.codeSize)
        out.add("Description", v.description)
        out.add("Timeout", v.timeout)
        out.add("MemorySize", v.memorySize)
        out.add("LastModified", v.lastModified.lambdaTimestamp)
        out.add("CodeSha256", v.code.codeSha256)
        out.add("Version", v.version.description)
        if let environment = v.environment {
            let variables = environment.map { ResponseMember($0.name, .string($0.value)) }
            out.add("Environment", .object([ResponseMember("Variables", .object(variables))]))
        }
        out.add("TracingConfig", .object([ResponseMember("Mode", .string("PassThrough"))]))
        out.add("RevisionId", v.revisionID)
        if includesStateFields {
            out.add("State", v.state.rawValue)
            if v.version == .latest { out.add("LastUpdateStatus", v.lastUpdateStatus.rawValue) }
        }
        out.add("PackageType", "Zip")
        out.add("Architectures", .list([.string(v.architecture.rawValue)]))
        out.add("EphemeralStorage", .object([ResponseMember("Size", .integer(Int64(v.ephemeralStorageSize)))]))
        out.add("SnapStart", .object([ResponseMember("ApplyOn", .string("None")), ResponseMember("OptimizationStatus", .string("Off"))]))
        out.add("LoggingConfig", .object([ResponseMember("LogFormat", .string(v.logFormat.rawValue)),
                                          ResponseMember("LogGroup", .string(v.logGroup))]))
        return out.object
    }
}

/// `aws lambda get-function`'s answer: the configuration and where the code can be downloaded.
public struct GetFunctionResult: Hashable, Sendable, ResponseConvertible {
    public let configuration: FunctionConfiguration
    /// A pre-signed-URL-shaped location. The simulation has no S3 behind it; the workbook serves the bytes itself.
    public let codeLocation: String
    /// Shown as `Concurrency` when the function has reserved concurrency.
    public let reservedConcurrency: Int?

    public var response: ResponseValue {
        var members = [
            ResponseMember("Configuration", configuration.response),
            ResponseMember("Code", .object([ResponseMember("RepositoryType", .string("S3")),
                                            ResponseMember("Location", .string(codeLocation))])),
        ]
        if let reservedConcurrency {
            members.append(ResponseMember("Concurrency", .object([ResponseMember("ReservedConcurrentExecutions", .integer(Int64(reservedConcurrency)))])))
        }
        return .object(members)
    }
}

/// `aws lambda get-account-settings`.
public struct AccountSettings: Hashable, Sendable, ResponseConvertible {
    public static let totalCodeSizeLimit: Int64 = 80_530_636_800
    public static let concurrentExecutionsLimit = 1000

    public var totalCodeSize: Int64
    public var functionCount: Int
    /// What reserved concurrency leaves to every other function.
    public var unreservedConcurrentExecutions: Int = AccountSettings.concurrentExecutionsLimit

    public var response: ResponseValue {
        .object([
            ResponseMember("AccountLimit", .object([
                ResponseMember("TotalCodeSize", .integer(AccountSettings.totalCodeSizeLimit)),
                ResponseMember("CodeSizeUnzipped", .integer(Int64(CodePackage.maximumUnzippedSize))),
                ResponseMember("CodeSizeZipped", .integer(Int64(CodePackage.maximumZippedSize))),
                ResponseMember("ConcurrentExecutions", .integer(Int64(AccountSettings.concurrentExecutionsLimit))),
                ResponseMember("UnreservedConcurrentExecutions", .integer(Int64(unreservedConcurrentExecutions))),
            ])),
            ResponseMember("AccountUsage", .object([
                ResponseMember("TotalCodeSize", .integer(totalCodeSize)),
                ResponseMember("FunctionCount", .integer(Int64(functionCount))),
            ])),
        ])
    }
}
