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

@Suite("Trust policies must allow by themselves")
struct TrustMustAllowTests {
    static let assumeAnything = statement(action: #""sts:AssumeRole""#)
    static let accountTrust = policy(
        #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}}"#,
        kind: .trust, name: "trust policy"
    )
    static let aliceTrust = policy(
        #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/alice"},"Action":"sts:AssumeRole"}}"#,
        kind: .trust, name: "trust policy"
    )
    static let lambdaOnly = AttachedPolicy(name: "trust policy", document: lambdaTrust)

    @Test("Assuming a role in the same account follows the trust-policy exception", arguments: [
        ("an identity Allow is not enough when the trust policy names only Lambda", [assumeAnything, lambdaOnly], "implicitDeny"),
        ("a trust policy naming the account needs an identity Allow too", [accountTrust], "implicitDeny"),
        ("a trust policy naming the account plus an identity Allow allows", [assumeAnything, accountTrust], "allowed"),
        ("a trust policy naming the user allows on its own", [aliceTrust], "allowed"),
    ])
    func trustException(title: String, policies: [AttachedPolicy], expected: String) {
        let evaluation = evaluate(policies, principal: alice, action: "sts:AssumeRole", resource: "arn:aws:iam::123456789012:role/TodoRole")
        #expect(evaluation.decision.evalDecision == expected, "\(title)")
    }

    @Test("The explanation says that the trust policy itself must allow")
    func explained() {
        let evaluation = evaluate([Self.assumeAnything, Self.lambdaOnly], principal: alice, action: "sts:AssumeRole", resource: "arn:aws:iam::123456789012:role/TodoRole")
        #expect(evaluation.explanation.contains("a role's trust policy must itself allow arn:aws:iam::123456789012:user/alice to sts:AssumeRole"))
    }
}
