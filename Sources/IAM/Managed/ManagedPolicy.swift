// AWS managed policies: real names, paths, ARNs and documents.

/// An AWS managed policy such as `arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`.
///
///     let basic = ManagedPolicy.named("AWSLambdaBasicExecutionRole")!
///     basic.arn.description   // "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
public struct ManagedPolicy: Sendable, Hashable {
    public let name: PolicyName
    /// `/` or `/service-role/`, as AWS files the policy.
    public let path: String
    /// The default version AWS reports (`v1`, `v15`, …).
    public let defaultVersionID: String
    /// The document exactly as this simulation serves it.
    public let documentText: String
    /// The parsed document (an identity policy).
    public let document: PolicyDocument

    init(name: String, path: String, defaultVersionID: String, documentText: String) {
        self.name = PolicyName(name)
        self.path = path
        self.defaultVersionID = defaultVersionID
        self.documentText = documentText
        do {
            document = try PolicyDocument.parse(documentText, kind: .identity)
        } catch {
            preconditionFailure("managed policy \(name) does not parse: \(error)")  // a host bug: the catalogue is fixed data
        }
    }

    /// `arn:aws:iam::aws:policy<path><name>`.
    public var arn: ARN {
        ARN(service: "iam", region: "", account: "aws", resource: "policy\(path)\(name.rawValue)")
    }

    /// The policy ready for ``PolicyEvaluator/evaluate(_:policies:)``.
    public var attached: AttachedPolicy { AttachedPolicy(name: name, document: document) }

    /// Every managed policy this simulation knows, in a stable order.
    public static var all: [ManagedPolicy] { catalogue }

    private static let catalogue = lambdaPolicies + servicePolicies

    /// Looks a policy up by its name (`AmazonS3ReadOnlyAccess`).
    public static func named(_ name: String) -> ManagedPolicy? {
        catalogue.first { $0.name.rawValue == name }
    }

    /// Looks a policy up by its ARN; `nil` for customer-managed or unknown ARNs.
    public static func withARN(_ arn: String) -> ManagedPolicy? {
        catalogue.first { $0.arn.description == arn }
    }
}
