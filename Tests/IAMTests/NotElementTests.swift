import Testing
import IAM

// Examples from the IAM User Guide pages on NotAction and NotResource.
let allowAllButIAM = policy(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}}"#)
let denyAllButIAM = policy(#"{"Version":"2012-10-17","Statement":{"Sid":"DenyAllUsersNotUsingMFA","Effect":"Deny","NotAction":"iam:*","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}}"#)
let allowEverything = policy(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#, name: "AdminLike")
let allowS3ButPayroll = policy(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","NotResource":["arn:aws:s3:::HRBucket/Payroll","arn:aws:s3:::HRBucket/Payroll/*"]}}"#)
let denyOutsideBucket = policy(#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"s3:*","NotResource":["arn:aws:s3:::HRBucket/Payroll","arn:aws:s3:::HRBucket/Payroll/*"]}}"#)

@Suite("NotAction and NotResource")
struct NotElementTests {
    @Test("NotAction with Allow allows every other action but does not deny the listed ones", arguments: [
        ("s3:GetObject", "allowed"),
        ("dynamodb:PutItem", "allowed"),
        ("iam:CreateUser", "implicitDeny"),
        ("IAM:createuser", "implicitDeny"),
    ])
    func notActionAllow(action: String, expected: String) {
        #expect(evaluate([allowAllButIAM], action: action).decision.evalDecision == expected)
    }

    @Test("NotAction with Deny denies every other action; the listed ones stay allowed by another policy", arguments: [
        ("iam:ListUsers", "allowed"),
        ("s3:ListAllMyBuckets", "explicitDeny"),
        ("ec2:RunInstances", "explicitDeny"),
    ])
    func notActionDeny(action: String, expected: String) {
        let context: RequestContext = ["aws:MultiFactorAuthPresent": "false"]
        #expect(evaluate([allowEverything, denyAllButIAM], action: action, context: context).decision.evalDecision == expected)
    }

    @Test("The MFA deny with BoolIfExists also applies when the key is missing")
    func notActionDenyWithoutKey() {
        #expect(evaluate([allowEverything, denyAllButIAM], action: "s3:GetObject").decision.evalDecision == "explicitDeny")
        let withMFA: RequestContext = ["aws:MultiFactorAuthPresent": "true"]
        #expect(evaluate([allowEverything, denyAllButIAM], action: "s3:GetObject", context: withMFA).decision.evalDecision == "allowed")
    }

    @Test("NotResource with Allow covers every resource except the listed ones", arguments: [
        ("arn:aws:s3:::HRBucket/Reports/q1.csv", "allowed"),
        ("arn:aws:s3:::OtherBucket", "allowed"),
        ("arn:aws:s3:::HRBucket/Payroll", "implicitDeny"),
        ("arn:aws:s3:::HRBucket/Payroll/2026.csv", "implicitDeny"),
    ])
    func notResourceAllow(resource: String, expected: String) {
        #expect(evaluate([allowS3ButPayroll], action: "s3:GetObject", resource: resource).decision.evalDecision == expected)
    }

    @Test("NotResource with Deny denies everything outside the listed resources", arguments: [
        ("arn:aws:s3:::HRBucket/Payroll/2026.csv", "allowed"),
        ("arn:aws:s3:::HRBucket/Reports/q1.csv", "explicitDeny"),
        ("arn:aws:s3:::OtherBucket", "explicitDeny"),
    ])
    func notResourceDeny(resource: String, expected: String) {
        #expect(evaluate([allowEverything, denyOutsideBucket], action: "s3:GetObject", resource: resource).decision.evalDecision == expected)
    }

    @Test("NotAction and NotResource in the trace say what was excluded")
    func notElementsInTrace() {
        let evaluation = evaluate([allowAllButIAM], action: "iam:CreateUser")
        let check = evaluation.trace[0].statements[0].checks[0]
        #expect(check.element == .notAction)
        #expect(!check.passed)
        #expect(check.matched == "iam:*")
    }
}
