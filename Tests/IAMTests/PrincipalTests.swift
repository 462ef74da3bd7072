import Testing
import IAM

/// Whether a resource policy allowing `principalJSON` to invoke a function lets `caller` invoke it.
func resourcePolicyAllows(_ principalJSON: String, _ caller: Principal, element: String = "Principal") -> Bool {
    let document = policy(
        #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","\#(element)":\#(principalJSON),"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:123456789012:function:fn"}}"#,
        kind: .resource, name: "function policy"
    )
    return evaluate([document], principal: caller, action: "lambda:InvokeFunction", resource: "arn:aws:lambda:us-east-1:123456789012:function:fn").decision.isAllowed
}

@Suite("Principals")
struct PrincipalTests {
    @Test("Principal entries cover the callers AWS documents", arguments: [
        (#"{"Service":"s3.amazonaws.com"}"#, Principal.service("s3.amazonaws.com"), true),
        (#"{"Service":["sns.amazonaws.com","s3.amazonaws.com"]}"#, .service("s3.amazonaws.com"), true),
        (#"{"Service":"s3.amazonaws.com"}"#, .service("sns.amazonaws.com"), false),
        (#"{"Service":"s3.amazonaws.com"}"#, alice, false),
        (#""*""#, alice, true),
        (#""*""#, .service("s3.amazonaws.com"), true),
        (#""*""#, .anonymous, true),
        (#"{"AWS":"*"}"#, bob, true),
        (#"{"AWS":"arn:aws:iam::123456789012:user/alice"}"#, alice, true),
        (#"{"AWS":"arn:aws:iam::123456789012:user/alice"}"#, bob, false),
        (#"{"AWS":"arn:aws:iam::123456789012:role/TodoRole"}"#, todoSession, true),
        (#"{"AWS":"arn:aws:iam::123456789012:role/OtherRole"}"#, todoSession, false),
        (#"{"AWS":"arn:aws:sts::123456789012:assumed-role/TodoRole/CreateTodoFn"}"#, todoSession, true),
        (#"{"AWS":"arn:aws:sts::123456789012:assumed-role/TodoRole/OtherFn"}"#, todoSession, false),
        (#"{"AWS":"123456789012"}"#, .root(account: "123456789012"), true),
        (#"{"AWS":"arn:aws:iam::123456789012:root"}"#, alice, false),
        (#"{"AWS":"arn:aws:iam::999999999999:root"}"#, alice, false),
        (#"{"Federated":"cognito-identity.amazonaws.com"}"#, alice, false),
    ])
    func principalEntries(principal: String, caller: Principal, expected: Bool) {
        #expect(resourcePolicyAllows(principal, caller) == expected)
    }

    @Test("A role ARN covers sessions of that role even when only the session ARN is known")
    func roleCoversDerivedSession() {
        let session = Principal(arn: "arn:aws:sts::123456789012:assumed-role/TodoRole/CreateTodoFn")!
        #expect(resourcePolicyAllows(#"{"AWS":"arn:aws:iam::123456789012:role/TodoRole"}"#, session))
        #expect(resourcePolicyAllows(#"{"AWS":"arn:aws:iam::123456789012:role/service-role/TodoRole"}"#, session))
    }

    @Test("NotPrincipal with Deny denies everyone except the listed principals", arguments: [
        (alice, "allowed"),
        (bob, "explicitDeny"),
        (Principal.service("s3.amazonaws.com"), "explicitDeny"),
    ])
    func notPrincipalDeny(caller: Principal, expected: String) {
        let deny = policy(
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::123456789012:user/alice"},"Action":"s3:*","Resource":"arn:aws:s3:::b/*"}]}"#,
            kind: .resource, name: "bucket policy"
        )
        #expect(evaluate([deny], principal: caller, action: "s3:GetObject", resource: "arn:aws:s3:::b/x").decision.evalDecision == expected)
    }

    @Test("Principals parse from IAM and STS ARNs and print their ARN", arguments: [
        ("arn:aws:iam::123456789012:user/alice", "123456789012"),
        ("arn:aws:iam::123456789012:role/service-role/TodoRole", "123456789012"),
        ("arn:aws:sts::123456789012:assumed-role/TodoRole/CreateTodoFn", "123456789012"),
        ("arn:aws:iam::123456789012:root", "123456789012"),
    ])
    func principalARNs(arn: String, account: String) throws {
        let principal = try #require(Principal(arn: arn))
        #expect(principal.arn == arn)
        #expect(principal.account == account)
    }

    @Test("Texts that are not IAM principals are refused", arguments: ["alice", "arn:aws:s3:::bucket", "arn:aws:iam::123456789012:policy/P"])
    func notPrincipals(text: String) {
        #expect(Principal(arn: text) == nil)
    }

    @Test("Global keys describe the caller to conditions")
    func globalKeys() {
        let request = AuthorizationRequest(principal: todoSession, action: "s3:GetObject", resource: "*")
        #expect(request.effectiveContext.values(for: "aws:PrincipalArn") == ["arn:aws:iam::123456789012:role/TodoRole"])
        #expect(request.effectiveContext.values(for: "aws:PrincipalAccount") == ["123456789012"])
        let user = AuthorizationRequest(principal: alice, action: "s3:GetObject", resource: "*")
        #expect(user.effectiveContext.values(for: "aws:username") == ["alice"])
    }
}
