// Why IAM refuses a policy document: IAM's own message, a teacher's explanation, and the position.

/// A policy document that IAM would refuse with `MalformedPolicyDocument`.
///
/// ``message`` is what IAM itself says (for the CLI's error line); ``explanation`` says precisely
/// what is wrong; ``position`` says where.
public struct MalformedPolicyDocument: Error, Sendable, Hashable, CustomStringConvertible {
    package enum Problem: Sendable, Hashable {
        case notJSON(String)
        case notAnObject
        case unknownField(String, in: String)
        case duplicateField(String)
        case wrongType(field: String, expected: String, found: String)
        case unknownVersion(String)
        case versionTooOld(String?)
        case missingStatement
        case emptyStatementList
        case missingEffect
        case invalidEffect(String)
        case bothElements(String, String)
        case missingAction
        case emptyList(String)
        case actionWithoutVendor(String)
        case tooManyColons(String)
        case invalidVendor(String)
        case resourceNotARN(String)
        case resourceVendorWildcard(String)
        case missingResource
        case principalNotAllowed(String)
        case missingPrincipal
        case invalidPrincipal(type: String, value: String)
        case resourceInTrustPolicy(String)
        case trustAction(String)
        case duplicateSid(String)
        case sidNotAlphanumeric(String)
        case unknownConditionOperator(String)
        case conditionKeyWithoutVendor(String)
    }

    package let problem: Problem
    /// Where the problem is; `nil` only when the text is empty.
    public let position: SourcePosition?

    package init(_ problem: Problem, at position: SourcePosition?) {
        self.problem = problem
        self.position = position
    }

    /// The error code the AWS CLI shows.
    public var code: String { "MalformedPolicyDocument" }

    /// IAM's own message for this problem.
    public var message: String {
        switch problem {
        case .notJSON, .notAnObject, .unknownField, .duplicateField, .wrongType, .unknownVersion,
             .missingStatement, .emptyStatementList, .missingEffect, .invalidEffect, .bothElements,
             .unknownConditionOperator:
            "Syntax errors in policy."
        case .versionTooOld: "Policy document must be version 2012-10-17 or greater."
        case .missingAction, .emptyList("Action"), .emptyList("NotAction"): "Policy statement must contain actions."
        case .emptyList, .missingResource: "Policy statement must contain resources."
        case .actionWithoutVendor, .conditionKeyWithoutVendor:
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."
        case .tooManyColons: "Actions/Condition can contain only one colon."
        case .invalidVendor(let vendor): "Vendor \(vendor) is not valid"
        case .resourceNotARN(let resource): "Resource \(resource) must be in ARN format or \"*\"."
        case .resourceVendorWildcard: "Resource vendor must be fully qualified and cannot contain regexes."
        case .principalNotAllowed: "Policy document should not specify a principal."
        case .missingPrincipal: "Missing required field Principal"
        case .invalidPrincipal(let type, let value): "Invalid principal in policy: \"\(type)\":\"\(value)\""
        case .resourceInTrustPolicy: "Has prohibited field Resource."
        case .trustAction:
            "Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity"
        case .duplicateSid: "Statement IDs (SID) in a single policy must be unique."
        case .sidNotAlphanumeric:
            "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*"
        }
    }

