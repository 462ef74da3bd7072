/// An error a simulated AWS service returns, shaped like the wire response: an error code
/// (`ResourceNotFoundException`), a message, the HTTP status, and for Lambda the body's `Type`
/// (`User` or `Service`) and, for throttles, its `Reason`.
///
/// The AWS CLI prints it as
/// `An error occurred (ResourceNotFoundException) when calling the GetFunction operation: Function not found: ...`
/// (see ``cliMessage(operation:)``); boto3 raises it as `botocore.exceptions.ClientError`.
public struct AWSServiceError: Error, Hashable, Sendable {
    /// The error code (`x-amzn-ErrorType`): `ResourceNotFoundException`, `AccessDenied`, ...
    public var code: String
    public var message: String
    /// The HTTP status the service answers with (404, 409, 429, ...).
    public var httpStatus: Int
    /// Lambda's `Type` body field: `User` for caller mistakes, `Service` for service faults.
    public var type: String?
    /// Lambda's `Reason` body field on throttles (`ReservedFunctionConcurrentInvocationLimitExceeded`).
    public var reason: String?
    /// Teaching text the workbook shows after AWS's line (AWS never sends it): why a bucket name is invalid, where
    /// an expression stops making sense.
    public var hint: String?

    public init(code: String, message: String, httpStatus: Int = 400, type: String? = nil, reason: String? = nil, hint: String? = nil) {
        self.code = code
        self.message = message
        self.httpStatus = httpStatus
        self.type = type
        self.reason = reason
        self.hint = hint
    }

    /// The line the AWS CLI prints: `An error occurred (Code) when calling the Operation operation: message`.
    public func cliMessage(operation apiName: String) -> String {
        "An error occurred (\(code)) when calling the \(apiName) operation: \(message)"
    }

    /// The error as boto3 shows it in `e.response`: `{"Error": {"Code": ..., "Message": ...}, ...}`.
    public var response: JSONValue {
        var error: JSONObject = ["Code": .string(code), "Message": .string(message)]
        if let type { error["Type"] = .string(type) }
        var response: JSONObject = ["Error": .object(error)]
        if let reason { response["Reason"] = .string(reason) }
        response["ResponseMetadata"] = ["HTTPStatusCode": .number(.integer(httpStatus))]
        return .object(response)
    }
}
