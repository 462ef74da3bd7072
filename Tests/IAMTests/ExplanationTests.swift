import Testing
import IAM

let todoTable = "arn:aws:dynamodb:eu-west-1:123456789012:table/Todo"

@Suite("Explanations and AccessDenied messages")
struct ExplanationTests {
    @Test("An implicit deny gives AWS's message naming principal, action and resource")
    func implicitMessage() {
        let evaluation = evaluate([ManagedPolicy.named("AWSLambdaBasicExecutionRole")!.attached], principal: todoSession, action: "dynamodb:PutItem", resource: todoTable)
        #expect(AccessDeniedMessage.text(for: evaluation) ==
            "User: arn:aws:sts::123456789012:assumed-role/TodoRole/CreateTodoFn is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:eu-west-1:123456789012:table/Todo because no identity-based policy allows the dynamodb:PutItem action")
    }

    @Test("S3's message quotes the resource")
    func s3Message() {
        let evaluation = evaluate([], principal: todoSession, action: "s3:GetObject", resource: "arn:aws:s3:::bucket/key")
        #expect(AccessDeniedMessage.text(for: evaluation, quotingResource: true)?.contains(#"on resource: "arn:aws:s3:::bucket/key" because"#) == true)
    }

    @Test("An explicit deny names the kind of policy that denied", arguments: [
        (PolicyKind.identity, "with an explicit deny in an identity-based policy"),
        (.resource, "with an explicit deny in a resource-based policy"),
    ])
    func explicitMessage(kind: PolicyKind, suffix: String) {
        let deny = kind == .identity
            ? statement("Deny", action: #""dynamodb:*""#)
            : policy(#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"dynamodb:*","Resource":"*"}}"#, kind: .resource)
        let evaluation = evaluate([statement(action: #""*""#), deny], principal: todoSession, action: "dynamodb:PutItem", resource: todoTable)
        #expect(AccessDeniedMessage.text(for: evaluation)?.hasSuffix(suffix) == true)
    }

    @Test("An allowed request has no AccessDenied message")
    func allowedHasNoMessage() {
        #expect(AccessDeniedMessage.text(for: evaluate([statement(action: #""*""#)], action: "s3:GetObject")) == nil)
    }

    @Test("Lambda's message can name the function instead of its ARN")
    func resourceName() {
        let evaluation = evaluate([], action: "lambda:InvokeFunction", resource: "arn:aws:lambda:us-east-1:123456789012:function:my-function")
        #expect(AccessDeniedMessage.text(for: evaluation, resourceName: "my-function") ==
            "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: lambda:InvokeFunction on resource: my-function because no identity-based policy allows the lambda:InvokeFunction action")
    }

    @Test("The explanation walks through the request, each statement and the rule")
    func explanationText() {
        let evaluation = evaluate(
            [ManagedPolicy.named("AWSLambdaBasicExecutionRole")!.attached, statement(action: #""dynamodb:PutItem""#, resource: #""arn:aws:dynamodb:*:*:table/Todos""#)],
            principal: todoSession, action: "dynamodb:PutItem", resource: todoTable
        )
        let text = evaluation.explanation
        #expect(text.hasPrefix("""
            Request:
              Principal: arn:aws:sts::123456789012:assumed-role/TodoRole/CreateTodoFn
              Action:    dynamodb:PutItem
              Resource:  arn:aws:dynamodb:eu-west-1:123456789012:table/Todo
              Context:   (no condition keys given)

            Policies considered (2):
              Identity-based policy AWSLambdaBasicExecutionRole
                Statement #1 (Allow) does not apply
                  ✗ Action: dynamodb:PutItem matches none of ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"].
                  → the statement is skipped because its Action does not match.
            """))
        #expect(text.contains("✓ Action: dynamodb:PutItem matches \"dynamodb:PutItem\""))
        #expect(text.contains("✗ Resource: arn:aws:dynamodb:eu-west-1:123456789012:table/Todo matches none of \"arn:aws:dynamodb:*:*:table/Todos\""))
        #expect(text.contains("Decision: DENIED (implicit deny)."))
        #expect(text.contains("Closest: statement #1 of policy TestPolicy covers dynamodb:PutItem, but its Resource does not match"))
    }

    @Test("The explanation of a condition shows operator, key, both values and the result")
    func conditionExplanation() {
        let document = statement(action: #""s3:GetObject""#, extra: #""Condition":{"StringEquals":{"aws:SourceAccount":"123456789012"}}"#)
        let text = evaluate([document], action: "s3:GetObject", context: ["aws:SourceAccount": "999999999999"]).explanation
        #expect(text.contains(#"✗ Condition StringEquals on aws:SourceAccount: the request has "999999999999", the policy wants "123456789012" → false."#))
    }

    @Test("The summary states the decision and the rule in one line", arguments: [
        ([statement(action: #""*""#)], "Decision: ALLOWED."),
        ([statement(action: #""*""#), statement("Deny", action: #""s3:*""#)], "Decision: DENIED (explicit deny)."),
        ([], "Decision: DENIED (implicit deny)."),
    ])
    func summaries(policies: [AttachedPolicy], prefix: String) {
        let summary = evaluate(policies, action: "s3:GetObject").summary
        #expect(summary.hasPrefix(prefix))
        #expect(!summary.contains("\n"))
    }

    @Test("Missing context values are the condition keys the request lacks")
    func missingContextValues() {
        let document = statement(action: #""s3:GetObject""#, extra: #""Condition":{"StringEquals":{"aws:SourceAccount":"1"},"Bool":{"aws:SecureTransport":"true"}}"#)
        let evaluation = evaluate([document], action: "s3:GetObject")
        #expect(evaluation.missingContextValues.map(\.name) == ["aws:SourceAccount"])
        let both = evaluate([document], action: "s3:GetObject", context: ["aws:SourceAccount": "1"])
        #expect(both.missingContextValues.map(\.name) == ["aws:SecureTransport"])
        #expect(evaluation.explanation.contains("Condition keys the policies ask about but the request does not have: aws:SourceAccount"))
    }
}

@Suite("Explanations of special cases")
struct SpecialExplanationTests {
    @Test("A resource policy that names only the account is explained as delegation to identity policies")
    func delegationExplained() {
        let evaluation = evaluate([bucketPolicyForAccount], action: "s3:GetObject", resource: "arn:aws:s3:::reports/q1.csv")
        #expect(evaluation.trace[0].statements[0].outcome == .delegatesToAccount)
        #expect(evaluation.explanation.contains("matches only through the caller's account, so it does not allow by itself"))
        #expect(evaluation.explanation.contains("Note: statement #1 of resource-based policy bucket policy names the caller's account"))
    }

    @Test("The root user's allowance is explained as the root rule")
    func rootExplained() {
        let evaluation = evaluate([], principal: .root(account: account), action: "iam:CreateUser")
        #expect(evaluation.explanation.contains("the caller is the account's root user"))
    }

    @Test("An explicit deny explanation says that Deny wins over Allow")
    func denyExplained() {
        let evaluation = evaluate([readReports, denyReports], action: "s3:GetObject", resource: "arn:aws:s3:::reports/a")
        #expect(evaluation.summary == "Decision: DENIED (explicit deny). Rule: statement #1 of policy TestPolicy denies this request, and an explicit Deny always wins over any Allow.")
    }

    @Test("With no policies at all the explanation says what to attach")
    func noPoliciesExplained() {
        #expect(evaluate([], action: "sqs:SendMessage").explanation.contains("Missing: the caller has no policies at all. Attach one that allows sqs:SendMessage."))
    }

    @Test("A condition failing on a missing key says which missing-key rule applied")
    func missingKeyRuleExplained() {
        let document = statement(action: #""s3:GetObject""#, extra: #""Condition":{"ForAnyValue:StringEquals":{"aws:TagKeys":"env"}}"#)
        #expect(evaluate([document], action: "s3:GetObject").explanation.contains("(ForAnyValue: a missing key never matches)"))
    }
}
