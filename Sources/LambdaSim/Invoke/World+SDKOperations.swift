// The operations a handler's boto3 clients simulate, each authorized as the execution role with the action and
// resource ARN AWS uses.
import Foundation
import IAM
import MiniPython

extension World {
    /// The execution role's session for `version`: `arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION`.
    func executionPrincipal(for version: FunctionVersion) -> Principal? {
        let roleName = version.role.split(separator: "/").last.map(String.init) ?? version.role
        guard let session = ARN("arn:aws:sts::\(account):assumed-role/\(roleName)/\(version.functionName)") else { return nil }
        return Principal.assumedRole(session: session, role: ARN(version.role))
    }

    /// Runs one SDK operation as `principal`. `status` becomes the HTTP status of a success (S3's DeleteObject is 204);
    /// `body` the bytes of a GetObject (its `Body`).
    mutating func runSDKOperation(service: String, operation: String, params: [String: PythonValue], principal: Principal,
                                  functionName: String, status: inout Int, body: inout Data?) throws(ServiceError) -> ResponseValue {
        switch (service, operation) {
        case ("sts", "GetCallerIdentity"):
            let arn = principal.arn
            let roleName = arn.split(separator: "/").dropFirst().first.map(String.init) ?? ""
            let roleID = iam.role(named: roleName)?.roleID ?? roleName
            return .object([ResponseMember("UserId", .string("\(roleID):\(functionName)")),
                            ResponseMember("Account", .string(account.rawValue)), ResponseMember("Arn", .string(arn))])
        case ("s3", "GetObject"):
            let (bucket, key) = try World.bucketAndKey(params, operation: operation)
            let object = try getObject(bucket: bucket, key: key, as: principal).object
            body = object.body
            return object.headResponse(includeBody: false)
        case ("s3", "HeadObject"):
            let (bucket, key) = try World.bucketAndKey(params, operation: operation)
            return try headObject(bucket: bucket, key: key, as: principal)
        case ("s3", "PutObject"):
            let (bucket, key) = try World.bucketAndKey(params, operation: operation)
            try requireAuthorization(principal: principal, action: "s3:PutObject", resource: s3ARN(bucket: bucket, key: key), service: .s3)
            let body: Data = switch params["Body"] {
            case .bytes(let bytes): Data(bytes)
            case .string(let text): Data(text.utf8)
            default: Data()
            }
            return try putObject(bucket: bucket, key: key, body: body, contentType: params["ContentType"]?.stringValue,
                                 metadata: World.metadata(params)).response
        case ("s3", "CopyObject"):
            let (bucket, key) = try World.bucketAndKey(params, operation: operation)
            let source: String
            switch params["CopySource"] {
            case .string(let text): source = text
            case .dict(let entries):
                let parts = Dictionary(entries.compactMap { entry -> (String, String)? in
                    guard case .string(let name) = entry.key, case .string(let value) = entry.value else { return nil }
                    return (name, value)
                }, uniquingKeysWith: { first, _ in first })
                source = "\(parts["Bucket"] ?? "")/\(parts["Key"] ?? "")"
            default: throw World.missingParameter("CopySource", operation: operation)
            }
            let (sourceBucket, sourceKey) = try World.parseCopySource(source)
            try requireAuthorization(principal: principal, action: "s3:GetObject", resource: s3ARN(bucket: sourceBucket, key: sourceKey), service: .s3)
            try requireAuthorization(principal: principal, action: "s3:PutObject", resource: s3ARN(bucket: bucket, key: key), service: .s3)
            let directive = params["MetadataDirective"]?.stringValue.flatMap(S3MetadataDirective.init(rawValue:)) ?? .copy
            return try copyObject(source: source, bucket: bucket, key: key, metadataDirective: directive,
                                  contentType: params["ContentType"]?.stringValue, metadata: World.metadata(params)).response
        case ("s3", "DeleteObject"):
            let (bucket, key) = try World.bucketAndKey(params, operation: operation)
            try requireAuthorization(principal: principal, action: "s3:DeleteObject", resource: s3ARN(bucket: bucket, key: key), service: .s3)
            try deleteObject(bucket: bucket, key: key)
            status = 204
            return .object([])
        case ("s3", "ListObjectsV2"):
            guard let bucket = params["Bucket"]?.stringValue else { throw World.missingParameter("Bucket", operation: operation) }
            try requireAuthorization(principal: principal, action: "s3:ListBucket", resource: s3ARN(bucket: bucket), service: .s3)
            var maxKeys: Int?
            if case .int(let number) = params["MaxKeys"] { maxKeys = number }
            return try listObjectsV2(bucket: bucket, prefix: params["Prefix"]?.stringValue, delimiter: params["Delimiter"]?.stringValue,
                                     maxKeys: maxKeys, continuationToken: params["ContinuationToken"]?.stringValue,
                                     startAfter: params["StartAfter"]?.stringValue).response
        case ("s3", "ListObjects"):
            return try runListObjects(params: params, principal: principal)
        case ("dynamodb", "PutItem"), ("dynamodb", "GetItem"), ("dynamodb", "UpdateItem"), ("dynamodb", "DeleteItem"),
             ("dynamodb", "Query"), ("dynamodb", "Scan"), ("dynamodb", "DescribeTable"):
            return try runDynamoDBOperation(operation, params: params, principal: principal)
        default:
            throw ServiceError(service: .s3, code: ServiceError.Code("InvalidAction", httpStatus: 400),
                               message: "Lambda Workbook does not simulate \(service) \(operation).")
        }
    }


    private static func metadata(_ params: [String: PythonValue]) -> [String: String] {
        var metadata: [String: String] = [:]
        if case .dict(let entries) = params["Metadata"] {
            for entry in entries { if case .string(let name) = entry.key, case .string(let value) = entry.value { metadata[name] = value } }
        }
        return metadata
    }

    private static func bucketAndKey(_ params: [String: PythonValue], operation: String) throws(ServiceError) -> (String, String) {
        guard let bucket = params["Bucket"]?.stringValue else { throw missingParameter("Bucket", operation: operation) }
        guard let key = params["Key"]?.stringValue else { throw missingParameter("Key", operation: operation) }
        return (bucket, key)
    }

    /// botocore refuses a call without a required parameter before sending it: the Python side raises this as
    /// `botocore.exceptions.ParamValidationError` (not a ClientError), with the report after botocore's first line.
    private static func missingParameter(_ name: String, operation: String) -> ServiceError {
        ServiceError(service: .s3, code: ServiceError.Code("ParamValidationError", httpStatus: 400),
                     message: "Missing required parameter in input: \"\(name)\"")
    }
}
