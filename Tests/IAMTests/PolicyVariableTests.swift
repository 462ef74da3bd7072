import Testing
import IAM

let homeFolders = policy(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::home/${aws:username}/*"}}"#)

@Suite("Policy variables")
struct PolicyVariableTests {
    @Test("${aws:username} in a Resource is replaced by the caller's user name", arguments: [
        (alice, "arn:aws:s3:::home/alice/notes.txt", true),
        (alice, "arn:aws:s3:::home/bob/notes.txt", false),
        (bob, "arn:aws:s3:::home/bob/notes.txt", true),
    ])
    func usernameVariable(caller: Principal, resource: String, expected: Bool) {
        #expect(evaluate([homeFolders], principal: caller, action: "s3:GetObject", resource: resource).decision.isAllowed == expected)
    }

    @Test("A variable whose key is missing matches nothing and is reported as a missing context value")
    func missingVariable() {
        let evaluation = evaluate([homeFolders], principal: todoSession, action: "s3:GetObject", resource: "arn:aws:s3:::home/x/y")
        #expect(!evaluation.decision.isAllowed)
        #expect(evaluation.missingContextValues == ["aws:username"])
        #expect(evaluation.trace[0].statements[0].failedCheck?.note?.contains("could not be filled") == true)
    }

    @Test("A default value stands in for a missing key")
    func defaultValue() {
        let document = policy(#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::home/${aws:username, 'shared'}/*"}}"#)
        #expect(evaluate([document], principal: todoSession, action: "s3:GetObject", resource: "arn:aws:s3:::home/shared/a").decision.isAllowed)
    }

    @Test("Variables in condition values are substituted too")
    func conditionVariable() {
        let document = statement(action: #""s3:ListBucket""#, extra: #""Condition":{"StringLike":{"s3:prefix":"home/${aws:username}/*"}}"#)
        #expect(evaluate([document], action: "s3:ListBucket", context: ["s3:prefix": "home/alice/docs"]).decision.isAllowed)
        #expect(!evaluate([document], action: "s3:ListBucket", context: ["s3:prefix": "home/bob/docs"]).decision.isAllowed)
    }

    @Test("With Version 2008-10-17 a ${...} is plain text")
    func oldVersionIsLiteral() {
        let document = policy(
            #"{"Version":"2008-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*"}}"#,
            kind: .resource
        )
        #expect(!evaluate([document], action: "s3:GetObject", resource: "arn:aws:s3:::home/alice/a").decision.isAllowed)
        #expect(evaluate([document], action: "s3:GetObject", resource: "arn:aws:s3:::home/${aws:username}/a").decision.isAllowed)
    }
}
