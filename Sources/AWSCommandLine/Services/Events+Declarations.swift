// Generated from botocore's events model (2015-10-07) by
// scripts/generate-aws-declarations events EventsModel DeleteRule DescribeRule ListRules ListTargetsByRule PutEvents PutRule PutTargets RemoveTargets
// Do not edit: regenerate. CLI customizations are applied by hand in the service's +CLI.swift file.

enum EventsModel {
    static let eventResourceList: Shape = .list(of: .string(max: 2048))

    static let putEventsRequestEntry: Shape = .structure([
        Member("Time", .timestamp, help: "The time stamp of the event, per RFC3339. If no time stamp is provided, the time stamp of the PutEvents call is used."),
        Member("Source", .string, help: "The source of the event."),
        Member("Resources", Self.eventResourceList, help: "Amazon Web Services resources, identified by Amazon Resource Name (ARN), which the event primarily concerns. Any number, including zero, may be present."),
        Member("DetailType", .string, help: "Free-form string, with a maximum of 128 characters, used to decide what fields to expect in the event detail."),
        Member("Detail", .string, help: "A valid JSON object. There is no other schema imposed. The JSON object may contain fields and nested sub-objects."),
        Member("EventBusName", .string(min: 1, max: 1600, pattern: #"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[\.\-_A-Za-z0-9]+"#), help: "The name or ARN of the event bus to receive the event. Only the rules that are associated with this event bus are used to match the event. If you omit this, the default event bus is used."),
        Member("TraceHeader", .string(min: 1, max: 500), help: "An X-Ray trace header, which is an http header (X-Amzn-Trace-Id) that contains the trace-id associated with the event."),
    ])

    static let putEventsRequestEntryList: Shape = .list(of: Self.putEventsRequestEntry, min: 1, max: 10)

    static let tag: Shape = .structure([
        Member("Key", .string(min: 1, max: 128), required: true, help: "A string you can use to assign a value. The combination of tag keys and values can help you organize and categorize your resources."),
        Member("Value", .string(min: 0, max: 256), required: true, help: "The value for the specified tag key."),
    ])

    static let tagList: Shape = .list(of: Self.tag)

    static let transformerPaths: Shape = .map(key: .string(min: 1, max: 256, pattern: #"[A-Za-z0-9\_\-]+"#), value: .string(max: 256))

    static let inputTransformer: Shape = .structure([
        Member("InputPathsMap", Self.transformerPaths, help: "Map of JSON paths to be extracted from the event. You can then insert these in the template in InputTemplate to produce the output you want to be sent to the target."),
        Member("InputTemplate", .string(min: 1, max: 8192), required: true, help: "Input template where you specify placeholders that will be filled with the values of the keys from InputPathsMap to customize the data sent to the target. Enclose each InputPathsMaps value in brackets: <value>"),
    ])

    static let kinesisParameters: Shape = .structure([
        Member("PartitionKeyPath", .string(max: 256), required: true, help: "The JSON path to be extracted from the event and used as the partition key. For more information, see Amazon Kinesis Streams Key Concepts in the Amazon Kinesis Streams Developer Guide."),
    ])

    static let runCommandTargetValues: Shape = .list(of: .string(min: 1, max: 256), min: 1, max: 50)

    static let runCommandTarget: Shape = .structure([
        Member("Key", .string(min: 1, max: 128, pattern: #"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$"#), required: true, help: "Can be either tag: tag-key or InstanceIds."),
        Member("Values", Self.runCommandTargetValues, required: true, help: "If Key is tag: tag-key, Values is a list of tag values. If Key is InstanceIds, Values is a list of Amazon EC2 instance IDs."),
    ])

    static let runCommandTargets: Shape = .list(of: Self.runCommandTarget, min: 1, max: 5)

    static let runCommandParameters: Shape = .structure([
        Member("RunCommandTargets", Self.runCommandTargets, required: true, help: "Currently, we support including only one RunCommandTarget block, which specifies either an array of InstanceIds or a tag."),
    ])

    static let stringList: Shape = .list(of: .string)

    static let awsVpcConfiguration: Shape = .structure([
        Member("Subnets", Self.stringList, required: true, help: "Specifies the subnets associated with the task. These subnets must all be in the same VPC. You can specify as many as 16 subnets."),
        Member("SecurityGroups", Self.stringList, help: "Specifies the security groups associated with the task. These security groups must all be in the same VPC. You can specify as many as five security groups. If you do not specify a security group, the default security group for the VPC is used."),
        Member("AssignPublicIp", .enumeration(["ENABLED", "DISABLED"]), help: "Specifies whether the task's elastic network interface receives a public IP address. You can specify ENABLED only when LaunchType in EcsParameters is set to FARGATE."),
    ])

    static let networkConfiguration: Shape = .structure([
        Member("awsvpcConfiguration", Self.awsVpcConfiguration, help: "Use this structure to specify the VPC subnets and security groups for the task, and whether a public IP address is to be used. This structure is relevant only for ECS tasks that use the awsvpc network mode."),
    ])

    static let capacityProviderStrategyItem: Shape = .structure([
        Member("capacityProvider", .string(min: 1, max: 255), required: true, help: "The short name of the capacity provider."),
        Member("weight", .integer(min: 0, max: 1000), help: "The weight value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider. The weight value is taken into consideration after the base value, if defined, is satisfied."),
        Member("base", .integer(min: 0, max: 100000), help: "The base value designates how many tasks, at a minimum, to run on the specified capacity provider. Only one capacity provider in a capacity provider strategy can have a base defined. If no value is specified, the default value of 0 is used."),
    ])

    static let capacityProviderStrategy: Shape = .list(of: Self.capacityProviderStrategyItem, max: 6)

    static let placementConstraint: Shape = .structure([
        Member("type", .enumeration(["distinctInstance", "memberOf"]), help: "The type of constraint. Use distinctInstance to ensure that each task in a particular group is running on a different container instance. Use memberOf to restrict the selection to a group of valid candidates."),
        Member("expression", .string(max: 2000), help: "A cluster query language expression to apply to the constraint. You cannot specify an expression if the constraint type is distinctInstance. To learn more, see Cluster Query Language in the Amazon Elastic Container Service Developer Guide."),
    ])

    static let placementConstraints: Shape = .list(of: Self.placementConstraint, max: 10)

    static let placementStrategy: Shape = .structure([
        Member("type", .enumeration(["random", "spread", "binpack"]), help: "The type of placement strategy. The random placement strategy randomly places tasks on available candidates. The spread placement strategy spreads placement across available candidates evenly based on the field parameter. The binpack strategy places tasks on available candidates that have the least available amount of the resource that is specified with the field parameter."),
        Member("field", .string(max: 255), help: "The field to apply the placement strategy against. For the spread placement strategy, valid values are instanceId (or host, which has the same effect), or any platform or custom attribute that is applied to a container instance, such as attribute:ecs.availability-zone. For the binpack placement strategy, valid values are cpu and memory. For the random placement strategy, this field is not used."),
    ])

    static let placementStrategies: Shape = .list(of: Self.placementStrategy, max: 5)

    static let ecsParameters: Shape = .structure([
        Member("TaskDefinitionArn", .string(min: 1, max: 1600), required: true, help: "The ARN of the task definition to use if the event target is an Amazon ECS task."),
        Member("TaskCount", .integer(min: 1), help: "The number of tasks to create based on TaskDefinition. The default is 1."),
        Member("LaunchType", .enumeration(["EC2", "FARGATE", "EXTERNAL"]), help: "Specifies the launch type on which your task is running. The launch type that you specify here must match one of the launch type (compatibilities) of the target task. The FARGATE value is supported only in the Regions where Fargate with Amazon ECS is supported. For more information, see Fargate on Amazon ECS in the Amazon Elastic Container Service Developer Guide."),
        Member("NetworkConfiguration", Self.networkConfiguration, help: "Use this structure if the Amazon ECS task uses the awsvpc network mode. This structure specifies the VPC subnets and security groups associated with the task, and whether a public IP address is to be used. This structure is required if LaunchType is FARGATE because the awsvpc mode is required for Fargate tasks."),
        Member("PlatformVersion", .string, help: "Specifies the platform version for the task. Specify only the numeric portion of the platform version, such as 1.1.0."),
        Member("Group", .string, help: "Specifies an ECS task group for the task. The maximum length is 255 characters."),
        Member("CapacityProviderStrategy", Self.capacityProviderStrategy, help: "The capacity provider strategy to use for the task."),
        Member("EnableECSManagedTags", .boolean, help: "Specifies whether to enable Amazon ECS managed tags for the task. For more information, see Tagging Your Amazon ECS Resources in the Amazon Elastic Container Service Developer Guide."),
        Member("EnableExecuteCommand", .boolean, help: "Whether or not to enable the execute command functionality for the containers in this task. If true, this enables execute command functionality on all containers in the task."),
        Member("PlacementConstraints", Self.placementConstraints, help: "An array of placement constraint objects to use for the task. You can specify up to 10 constraints per task (including constraints in the task definition and those specified at runtime)."),
        Member("PlacementStrategy", Self.placementStrategies, help: "The placement strategy objects to use for the task. You can specify a maximum of five strategy rules per task."),
        Member("PropagateTags", .enumeration(["TASK_DEFINITION"]), help: "Specifies whether to propagate the tags from the task definition to the task. If no value is specified, the tags are not propagated. Tags can only be propagated to the task during task creation. To add tags to a task after task creation, use the TagResource API action."),
        Member("ReferenceId", .string(max: 1024), help: "The reference ID to use for the task."),
        Member("Tags", Self.tagList, help: "The metadata that you apply to the task to help you categorize and organize them. Each tag consists of a key and an optional value, both of which you define. To learn more, see RunTask in the Amazon ECS API Reference."),
    ])

    static let batchArrayProperties: Shape = .structure([
        Member("Size", .integer, help: "The size of the array, if this is an array batch job. Valid values are integers between 2 and 10,000."),
    ])

    static let batchRetryStrategy: Shape = .structure([
        Member("Attempts", .integer, help: "The number of times to attempt to retry, if the job fails. Valid values are 1–10."),
    ])

    static let batchParameters: Shape = .structure([
        Member("JobDefinition", .string, required: true, help: "The ARN or name of the job definition to use if the event target is an Batch job. This job definition must already exist."),
        Member("JobName", .string, required: true, help: "The name to use for this execution of the job, if the target is an Batch job."),
        Member("ArrayProperties", Self.batchArrayProperties, help: "The array properties for the submitted job, such as the size of the array. The array size can be between 2 and 10,000. If you specify array properties for a job, it becomes an array job. This parameter is used only if the target is an Batch job."),
        Member("RetryStrategy", Self.batchRetryStrategy, help: "The retry strategy to use for failed jobs, if the target is an Batch job. The retry strategy is the number of times to retry the failed job execution. Valid values are 1–10. When you specify a retry strategy here, it overrides the retry strategy defined in the job definition."),
    ])

    static let sqsParameters: Shape = .structure([
        Member("MessageGroupId", .string(max: 100), help: "The FIFO message group ID to use as the target."),
    ])

    static let pathParameterList: Shape = .list(of: .string(pattern: #"^(?!\s*$).+"#))

    static let headerParametersMap: Shape = .map(key: .string(max: 512, pattern: "^[!#$%&'*+-.^_`|~0-9a-zA-Z]+$"), value: .string(max: 512, pattern: #"^[ \t]*[\x20-\x7E]+([ \t]+[\x20-\x7E]+)*[ \t]*$"#))

    static let queryStringParametersMap: Shape = .map(key: .string(max: 512, pattern: #"[^\x00-\x1F\x7F]+"#), value: .string(max: 512, pattern: #"[^\x00-\x09\x0B\x0C\x0E-\x1F\x7F]+"#))

    static let httpParameters: Shape = .structure([
        Member("PathParameterValues", Self.pathParameterList, help: #"The path parameter values to be used to populate API Gateway API or EventBridge ApiDestination path wildcards ("*")."#),
        Member("HeaderParameters", Self.headerParametersMap, help: "The headers that need to be sent as part of request invoking the API Gateway API or EventBridge ApiDestination."),
        Member("QueryStringParameters", Self.queryStringParametersMap, help: "The query string keys/values that need to be sent as part of request invoking the API Gateway API or EventBridge ApiDestination."),
    ])

    static let sqls: Shape = .list(of: .string(min: 1, max: 100000), min: 0, max: 40)

    static let redshiftDataParameters: Shape = .structure([
        Member("SecretManagerArn", .string(min: 1, max: 1600, pattern: #"(^arn:aws([a-z]|\-)*:secretsmanager:[a-z0-9-.]+:.*)|(\$(\.[\w_-]+(\[(\d+|\*)\])*)*)"#), help: "The name or ARN of the secret that enables access to the database. Required when authenticating using Amazon Web Services Secrets Manager."),
        Member("Database", .string(min: 1, max: 64), required: true, help: "The name of the database. Required when authenticating using temporary credentials."),
        Member("DbUser", .string(min: 1, max: 128), help: "The database user name. Required when authenticating using temporary credentials."),
        Member("Sql", .string(min: 1, max: 100000), help: "The SQL statement text to run."),
        Member("StatementName", .string(min: 1, max: 500), help: "The name of the SQL statement. You can name the SQL statement when you create it to identify the query."),
        Member("WithEvent", .boolean, help: "Indicates whether to send an event back to EventBridge after the SQL statement runs."),
        Member("Sqls", Self.sqls, help: "One or more SQL statements to run. The SQL statements are run as a single transaction. They run serially in the order of the array. Subsequent SQL statements don't start until the previous statement in the array completes. If any SQL statement fails, then because they are run as one transaction, all work is rolled back."),
    ])

    static let sageMakerPipelineParameter: Shape = .structure([
        Member("Name", .string(min: 1, max: 256, pattern: "^[a-zA-Z0-9](-*[a-zA-Z0-9])*$"), required: true, help: "Name of parameter to start execution of a SageMaker AI Model Building Pipeline."),
        Member("Value", .string(max: 1024), required: true, help: "Value of parameter to start execution of a SageMaker AI Model Building Pipeline."),
    ])

    static let sageMakerPipelineParameterList: Shape = .list(of: Self.sageMakerPipelineParameter, min: 0, max: 200)

    static let sageMakerPipelineParameters: Shape = .structure([
        Member("PipelineParameterList", Self.sageMakerPipelineParameterList, help: "List of Parameter names and values for SageMaker AI Model Building Pipeline execution."),
    ])

    static let deadLetterConfig: Shape = .structure([
        Member("Arn", .string(min: 1, max: 1600), help: "The ARN of the SQS queue specified as the target for the dead-letter queue."),
    ])

    static let retryPolicy: Shape = .structure([
        Member("MaximumRetryAttempts", .integer(min: 0, max: 185), help: "The maximum number of retry attempts to make before the request fails. Retry attempts continue until either the maximum number of attempts is made or until the duration of the MaximumEventAgeInSeconds is met."),
        Member("MaximumEventAgeInSeconds", .integer(min: 60, max: 86400), help: "The maximum amount of time, in seconds, to continue to make retry attempts."),
    ])

    static let appSyncParameters: Shape = .structure([
        Member("GraphQLOperation", .string(min: 1, max: 1048576), help: "The GraphQL operation; that is, the query, mutation, or subscription to be parsed and executed by the GraphQL service."),
    ])

    static let target: Shape = .structure([
        Member("Id", .string(min: 1, max: 64, pattern: #"[\.\-_A-Za-z0-9]+"#), required: true, help: "The ID of the target within the specified rule. Use this ID to reference the target when updating the rule. We recommend using a memorable and unique string."),
        Member("Arn", .string(min: 1, max: 1600), required: true, help: "The Amazon Resource Name (ARN) of the target."),
        Member("RoleArn", .string(min: 1, max: 1600), help: "The Amazon Resource Name (ARN) of the IAM role to be used for this target when the rule is triggered. If one rule triggers multiple targets, you can use a different IAM role for each target."),
        Member("Input", .string(max: 8192), help: "Valid JSON text passed to the target. In this case, nothing from the event itself is passed to the target. For more information, see The JavaScript Object Notation (JSON) Data Interchange Format."),
        Member("InputPath", .string(max: 256), help: "The value of the JSONPath that is used for extracting part of the matched event when passing it to the target. You may use JSON dot notation or bracket notation. For more information about JSON paths, see JSONPath."),
        Member("InputTransformer", Self.inputTransformer, help: "Settings to enable you to provide custom input to a target based on certain event data. You can extract one or more key-value pairs from the event and then use that data to send customized input to the target."),
        Member("KinesisParameters", Self.kinesisParameters, help: "The custom parameter you can use to control the shard assignment, when the target is a Kinesis data stream. If you do not include this parameter, the default is to use the eventId as the partition key."),
        Member("RunCommandParameters", Self.runCommandParameters, help: "Parameters used when you are using the rule to invoke Amazon EC2 Run Command."),
        Member("EcsParameters", Self.ecsParameters, help: "Contains the Amazon ECS task definition and task count to be used, if the event target is an Amazon ECS task. For more information about Amazon ECS tasks, see Task Definitions in the Amazon EC2 Container Service Developer Guide."),
        Member("BatchParameters", Self.batchParameters, help: "If the event target is an Batch job, this contains the job definition, job name, and other parameters. For more information, see Jobs in the Batch User Guide."),
        Member("SqsParameters", Self.sqsParameters, help: "Contains the message group ID to use when the target is a FIFO queue."),
        Member("HttpParameters", Self.httpParameters, help: "Contains the HTTP parameters to use when the target is a API Gateway endpoint or EventBridge ApiDestination."),
        Member("RedshiftDataParameters", Self.redshiftDataParameters, help: "Contains the Amazon Redshift Data API parameters to use when the target is a Amazon Redshift cluster."),
        Member("SageMakerPipelineParameters", Self.sageMakerPipelineParameters, help: "Contains the SageMaker AI Model Building Pipeline parameters to start execution of a SageMaker AI Model Building Pipeline."),
        Member("DeadLetterConfig", Self.deadLetterConfig, help: "The DeadLetterConfig that defines the target queue to send dead-letter queue events to."),
        Member("RetryPolicy", Self.retryPolicy, help: "The retry policy configuration to use for the dead-letter queue."),
        Member("AppSyncParameters", Self.appSyncParameters, help: "Contains the GraphQL operation to be parsed and executed, if the event target is an AppSync API."),
    ])

    static let targetList: Shape = .list(of: Self.target, min: 1, max: 100)

    static let targetIdList: Shape = .list(of: .string(min: 1, max: 64, pattern: #"[\.\-_A-Za-z0-9]+"#), min: 1, max: 100)

    static let deleteRule = AWSOperationDeclaration(
        service: "events", apiName: "DeleteRule",
        summary: "Deletes the specified rule.",
        parameters: [
            AWSParameter("Name", .string(min: 1, max: 64, pattern: #"[\.\-_A-Za-z0-9]+"#), required: true, help: "The name of the rule."),
            AWSParameter("EventBusName", .string(min: 1, max: 1600, pattern: #"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[/\.\-_A-Za-z0-9]+"#), help: "The name or ARN of the event bus associated with the rule. If you omit this, the default event bus is used."),
            AWSParameter("Force", .boolean, help: "If this is a managed rule, created by an Amazon Web Services service on your behalf, you must specify Force as True to delete the rule. This parameter is ignored for rules that are not managed rules. You can check whether a rule is a managed rule by using DescribeRule or ListRules and checking the ManagedBy field of the response."),
        ])

    static let describeRule = AWSOperationDeclaration(
        service: "events", apiName: "DescribeRule",
        summary: "Describes the specified rule.",
        parameters: [
            AWSParameter("Name", .string(min: 1, max: 64, pattern: #"[\.\-_A-Za-z0-9]+"#), required: true, help: "The name of the rule."),
            AWSParameter("EventBusName", .string(min: 1, max: 1600, pattern: #"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[/\.\-_A-Za-z0-9]+"#), help: "The name or ARN of the event bus associated with the rule. If you omit this, the default event bus is used."),
        ])

    static let listRules = AWSOperationDeclaration(
        service: "events", apiName: "ListRules",
        summary: "Lists your Amazon EventBridge rules. You can either list all the rules or you can provide a prefix to match to the rule names.",
        parameters: [
            AWSParameter("NamePrefix", .string(min: 1, max: 64, pattern: #"[\.\-_A-Za-z0-9]+"#), help: "The prefix matching the rule name."),
            AWSParameter("EventBusName", .string(min: 1, max: 1600, pattern: #"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[/\.\-_A-Za-z0-9]+"#), help: "The name or ARN of the event bus to list the rules for. If you omit this, the default event bus is used."),
            AWSParameter("NextToken", .string(min: 1, max: 2048), help: "The token returned by a previous call, which you can use to retrieve the next set of results.").hidden(),
            AWSParameter("Limit", .integer(min: 1, max: 100), help: "The maximum number of results to return.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listTargetsByRule = AWSOperationDeclaration(
        service: "events", apiName: "ListTargetsByRule",
        summary: "Lists the targets assigned to the specified rule.",
        parameters: [
            AWSParameter("Rule", .string(min: 1, max: 64, pattern: #"[\.\-_A-Za-z0-9]+"#), required: true, help: "The name of the rule."),
            AWSParameter("EventBusName", .string(min: 1, max: 1600, pattern: #"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[/\.\-_A-Za-z0-9]+"#), help: "The name or ARN of the event bus associated with the rule. If you omit this, the default event bus is used."),
            AWSParameter("NextToken", .string(min: 1, max: 2048), help: "The token returned by a previous call, which you can use to retrieve the next set of results.").hidden(),
            AWSParameter("Limit", .integer(min: 1, max: 100), help: "The maximum number of results to return.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let putEvents = AWSOperationDeclaration(
        service: "events", apiName: "PutEvents",
        summary: "Sends custom events to Amazon EventBridge so that they can be matched to rules.",
        parameters: [
            AWSParameter("Entries", Self.putEventsRequestEntryList, required: true, help: "The entry that defines an event in your system. You can specify several parameters for the entry such as the source and type of the event, resources associated with the event, and so on."),
            AWSParameter("EndpointId", .string(min: 1, max: 50, pattern: #"^[A-Za-z0-9\-]+[\.][A-Za-z0-9\-]+$"#), help: "The URL subdomain of the endpoint. For example, if the URL for Endpoint is https://abcde.veo.endpoints.event.amazonaws.com, then the EndpointId is abcde.veo."),
        ])

    static let putRule = AWSOperationDeclaration(
        service: "events", apiName: "PutRule",
        summary: "Creates or updates the specified rule. Rules are enabled by default, or based on value of the state. You can disable a rule using DisableRule.",
        parameters: [
            AWSParameter("Name", .string(min: 1, max: 64, pattern: #"[\.\-_A-Za-z0-9]+"#), required: true, help: "The name of the rule that you are creating or updating."),
            AWSParameter("ScheduleExpression", .string(max: 256), help: #"The scheduling expression. For example, "cron(0 20 * * ? *)" or "rate(5 minutes)"."#),
            AWSParameter("EventPattern", .string(max: 4096), help: "The event pattern. For more information, see Amazon EventBridge event patterns in the Amazon EventBridge User Guide ."),
            AWSParameter("State", .enumeration(["ENABLED", "DISABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"]), help: "The state of the rule."),
            AWSParameter("Description", .string(max: 512), help: "A description of the rule."),
            AWSParameter("RoleArn", .string(min: 1, max: 1600), help: "The Amazon Resource Name (ARN) of the IAM role associated with the rule."),
            AWSParameter("Tags", Self.tagList, help: "The list of key-value pairs to associate with the rule."),
            AWSParameter("EventBusName", .string(min: 1, max: 1600, pattern: #"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[/\.\-_A-Za-z0-9]+"#), help: "The name or ARN of the event bus to associate with this rule. If you omit this, the default event bus is used."),
        ])

    static let putTargets = AWSOperationDeclaration(
        service: "events", apiName: "PutTargets",
        summary: "Adds the specified targets to the specified rule, or updates the targets if they are already associated with the rule.",
        parameters: [
            AWSParameter("Rule", .string(min: 1, max: 64, pattern: #"[\.\-_A-Za-z0-9]+"#), required: true, help: "The name of the rule."),
            AWSParameter("EventBusName", .string(min: 1, max: 1600, pattern: #"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[/\.\-_A-Za-z0-9]+"#), help: "The name or ARN of the event bus associated with the rule. If you omit this, the default event bus is used."),
            AWSParameter("Targets", Self.targetList, required: true, help: "The targets to update or add to the rule."),
        ])

    static let removeTargets = AWSOperationDeclaration(
        service: "events", apiName: "RemoveTargets",
        summary: "Removes the specified targets from the specified rule. When the rule is triggered, those targets are no longer be invoked.",
        parameters: [
            AWSParameter("Rule", .string(min: 1, max: 64, pattern: #"[\.\-_A-Za-z0-9]+"#), required: true, help: "The name of the rule."),
            AWSParameter("EventBusName", .string(min: 1, max: 1600, pattern: #"(arn:aws[\w-]*:events:[a-z]+-[a-z]+-[\w-]+:[0-9]{12}:event-bus\/)?[/\.\-_A-Za-z0-9]+"#), help: "The name or ARN of the event bus associated with the rule. If you omit this, the default event bus is used."),
            AWSParameter("Ids", Self.targetIdList, required: true, help: "The IDs of the targets to remove from the rule."),
            AWSParameter("Force", .boolean, help: "If this is a managed rule, created by an Amazon Web Services service on your behalf, you must specify Force as True to remove targets. This parameter is ignored for rules that are not managed rules. You can check whether a rule is a managed rule by using DescribeRule or ListRules and checking the ManagedBy field of the response."),
        ])

    /// Every operation above, in the order given to the generator.
    static let declarations: [AWSOperationDeclaration] = [
        deleteRule,
        describeRule,
        listRules,
        listTargetsByRule,
        putEvents,
        putRule,
        putTargets,
        removeTargets,
    ]
}
