// Generated from botocore's sns model (2010-03-31) by
// scripts/generate-aws-declarations sns SNSModel CreateTopic DeleteTopic ListSubscriptions ListSubscriptionsByTopic ListTopics Publish Subscribe Unsubscribe
// Do not edit: regenerate. CLI customizations are applied by hand in the service's +CLI.swift file.

enum SNSModel {
    static let topicAttributesMap: Shape = .map(key: .string, value: .string)

    static let tag: Shape = .structure([
        Member("Key", .string(min: 1, max: 128), required: true, help: "The required key portion of the tag."),
        Member("Value", .string(min: 0, max: 256), required: true, help: "The optional value portion of the tag."),
    ])

    static let tagList: Shape = .list(of: Self.tag)

    static let messageAttributeValue: Shape = .structure([
        Member("DataType", .string, required: true, help: "Amazon SNS supports the following logical data types: String, String.Array, Number, and Binary. For more information, see Message Attribute Data Types."),
        Member("StringValue", .string, help: "Strings are Unicode with UTF8 binary encoding. For a list of code values, see ASCII Printable Characters."),
        Member("BinaryValue", .blob, help: "Binary type attributes can store any binary data, for example, compressed data, encrypted data, or images."),
    ])

    static let messageAttributeMap: Shape = .map(key: .string, value: Self.messageAttributeValue)

    static let subscriptionAttributesMap: Shape = .map(key: .string, value: .string)

    static let createTopic = AWSOperationDeclaration(
        service: "sns", apiName: "CreateTopic",
        summary: "Creates a topic to which notifications can be published. Users can create at most 100,000 standard topics (at most 1,000 FIFO topics). For more information, see Creating an Amazon SNS topic in the Amazon SNS Developer Guide. This action is idempotent, so if the requester already owns a topic with the specified name, that topic's ARN is returned without creating a new topic.",
        parameters: [
            AWSParameter("Name", .string, required: true, help: "The name of the topic you want to create."),
            AWSParameter("Attributes", Self.topicAttributesMap, help: "A map of attributes with their corresponding values."),
            AWSParameter("Tags", Self.tagList, help: "The list of tags to add to a new topic."),
            AWSParameter("DataProtectionPolicy", .string, help: "The body of the policy document you want to use for this topic."),
        ])

    static let deleteTopic = AWSOperationDeclaration(
        service: "sns", apiName: "DeleteTopic",
        summary: "Deletes a topic and all its subscriptions. Deleting a topic might prevent some messages previously sent to the topic from being delivered to subscribers. This action is idempotent, so deleting a topic that does not exist does not result in an error.",
        parameters: [
            AWSParameter("TopicArn", .string, required: true, help: "The ARN of the topic you want to delete."),
        ])

