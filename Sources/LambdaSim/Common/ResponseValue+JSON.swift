// Bridges to the CLI layer's JSON and error types.

extension ResponseValue {
    /// The value as the CLI's ordered JSON (keys stay in the AWS CLI's order).
    public var json: JSONValue {
        switch self {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .integer(let number): return .number(.integer(Int(number)))
        case .decimal(let text): return Int(text).map { .number(.integer($0)) } ?? .number(.float(Double(text) ?? 0))
        case .string(let text): return .string(text)
        case .list(let items): return .array(items.map(\.json))
        case .object(let members): return .object(JSONObject(members.map { (key: $0.key, value: $0.value.json) }))
        }
    }
}

extension ResponseConvertible {
    /// ``response`` as the CLI's ordered JSON.
    public var json: JSONValue { response.json }
}

extension ServiceError {
    /// The error in the CLI layer's shape.
    public var awsServiceError: AWSServiceError {
        AWSServiceError(code: code, message: message, httpStatus: httpStatus, type: service == .lambda ? type : nil, reason: reason,
                        hint: cliHint)
    }

    /// The ``explanation`` as a hint after the CLI's line, for S3's and DynamoDB's validation errors (an AccessDenied's
    /// trace is for `explain last` instead).
    public var cliHint: String? {
        guard service == .s3 || service == .dynamodb, !code.hasPrefix("AccessDenied") else { return nil }
        return explanation
    }
}
