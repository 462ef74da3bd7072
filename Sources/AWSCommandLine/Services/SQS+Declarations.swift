// Generated from botocore's sqs model (2012-11-05) by
// scripts/generate-aws-declarations sqs SQSModel CreateQueue DeleteMessage DeleteQueue GetQueueAttributes GetQueueUrl ListQueues PurgeQueue ReceiveMessage SendMessage SetQueueAttributes
// Do not edit: regenerate. CLI customizations are applied by hand in the service's +CLI.swift file.

enum SQSModel {
    static let queueAttributeMap: Shape = .map(key: .enumeration(["All", "Policy", "VisibilityTimeout", "MaximumMessageSize", "MessageRetentionPeriod", "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "CreatedTimestamp", "LastModifiedTimestamp", "QueueArn", "ApproximateNumberOfMessagesDelayed", "DelaySeconds", "ReceiveMessageWaitTimeSeconds", "RedrivePolicy", "FifoQueue", "ContentBasedDeduplication", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "DeduplicationScope", "FifoThroughputLimit", "RedriveAllowPolicy", "SqsManagedSseEnabled"]), value: .string)

    static let tagMap: Shape = .map(key: .string, value: .string)

    static let attributeNameList: Shape = .list(of: .enumeration(["All", "Policy", "VisibilityTimeout", "MaximumMessageSize", "MessageRetentionPeriod", "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible", "CreatedTimestamp", "LastModifiedTimestamp", "QueueArn", "ApproximateNumberOfMessagesDelayed", "DelaySeconds", "ReceiveMessageWaitTimeSeconds", "RedrivePolicy", "FifoQueue", "ContentBasedDeduplication", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "DeduplicationScope", "FifoThroughputLimit", "RedriveAllowPolicy", "SqsManagedSseEnabled"]))

    static let messageSystemAttributeList: Shape = .list(of: .enumeration(["All", "SenderId", "SentTimestamp", "ApproximateReceiveCount", "ApproximateFirstReceiveTimestamp", "SequenceNumber", "MessageDeduplicationId", "MessageGroupId", "AWSTraceHeader", "DeadLetterQueueSourceArn"]))

    static let messageAttributeNameList: Shape = .list(of: .string)

    static let stringList: Shape = .list(of: .string)

    static let binaryList: Shape = .list(of: .blob)

    static let messageAttributeValue: Shape = .structure([
        Member("StringValue", .string, help: "Strings are Unicode with UTF-8 binary encoding. For a list of code values, see ASCII Printable Characters."),
        Member("BinaryValue", .blob, help: "Binary type attributes can store any binary data, such as compressed data, encrypted data, or images."),
        Member("StringListValues", Self.stringList, help: "Not implemented. Reserved for future use."),
        Member("BinaryListValues", Self.binaryList, help: "Not implemented. Reserved for future use."),
        Member("DataType", .string, required: true, help: "Amazon SQS supports the following logical data types: String, Number, and Binary. For the Number data type, you must use StringValue."),
    ])

    static let messageBodyAttributeMap: Shape = .map(key: .string, value: Self.messageAttributeValue)

    static let messageSystemAttributeValue: Shape = .structure([
        Member("StringValue", .string, help: "Strings are Unicode with UTF-8 binary encoding. For a list of code values, see ASCII Printable Characters."),
        Member("BinaryValue", .blob, help: "Binary type attributes can store any binary data, such as compressed data, encrypted data, or images."),
        Member("StringListValues", Self.stringList, help: "Not implemented. Reserved for future use."),
        Member("BinaryListValues", Self.binaryList, help: "Not implemented. Reserved for future use."),
        Member("DataType", .string, required: true, help: "Amazon SQS supports the following logical data types: String, Number, and Binary. For the Number data type, you must use StringValue."),
    ])

    static let messageBodySystemAttributeMap: Shape = .map(key: .enumeration(["AWSTraceHeader"]), value: Self.messageSystemAttributeValue)

    static let createQueue = AWSOperationDeclaration(
        service: "sqs", apiName: "CreateQueue",
        summary: "Creates a new standard or FIFO queue. You can pass one or more attributes in the request. Keep the following in mind:",
        parameters: [
            AWSParameter("QueueName", .string, required: true, help: "The name of the new queue. The following limits apply to this name:"),
            AWSParameter("Attributes", Self.queueAttributeMap, help: "A map of attributes with their corresponding values."),
            AWSParameter("tags", Self.tagMap, help: "Add cost allocation tags to the specified Amazon SQS queue. For an overview, see Tagging Your Amazon SQS Queues in the Amazon SQS Developer Guide."),
        ])

    static let deleteMessage = AWSOperationDeclaration(
        service: "sqs", apiName: "DeleteMessage",
        summary: "Deletes the specified message from the specified queue. To select the message to delete, use the ReceiptHandle of the message (not the MessageId which you receive when you send the message). Amazon SQS can delete a message from a queue even if a visibility timeout setting causes the message to be locked by another consumer. Amazon SQS automatically deletes messages left in a queue longer than the retention period configured for the queue.",
        parameters: [
            AWSParameter("QueueUrl", .string, required: true, help: "The URL of the Amazon SQS queue from which messages are deleted."),
            AWSParameter("ReceiptHandle", .string, required: true, help: "The receipt handle associated with the message to delete."),
        ])

    static let deleteQueue = AWSOperationDeclaration(
        service: "sqs", apiName: "DeleteQueue",
        summary: "Deletes the queue specified by the QueueUrl, regardless of the queue's contents.",
        parameters: [
            AWSParameter("QueueUrl", .string, required: true, help: "The URL of the Amazon SQS queue to delete."),
        ])

    static let getQueueAttributes = AWSOperationDeclaration(
        service: "sqs", apiName: "GetQueueAttributes",
        summary: "Gets attributes for the specified queue.",
        parameters: [
            AWSParameter("QueueUrl", .string, required: true, help: "The URL of the Amazon SQS queue whose attribute information is retrieved."),
            AWSParameter("AttributeNames", Self.attributeNameList, help: "A list of attributes for which to retrieve information."),
        ])

    static let getQueueUrl = AWSOperationDeclaration(
        service: "sqs", apiName: "GetQueueUrl",
        summary: "The GetQueueUrl API returns the URL of an existing Amazon SQS queue. This is useful when you know the queue's name but need to retrieve its URL for further operations.",
        parameters: [
            AWSParameter("QueueName", .string, required: true, help: "(Required) The name of the queue for which you want to fetch the URL. The name can be up to 80 characters long and can include alphanumeric characters, hyphens (-), and underscores (_). Queue URLs and names are case-sensitive."),
            AWSParameter("QueueOwnerAWSAccountId", .string, help: "(Optional) The Amazon Web Services account ID of the account that created the queue. This is only required when you are attempting to access a queue owned by another Amazon Web Services account."),
        ])

    static let listQueues = AWSOperationDeclaration(
        service: "sqs", apiName: "ListQueues",
        summary: "Returns a list of your queues in the current region. The response includes a maximum of 1,000 results. If you specify a value for the optional QueueNamePrefix parameter, only queues with a name that begins with the specified value are returned.",
        parameters: [
            AWSParameter("QueueNamePrefix", .string, help: "A string to use for filtering the list results. Only those queues whose name begins with the specified string are returned."),
            AWSParameter("NextToken", .string, help: "Pagination token to request the next set of results.").hidden(),
            AWSParameter("MaxResults", .integer, help: "Maximum number of results to include in the response. Value range is 1 to 1000. You must set MaxResults to receive a value for NextToken in the response.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let purgeQueue = AWSOperationDeclaration(
        service: "sqs", apiName: "PurgeQueue",
        summary: "Deletes available messages in a queue (including in-flight messages) specified by the QueueURL parameter.",
        parameters: [
            AWSParameter("QueueUrl", .string, required: true, help: "The URL of the queue from which the PurgeQueue action deletes messages."),
        ])

    static let receiveMessage = AWSOperationDeclaration(
        service: "sqs", apiName: "ReceiveMessage",
        summary: "Retrieves one or more messages (up to 10), from the specified queue. Using the WaitTimeSeconds parameter enables long-poll support. For more information, see Amazon SQS Long Polling in the Amazon SQS Developer Guide.",
        parameters: [
            AWSParameter("QueueUrl", .string, required: true, help: "The URL of the Amazon SQS queue from which messages are received."),
            AWSParameter("AttributeNames", Self.attributeNameList, help: "This parameter has been discontinued but will be supported for backward compatibility. To provide attribute names, you are encouraged to use MessageSystemAttributeNames."),
            AWSParameter("MessageSystemAttributeNames", Self.messageSystemAttributeList, help: "A list of attributes that need to be returned along with each message. These attributes include:"),
            AWSParameter("MessageAttributeNames", Self.messageAttributeNameList, help: "The name of the message attribute, where N is the index."),
            AWSParameter("MaxNumberOfMessages", .integer, help: "The maximum number of messages to return. Amazon SQS never returns more messages than this value (however, fewer messages might be returned). Valid values: 1 to 10. Default: 1."),
            AWSParameter("VisibilityTimeout", .integer, help: "The duration (in seconds) that the received messages are hidden from subsequent retrieve requests after being retrieved by a ReceiveMessage request. If not specified, the default visibility timeout for the queue is used, which is 30 seconds."),
            AWSParameter("WaitTimeSeconds", .integer, help: "The duration (in seconds) for which the call waits for a message to arrive in the queue before returning. If a message is available, the call returns sooner than WaitTimeSeconds. If no messages are available and the wait time expires, the call does not return a message list. If you are using the Java SDK, it returns a ReceiveMessageResponse object, which has a empty list instead of a Null object."),
            AWSParameter("ReceiveRequestAttemptId", .string, help: "This parameter applies only to FIFO (first-in-first-out) queues."),
        ])

    static let sendMessage = AWSOperationDeclaration(
        service: "sqs", apiName: "SendMessage",
        summary: "Delivers a message to the specified queue.",
        parameters: [
            AWSParameter("QueueUrl", .string, required: true, help: "The URL of the Amazon SQS queue to which a message is sent."),
            AWSParameter("MessageBody", .string, required: true, help: "The message to send. The minimum size is one character. The maximum size is 1 MiB or 1,048,576 bytes"),
            AWSParameter("DelaySeconds", .integer, help: "The length of time, in seconds, for which to delay a specific message. Valid values: 0 to 900. Maximum: 15 minutes. Messages with a positive DelaySeconds value become available for processing after the delay period is finished. If you don't specify a value, the default value for the queue applies."),
            AWSParameter("MessageAttributes", Self.messageBodyAttributeMap, help: "Each message attribute consists of a Name, Type, and Value. For more information, see Amazon SQS message attributes in the Amazon SQS Developer Guide."),
            AWSParameter("MessageSystemAttributes", Self.messageBodySystemAttributeMap, help: "The message system attribute to send. Each message system attribute consists of a Name, Type, and Value."),
            AWSParameter("MessageDeduplicationId", .string, help: "This parameter applies only to FIFO (first-in-first-out) queues."),
            AWSParameter("MessageGroupId", .string, help: "MessageGroupId is an attribute used in Amazon SQS FIFO (First-In-First-Out) and standard queues. In FIFO queues, MessageGroupId organizes messages into distinct groups. Messages within the same message group are always processed one at a time, in strict order, ensuring that no two messages from the same group are processed simultaneously. In standard queues, using MessageGroupId enables fair queues. It is used to identify the tenant a message belongs to, helping maintain consistent message dwell time across all tenants during noisy neighbor events."),
        ])

    static let setQueueAttributes = AWSOperationDeclaration(
        service: "sqs", apiName: "SetQueueAttributes",
        summary: "Sets the value of one or more queue attributes, like a policy. When you change a queue's attributes, the change can take up to 60 seconds for most of the attributes to propagate throughout the Amazon SQS system. Changes made to the MessageRetentionPeriod attribute can take up to 15 minutes and will impact existing messages in the queue potentially causing them to be expired and deleted if the MessageRetentionPeriod is reduced below the age of existing messages.",
        parameters: [
            AWSParameter("QueueUrl", .string, required: true, help: "The URL of the Amazon SQS queue whose attributes are set."),
            AWSParameter("Attributes", Self.queueAttributeMap, required: true, help: "A map of attributes to set."),
        ])

    /// Every operation above, in the order given to the generator.
    static let declarations: [AWSOperationDeclaration] = [
        createQueue,
        deleteMessage,
        deleteQueue,
        getQueueAttributes,
        getQueueUrl,
        listQueues,
        purgeQueue,
        receiveMessage,
        sendMessage,
        setQueueAttributes,
    ]
}
