// Helpers shared by the IAM tests: building policies and requests in one line.
import IAM

let account = "123456789012"
let alice = Principal(arn: "arn:aws:iam::123456789012:user/alice")!
let bob = Principal(arn: "arn:aws:iam::123456789012:user/bob")!
let todoSession = Principal.assumedRole(
    session: ARN("arn:aws:sts::123456789012:assumed-role/TodoRole/CreateTodoFn")!,
    role: ARN("arn:aws:iam::123456789012:role/TodoRole")!
)

/// Parses a document that the test expects to be valid; a parse failure is recorded and a trivial policy returned.
func policy(_ text: String, kind: PolicyKind = .identity, name: String = "TestPolicy") -> AttachedPolicy {
    do {
        return AttachedPolicy(name: PolicyName(name), document: try PolicyDocument.parse(text, kind: kind))
    } catch {
        preconditionFailure("test policy does not parse: \(error)")
    }
}

/// An identity policy with one statement.
func statement(_ effect: String = "Allow", action: String, resource: String = #""*""#, extra: String = "") -> AttachedPolicy {
    let suffix = extra.isEmpty ? "" : ", " + extra
    return policy(#"{"Version":"2012-10-17","Statement":{"Effect":"\#(effect)","Action":\#(action),"Resource":\#(resource)\#(suffix)}}"#)
}

func evaluate(
    _ policies: [AttachedPolicy], principal: Principal = alice, action: String, resource: String = "*",
    context: RequestContext = RequestContext()
) -> PolicyEvaluation {
    PolicyEvaluator.evaluate(
        AuthorizationRequest(principal: principal, action: action, resource: resource, context: context), policies: policies
    )
}

/// Parses and returns the error, or nil when the document is valid.
func parseError(_ text: String, kind: PolicyKind) -> MalformedPolicyDocument? {
    do {
        _ = try PolicyDocument.parse(text, kind: kind)
        return nil
    } catch {
        return error
    }
}

extension Decision {
    var name: String { evalDecision }
}
