// Amazon Resource Names: arn:partition:service:region:account-id:resource

/// An Amazon Resource Name, split into its six parts.
///
///     ARN("arn:aws:dynamodb:us-east-1:123456789012:table/Todo")?.resource   // "table/Todo"
///
/// The resource part keeps any further colons (`function:my-fn:PROD`).
public struct ARN: Sendable, Hashable, CustomStringConvertible, Comparable {
    public let partition: String
    public let service: String
    public let region: String
    public let account: String
    public let resource: String

    /// Parses `text`; `nil` unless it has the `arn:` prefix and all six parts.
    public init?(_ text: String) {
        guard let parts = ARN.split(text) else { return nil }
        self.init(partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts[5])
    }

    public init(partition: String = "aws", service: String, region: String, account: String, resource: String) {
        self.partition = partition
        self.service = service
        self.region = region
        self.account = account
        self.resource = resource
    }

    public var description: String { "arn:\(partition):\(service):\(region):\(account):\(resource)" }

    public static func < (lhs: ARN, rhs: ARN) -> Bool { lhs.description < rhs.description }

    /// Splits on the first five colons: `["arn", partition, service, region, account, resource]`.
    static func split(_ text: String) -> [String]? {
        guard text.hasPrefix("arn:") else { return nil }
        let utf8 = text.utf8
        var parts: [String] = []
        parts.reserveCapacity(6)
        var start = utf8.startIndex
        for _ in 0..<5 {
            // Colons are ASCII, so the UTF-8 indices around them are valid String indices.
            guard let colon = utf8[start...].firstIndex(of: UInt8(ascii: ":")) else { return nil }
            parts.append(String(text[start..<colon]))
            start = utf8.index(after: colon)
        }
        parts.append(String(text[start...]))
        return parts
    }
}

/// A resource or ARN pattern compiled for matching: `*` alone, a plain glob, or an ARN matched part by part
/// (partition, service, region and account each on their own; wildcards in the resource part may span `/` and `:`).
package struct ARNPattern: Sendable, Hashable {
    package enum Form: Sendable, Hashable {
        case anything
        case arn([WildcardPattern])  // six parts
        case plain(WildcardPattern)
    }

    package let text: String
    package let form: Form

    package init(_ text: String, caseSensitive: Bool = true) {
        self.text = text
        if text == "*" {
            form = .anything
        } else if let parts = ARN.split(text) {
            form = .arn(parts.map { WildcardPattern($0, caseSensitive: caseSensitive) })
        } else {
            form = .plain(WildcardPattern(text, caseSensitive: caseSensitive))
        }
    }

    package func matches(_ candidate: String) -> Bool {
        matches(candidate, parts: ARN.split(candidate))
    }

    /// Matches a candidate already split with `ARN.split` (the evaluator splits the request's resource once).
    package func matches(_ candidate: String, parts: [String]?) -> Bool {
        switch form {
        case .anything:
            return true
        case .plain(let pattern):
            return pattern.matches(candidate)
        case .arn(let patterns):
            guard let parts else {
                // Not an ARN (a bare name, or "*"): compare the whole texts.
                return WildcardPattern(text, caseSensitive: patterns[0].caseSensitive).matches(candidate)
            }
            for index in 1..<6 where !patterns[index].matches(parts[index]) { return false }
            return true
        }
    }
}
