import Testing
import IAM

@Suite("Matching actions and resources")
struct MatchingTests {
    @Test("Actions match without regard to case, with * and ? as wildcards", arguments: [
        ("iam:ListAccessKeys", "iam:ListAccessKeys", true),
        ("iam:ListAccessKeys", "IAM:listaccesskeys", true),
        ("iam:*AccessKey*", "iam:ListAccessKeys", true),
        ("iam:*AccessKey*", "iam:CreateAccessKey", true),
        ("iam:*AccessKey*", "iam:ListUsers", false),
        ("s3:Get*", "s3:GetObject", true),
        ("s3:Get*", "s3:PutObject", false),
        ("s3:?etObject", "s3:GetObject", true),
        ("s3:?etObject", "s3:GGetObject", false),
        ("*", "dynamodb:PutItem", true),
        ("s3:*", "s3express:CreateSession", false),
        ("s3:*", "s3:GetObject", true),
        ("dynamodb:*Item", "dynamodb:BatchGetItem", true),
        ("dynamodb:*Item", "dynamodb:GetItems", false),
        ("lambda:InvokeFunction", "lambda:InvokeFunctionUrl", false),
        ("lambda:InvokeFunction*", "lambda:InvokeFunctionUrl", true),
    ])
    func actionMatching(pattern: String, action: String, expected: Bool) {
        let evaluation = evaluate([statement(action: "\"\(pattern)\"")], action: action)
        #expect(evaluation.decision.isAllowed == expected)
    }

    @Test("Resources match case-sensitively, part by part, with wildcards inside the resource part", arguments: [
        ("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/key/deep.txt", true),
        ("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket", false),
        ("arn:aws:s3:::bucket*", "arn:aws:s3:::bucket-two", true),
        ("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/a", false),
        ("arn:aws:s3:::bucket/?.txt", "arn:aws:s3:::bucket/a.txt", true),
        ("arn:aws:s3:::bucket/?.txt", "arn:aws:s3:::bucket/ab.txt", false),
        ("arn:aws:dynamodb:*:123456789012:table/Todo", "arn:aws:dynamodb:eu-west-1:123456789012:table/Todo", true),
        ("arn:aws:dynamodb:*:123456789012:table/Todo", "arn:aws:dynamodb:eu-west-1:999999999999:table/Todo", false),
        ("arn:aws:dynamodb:*:*:table/Todo", "arn:aws:dynamodb:eu-west-1:123456789012:table/Todo/index/ByDate", false),
        ("arn:aws:dynamodb:*:*:table/Todo/*", "arn:aws:dynamodb:eu-west-1:123456789012:table/Todo/index/ByDate", true),
        ("arn:aws:lambda:us-east-1:123456789012:function:my-function", "arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD", false),
        ("arn:aws:lambda:us-east-1:123456789012:function:my-function:*", "arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD", true),
        ("arn:aws:lambda:us-east-1:123456789012:function:my-function:*", "arn:aws:lambda:us-east-1:123456789012:function:my-function", false),
        ("arn:aws:lambda:us-east-1:123456789012:function:*", "arn:aws:lambda:us-east-1:123456789012:function:my-function:1", true),
        ("arn:aws:logs:*:*:log-group:/aws/lambda/fn:*", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn:log-stream:2026/11/26", true),
        ("arn:aws:s3:::*", "arn:aws:sqs:us-east-1:123456789012:queue", false),
        ("arn:aws:sqs:us-*-1:123456789012:*", "arn:aws:sqs:us-east-1:123456789012:jobs", true),
        ("arn:aws:sqs:us-*-1:123456789012:*", "arn:aws:sqs:eu-west-1:123456789012:jobs", false),
        ("*", "anything-at-all", true),
        ("arn:aws:sqs:*:*:jobs", "*", false),
    ])
    func resourceMatching(pattern: String, resource: String, expected: Bool) {
        let evaluation = evaluate([statement(action: #""s3:GetObject""#, resource: "\"\(pattern)\"")], action: "s3:GetObject", resource: resource)
        #expect(evaluation.decision.isAllowed == expected)
    }

    @Test("ARNs split into six parts and keep extra colons in the resource part")
    func arnParts() throws {
        let arn = try #require(ARN("arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD"))
        #expect(arn.service == "lambda")
        #expect(arn.region == "us-east-1")
        #expect(arn.account == "123456789012")
        #expect(arn.resource == "function:my-function:PROD")
        #expect(arn.description == "arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD")
        #expect(ARN("arn:aws:s3:::bucket")?.region == "")
        #expect(ARN("not-an-arn") == nil)
        #expect(ARN("arn:aws:s3") == nil)
    }
}
