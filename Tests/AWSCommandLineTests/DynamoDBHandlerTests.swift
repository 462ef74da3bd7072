import Testing
@testable import AWSCommandLine
import LambdaSim

@Suite("aws dynamodb")
struct DynamoDBHandlerTests {
    static let create = "aws dynamodb create-table --table-name Notes --attribute-definitions AttributeName=user,AttributeType=S "
        + "AttributeName=id,AttributeType=N --key-schema AttributeName=user,KeyType=HASH AttributeName=id,KeyType=RANGE --billing-mode PAY_PER_REQUEST"

    static func account() -> SimulatedAccount {
        var account = SimulatedAccount()
        account.prepare([create,
                         #"aws dynamodb put-item --table-name Notes --item '{"user": {"S": "ada"}, "id": {"N": "2"}, "text": {"S": "hi"}}'"#,
                         #"aws dynamodb put-item --table-name Notes --item '{"user": {"S": "ada"}, "id": {"N": "10"}, "text": {"S": "later"}}'"#,
                         #"aws dynamodb put-item --table-name Notes --item '{"user": {"S": "bob"}, "id": {"N": "1"}, "text": {"S": "yo"}}'"#])
        return account
    }

    @Test("create-table prints the table description; list-tables and describe-table see it")
    func tables() {
        var account = SimulatedAccount()
        #expect(account.output(Self.create + " --query TableDescription.[TableName,TableStatus,BillingModeSummary.BillingMode] --output text")
            == "Notes\tCREATING\tPAY_PER_REQUEST\n")
        #expect(account.output("aws dynamodb list-tables") == "{\n    \"TableNames\": [\n        \"Notes\"\n    ]\n}\n")
        #expect(account.output("aws dynamodb describe-table --table-name Notes --query Table.TableStatus --output text") == "ACTIVE\n")
        #expect(account.output("aws dynamodb describe-table --table-name Nope")
            == "An error occurred (ResourceNotFoundException) when calling the DescribeTable operation: Requested resource not found: Table: Nope not found")
        #expect(account.output("aws dynamodb delete-table --table-name Notes --query TableDescription.TableStatus --output text") == "DELETING\n")
    }

    @Test("get-item prints the item in typed JSON, and nothing for a missing key")
    func getItem() {
        var account = Self.account()
        #expect(account.output(#"aws dynamodb get-item --table-name Notes --key '{"user": {"S": "ada"}, "id": {"N": "2"}}'"#) == """
            {
                "Item": {
                    "id": {
                        "N": "2"
                    },
                    "text": {
                        "S": "hi"
                    },
                    "user": {
                        "S": "ada"
                    }
                }
            }

            """)
        #expect(account.output(#"aws dynamodb get-item --table-name Notes --key '{"user": {"S": "ada"}, "id": {"N": "3"}}'"#) == "")
    }

    @Test("query joins pages with the paginator's ConsumedCapacity; --limit shows DynamoDB's page with LastEvaluatedKey")
    func query() {
        var account = Self.account()
        let query = ##"aws dynamodb query --table-name Notes --key-condition-expression "#u = :u" --expression-attribute-names '{"#u": "user"}' --expression-attribute-values '{":u": {"S": "ada"}}'"##
        #expect(account.output(query + " --query 'Items[].id.N' --output text") == "2\t10\n")
        #expect(account.output(query + " --no-scan-index-forward --query 'Items[].id.N' --output text") == "10\t2\n")
        #expect(account.output(query + " --query '[Count, ScannedCount, ConsumedCapacity]' --output json") == "[\n    2,\n    2,\n    null\n]\n")
        #expect(account.output(query + " --limit 1 --query 'LastEvaluatedKey.id.N' --output text") == "2\n")
    }

    @Test("update-item with ReturnValues prints Attributes; a failed condition is ConditionalCheckFailedException")
    func updateItem() {
        var account = Self.account()
        let key = #"--key '{"user": {"S": "ada"}, "id": {"N": "2"}}'"#
        #expect(account.output("aws dynamodb update-item --table-name Notes \(key) --update-expression 'SET likes = if_not_exists(likes, :zero) + :one' "
            + #"--expression-attribute-values '{":zero": {"N": "0"}, ":one": {"N": "1"}}' --return-values UPDATED_NEW --query Attributes.likes.N --output text"#)
            == "1\n")
        let failed = account.run("aws dynamodb put-item --table-name Notes --item '{\"user\": {\"S\": \"ada\"}, \"id\": {\"N\": \"2\"}}' "
            + "--condition-expression 'attribute_not_exists(id)'")
        #expect(failed.exitStatus == 254)
        #expect(failed.errorLines == ["An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed"])
        let syntax = account.run("aws dynamodb update-item --table-name Notes \(key) --update-expression 'SET x'")
        #expect(syntax.errorLines == [#"An error occurred (ValidationException) when calling the UpdateItem operation: Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "x""#])
        #expect(syntax.hint == "The UpdateExpression stops making sense at character 6.")
    }

    @Test("scan filters and counts, and a denied caller gets DynamoDB's AccessDeniedException")
    func scanAndDenied() {
        var account = Self.account()
        #expect(account.output(#"aws dynamodb scan --table-name Notes --filter-expression 'id > :n' --expression-attribute-values '{":n": {"N": "1"}}' --query '[Count, ScannedCount]' --output text"#)
            == "2\t3\n")
        account.prepare(["aws iam create-role --role-name fn-role --assume-role-policy-document '\(lambdaTrust)'"])
        try? account.world.assumeRole(named: "fn-role", session: "CreateNoteFn")
        #expect(account.output("aws dynamodb scan --table-name Notes") == "An error occurred (AccessDeniedException) when calling the Scan operation: "
            + "User: arn:aws:sts::123456789012:assumed-role/fn-role/CreateNoteFn is not authorized to perform: dynamodb:Scan on resource: "
            + "arn:aws:dynamodb:us-east-1:123456789012:table/Notes because no identity-based policy allows the dynamodb:Scan action")
    }

    @Test("every DynamoDB operation of the issue is simulated")
    func simulated() {
        for operation in ["create-table", "describe-table", "list-tables", "delete-table", "put-item", "get-item", "delete-item", "update-item", "query", "scan"] {
            #expect(AWSOperationRegistry.standard.isSimulated(service: "dynamodb", operation: operation), "\(operation)")
        }
    }
}
