import Foundation

// `aws lambda create-function`, `get-function`, `get-function-configuration`, `list-functions`,
// `update-function-code`, `update-function-configuration`, `delete-function`, `get-account-settings`.

/// `aws lambda create-function` parameters. Optional values take Lambda's defaults.
public struct CreateFunctionRequest: Sendable, Hashable {
    public var functionName: String
    public var runtime: String?
    public var role: String
    public var handler: String?
    /// `--zip-file fileb://…`: the archive's bytes.
    public var zipFile: Data
    public var description: String
    public var timeout: Int
    public var memorySize: Int
    public var environment: [EnvironmentVariable]?
    public var architectures: [String]
    public var ephemeralStorageSize: Int
    public var logFormat: LogFormat
    /// `LoggingConfig.LogGroup`; `/aws/lambda/NAME` when `nil`.
    public var logGroup: String?
    /// `--publish`: publish version 1 in the same call.
    public var publish: Bool
    /// `--package-type`: only `Zip` is simulated.
    public var packageType: String

    public init(functionName: String, runtime: String?, role: String, handler: String?, zipFile: Data,
                description: String = "", timeout: Int = 3, memorySize: Int = 128, environment: [EnvironmentVariable]? = nil,
                architectures: [String] = ["x86_64"], ephemeralStorageSize: Int = 512, logFormat: LogFormat = .text,
                logGroup: String? = nil, publish: Bool = false, packageType: String = "Zip") {
        self.functionName = functionName
        self.runtime = runtime
        self.role = role
        self.handler = handler
        self.zipFile = zipFile
        self.description = description
        self.timeout = timeout
        self.memorySize = memorySize
        self.environment = environment
        self.architectures = architectures
        self.ephemeralStorageSize = ephemeralStorageSize
        self.logFormat = logFormat
        self.logGroup = logGroup
        self.publish = publish
        self.packageType = packageType
    }
}

/// `aws lambda update-function-configuration` parameters: `nil` leaves a setting as it is.
public struct UpdateFunctionConfigurationRequest: Sendable, Hashable {
    public var functionName: String
    public var runtime: String?
    public var role: String?
    public var handler: String?
    public var description: String?
    public var timeout: Int?
    public var memorySize: Int?
    /// `--environment Variables={…}` replaces all variables; an empty list removes them.
    public var environment: [EnvironmentVariable]?
    public var ephemeralStorageSize: Int?
    public var logFormat: LogFormat?
    public var logGroup: String?
    public var revisionID: String?

    public init(functionName: String, runtime: String? = nil, role: String? = nil, handler: String? = nil,
                description: String? = nil, timeout: Int? = nil, memorySize: Int? = nil,
                environment: [EnvironmentVariable]? = nil, ephemeralStorageSize: Int? = nil, logFormat: LogFormat? = nil,
                logGroup: String? = nil, revisionID: String? = nil) {
        self.functionName = functionName
        self.runtime = runtime
        self.role = role
        self.handler = handler
        self.description = description
        self.timeout = timeout
        self.memorySize = memorySize
        self.environment = environment
        self.ephemeralStorageSize = ephemeralStorageSize
        self.logFormat = logFormat
        self.logGroup = logGroup
        self.revisionID = revisionID
    }
}

/// `aws lambda update-function-code` parameters.
public struct UpdateFunctionCodeRequest: Sendable, Hashable {
    public var functionName: String
    public var zipFile: Data
    public var architectures: [String]?
    public var publish: Bool
    public var revisionID: String?

    public init(functionName: String, zipFile: Data, architectures: [String]? = nil, publish: Bool = false, revisionID: String? = nil) {
        self.functionName = functionName
        self.zipFile = zipFile
        self.architectures = architectures
        self.publish = publish
        self.revisionID = revisionID
    }
}

