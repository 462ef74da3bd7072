import Testing
@testable import AWSCommandLine
import LambdaSim

/// An account whose function `hello` has logged to two streams.
func logsAccount() -> SimulatedAccount {
    var account = SimulatedAccount()
    account.world.deliverLogLines(["START RequestId: 1", "hello world", "END RequestId: 1"],
                                  groupName: "/aws/lambda/hello", streamName: "2026/01/01/[$LATEST]aaa")
    account.world.deliverLogLines(["START RequestId: 2", "ERROR something broke", "END RequestId: 2"],
                                  groupName: "/aws/lambda/hello", streamName: "2026/01/01/[$LATEST]bbb")
    account.world.deliverLogLines(["other"], groupName: "/aws/lambda/other", streamName: "s")
    return account
}

@Suite("aws logs")
struct LogsHandlerTests {
    @Test("describe-log-groups lists the groups sorted by name, filtered by prefix", arguments: [
        ("", "/aws/lambda/hello\t/aws/lambda/other\n"),
        (" --log-group-name-prefix /aws/lambda/h", "/aws/lambda/hello\n"),
        (" --log-group-name-prefix /nothing", ""),
    ])
    func groups(extra: String, expected: String) {
        var account = logsAccount()
        #expect(account.output("aws logs describe-log-groups\(extra) --query 'logGroups[].logGroupName' --output text") == expected)
    }

    @Test("describe-log-groups prints each group in the CLI's key order")
    func groupShape() {
        var account = logsAccount()
        #expect(account.output("aws logs describe-log-groups --log-group-name-prefix /aws/lambda/o") == """
            {
                "logGroups": [
                    {
                        "logGroupName": "/aws/lambda/other",
                        "creationTime": 1767225600000,
                        "metricFilterCount": 0,
                        "arn": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/other:*",
                        "storedBytes": \(account.world.logs.groups["/aws/lambda/other"]?.storedBytes ?? -1),
                        "logGroupClass": "STANDARD",
                        "logGroupArn": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/other"
                    }
                ]
            }

            """)
    }

    @Test("describe-log-streams lists a group's streams, newest last event first when asked")
    func streams() {
        var account = logsAccount()
        #expect(account.output("aws logs describe-log-streams --log-group-name /aws/lambda/hello --query 'logStreams[].logStreamName' --output text")
                == "2026/01/01/[$LATEST]aaa\t2026/01/01/[$LATEST]bbb\n")
        #expect(account.output("aws logs describe-log-streams --log-group-name /aws/lambda/hello --order-by LastEventTime --descending "
                               + "--query 'logStreams[0].logStreamName' --output text") == "2026/01/01/[$LATEST]bbb\n")
        #expect(account.output("aws logs describe-log-streams --log-group-name /aws/lambda/hello --limit 51")
                == "An error occurred (InvalidParameterException) when calling the DescribeLogStreams operation: 1 validation error detected: "
                + "Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50")
        #expect(account.output("aws logs describe-log-streams --log-group-name /aws/lambda/ghost")
                == "An error occurred (ResourceNotFoundException) when calling the DescribeLogStreams operation: The specified log group does not exist.")
    }

    @Test("get-log-events prints a stream's events with their tokens")
    func events() {
        var account = logsAccount()
        #expect(account.output("aws logs get-log-events --log-group-name /aws/lambda/hello --log-stream-name '2026/01/01/[$LATEST]aaa' "
                               + "--query 'events[].message' --output text") == "START RequestId: 1\thello world\tEND RequestId: 1\n")
        #expect(account.output("aws logs get-log-events --log-group-name /aws/lambda/hello --log-stream-name '2026/01/01/[$LATEST]aaa' "
                               + "--limit 1 --start-from-head --query 'events[].message' --output text") == "START RequestId: 1\n")
        #expect(account.output("aws logs get-log-events --log-group-identifier arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/other "
                               + "--log-stream-name s --query 'events[0].message' --output text") == "other\n")
    }

    @Test("filter-log-events finds the matching events across streams", arguments: [
        ("ERROR", "ERROR something broke\n"),
        ("RequestId -START", "END RequestId: 1\tEND RequestId: 2\n"),
        ("?hello ?broke", "hello world\tERROR something broke\n"),
    ])
    func filter(pattern: String, expected: String) {
        var account = logsAccount()
        #expect(account.output("aws logs filter-log-events --log-group-name /aws/lambda/hello --filter-pattern '\(pattern)' "
                               + "--query 'events[].message' --output text") == expected)
    }

    @Test("filter-log-events names each event's stream and searches no streams by name")
    func filterShape() {
        var account = logsAccount()
        #expect(account.output("aws logs filter-log-events --log-group-name /aws/lambda/other") == """
            {
                "events": [
                    {
                        "logStreamName": "s",
                        "timestamp": 1767225600000,
                        "message": "other",
                        "ingestionTime": 1767225600000,
                        "eventId": "s/0"
                    }
                ],
                "searchedLogStreams": []
            }

            """)
    }

    @Test("create-log-group, put-retention-policy and delete-log-group print nothing and change the groups")
    func groupLifecycle() {
        var account = SimulatedAccount()
        #expect(account.output("aws logs create-log-group --log-group-name app") == "")
        #expect(account.output("aws logs put-retention-policy --log-group-name app --retention-in-days 7") == "")
        #expect(account.output("aws logs describe-log-groups --query 'logGroups[].[logGroupName, retentionInDays]' --output text") == "app\t7\n")
        #expect(account.output("aws logs create-log-group --log-group-name app")
                == "An error occurred (ResourceAlreadyExistsException) when calling the CreateLogGroup operation: The specified log group already exists")
        #expect(account.output("aws logs delete-log-group --log-group-name app") == "")
        #expect(account.world.logs.groups.isEmpty)
    }
}
