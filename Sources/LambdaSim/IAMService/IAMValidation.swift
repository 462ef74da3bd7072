// IAM's model constraints on names, paths and numbers, with IAM's `ValidationError` messages.

enum IAMValidation {
    static let namePattern = "[\\w+=,.@-]+"
    static let pathPattern = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"

    /// Role, user and policy names: `[\w+=,.@-]+` (letters, digits and `_+=,.@-`), at most `maximum` characters.
    static func checkName(_ name: String, field: String, maximum: Int) throws(ServiceError) {
        if name.isEmpty {
            throw .iamValidation(value: name, field: field, constraint: "Member must have length greater than or equal to 1")
        }
        if name.count > maximum {
            throw .iamValidation(value: name, field: field, constraint: "Member must have length less than or equal to \(maximum)")
        }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) || "_+=,.@-".unicodeScalars.contains(scalar)
        }
        if !allowed {
            throw .iamValidation(value: name, field: field, constraint: "Member must satisfy regular expression pattern: \(namePattern)")
        }
    }

    /// Paths: `/` or `/…/` with printable ASCII between, at most 512 characters.
    static func checkPath(_ path: String) throws(ServiceError) {
        if path.count > 512 {
            throw .iamValidation(value: path, field: "path", constraint: "Member must have length less than or equal to 512")
        }
        let printable = path.unicodeScalars.allSatisfy { $0.value >= 0x21 && $0.value <= 0x7E }
        if path.isEmpty || !printable || !path.hasPrefix("/") || !path.hasSuffix("/") {
            throw .iamValidation(value: path, field: "path", constraint: "Member must satisfy regular expression pattern: \(pathPattern)")
        }
    }

    static func checkDescription(_ description: String?) throws(ServiceError) {
        guard let description, description.count > 1000 else { return }
        throw .iamValidation(value: description, field: "description", constraint: "Member must have length less than or equal to 1000")
    }

    /// `MaxSessionDuration`: 3,600–43,200 seconds.
    static func checkMaxSessionDuration(_ seconds: Int) throws(ServiceError) {
        if seconds < 3600 {
            throw .iamValidation(value: String(seconds), field: "maxSessionDuration", constraint: "Member must have value greater than or equal to 3600")
        }
        if seconds > 43200 {
            throw .iamValidation(value: String(seconds), field: "maxSessionDuration", constraint: "Member must have value less than or equal to 43200")
        }
    }

    /// A policy ARN as IAM accepts it: `arn:aws:iam::ACCOUNT-OR-aws:policy/…`.
    static func checkPolicyARN(_ arn: String) throws(ServiceError) {
        if arn.count < 20 {
            throw .iamValidation(value: arn, field: "policyArn", constraint: "Member must have length greater than or equal to 20")
        }
        guard let parsed = IAMPolicyARN(arn) else { throw .iam(.invalidInput, "ARN \(arn) is not valid.") }
        _ = parsed
    }
}

/// `arn:aws:iam::ACCOUNT:policy/PATH/NAME`, split.
struct IAMPolicyARN {
    let account: String
    let path: String
    let name: String

    init?(_ text: String) {
        let prefix = "arn:aws:iam::"
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        account = String(rest[..<colon])
        let resource = rest[rest.index(after: colon)...]
        guard resource.hasPrefix("policy/"), let lastSlash = resource.lastIndex(of: "/") else { return nil }
        path = String(resource[resource.index(resource.startIndex, offsetBy: 6)...lastSlash])
        name = String(resource[resource.index(after: lastSlash)...])
        guard !name.isEmpty, account == "aws" || AccountID(account) != nil else { return nil }
    }
}