extension World {
    /// `aws lambda create-function`.
    @discardableResult
    public mutating func createFunction(_ request: CreateFunctionRequest) throws(ServiceError) -> FunctionConfiguration {
        let name = try functionReference(request.functionName, usage: .create, operation: "CreateFunction").name
        if request.packageType != "Zip" {
            throw .lambda(.invalidParameterValue,
                          "PackageType \(request.packageType) is not simulated here: only Zip packages with Python runtimes are simulated.")
        }
        try FunctionValidation.checkTimeout(request.timeout)
        try FunctionValidation.checkMemorySize(request.memorySize)
        try FunctionValidation.checkEphemeralStorage(request.ephemeralStorageSize)
        try FunctionValidation.checkDescription(request.description)
        if let handler = request.handler { try FunctionValidation.checkHandler(handler) }
        let architecture = try FunctionValidation.checkArchitectures(request.architectures)
        try FunctionValidation.checkRoleARN(request.role)
        guard let runtimeName = request.runtime, let handler = request.handler else {
            throw .lambda(.invalidParameterValue, "Runtime and Handler are mandatory parameters for functions created with deployment packages.")
        }
        let runtime = try Runtime.validate(runtimeName)
        if let environment = request.environment { try FunctionValidation.checkEnvironment(environment) }
        if let logGroup = request.logGroup { try FunctionValidation.checkLogGroup(logGroup) }
        let code = try CodePackage(zipBytes: request.zipFile, operation: "CreateFunction")
        try checkExecutionRole(request.role)
        if lambda.functions[name] != nil {
            throw .lambda(.resourceConflict, "Function already exist: \(name)")
        }
        let latest = FunctionVersion(
            functionName: name, version: .latest, runtime: runtime, role: request.role, handler: handler,
            description: request.description, timeout: request.timeout, memorySize: request.memorySize,
            environment: request.environment, architecture: architecture, ephemeralStorageSize: request.ephemeralStorageSize,
            logFormat: request.logFormat, logGroup: request.logGroup ?? "/aws/lambda/\(name)", code: code,
            lastModified: clock.now, revisionID: random.uuid(), state: .active, lastUpdateStatus: .successful)
        lambda.functions[name] = LambdaFunction(name: name, latest: latest, versions: [], nextVersionNumber: 1)
        if request.publish {
            return try publishVersion(functionName: name)
        }
        return FunctionConfiguration(version: latest, functionARN: functionARN(name))
    }

    /// The function a reference names, or Lambda's `ResourceNotFoundException`.
    func existingFunction(_ reference: FunctionReference) throws(ServiceError) -> LambdaFunction {
        guard let function = lambda.functions[reference.name] else {
            throw .lambda(.resourceNotFound, "Function not found: \(functionARN(reference.name))")
        }
        return function
    }

    /// The version a reference names: `$LATEST` when unqualified, a published number, or an alias's primary version
    /// (an invocation routes through ``routeInvocation(through:)`` instead, to honour weights).
    public func resolveVersion(_ reference: FunctionReference) throws(ServiceError) -> FunctionVersion {
        let function = try existingFunction(reference)
        let notFound = ServiceError.lambda(.resourceNotFound, "Function not found: \(functionARN(reference.name, qualifier: reference.qualifier))")
        switch reference.qualifier {
        case nil, "$LATEST":
            return function.latest
        case let qualifier?:
            if let number = Int(qualifier) {
                guard let version = function.version(.published(number)) else { throw notFound }
                return version
            }
            guard let alias = function.aliases[qualifier], let version = function.version(alias.functionVersion) else { throw notFound }
            return version
        }
    }

    /// `aws lambda get-function-configuration`. `FunctionArn` is qualified when the request named a qualifier.
    public func getFunctionConfiguration(functionName: String, qualifier: String? = nil) throws(ServiceError) -> FunctionConfiguration {
        let reference = try functionReference(functionName, qualifier: qualifier, usage: .read, operation: "GetFunctionConfiguration")
        let version = try resolveVersion(reference)
        return FunctionConfiguration(version: version, functionARN: functionARN(reference.name, qualifier: reference.qualifier))
    }

    /// `aws lambda get-function`.
    public func getFunction(functionName: String, qualifier: String? = nil) throws(ServiceError) -> GetFunctionResult {
        let reference = try functionReference(functionName, qualifier: qualifier, usage: .read, operation: "GetFunction")
        let version = try resolveVersion(reference)
        let configuration = FunctionConfiguration(version: version, functionARN: functionARN(reference.name, qualifier: reference.qualifier))
        let location = "https://awslambda-\(region)-tasks.s3.\(region).amazonaws.com/snapshots/\(account)/\(reference.name)-\(version.revisionID)"
        return GetFunctionResult(configuration: configuration, codeLocation: location,
                                 reservedConcurrency: lambda.functions[reference.name]?.reservedConcurrency)
    }

    /// `aws lambda list-functions`: `$LATEST` of each function, sorted by name; with `allVersions`
    /// (`--function-version ALL`) every published version follows its function. Like AWS, the entries leave out
    /// `State` and `LastUpdateStatus`.
    public func listFunctions(allVersions: Bool = false) -> [FunctionConfiguration] {
        lambda.sortedFunctions.flatMap { function in
            var out = [FunctionConfiguration(version: function.latest,
                                             functionARN: functionARN(function.name, qualifier: allVersions ? "$LATEST" : nil),
                                             includesStateFields: false)]
            if allVersions {
                out += function.versions.map {
                    FunctionConfiguration(version: $0, functionARN: functionARN(function.name, qualifier: $0.version.description),
                                          includesStateFields: false)
                }
            }
            return out
        }
    }

