import Testing
import IAM

@Suite("AWS managed policies")
struct ManagedPolicyTests {
    @Test("Each managed policy lessons use exists with its real ARN", arguments: [
        ("AWSLambdaBasicExecutionRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
        ("AWSLambdaSQSQueueExecutionRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"),
        ("AWSLambdaDynamoDBExecutionRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole"),
        ("AWSLambdaKinesisExecutionRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole"),
        ("AWSLambdaVPCAccessExecutionRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"),
        ("AWSLambdaRole", "arn:aws:iam::aws:policy/service-role/AWSLambdaRole"),
        ("AmazonS3ReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"),
        ("AmazonS3FullAccess", "arn:aws:iam::aws:policy/AmazonS3FullAccess"),
        ("AmazonDynamoDBReadOnlyAccess", "arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess"),
        ("AmazonDynamoDBFullAccess", "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess"),
        ("CloudWatchLogsFullAccess", "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"),
        ("AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess"),
    ])
    func managedPolicyARNs(name: String, arn: String) throws {
        let managed = try #require(ManagedPolicy.named(name))
        #expect(managed.arn.description == arn)
        #expect(ManagedPolicy.withARN(arn) == managed)
        #expect(managed.document.kind == .identity)
        #expect(managed.document.version == .v2012_10_17)
    }

    @Test("Managed policies allow what their documents say", arguments: [
        ("AWSLambdaBasicExecutionRole", "logs:PutLogEvents", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn:log-stream:x", true),
        ("AWSLambdaBasicExecutionRole", "dynamodb:PutItem", todoTable, false),
        ("AWSLambdaSQSQueueExecutionRole", "sqs:ReceiveMessage", "arn:aws:sqs:us-east-1:123456789012:jobs", true),
        ("AWSLambdaSQSQueueExecutionRole", "sqs:SendMessage", "arn:aws:sqs:us-east-1:123456789012:jobs", false),
        ("AWSLambdaDynamoDBExecutionRole", "dynamodb:GetRecords", todoTable + "/stream/2026", true),
        ("AWSLambdaRole", "lambda:InvokeFunction", "arn:aws:lambda:us-east-1:123456789012:function:fn", true),
        ("AmazonS3ReadOnlyAccess", "s3:GetObject", "arn:aws:s3:::bucket/key", true),
        ("AmazonS3ReadOnlyAccess", "s3:PutObject", "arn:aws:s3:::bucket/key", false),
        ("AmazonS3FullAccess", "s3:PutObject", "arn:aws:s3:::bucket/key", true),
        ("AmazonDynamoDBReadOnlyAccess", "dynamodb:GetItem", todoTable, true),
        ("AmazonDynamoDBReadOnlyAccess", "dynamodb:PutItem", todoTable, false),
        ("AmazonDynamoDBFullAccess", "dynamodb:PutItem", todoTable, true),
        ("CloudWatchLogsFullAccess", "logs:CreateLogGroup", "*", true),
        ("AdministratorAccess", "iam:CreateUser", "*", true),
    ])
    func managedPolicyGrants(name: String, action: String, resource: String, expected: Bool) throws {
        let managed = try #require(ManagedPolicy.named(name))
        #expect(evaluate([managed.attached], principal: todoSession, action: action, resource: resource).decision.isAllowed == expected)
    }

    @Test("The catalogue has unique names and every document round-trips through the parser")
    func catalogueIsConsistent() throws {
        let names = ManagedPolicy.all.map(\.name.rawValue)
        #expect(Set(names).count == names.count)
        for managed in ManagedPolicy.all {
            #expect(try PolicyDocument.parse(managed.documentText, kind: .identity) == managed.document)
        }
    }
}