    /// What exactly is wrong, in plain words.
    public var explanation: String {
        switch problem {
        case .notJSON(let detail): "The text is not valid JSON: \(detail)."
        case .notAnObject: "A policy document must be a JSON object: { \"Version\": \"2012-10-17\", \"Statement\": [...] }."
        case .unknownField(let name, let place):
            "\"\(name)\" is not a field IAM knows in \(place)\(Self.suggestion(for: name, place: place))."
        case .duplicateField(let name): "The field \"\(name)\" appears twice in the same object."
        case .wrongType(let field, let expected, let found): "\"\(field)\" must be \(expected), not \(found)."
        case .unknownVersion(let version):
            "\"\(version)\" is not a policy language version; use \"2012-10-17\" (the current one) or \"2008-10-17\"."
        case .versionTooOld(let version):
            version.map { "Identity policies need \"Version\": \"2012-10-17\"; this one says \"\($0)\"." }
                ?? "Identity policies need \"Version\": \"2012-10-17\"; this document has no Version."
        case .missingStatement: "A policy document needs a \"Statement\": one statement object or a list of them."
        case .emptyStatementList: "\"Statement\" is an empty list; a policy needs at least one statement."
        case .missingEffect: "Every statement needs \"Effect\": \"Allow\" or \"Deny\"."
        case .invalidEffect(let value): "\"Effect\" must be \"Allow\" or \"Deny\" (capitalised exactly so), not \"\(value)\"."
        case .bothElements(let first, let second): "A statement may have \"\(first)\" or \"\(second)\", not both."
        case .missingAction: "Every statement needs \"Action\" (or \"NotAction\"): which API calls it is about."
        case .emptyList(let field): "\"\(field)\" is an empty list; name at least one entry."
        case .actionWithoutVendor(let action):
            "The action \"\(action)\" has no service prefix; write it as service:Operation, e.g. \"s3:GetObject\"."
        case .tooManyColons(let action): "The action \"\(action)\" has more than one colon; write service:Operation."
        case .invalidVendor(let vendor): "The service prefix \"\(vendor)\" may only use letters, digits, '-' and '.'."
        case .resourceNotARN(let resource):
            "\"\(resource)\" is not an ARN; write arn:partition:service:region:account:resource, or \"*\"."
        case .resourceVendorWildcard(let resource):
            "\"\(resource)\" has a wildcard or nothing in the service part of its ARN; the service must be spelled out."
        case .missingResource:
            "Statements in identity and resource policies need \"Resource\" (or \"NotResource\"): which resources they cover."
        case .principalNotAllowed(let field):
            "An identity policy applies to whoever it is attached to, so it must not have \"\(field)\"; only resource and trust policies name principals."
        case .missingPrincipal:
            "Resource and trust policies must say who they are about: add \"Principal\", e.g. {\"Service\": \"lambda.amazonaws.com\"}."
        case .invalidPrincipal(let type, let value):
            "\"\(value)\" is not a valid \(type) principal; use an account id, an IAM ARN, a service name like lambda.amazonaws.com, or \"*\"."
        case .resourceInTrustPolicy(let field):
            "A trust policy is about the role itself, so it must not have \"\(field)\"."
        case .trustAction(let action):
            "A trust policy may only allow assuming the role (sts:AssumeRole and its variants), not \"\(action)\"."
        case .duplicateSid(let sid): "Two statements have the Sid \"\(sid)\"; each Sid must be unique in a policy."
        case .sidNotAlphanumeric(let sid): "The Sid \"\(sid)\" may only contain letters and digits in an IAM policy."
        case .unknownConditionOperator(let name):
            "\"\(name)\" is not a condition operator; examples are StringEquals, ArnLike, NumericLessThan, Bool, IpAddress."
        case .conditionKeyWithoutVendor(let key):
            "The condition key \"\(key)\" has no prefix; write it as prefix:name, e.g. \"aws:SourceArn\"."
        }
    }

    /// `MalformedPolicyDocument: <IAM message>` followed by where and what, for a learner.
    public var description: String {
        let place = position.map { "at \($0): " } ?? ""
        return "\(code): \(message)\n  \(place)\(explanation)"
    }

    private static func suggestion(for name: String, place: String) -> String {
        let known = place == "the document"
            ? ["Version", "Id", "Statement"]
            : ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"]
        guard let best = known.min(by: { editDistance($0, name) < editDistance($1, name) }),
              editDistance(best, name) <= 2 else {
            return "; it may have \(known.joined(separator: ", "))"
        }
        return "; did you mean \"\(best)\"?"
    }
}

/// Levenshtein distance, case-insensitive (for "did you mean" suggestions on short field names).
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased().prefix(64)), b = Array(b.lowercased().prefix(64))
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