    /// `aws lambda update-function-configuration`: changes `$LATEST` only, with a new `RevisionId`.
    @discardableResult
    public mutating func updateFunctionConfiguration(_ request: UpdateFunctionConfigurationRequest) throws(ServiceError) -> FunctionConfiguration {
        let reference = try functionReference(request.functionName, usage: .modify, operation: "UpdateFunctionConfiguration")
        var function = try existingFunction(reference)
        var latest = function.latest
        try checkRevision(request.revisionID, of: latest)
        if let timeout = request.timeout { try FunctionValidation.checkTimeout(timeout); latest.timeout = timeout }
        if let memory = request.memorySize { try FunctionValidation.checkMemorySize(memory); latest.memorySize = memory }
        if let size = request.ephemeralStorageSize { try FunctionValidation.checkEphemeralStorage(size); latest.ephemeralStorageSize = size }
        if let description = request.description { try FunctionValidation.checkDescription(description); latest.description = description }
        if let handler = request.handler { try FunctionValidation.checkHandler(handler); latest.handler = handler }
        if let runtime = request.runtime { latest.runtime = try Runtime.validate(runtime) }
        if let environment = request.environment {
            try FunctionValidation.checkEnvironment(environment)
            latest.environment = environment.isEmpty ? nil : environment
        }
        if let logGroup = request.logGroup { try FunctionValidation.checkLogGroup(logGroup); latest.logGroup = logGroup }
        if let format = request.logFormat { latest.logFormat = format }
        if let role = request.role {
            try checkExecutionRole(role)
            latest.role = role
        }
        latest.lastModified = clock.now
        latest.revisionID = random.uuid()
        latest.lastUpdateStatus = .successful
        function.latest = latest
        lambda.functions[function.name] = function
        retireEnvironments(of: function.name, version: .latest, reason: "the function's configuration was updated")
        return FunctionConfiguration(version: latest, functionARN: functionARN(function.name))
    }

    /// `aws lambda update-function-code`: new code for `$LATEST`; with `publish`, returns the version published.
    @discardableResult
    public mutating func updateFunctionCode(_ request: UpdateFunctionCodeRequest) throws(ServiceError) -> FunctionConfiguration {
        let reference = try functionReference(request.functionName, usage: .modify, operation: "UpdateFunctionCode")
        var function = try existingFunction(reference)
        var latest = function.latest
        try checkRevision(request.revisionID, of: latest)
        if let architectures = request.architectures { latest.architecture = try FunctionValidation.checkArchitectures(architectures) }
        latest.code = try CodePackage(zipBytes: request.zipFile, operation: "UpdateFunctionCode")
        latest.lastModified = clock.now
        latest.revisionID = random.uuid()
        latest.lastUpdateStatus = .successful
        function.latest = latest
        lambda.functions[function.name] = function
        retireEnvironments(of: function.name, version: .latest, reason: "the function's code was updated")
        if request.publish { return try publishVersion(functionName: function.name) }
        return FunctionConfiguration(version: latest, functionARN: functionARN(function.name))
    }

    /// `aws lambda delete-function`: without a qualifier the function, all its versions and aliases; with a version
    /// number only that version, unless an alias references it (409). `$LATEST` cannot be deleted alone. A missing
    /// version is not an error (measured on AWS).
    public mutating func deleteFunction(functionName: String, qualifier: String? = nil) throws(ServiceError) {
        let reference = try functionReference(functionName, qualifier: qualifier, usage: .modify, operation: "DeleteFunction")
        var function = try existingFunction(reference)
        switch reference.qualifier {
        case nil:
            lambda.functions[function.name] = nil
            retireEnvironments(of: function.name, reason: "the function was deleted")
        case "$LATEST":
            throw .lambda(.invalidParameterValue, "$LATEST version cannot be deleted without deleting the function.")
        case let qualifier?:
            guard let number = Int(qualifier) else {
                throw .lambda(.resourceNotFound, "Function not found: \(functionARN(function.name, qualifier: qualifier))")
            }
            let referencing = function.aliases.values.filter { $0.referencedVersions.contains(.published(number)) }.map(\.name).sorted()
            if !referencing.isEmpty {
                throw .lambda(.resourceConflict,
                              "Unable to delete version because the following aliases reference it: [\(referencing.joined(separator: ", "))]")
            }
            function.versions.removeAll { $0.version == .published(number) }
            retireEnvironments(of: function.name, version: .published(number), reason: "the version was deleted")
            function.policies[qualifier] = nil
            lambda.functions[function.name] = function
        }
    }

    /// `aws lambda get-account-settings`.
    public func getAccountSettings() -> AccountSettings {
        AccountSettings(totalCodeSize: Int64(lambda.totalCodeSize), functionCount: lambda.functions.count,
                        unreservedConcurrentExecutions: AccountSettings.concurrentExecutionsLimit - lambda.totalReservedConcurrency)
    }

    /// `--revision-id`: the update applies only to the revision the caller last saw.
    func checkRevision(_ expected: String?, of version: FunctionVersion) throws(ServiceError) {
        guard let expected, expected != version.revisionID else { return }
        throw .lambda(.preconditionFailed,
                      "The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id")
    }
}
