// libFuzzer entry point for the IAM policy parser (built by scripts/fuzz-iam, not by SwiftPM).
// Every input must either parse or be refused with a positioned MalformedPolicyDocument; a parsed
// document must evaluate and explain without trapping.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPolicyParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let principal = Principal(arn: "arn:aws:iam::123456789012:user/alice")!
    var context = RequestContext()
    context.set("aws:SourceAccount", to: "123456789012")
    context.set("aws:TagKeys", to: ["a", "b"])
    context.set("aws:SourceIp", to: "203.0.113.9")
    context.set("aws:CurrentTime", to: "2026-11-26T17:00:00Z")
    for kind in PolicyKind.allCases {
        do {
            let document = try PolicyDocument.parse(text, kind: kind)
            let policy = AttachedPolicy(name: "fuzz", document: document)
            let request = AuthorizationRequest(
                principal: kind == .trust ? .service("lambda.amazonaws.com") : principal,
                action: kind == .trust ? "sts:AssumeRole" : "s3:GetObject",
                resource: "arn:aws:s3:::bucket/key", context: context
            )
            let evaluation = PolicyEvaluator.evaluate(request, policies: [policy])
            _ = evaluation.explanation
            _ = AccessDeniedMessage.text(for: evaluation)
        } catch {
            guard let position = error.position, position.line >= 1, position.column >= 1 else {
                fatalError("an error without a valid position: \(error)")
            }
            _ = error.description
        }
    }
    return 0
}
