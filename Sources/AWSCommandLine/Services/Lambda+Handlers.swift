import Foundation
import LambdaSim

// `aws lambda ...` control plane bound to the simulation: functions, their code and configuration, versions
// and the account's settings, aliases, reserved concurrency and the function policy. Each handler first checks that the caller may make the request
// (`lambda:CreateFunction` on the function's ARN, `iam:PassRole` on an execution role), as Lambda does.

enum LambdaHandlers {
    static let all: [AWSOperation] = functions + invocation + versions + aliases + concurrency + permissions

    // MARK: Functions

    static let functions: [AWSOperation] = [
        AWSOperation(LambdaOperations.createFunction) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            let role = request.string("Role") ?? ""
            try authorize("lambda:CreateFunction", function: name, usage: .create, &context)
            try context.world.authorizeCaller(action: "iam:PassRole", resource: role, service: .lambda)
            if request["Code"]?["ZipFile"] == nil { throw notSimulatedCodeSource }
            let configuration = try context.world.createFunction(CreateFunctionRequest(
                functionName: name, runtime: request.string("Runtime"), role: role, handler: request.string("Handler"),
                zipFile: Data(zipBytes(request["Code"]?["ZipFile"])), description: request.string("Description") ?? "",
                timeout: request.int("Timeout") ?? 3, memorySize: request.int("MemorySize") ?? 128,
                environment: environment(request), architectures: request.strings("Architectures") ?? ["x86_64"],
                ephemeralStorageSize: request["EphemeralStorage"]?["Size"]?.intValue ?? 512,
                logFormat: logFormat(request) ?? .text, logGroup: request["LoggingConfig"]?["LogGroup"]?.stringValue,
                publish: request.bool("Publish") ?? false, packageType: request.string("PackageType") ?? "Zip"))
            return configuration.json
        },
        AWSOperation(LambdaModel.getFunction) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:GetFunction", function: name, qualifier: request.string("Qualifier"), &context)
            return try context.world.getFunction(functionName: name, qualifier: request.string("Qualifier")).json
        },
        AWSOperation(LambdaModel.getFunctionConfiguration) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:GetFunctionConfiguration", function: name, qualifier: request.string("Qualifier"), &context)
            return try context.world.getFunctionConfiguration(functionName: name, qualifier: request.string("Qualifier")).json
        },
        AWSOperation(LambdaModel.listFunctions) { request, context throws(ServiceError) in
            try context.world.authorizeCaller(action: "lambda:ListFunctions", resource: "*", service: .lambda)
            let all = request.string("FunctionVersion") == "ALL"
            return ["Functions": .array(context.world.listFunctions(allVersions: all).map(\.json))]
        },
        AWSOperation(LambdaOperations.updateFunctionCode) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:UpdateFunctionCode", function: name, usage: .modify, &context)
            guard let zip = request["ZipFile"] else { throw notSimulatedCodeSource }
            return try context.world.updateFunctionCode(UpdateFunctionCodeRequest(
                functionName: name, zipFile: Data(zipBytes(zip)), architectures: request.strings("Architectures"),
                publish: request.bool("Publish") ?? false, revisionID: request.string("RevisionId"))).json
        },
        AWSOperation(LambdaModel.updateFunctionConfiguration) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:UpdateFunctionConfiguration", function: name, usage: .modify, &context)
            if let role = request.string("Role") {
                try context.world.authorizeCaller(action: "iam:PassRole", resource: role, service: .lambda)
            }
            return try context.world.updateFunctionConfiguration(UpdateFunctionConfigurationRequest(
                functionName: name, runtime: request.string("Runtime"), role: request.string("Role"),
                handler: request.string("Handler"), description: request.string("Description"), timeout: request.int("Timeout"),
                memorySize: request.int("MemorySize"), environment: environment(request),
                ephemeralStorageSize: request["EphemeralStorage"]?["Size"]?.intValue, logFormat: logFormat(request),
                logGroup: request["LoggingConfig"]?["LogGroup"]?.stringValue, revisionID: request.string("RevisionId"))).json
        },
        AWSOperation(LambdaModel.deleteFunction) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:DeleteFunction", function: name, qualifier: request.string("Qualifier"), usage: .modify, &context)
            try context.world.deleteFunction(functionName: name, qualifier: request.string("Qualifier"))
            return nil
        },
        AWSOperation(LambdaModel.getAccountSettings) { _, context throws(ServiceError) in
            try context.world.authorizeCaller(action: "lambda:GetAccountSettings", resource: "*", service: .lambda)
            return context.world.getAccountSettings().json
        },
    ]

    // MARK: Invoke

    static let invocation: [AWSOperation] = [
        AWSOperation(LambdaOperations.invoke) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            let qualifier = request.string("Qualifier")
            // The resource policy of the qualifier invoked applies too (a permission on PROD covers only PROD).
            try context.world.authorizeInvoke(functionName: name, qualifier: qualifier)
            let invocationType = request.string("InvocationType").flatMap(InvocationType.init(rawValue:)) ?? .requestResponse
            let logType = request.string("LogType").flatMap(LogType.init(rawValue:)) ?? LogType.none
            let response = try context.world.invoke(
                InvokeRequest(functionName: name, qualifier: qualifier, payload: request.blob("Payload") ?? [],
                              invocationType: invocationType, logType: logType),
                environments: context.environments)
            if let outfile = request.localString("outfile") { context.saveOutput(response.payload, to: outfile) }
            return response.json
        },
    ]

    // MARK: Versions

    static let versions: [AWSOperation] = [
        AWSOperation(LambdaModel.publishVersion) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:PublishVersion", function: name, usage: .modify, &context)
            return try context.world.publishVersion(functionName: name, codeSha256: request.string("CodeSha256"),
                                                    description: request.string("Description"),
                                                    revisionID: request.string("RevisionId")).json
        },
        AWSOperation(LambdaModel.listVersionsByFunction) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:ListVersionsByFunction", function: name, usage: .modify, &context)
            return ["Versions": .array(try context.world.listVersionsByFunction(functionName: name).map(\.json))]
        },
    ]

    // MARK: Aliases

    static let aliases: [AWSOperation] = [
        AWSOperation(LambdaModel.createAlias) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:CreateAlias", function: name, usage: .modify, &context)
            return try context.world.createAlias(functionName: name, name: request.string("Name") ?? "",
                                                 functionVersion: request.string("FunctionVersion") ?? "",
                                                 description: request.string("Description") ?? "", routing: routing(request)).json
        },
        AWSOperation(LambdaModel.getAlias) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:GetAlias", function: name, usage: .modify, &context)
            return try context.world.getAlias(functionName: name, name: request.string("Name") ?? "").json
        },
        AWSOperation(LambdaModel.updateAlias) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:UpdateAlias", function: name, usage: .modify, &context)
            return try context.world.updateAlias(functionName: name, name: request.string("Name") ?? "",
                                                 functionVersion: request.string("FunctionVersion"),
                                                 description: request.string("Description"), routing: routing(request),
                                                 revisionID: request.string("RevisionId")).json
        },
        AWSOperation(LambdaModel.deleteAlias) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:DeleteAlias", function: name, usage: .modify, &context)
            try context.world.deleteAlias(functionName: name, name: request.string("Name") ?? "")
            return nil
        },
        AWSOperation(LambdaModel.listAliases) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:ListAliases", function: name, usage: .modify, &context)
            let aliases = try context.world.listAliases(functionName: name, functionVersion: request.string("FunctionVersion"))
            return ["Aliases": .array(aliases.map(\.json))]
        },
    ]

    /// `--routing-config AdditionalVersionWeights={2=0.1}`: `nil` when absent, `[]` when given empty.
    static func routing(_ request: AWSRequest) -> AdditionalVersionWeights? {
        guard let config = request["RoutingConfig"] else { return nil }
        let weights = config["AdditionalVersionWeights"]?.objectValue ?? JSONObject()
        return weights.map { (version: $0.key, weight: $0.value.doubleValue ?? 0) }
    }

    // MARK: Reserved concurrency

    static let concurrency: [AWSOperation] = [
        AWSOperation(LambdaModel.putFunctionConcurrency) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:PutFunctionConcurrency", function: name, usage: .modify, &context)
            let reserved = try context.world.putFunctionConcurrency(
                functionName: name, reservedConcurrentExecutions: request.int("ReservedConcurrentExecutions") ?? 0)
            return ["ReservedConcurrentExecutions": .number(.integer(reserved))]
        },
        AWSOperation(LambdaModel.getFunctionConcurrency) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:GetFunctionConcurrency", function: name, usage: .modify, &context)
            guard let reserved = try context.world.getFunctionConcurrency(functionName: name) else { return [:] }
            return ["ReservedConcurrentExecutions": .number(.integer(reserved))]
        },
        AWSOperation(LambdaModel.deleteFunctionConcurrency) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:DeleteFunctionConcurrency", function: name, usage: .modify, &context)
            try context.world.deleteFunctionConcurrency(functionName: name)
            return nil
        },
    ]

    // MARK: The function policy

    static let permissions: [AWSOperation] = [
        AWSOperation(LambdaModel.addPermission) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:AddPermission", function: name, qualifier: request.string("Qualifier"), usage: .modify, &context)
            return try context.world.addPermission(AddPermissionRequest(
                functionName: name, statementID: request.string("StatementId") ?? "", action: request.string("Action") ?? "",
                principal: request.string("Principal") ?? "", sourceARN: request.string("SourceArn"),
                sourceAccount: request.string("SourceAccount"), principalOrgID: request.string("PrincipalOrgID"),
                eventSourceToken: request.string("EventSourceToken"), functionURLAuthType: request.string("FunctionUrlAuthType"),
                qualifier: request.string("Qualifier"), revisionID: request.string("RevisionId"))).json
        },
        AWSOperation(LambdaModel.getPolicy) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:GetPolicy", function: name, qualifier: request.string("Qualifier"), &context)
            return try context.world.getPolicy(functionName: name, qualifier: request.string("Qualifier")).json
        },
        AWSOperation(LambdaModel.removePermission) { request, context throws(ServiceError) in
            let name = request.string("FunctionName") ?? ""
            try authorize("lambda:RemovePermission", function: name, qualifier: request.string("Qualifier"), usage: .modify, &context)
            try context.world.removePermission(functionName: name, statementID: request.string("StatementId") ?? "",
                                               qualifier: request.string("Qualifier"), revisionID: request.string("RevisionId"))
            return nil
        },
    ]

    // MARK: Reading the request

    /// Code from S3 or a container image: our wording, as neither is simulated.
    static let notSimulatedCodeSource = ServiceError.lambda(.invalidParameterValue,
        "Only --zip-file code is simulated here: S3 and container image sources are not. Use --zip-file fileb://function.zip.")

    /// A blob member's bytes (the CLI carries blobs as base64 text).
    static func zipBytes(_ value: JSONValue?) -> [UInt8] {
        value?.stringValue.flatMap(Base64.decode) ?? []
    }

    /// `--environment Variables={A=1,B=2}` in the learner's order; `nil` when the option is absent.
    static func environment(_ request: AWSRequest) -> [EnvironmentVariable]? {
        guard let environment = request["Environment"] else { return nil }
        let variables = environment["Variables"]?.objectValue ?? JSONObject()
        return variables.map { EnvironmentVariable($0.key, $0.value.stringValue ?? "") }
    }

    static func logFormat(_ request: AWSRequest) -> LogFormat? {
        request["LoggingConfig"]?["LogFormat"]?.stringValue.flatMap(LogFormat.init(rawValue:))
    }

    // MARK: Authorization

    /// Checks `action` on the function's ARN. A name Lambda would refuse is left to the operation, so that the
    /// learner sees Lambda's validation message rather than a decision about a malformed ARN.
    static func authorize(_ action: String, function text: String, qualifier: String? = nil,
                          usage: FunctionReference.Usage = .read, _ context: inout AWSCommandContext) throws(ServiceError) {
        guard let reference = try? context.world.functionReference(text, qualifier: qualifier, usage: usage) else { return }
        try context.world.authorizeCaller(action: action, resource: context.world.functionARN(reference.name, qualifier: reference.qualifier),
                                          service: .lambda)
    }
}
