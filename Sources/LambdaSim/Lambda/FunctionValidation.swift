import IAM

// Lambda's checks on function configuration, each with the message Lambda gives.

enum FunctionValidation {
    static let reservedEnvironmentKeys: Set<String> = [
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
        "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
        "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
        "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    ]
    /// Environment variables may take 4 KB, measured as the compact JSON of the map.
    static let environmentLimit = 4096

    static func checkRange(_ value: Int, field: String, minimum: Int, maximum: Int) throws(ServiceError) {
        if value < minimum {
            throw .lambdaValidation(value: String(value), field: field, constraint: "Member must have value greater than or equal to \(minimum)")
        }
        if value > maximum {
            throw .lambdaValidation(value: String(value), field: field, constraint: "Member must have value less than or equal to \(maximum)")
        }
    }

    /// `Timeout`: 1–900 seconds.
    static func checkTimeout(_ seconds: Int) throws(ServiceError) {
        try checkRange(seconds, field: "timeout", minimum: 1, maximum: 900)
    }

    /// `MemorySize`: 128–10,240 MB.
    static func checkMemorySize(_ megabytes: Int) throws(ServiceError) {
        try checkRange(megabytes, field: "memorySize", minimum: 128, maximum: 10240)
    }

    /// `EphemeralStorage.Size`: 512–10,240 MB.
    static func checkEphemeralStorage(_ megabytes: Int) throws(ServiceError) {
        try checkRange(megabytes, field: "ephemeralStorage.size", minimum: 512, maximum: 10240)
    }

    /// `Handler`: up to 128 characters without whitespace. Whether it names a real module and function is
    /// found out at INIT (`Runtime.MalformedHandlerName`, `Runtime.HandlerNotFound`), as on AWS.
    static func checkHandler(_ handler: String) throws(ServiceError) {
        if handler.count > 128 {
            throw .lambdaValidation(value: handler, field: "handler", constraint: "Member must have length less than or equal to 128")
        }
        if handler.isEmpty || handler.contains(where: \.isWhitespace) {
            throw .lambdaValidation(value: handler, field: "handler", constraint: "Member must satisfy regular expression pattern: [^\\s]+")
        }
    }

    /// `Description`: at most 256 characters.
    static func checkDescription(_ description: String) throws(ServiceError) {
        if description.count > 256 {
            throw .lambdaValidation(value: description, field: "description", constraint: "Member must have length less than or equal to 256")
        }
    }

    /// `Architectures`: exactly one of `x86_64`, `arm64`.
    static func checkArchitectures(_ names: [String]) throws(ServiceError) -> Architecture {
        let shown = "[\(names.joined(separator: ", "))]"
        if names.count > 1 {
            throw .lambdaValidation(value: shown, field: "architectures", constraint: "Member must have length less than or equal to 1")
        }
        guard let name = names.first, let architecture = Architecture(rawValue: name) else {
            throw .lambdaValidation(value: shown, field: "architectures",
                                    constraint: "Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64], Member must not be null]")
        }
        return architecture
    }

    /// `Role`: an IAM role ARN by Lambda's pattern.
    static func checkRoleARN(_ role: String) throws(ServiceError) {
        let pattern = "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+"
        let fields = role.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        let valid = fields.count == 6 && fields[0] == "arn" && fields[1].hasPrefix("aws") && fields[2] == "iam"
            && fields[3].isEmpty && fields[4].count == 12 && fields[4].allSatisfy(\.isASCIIDigit)
            && fields[5].hasPrefix("role") && fields[5].count > 5
            && fields[5].dropFirst(4).allSatisfy { $0.isASCIILetterOrDigit || "_+=,.@-/".contains($0) }
        if !valid {
            throw .lambdaValidation(value: role, field: "role", constraint: "Member must satisfy regular expression pattern: \(pattern)")
        }
    }

    /// Environment variables: key pattern, reserved keys, and the 4 KB limit (Lambda's messages).
    static func checkEnvironment(_ variables: [EnvironmentVariable]) throws(ServiceError) {
        let badKey = variables.contains { variable in
            guard let first = variable.name.first, first.isASCII, first.isLetter, variable.name.count >= 2 else { return true }
            return !variable.name.allSatisfy { $0.isASCIILetterOrDigit || $0 == "_" }
        }
        if badKey {
            throw .lambda(.validation, "1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: "
                          + "Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]")
        }
        let reserved = variables.map(\.name).filter(reservedEnvironmentKeys.contains)
        if !reserved.isEmpty {
            throw .lambda(.invalidParameterValue,
                          "Lambda was unable to configure your environment variables because the environment variables you have provided "
                          + "contains reserved keys that are currently not supported for modification. Reserved keys used in this request: "
                          + reserved.joined(separator: ", "))
        }
        let measured = measuredEnvironment(variables)
        if measured.utf8.count > environmentLimit {
            throw .lambda(.invalidParameterValue,
                          "Lambda was unable to configure your environment variables because the environment variables you have provided "
                          + "exceeded the 4KB limit. String measured: \(measured)")
        }
    }

    /// The map as compact JSON (`{"KEY":"value",…}`): what Lambda measures against 4 KB.
    static func measuredEnvironment(_ variables: [EnvironmentVariable]) -> String {
        "{" + variables.map { "\(jsonString($0.name)):\(jsonString($0.value))" }.joined(separator: ",") + "}"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `LoggingConfig.LogGroup`: 1–512 characters from `[\.\-_/#A-Za-z0-9]+`.
    static func checkLogGroup(_ name: String) throws(ServiceError) {
        if name.count > 512 {
            throw .lambdaValidation(value: name, field: "loggingConfig.logGroup", constraint: "Member must have length less than or equal to 512")
        }
        if name.isEmpty || !name.allSatisfy({ $0.isASCIILetterOrDigit || ".-_/#".contains($0) }) {
            throw .lambdaValidation(value: name, field: "loggingConfig.logGroup",
                                    constraint: "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+")
        }
    }
}

extension World {
    /// The role a function will run as: it must exist and trust `lambda.amazonaws.com`.
    func checkExecutionRole(_ roleARN: String) throws(ServiceError) {
        try FunctionValidation.checkRoleARN(roleARN)
        let cannotAssume = ServiceError.lambda(.invalidParameterValue, "The role defined for the function cannot be assumed by Lambda.")
        guard let arn = ARN(roleARN), arn.account == account.rawValue,
              let name = arn.resource.split(separator: "/").last.map(String.init),
              let role = iam.role(named: name), role.arn == roleARN else { throw cannotAssume }
        guard role.trustPolicy.document.allowsAssumeRole(byService: "lambda.amazonaws.com", roleARN: role.arn) else {
            throw cannotAssume
        }
    }
}
