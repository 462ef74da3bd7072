@testable import AWSCommandLine
import LambdaSim
import Testing

/// The other services' operations are declared from botocore's models too: learners get real
/// flags, help and validation for them before their handlers exist.
@Suite("Declared operations of the other simulated services")
struct ServiceDeclarationTests {
    static let files = textFiles(["trust.json": #"{"Version": "2012-10-17", "Statement": []}"#])

    @Test("Well-formed commands parse and validate, then say they are not simulated yet", arguments: [
        "iam create-role --role-name r --assume-role-policy-document file://trust.json",
        "iam attach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        "logs filter-log-events --log-group-name /aws/lambda/f --filter-pattern ERROR",
        "sqs send-message --queue-url https://sqs.us-east-1.amazonaws.com/123456789012/q --message-body hi --delay-seconds 5",
        "sns publish --topic-arn arn:aws:sns:us-east-1:123456789012:t --message hi",
        "events put-rule --name every-minute --schedule-expression 'rate(1 minute)'",
        "events put-targets --rule every-minute --targets Id=1,Arn=arn:aws:lambda:us-east-1:123456789012:function:f",
        "s3api list-objects-v2 --bucket b --prefix images/ --max-items 5",
        "dynamodb put-item --table-name t --item '{\"id\": {\"S\": \"1\"}, \"tags\": {\"L\": [{\"S\": \"a\"}]}}'",
        "dynamodb put-item --table-name t --item id={S=1}",
        "dynamodb create-table --table-name t --attribute-definitions AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST",
    ])
    func notSimulatedYet(line: String) {
        let result = run(line, files: Self.files, registry: AWSOperationRegistry(AWSOperationRegistry.declaredOnly))
        let words = line.split(separator: " ")
        #expect(result.errorLines == ["aws \(words[0]) \(words[1]): this operation is not simulated yet."])
    }

    @Test("Their required options and botocore checks apply", arguments: [
        ("iam create-role --role-name r", "aws: error: the following arguments are required: --assume-role-policy-document"),
        ("sqs receive-message", "aws: error: the following arguments are required: --queue-url"),
        ("dynamodb get-item --table-name t --key id={Q=1}",
         "Unknown parameter in Key.id: \"Q\", must be one of: S, N, B, SS, NS, BS, M, L, NULL, BOOL"),
        ("sqs send-message --queue-url u --message-body hi --delay-seconds x", "invalid literal for int() with base 10: 'x'"),
    ])
    func checks(line: String, lastLine: String) {
        #expect(run(line, registry: .standard).errorLines.last == lastLine)
    }

    @Test("Every declared operation of every service is a real AWS CLI operation")
    func realOperations() {
        for service in AWSServiceCatalogue.simulatedServices {
            for operation in AWSOperationRegistry.standard.operations(of: service) {
                #expect(AWSServiceCatalogue.operations(of: service).contains(operation.declaration.name),
                        "\(service) \(operation.declaration.name)")
            }
        }
        // 18 generated from botocore, and simulate-custom-policy declared beside its handler.
        #expect(AWSOperationRegistry.standard.operations(of: "iam").count == 19)
    }

    @Test("'aws SERVICE help' marks declared operations without handlers as not simulated yet")
    func serviceHelp() {
        let declaredOnly = AWSOperationRegistry(AWSOperationRegistry.declaredOnly)
        #expect(AWSCommandLine.serviceHelp("iam", registry: declaredOnly).contains("       o create-role (not simulated yet)\n"))
        #expect(AWSCommandLine.serviceHelp("iam").contains("       o create-role\n"))
    }
}
