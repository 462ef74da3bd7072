// The one error type every simulated service throws: AWS's error code, message, HTTP status and body fields.

/// An error a simulated AWS service answers with, shaped like the wire response.
///
///     throw ServiceError.lambda(.resourceNotFound, "Function not found: arn:aws:lambda:us-east-1:123456789012:function:f")
///
/// The AWS CLI prints it as `An error occurred (ResourceNotFoundException) when calling the GetFunction operation: …`
/// (``cliMessage(operation:)``). Lambda's body also carries `Type` (`User`) and, on throttles, `Reason`.
public struct ServiceError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The service that answered.
    public enum Service: String, Hashable, Sendable, Codable {
        case lambda, iam, sts, logs, s3, dynamodb
    }

    /// Error codes the simulation uses, with the HTTP status AWS gives each.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public let httpStatus: Int

        public init(rawValue: String) {
            self.init(rawValue, httpStatus: 400)
        }

        public init(_ rawValue: String, httpStatus: Int) {
            self.rawValue = rawValue
            self.httpStatus = httpStatus
        }

        public var description: String { rawValue }

        // Lambda (botocore's model; facts §8.2)
        public static let resourceNotFound = Code("ResourceNotFoundException", httpStatus: 404)
        public static let resourceConflict = Code("ResourceConflictException", httpStatus: 409)
        public static let invalidParameterValue = Code("InvalidParameterValueException", httpStatus: 400)
        public static let validation = Code("ValidationException", httpStatus: 400)
        public static let preconditionFailed = Code("PreconditionFailedException", httpStatus: 412)
        public static let requestEntityTooLarge = Code("RequestEntityTooLargeException", httpStatus: 413)
        public static let accessDeniedException = Code("AccessDeniedException", httpStatus: 403)
        public static let codeStorageExceeded = Code("CodeStorageExceededException", httpStatus: 400)
        // IAM
        public static let noSuchEntity = Code("NoSuchEntity", httpStatus: 404)
        public static let entityAlreadyExists = Code("EntityAlreadyExists", httpStatus: 409)
        public static let deleteConflict = Code("DeleteConflict", httpStatus: 409)
        public static let malformedPolicyDocument = Code("MalformedPolicyDocument", httpStatus: 400)
        public static let validationError = Code("ValidationError", httpStatus: 400)
        public static let invalidInput = Code("InvalidInput", httpStatus: 400)
        public static let limitExceeded = Code("LimitExceeded", httpStatus: 409)
        // CloudWatch Logs
        public static let logsResourceNotFound = Code("ResourceNotFoundException", httpStatus: 400)
        public static let logsResourceAlreadyExists = Code("ResourceAlreadyExistsException", httpStatus: 400)
        public static let logsInvalidParameter = Code("InvalidParameterException", httpStatus: 400)
        // S3 (its REST error codes; a HEAD request has no body, so the CLI shows the status instead)
        public static let noSuchBucket = Code("NoSuchBucket", httpStatus: 404)
        public static let noSuchKey = Code("NoSuchKey", httpStatus: 404)
        public static let bucketAlreadyOwnedByYou = Code("BucketAlreadyOwnedByYou", httpStatus: 409)
        public static let bucketNotEmpty = Code("BucketNotEmpty", httpStatus: 409)
        public static let invalidBucketName = Code("InvalidBucketName", httpStatus: 400)
        public static let invalidArgument = Code("InvalidArgument", httpStatus: 400)
        public static let invalidRequest = Code("InvalidRequest", httpStatus: 400)
        // DynamoDB
        public static let conditionalCheckFailed = Code("ConditionalCheckFailedException", httpStatus: 400)
        public static let dynamoResourceNotFound = Code("ResourceNotFoundException", httpStatus: 400)
        public static let dynamoResourceInUse = Code("ResourceInUseException", httpStatus: 400)
    }

    public var service: Service
    public var code: String
    public var message: String
    public var httpStatus: Int
    /// Lambda's `Type` body field (`User` for a caller's mistake); IAM's `Type` (`Sender`).
    public var type: String?
    /// Lambda's `Reason` body field (throttles).
    public var reason: String?
    /// Extra teaching text that AWS does not send (e.g. where a policy document went wrong). Presenters may show it
    /// after AWS's own line; it never replaces the message.
    public var explanation: String?

    public init(service: Service, code: Code, message: String, type: String? = nil, reason: String? = nil, explanation: String? = nil) {
        self.service = service
        self.code = code.rawValue
        self.message = message
        self.httpStatus = code.httpStatus
        self.type = type
        self.reason = reason
        self.explanation = explanation
    }

    /// A Lambda error; `Type` is `User`, as for every caller mistake.
    public static func lambda(_ code: Code, _ message: String, reason: String? = nil) -> ServiceError {
        ServiceError(service: .lambda, code: code, message: message, type: "User", reason: reason)
    }

    /// An IAM error (`Type` `Sender`, as IAM's XML error body says).
    public static func iam(_ code: Code, _ message: String, explanation: String? = nil) -> ServiceError {
        ServiceError(service: .iam, code: code, message: message, type: "Sender", explanation: explanation)
    }

    /// A CloudWatch Logs error.
    public static func logs(_ code: Code, _ message: String) -> ServiceError {
        ServiceError(service: .logs, code: code, message: message)
    }

    /// An S3 error.
    public static func s3(_ code: Code, _ message: String) -> ServiceError {
        ServiceError(service: .s3, code: code, message: message)
    }

    /// A DynamoDB error.
    public static func dynamoDB(_ code: Code, _ message: String) -> ServiceError {
        ServiceError(service: .dynamodb, code: code, message: message)
    }

    /// The line the AWS CLI prints: `An error occurred (Code) when calling the Operation operation: message`.
    public func cliMessage(operation: String) -> String {
        "An error occurred (\(code)) when calling the \(operation) operation: \(message)"
    }

    public var description: String { "\(code): \(message)" }
}

extension ServiceError {
    /// `1 validation error detected: Value 'x' at 'field' failed to satisfy constraint: …` (AWS's model validation).
    static func validationMessage(value: String, field: String, constraint: String) -> String {
        "1 validation error detected: Value '\(value)' at '\(field)' failed to satisfy constraint: \(constraint)"
    }

    /// Lambda's `ValidationException` for a value outside its model's constraint.
    static func lambdaValidation(value: String, field: String, constraint: String) -> ServiceError {
        .lambda(.validation, validationMessage(value: value, field: field, constraint: constraint))
    }

    /// IAM's `ValidationError` for a value outside its model's constraint.
    static func iamValidation(value: String, field: String, constraint: String) -> ServiceError {
        .iam(.validationError, validationMessage(value: value, field: field, constraint: constraint))
    }
}
