// AWS's AccessDenied message formats (IAM user guide, "Troubleshooting access denied error messages").

/// Builds the message AWS services put in `AccessDenied` / `AccessDeniedException` errors.
public enum AccessDeniedMessage {
    /// The message for a denied evaluation, or `nil` if it was allowed.
    ///
    ///     User: arn:aws:sts::123456789012:assumed-role/TodoRole/CreateTodoFn is not authorized to perform:
    ///     dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Todo
    ///     because no identity-based policy allows the dynamodb:PutItem action
    ///
    /// - Parameters:
    ///   - quotingResource: S3 writes the resource in double quotes.
    ///   - resourceName: what to print after `on resource:` (Lambda prints a function name); defaults to the request's resource.
    public static func text(for evaluation: PolicyEvaluation, quotingResource: Bool = false, resourceName: String? = nil) -> String? {
        let request = evaluation.request
        let resource = resourceName ?? request.resource
        let shownResource = quotingResource ? "\"\(resource)\"" : resource
        let head = "User: \(request.principal.arn) is not authorized to perform: \(request.action) on resource: \(shownResource)"
        switch evaluation.decision {
        case .allowed:
            return nil
        case .explicitlyDenied(let statements):
            let kind = statements.first?.policyKind ?? .identity
            return "\(head) with an explicit deny in \(article(kind.accessDeniedPhrase)) \(kind.accessDeniedPhrase) policy"
        case .implicitlyDenied:
            let kinds = Set(evaluation.trace.map(\.kind))
            let kind: PolicyKind = kinds == [.trust] ? .trust : (kinds == [.resource] ? .resource : .identity)
            return "\(head) because no \(kind.accessDeniedPhrase) policy allows the \(request.action) action"
        }
    }

    private static func article(_ phrase: String) -> String {
        guard let first = phrase.first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
