// S3's rules for bucket names and object keys, and the errors S3 answers with.

extension ServiceError {
    static func noSuchBucket(_ bucket: String) -> ServiceError {
        .s3(.noSuchBucket, "The specified bucket does not exist")
    }

    static let noSuchKey = ServiceError.s3(.noSuchKey, "The specified key does not exist.")

    /// What a HEAD request's failure looks like to a client: HEAD responses have no body, so botocore knows only the
    /// status and reports it as the code (`404`) with its reason phrase (`Not Found`).
    public var asHeadRequestError: ServiceError {
        let phrase: String = switch httpStatus {
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 409: "Conflict"
        case 412: "Precondition Failed"
        default: "Error"
        }
        var error = ServiceError(service: service, code: Code(String(httpStatus), httpStatus: httpStatus), message: phrase)
        error.explanation = explanation ?? "S3 answered \(code): \(message) (a HEAD response carries only the status)."
        return error
    }
}

/// S3's naming rules for general purpose buckets.
enum S3BucketName {
    /// Why `name` is not a valid bucket name, or nil if it is. S3 itself says only "The specified bucket is not
    /// valid."; the reason is the workbook's teaching text.
    static func problem(with name: String) -> String? {
        let bytes = Array(name.utf8)
        if bytes.count < 3 || bytes.count > 63 { return "Bucket names must be between 3 and 63 characters long." }
        let allowed = { (byte: UInt8) in (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte == 46 || byte == 45 }
        if !bytes.allSatisfy(allowed) {
            return "Bucket names can consist only of lowercase letters, numbers, periods (.) and hyphens (-)."
        }
        let alphanumeric = { (byte: UInt8) in (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) }
        if !alphanumeric(bytes[0]) || !alphanumeric(bytes[bytes.count - 1]) {
            return "Bucket names must begin and end with a letter or number."
        }
        if name.contains("..") { return "Bucket names must not contain two adjacent periods." }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }) {
            return "Bucket names must not be formatted as an IP address (for example, 192.168.5.4)."
        }
        for prefix in ["xn--", "sthree-", "amzn-s3-demo-"] where name.hasPrefix(prefix) {
            return "Bucket names must not start with the prefix '\(prefix)'."
        }
        for suffix in ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"] where name.hasSuffix(suffix) {
            return "Bucket names must not end with the suffix '\(suffix)'."
        }
        return nil
    }

    static func validate(_ name: String) throws(ServiceError) {
        if let problem = problem(with: name) {
            var error = ServiceError.s3(.invalidBucketName, "The specified bucket is not valid.")
            error.explanation = problem
            throw error
        }
    }
}

enum S3ObjectKey {
    static func validate(_ key: String) throws(ServiceError) {
        if key.isEmpty {
            throw ServiceError.s3(.invalidArgument, "Key must not be empty")
        }
        if key.utf8.count > 1024 {
            throw ServiceError.s3(ServiceError.Code("KeyTooLongError", httpStatus: 400), "Your key is too long")
        }
    }
}
