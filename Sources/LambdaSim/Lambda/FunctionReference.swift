// `--function-name` as Lambda accepts it: a name, `name:QUALIFIER`, a partial ARN or a full ARN.

/// A function named by a request, with the qualifier it derived (`my-function:3`, `…:function:f:PROD`).
public struct FunctionReference: Hashable, Sendable {
    public var name: String
    /// `$LATEST`, a version number or an alias name; `nil` when the request named none.
    public var qualifier: String?

    /// Which operation asks: the length limits and the name pattern differ.
    public enum Usage: Sendable {
        /// CreateFunction: a bare name of at most 64 characters, or an unqualified (partial) ARN.
        case create
        /// GetFunction, GetFunctionConfiguration, Invoke: up to 170 characters.
        case read
        /// Update*, Delete*, PublishVersion, ListVersionsByFunction: up to 140 characters.
        case modify
    }

    static let createPattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"
    static let readPattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"

    /// The parts of a function name or ARN, before any check against the world.
    struct Parts: Equatable {
        var region: String?
        var account: String?
        var name: String
        var qualifier: String?
        var isARN: Bool
    }

    /// Splits `text` by the shape of Lambda's FunctionName pattern; `nil` when it does not fit.
    static func split(_ text: String, allowDots: Bool) -> Parts? {
        var fields = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var isARN = false
        if fields.first == "arn" {
            guard fields.count >= 3, fields[1].hasPrefix("aws"), fields[1].allSatisfy({ $0.isLetter || $0 == "-" }),
                  fields[2] == "lambda" else { return nil }
            fields.removeFirst(3)
            isARN = true
        }
        var region: String?
        var account: String?
        if let first = fields.first, isRegion(first), fields.count > 1 {
            region = first
            fields.removeFirst()
        }
        if let first = fields.first, first.count == 12, first.allSatisfy(\.isASCIIDigit), fields.count > 1 {
            account = first
            fields.removeFirst()
        }
        if fields.first == "function", fields.count > 1 { fields.removeFirst() }
        guard fields.count == 1 || fields.count == 2 else { return nil }
        let name = fields[0]
        let nameCharacters = name.allSatisfy { $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" || (allowDots && $0 == ".") }
        guard !name.isEmpty, nameCharacters else { return nil }
        var qualifier: String?
        if fields.count == 2 {
            let text = fields[1]
            guard text == "$LATEST" || (!text.isEmpty && text.allSatisfy { $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_" }) else {
                return nil
            }
            qualifier = text
        }
        if isARN, region == nil || account == nil { return nil }
        return Parts(region: region, account: account, name: name, qualifier: qualifier, isARN: isARN)
    }

    /// `us-east-1`, `us-gov-west-1`: two letters, optional `-gov`/`-iso`, a word, one digit.
    private static func isRegion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].count == 2, parts[0].allSatisfy(\.isLowercaseASCIILetter),
              let last = parts.last, last.count == 1, last.allSatisfy(\.isASCIIDigit) else { return false }
        return parts.dropFirst().dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isLowercaseASCIILetter) }
    }
}

extension World {
    /// Resolves `--function-name` (and `--qualifier`) as Lambda does, with Lambda's messages:
    /// a `ValidationException` for a malformed name or qualifier, `ResourceNotFoundException` for another region,
    /// `AccessDeniedException` for another account, and `InvalidParameterValueException` when the name's qualifier
    /// and `--qualifier` disagree.
    public func functionReference(_ text: String, qualifier: String? = nil, usage: FunctionReference.Usage = .read,
                                  operation: String = "GetFunction") throws(ServiceError) -> FunctionReference {
        let maximum = usage == .read ? 170 : 140
        let pattern = usage == .read ? FunctionReference.readPattern : FunctionReference.createPattern
        var problems: [String] = []
        if text.count > maximum {
            problems.append("Value '\(text)' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to \(maximum)")
        }
        let parts = FunctionReference.split(text, allowDots: usage == .read)
        if parts == nil || text.isEmpty {
            problems.append("Value '\(text)' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: \(pattern)")
        }
        if let qualifier {
            if qualifier.count > 128 {
                problems.append("Value '\(qualifier)' at 'qualifier' failed to satisfy constraint: Member must have length less than or equal to 128")
            }
            if qualifier.isEmpty || !qualifier.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "$" || $0 == "_" || $0 == "-" }) {
                problems.append("Value '\(qualifier)' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)")
            }
        }
        if !problems.isEmpty {
            let message = "\(problems.count) validation error\(problems.count > 1 ? "s" : "") detected: " + problems.joined(separator: "; ")
            throw .lambda(.validation, message)
        }
        guard let parts else { preconditionFailure("checked above") }
        if let region = parts.region, region != self.region.rawValue {
            throw .lambda(.resourceNotFound, "Functions from '\(region)' are not reachable in this region ('\(self.region)')")
        }
        if let other = parts.account, other != account.rawValue {
            let resource = "arn:aws:lambda:\(self.region):\(other):function:\(parts.name)"
            throw .lambda(.accessDeniedException,
                          "User: \(callerPrincipal.arn) is not authorized to perform: lambda:\(operation) on resource: \(resource) "
                          + "because no resource-based policy allows the lambda:\(operation) action")
        }
        if usage == .create {
            if parts.qualifier != nil {
                throw .lambdaValidation(value: text, field: "functionName",
                                        constraint: "Member must satisfy regular expression pattern: \(FunctionReference.createPattern)")
            }
            if parts.name.count > 64 {
                throw .lambda(.invalidParameterValue, ServiceError.validationMessage(
                    value: parts.name, field: "functionName", constraint: "Member must have length less than or equal to 64"))
            }
        }
        if let qualifier, let derived = parts.qualifier, derived != qualifier {
            throw .lambda(.invalidParameterValue, "The derived qualifier from the function name does not match the specified qualifier.")
        }
        return FunctionReference(name: parts.name, qualifier: qualifier ?? parts.qualifier)
    }

    /// `arn:aws:lambda:REGION:ACCOUNT:function:NAME` (`:QUALIFIER` when given).
    public func functionARN(_ name: String, qualifier: String? = nil) -> String {
        let base = "arn:aws:lambda:\(region):\(account):function:\(name)"
        return qualifier.map { "\(base):\($0)" } ?? base
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isLowercaseASCIILetter: Bool { ("a"..."z").contains(self) }
    var isASCIILetterOrDigit: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self) }
}
