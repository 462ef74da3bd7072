import Testing
import IAM

let bucketPolicyForAlice = policy(
    #"{"Version":"2012-10-17","Statement":[{"Sid":"AliceReads","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/alice"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"#,
    kind: .resource, name: "bucket policy"
)
let bucketPolicyForAccount = policy(
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}"#,
    kind: .resource, name: "bucket policy"
)
let bucketPolicyDenyingBob = policy(
    #"{"Version":"2012-10-17","Statement":[{"Sid":"NoBob","Effect":"Deny","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"s3:*","Resource":"arn:aws:s3:::reports/*"}]}"#,
    kind: .resource, name: "bucket policy"
)
let readReports = statement(action: #""s3:GetObject""#, resource: #""arn:aws:s3:::reports/*""#)
let denyReports = statement("Deny", action: #""s3:*""#, resource: #""arn:aws:s3:::reports/*""#)

@Suite("Evaluation logic for one account")
struct EvaluationLogicTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let title: String
        let policies: [AttachedPolicy]
        let principal: Principal
        let action: String
        let resource: String
        let expected: String
        var testDescription: String { title }
    }

    static let cases: [Case] = [
        Case(title: "with no policies everything is implicitly denied", policies: [], principal: alice,
             action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "implicitDeny"),
        Case(title: "an identity-policy Allow allows", policies: [readReports], principal: alice,
             action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "allowed"),
        Case(title: "an explicit Deny overrides an Allow", policies: [readReports, denyReports], principal: alice,
             action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "explicitDeny"),
        Case(title: "a Deny listed before the Allow still wins", policies: [denyReports, readReports], principal: alice,
             action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "explicitDeny"),
        Case(title: "a resource-policy Allow naming the user allows without any identity policy", policies: [bucketPolicyForAlice],
             principal: alice, action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "allowed"),
        Case(title: "a resource-policy Allow for another user does not help", policies: [bucketPolicyForAlice], principal: bob,
             action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "implicitDeny"),
        Case(title: "a resource-policy Deny beats an identity-policy Allow", policies: [readReports, bucketPolicyDenyingBob],
             principal: bob, action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "explicitDeny"),
        Case(title: "a resource policy naming only the account needs an identity policy too", policies: [bucketPolicyForAccount],
             principal: alice, action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "implicitDeny"),
        Case(title: "a resource policy naming the account plus an identity Allow allows", policies: [bucketPolicyForAccount, readReports],
             principal: alice, action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "allowed"),
        Case(title: "the root user is allowed without policies", policies: [], principal: .root(account: account),
             action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "allowed"),
        Case(title: "the root user is still stopped by an explicit Deny", policies: [denyReports], principal: .root(account: account),
             action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "explicitDeny"),
        Case(title: "an Allow for another action leaves the request implicitly denied", policies: [readReports], principal: alice,
             action: "s3:PutObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "implicitDeny"),
        Case(title: "a Deny for another resource does not deny", policies: [readReports, statement("Deny", action: #""s3:*""#, resource: #""arn:aws:s3:::secret/*""#)],
             principal: alice, action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv", expected: "allowed"),
    ]

    @Test("The documented evaluation order decides", arguments: cases)
    func decides(_ testCase: Case) {
        let evaluation = evaluate(testCase.policies, principal: testCase.principal, action: testCase.action, resource: testCase.resource)
        #expect(evaluation.decision.evalDecision == testCase.expected)
    }

    @Test("An Allow names every statement that allowed, with policy names and Sids")
    func allowNamesStatements() {
        let evaluation = evaluate([readReports, bucketPolicyForAlice], action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv")
        guard case .allowed(let statements) = evaluation.decision else {
            Issue.record("expected allowed")
            return
        }
        #expect(statements.map(\.description) == [
            "statement #1 of policy TestPolicy", "statement \"AliceReads\" of resource-based policy bucket policy",
        ])
        #expect(evaluation.matchedStatements == statements)
    }

    @Test("An explicit deny names the denying statement and only it")
    func denyNamesStatement() {
        let evaluation = evaluate([readReports, bucketPolicyDenyingBob], principal: bob, action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv")
        guard case .explicitlyDenied(let statements) = evaluation.decision else {
            Issue.record("expected an explicit deny")
            return
        }
        #expect(statements.map(\.sid) == ["NoBob"])
        #expect(statements.first?.policyKind == .resource)
    }

    @Test("An implicit deny reports the Allow statement that came closest and the element that failed")
    func implicitDenyNearMiss() {
        let evaluation = evaluate([readReports], action: "s3:GetObject", resource: "arn:aws:s3:::other/q1.csv")
        guard case .implicitlyDenied(let denial) = evaluation.decision else {
            Issue.record("expected an implicit deny")
            return
        }
        #expect(denial.nearMisses.count == 1)
        #expect(denial.nearMisses.first?.failed.element == .resource)
        #expect(denial.nearMisses.first?.failed.listed == ["arn:aws:s3:::reports/*"])
    }

    @Test("The trace lists every policy and statement with the checks made")
    func traceIsComplete() {
        let evaluation = evaluate([readReports, denyReports], action: "s3:PutObject", resource: "arn:aws:s3:::reports/q1.csv")
        #expect(evaluation.trace.count == 2)
        #expect(evaluation.trace[0].statements[0].outcome == .doesNotApply)
        #expect(evaluation.trace[0].statements[0].failedCheck?.element == .action)
        #expect(evaluation.trace[1].statements[0].outcome == .applies)
        #expect(evaluation.trace[1].statements[0].checks.map(\.element) == [.action, .resource])
        #expect(evaluation.trace[1].statements[0].checks.first?.matched == "s3:*")
    }
}
