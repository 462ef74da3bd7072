import Testing
import IAM

let lambdaTrust = policy(
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#,
    kind: .trust
).document

@Suite("Role trust policies")
struct TrustPolicyTests {
    @Test("A trust policy lets only the principals it names assume the role", arguments: [
        (Principal.service("lambda.amazonaws.com"), "sts:AssumeRole", true),
        (.service("LAMBDA.amazonaws.com"), "sts:AssumeRole", true),
        (.service("ec2.amazonaws.com"), "sts:AssumeRole", false),
        (.service("lambda.amazonaws.com"), "sts:TagSession", false),
        (alice, "sts:AssumeRole", false),
    ])
    func trustDecides(principal: Principal, action: String, expected: Bool) {
        let evaluation = PolicyEvaluator.evaluateTrust(lambdaTrust, of: "arn:aws:iam::123456789012:role/TodoRole", principal: principal, action: action)
        #expect(evaluation.decision.isAllowed == expected)
    }

    @Test("A trust policy for another service explains which principal it names")
    func wrongServiceExplained() throws {
        let ec2Trust = try PolicyDocument.parse(
            #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}}"#,
            kind: .trust
        )
        let evaluation = PolicyEvaluator.evaluateTrust(ec2Trust, of: "arn:aws:iam::123456789012:role/TodoRole", principal: .service("lambda.amazonaws.com"))
        #expect(evaluation.decision.evalDecision == "implicitDeny")
        #expect(evaluation.explanation.contains(#"Principal: lambda.amazonaws.com is none of "Service": "ec2.amazonaws.com"."#))
        #expect(AccessDeniedMessage.text(for: evaluation)?.hasSuffix("because no role trust policy allows the sts:AssumeRole action") == true)
    }

    @Test("A trust policy with a Deny for the service refuses it even next to an Allow")
    func trustDeny() throws {
        let trust = try PolicyDocument.parse(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"},{"Effect":"Deny","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:*"}]}"#,
            kind: .trust
        )
        let evaluation = PolicyEvaluator.evaluateTrust(trust, of: "arn:aws:iam::123456789012:role/R", principal: .service("lambda.amazonaws.com"))
        #expect(evaluation.decision.evalDecision == "explicitDeny")
    }
}
