// Generated from botocore's logs model (2014-03-28) by
// scripts/generate-aws-declarations logs LogsModel CreateLogGroup DeleteLogGroup DescribeLogGroups DescribeLogStreams FilterLogEvents GetLogEvents PutRetentionPolicy
// Do not edit: regenerate. CLI customizations are applied by hand in the service's +CLI.swift file.

enum LogsModel {
    static let tags: Shape = .map(key: .string(min: 1, max: 128, pattern: #"^([\p{L}\p{Z}\p{N}_.:/=+\-@]+)$"#), value: .string(max: 256, pattern: #"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"#))

    static let accountIds: Shape = .list(of: .string(min: 12, max: 12, pattern: #"^\d{12}$"#), min: 0, max: 20)

    static let describeLogGroupsLogGroupIdentifiers: Shape = .list(of: .string(min: 1, max: 2048, pattern: #"[\w#+=/:,.@-]*"#), min: 1, max: 50)

    static let inputLogStreamNames: Shape = .list(of: .string(min: 1, max: 512, pattern: "[^:*]*"), min: 1, max: 100)

    static let createLogGroup = AWSOperationDeclaration(
        service: "logs", apiName: "CreateLogGroup",
        summary: "Creates a log group with the specified name. You can create up to 1,000,000 log groups per Region per account.",
        parameters: [
            AWSParameter("logGroupName", .string(min: 1, max: 512, pattern: #"[\.\-_/#A-Za-z0-9]+"#), required: true, help: "A name for the log group."),
            AWSParameter("kmsKeyId", .string(max: 256), help: "The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data. For more information, see Amazon Resource Names."),
            AWSParameter("tags", Self.tags, help: "The key-value pairs to use for the tags."),
            AWSParameter("logGroupClass", .enumeration(["STANDARD", "INFREQUENT_ACCESS", "DELIVERY"]), help: "Use this parameter to specify the log group class for this log group. There are three classes:"),
            AWSParameter("deletionProtectionEnabled", .boolean, help: "Use this parameter to enable deletion protection for the new log group. When enabled on a log group, deletion protection blocks all deletion operations until it is explicitly disabled. By default log groups are created without deletion protection enabled."),
        ])

    static let deleteLogGroup = AWSOperationDeclaration(
        service: "logs", apiName: "DeleteLogGroup",
        summary: "Deletes the specified log group and permanently deletes all the archived log events associated with the log group.",
        parameters: [
            AWSParameter("logGroupName", .string(min: 1, max: 512, pattern: #"[\.\-_/#A-Za-z0-9]+"#), required: true, help: "The name of the log group."),
        ])

    static let describeLogGroups = AWSOperationDeclaration(
        service: "logs", apiName: "DescribeLogGroups",
        summary: "Returns information about log groups, including data sources that ingest into each log group. You can return all your log groups or filter the results by prefix. The results are ASCII-sorted by log group name.",
        parameters: [
            AWSParameter("accountIdentifiers", Self.accountIds, help: "When includeLinkedAccounts is set to true, use this parameter to specify the list of accounts to search. You can specify as many as 20 account IDs in the array."),
            AWSParameter("logGroupNamePrefix", .string(min: 1, max: 512, pattern: #"[\.\-_/#A-Za-z0-9]+"#), help: "The prefix to match."),
            AWSParameter("logGroupNamePattern", .string(min: 0, max: 512, pattern: #"[\.\-_/#A-Za-z0-9]*"#), help: "If you specify a string for this parameter, the operation returns only log groups that have names that match the string based on a case-sensitive substring search. For example, if you specify DataLogs, log groups named DataLogs, aws/DataLogs, and GroupDataLogs would match, but datalogs, Data/log/s and Groupdata would not match."),
            AWSParameter("nextToken", .string(min: 1), help: "The token for the next set of items to return. (You received this token from a previous call.)").hidden(),
            AWSParameter("limit", .integer(min: 1, max: 50), help: "The maximum number of items returned. If you don't specify a value, the default is up to 50 items.").hidden(),
            AWSParameter("includeLinkedAccounts", .boolean, help: "If you are using a monitoring account, set this to true to have the operation return log groups in the accounts listed in accountIdentifiers."),
            AWSParameter("logGroupClass", .enumeration(["STANDARD", "INFREQUENT_ACCESS", "DELIVERY"]), help: "Use this parameter to limit the results to only those log groups in the specified log group class. If you omit this parameter, log groups of all classes can be returned."),
            AWSParameter("logGroupIdentifiers", Self.describeLogGroupsLogGroupIdentifiers, help: "Use this array to filter the list of log groups returned. If you specify this parameter, the only other filter that you can choose to specify is includeLinkedAccounts."),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let describeLogStreams = AWSOperationDeclaration(
        service: "logs", apiName: "DescribeLogStreams",
        summary: "Lists the log streams for the specified log group. You can list all the log streams or filter the results by prefix. You can also control how the results are ordered.",
        parameters: [
            AWSParameter("logGroupName", .string(min: 1, max: 512, pattern: #"[\.\-_/#A-Za-z0-9]+"#), help: "The name of the log group."),
            AWSParameter("logGroupIdentifier", .string(min: 1, max: 2048, pattern: #"[\w#+=/:,.@-]*"#), help: "Specify either the name or ARN of the log group to view. If the log group is in a source account and you are using a monitoring account, you must use the log group ARN."),
            AWSParameter("logStreamNamePrefix", .string(min: 1, max: 512, pattern: "[^:*]*"), help: "The prefix to match."),
            AWSParameter("orderBy", .enumeration(["LogStreamName", "LastEventTime"]), help: "If the value is LogStreamName, the results are ordered by log stream name. If the value is LastEventTime, the results are ordered by the event time. The default value is LogStreamName."),
            AWSParameter("descending", .boolean, help: "If the value is true, results are returned in descending order. If the value is to false, results are returned in ascending order. The default value is false."),
            AWSParameter("nextToken", .string(min: 1), help: "The token for the next set of items to return. (You received this token from a previous call.)").hidden(),
            AWSParameter("limit", .integer(min: 1, max: 50), help: "The maximum number of items returned. If you don't specify a value, the default is up to 50 items.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let filterLogEvents = AWSOperationDeclaration(
        service: "logs", apiName: "FilterLogEvents",
        summary: "Lists log events from the specified log group. You can list all the log events or filter the results using one or more of the following:",
        parameters: [
            AWSParameter("logGroupName", .string(min: 1, max: 512, pattern: #"[\.\-_/#A-Za-z0-9]+"#), help: "The name of the log group to search."),
            AWSParameter("logGroupIdentifier", .string(min: 1, max: 2048, pattern: #"[\w#+=/:,.@-]*"#), help: "Specify either the name or ARN of the log group to view log events from. If the log group is in a source account and you are using a monitoring account, you must use the log group ARN."),
            AWSParameter("logStreamNames", Self.inputLogStreamNames, help: "Filters the results to only logs from the log streams in this list."),
            AWSParameter("logStreamNamePrefix", .string(min: 1, max: 512, pattern: "[^:*]*"), help: "Filters the results to include only events from log streams that have names starting with this prefix."),
            AWSParameter("startTime", .long(min: 0), help: "The start of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC. Events with a timestamp before this time are not returned."),
            AWSParameter("endTime", .long(min: 0), help: "The end of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC. Events with a timestamp later than this time are not returned."),
            AWSParameter("filterPattern", .string(min: 0, max: 1024), help: "The filter pattern to use. For more information, see Filter and Pattern Syntax."),
            AWSParameter("nextToken", .string(min: 1), help: "The token for the next set of events to return. (You received this token from a previous call.)").hidden(),
            AWSParameter("limit", .integer(min: 1, max: 10000), help: "The maximum number of events to return. The default is 10,000 events.").hidden(),
            AWSParameter("interleaved", .boolean, help: "If the value is true, the operation attempts to provide responses that contain events from multiple log streams within the log group, interleaved in a single response. If the value is false, all the matched log events in the first log stream are searched first, then those in the next log stream, and so on."),
            AWSParameter("unmask", .boolean, help: "Specify true to display the log event fields with all sensitive data unmasked and visible. The default is false."),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let getLogEvents = AWSOperationDeclaration(
        service: "logs", apiName: "GetLogEvents",
        summary: "Lists log events from the specified log stream. You can list all of the log events or filter using a time range.",
        parameters: [
            AWSParameter("logGroupName", .string(min: 1, max: 512, pattern: #"[\.\-_/#A-Za-z0-9]+"#), help: "The name of the log group."),
            AWSParameter("logGroupIdentifier", .string(min: 1, max: 2048, pattern: #"[\w#+=/:,.@-]*"#), help: "Specify either the name or ARN of the log group to view events from. If the log group is in a source account and you are using a monitoring account, you must use the log group ARN."),
            AWSParameter("logStreamName", .string(min: 1, max: 512, pattern: "[^:*]*"), required: true, help: "The name of the log stream."),
            AWSParameter("startTime", .long(min: 0), help: "The start of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC. Events with a timestamp equal to this time or later than this time are included. Events with a timestamp earlier than this time are not included."),
            AWSParameter("endTime", .long(min: 0), help: "The end of the time range, expressed as the number of milliseconds after Jan 1, 1970 00:00:00 UTC. Events with a timestamp equal to or later than this time are not included."),
            AWSParameter("nextToken", .string(min: 1), help: "The token for the next set of items to return. (You received this token from a previous call.)"),
            AWSParameter("limit", .integer(min: 1, max: 10000), help: "The maximum number of log events returned. If you don't specify a limit, the default is as many log events as can fit in a response size of 1 MB (up to 10,000 log events)."),
            AWSParameter("startFromHead", .boolean, help: "If the value is true, the earliest log events are returned first. If the value is false, the latest log events are returned first. The default value is false."),
            AWSParameter("unmask", .boolean, help: "Specify true to display the log event fields with all sensitive data unmasked and visible. The default is false."),
        ])

    static let putRetentionPolicy = AWSOperationDeclaration(
        service: "logs", apiName: "PutRetentionPolicy",
        summary: "Sets the retention of the specified log group. With a retention policy, you can configure the number of days for which to retain log events in the specified log group.",
        parameters: [
            AWSParameter("logGroupName", .string(min: 1, max: 512, pattern: #"[\.\-_/#A-Za-z0-9]+"#), required: true, help: "The name of the log group."),
            AWSParameter("retentionInDays", .integer, required: true, help: ""),
        ])

    /// Every operation above, in the order given to the generator.
    static let declarations: [AWSOperationDeclaration] = [
        createLogGroup,
        deleteLogGroup,
        describeLogGroups,
        describeLogStreams,
        filterLogEvents,
        getLogEvents,
        putRetentionPolicy,
    ]
}
