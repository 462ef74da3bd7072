import IAM

// Who may invoke: `lambda:InvokeFunction` on the ARN the caller named, with the resource policy of that qualifier
// (facts §9.3, §9.4): a permission added with `--qualifier prod` covers `my-fn:prod` only, and a permission on
// the function covers the unqualified function only.

extension World {
    /// The ARN an invoke of `functionName` (with `qualifier`) is authorized against, and the resource policy that
    /// applies to it: the function's own policy for an unqualified name (or `$LATEST`), else the policy of that
    /// version or alias. `nil` when the name is malformed (the invoke itself then answers with Lambda's
    /// validation message).
    public func invokeTarget(functionName: String, qualifier: String? = nil) -> (resource: String, policy: AttachedPolicy?)? {
        guard let reference = try? functionReference(functionName, qualifier: qualifier, usage: .read, operation: "Invoke") else {
            return nil
        }
        return (functionARN(reference.name, qualifier: reference.qualifier),
                functionPolicy(functionName: reference.name, qualifier: reference.qualifier))
    }

    /// Checks that `principal` (the learner, ``callerPrincipal``, by default; or a service such as
    /// `s3.amazonaws.com`) may invoke `functionName` as named: its identity policies or the resource policy of
    /// the invoked qualifier must allow `lambda:InvokeFunction` on the (qualified) ARN. The decision is kept for
    /// `explain`; a denial throws Lambda's AccessDeniedException.
    ///
    ///     try world.authorizeInvoke(functionName: "my-fn:prod")                                   // the learner
    ///     try world.authorizeInvoke(functionName: "my-fn", principal: .service("s3.amazonaws.com"),
    ///                               context: context)                                           // a trigger
    public mutating func authorizeInvoke(functionName: String, qualifier: String? = nil, principal: Principal? = nil,
                                         context: RequestContext = RequestContext()) throws(ServiceError) {
        guard let target = invokeTarget(functionName: functionName, qualifier: qualifier) else { return }
        try requireAuthorization(principal: principal ?? callerPrincipal, action: "lambda:InvokeFunction",
                                 resource: target.resource, context: context, resourcePolicy: target.policy, service: .lambda)
    }
}