    static let listSubscriptions = AWSOperationDeclaration(
        service: "sns", apiName: "ListSubscriptions",
        summary: "Returns a list of the requester's subscriptions. Each call returns a limited list of subscriptions, up to 100. If there are more subscriptions, a NextToken is also returned. Use the NextToken parameter in a new ListSubscriptions call to get further results.",
        parameters: [
            AWSParameter("NextToken", .string, help: "Token returned by the previous ListSubscriptions request.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listSubscriptionsByTopic = AWSOperationDeclaration(
        service: "sns", apiName: "ListSubscriptionsByTopic",
        summary: "Returns a list of the subscriptions to a specific topic. Each call returns a limited list of subscriptions, up to 100. If there are more subscriptions, a NextToken is also returned. Use the NextToken parameter in a new ListSubscriptionsByTopic call to get further results.",
        parameters: [
            AWSParameter("TopicArn", .string, required: true, help: "The ARN of the topic for which you wish to find subscriptions."),
            AWSParameter("NextToken", .string, help: "Token returned by the previous ListSubscriptionsByTopic request.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listTopics = AWSOperationDeclaration(
        service: "sns", apiName: "ListTopics",
        summary: "Returns a list of the requester's topics. Each call returns a limited list of topics, up to 100. If there are more topics, a NextToken is also returned. Use the NextToken parameter in a new ListTopics call to get further results.",
        parameters: [
            AWSParameter("NextToken", .string, help: "Token returned by the previous ListTopics request.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let publish = AWSOperationDeclaration(
        service: "sns", apiName: "Publish",
        summary: "Sends a message to an Amazon SNS topic, a text message (SMS message) directly to a phone number, or a message to a mobile platform endpoint (when you specify the TargetArn).",
        parameters: [
            AWSParameter("TopicArn", .string, help: "The topic you want to publish to."),
            AWSParameter("TargetArn", .string, help: "If you don't specify a value for the TargetArn parameter, you must specify a value for the PhoneNumber or TopicArn parameters."),
            AWSParameter("PhoneNumber", .string, help: "The phone number to which you want to deliver an SMS message. Use E.164 format."),
            AWSParameter("Message", .string, required: true, help: "The message you want to send."),
            AWSParameter("Subject", .string, help: #"Optional parameter to be used as the "Subject" line when the message is delivered to email endpoints. This field will also be included, if present, in the standard JSON messages delivered to other endpoints."#),
            AWSParameter("MessageStructure", .string, help: "Set MessageStructure to json if you want to send a different message for each protocol. For example, using one publish action, you can send a short message to your SMS subscribers and a longer message to your email subscribers. If you set MessageStructure to json, the value of the Message parameter must:"),
            AWSParameter("MessageAttributes", Self.messageAttributeMap, help: "Message attributes for Publish action."),
            AWSParameter("MessageDeduplicationId", .string, help: ##"This parameter applies only to FIFO (first-in-first-out) topics. The MessageDeduplicationId can contain up to 128 alphanumeric characters (a-z, A-Z, 0-9) and punctuation (!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)."##),
            AWSParameter("MessageGroupId", .string, help: ##"The MessageGroupId can contain up to 128 alphanumeric characters (a-z, A-Z, 0-9) and punctuation (!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)."##),
        ])

    static let subscribe = AWSOperationDeclaration(
        service: "sns", apiName: "Subscribe",
        summary: "Subscribes an endpoint to an Amazon SNS topic. If the endpoint type is HTTP/S or email, or if the endpoint and the topic are not in the same Amazon Web Services account, the endpoint owner must run the ConfirmSubscription action to confirm the subscription.",
        parameters: [
            AWSParameter("TopicArn", .string, required: true, help: "The ARN of the topic you want to subscribe to."),
            AWSParameter("Protocol", .string, required: true, help: "The protocol that you want to use. Supported protocols include:"),
            AWSParameter("Endpoint", .string, help: "The endpoint that you want to receive notifications. Endpoints vary by protocol:"),
            AWSParameter("Attributes", Self.subscriptionAttributesMap, help: "A map of attributes with their corresponding values."),
            AWSParameter("ReturnSubscriptionArn", .boolean, help: "Sets whether the response from the Subscribe request includes the subscription ARN, even if the subscription is not yet confirmed."),
        ])

    static let unsubscribe = AWSOperationDeclaration(
        service: "sns", apiName: "Unsubscribe",
        summary: "Deletes a subscription. If the subscription requires authentication for deletion, only the owner of the subscription or the topic's owner can unsubscribe, and an Amazon Web Services signature is required. If the Unsubscribe call does not require authentication and the requester is not the subscription owner, a final cancellation message is delivered to the endpoint, so that the endpoint owner can easily resubscribe to the topic if the Unsubscribe request was unintended.",
        parameters: [
            AWSParameter("SubscriptionArn", .string, required: true, help: "The ARN of the subscription to be deleted."),
        ])

    /// Every operation above, in the order given to the generator.
    static let declarations: [AWSOperationDeclaration] = [
        createTopic,
        deleteTopic,
        listSubscriptions,
        listSubscriptionsByTopic,
        listTopics,
        publish,
        subscribe,
        unsubscribe,
    ]
}
