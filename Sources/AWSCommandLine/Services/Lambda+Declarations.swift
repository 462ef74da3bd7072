// Generated from botocore's lambda model (2015-03-31) by
// scripts/generate-aws-declarations lambda LambdaModel AddPermission CreateAlias CreateEventSourceMapping CreateFunction CreateFunctionUrlConfig DeleteAlias DeleteEventSourceMapping DeleteFunction DeleteFunctionConcurrency DeleteFunctionEventInvokeConfig DeleteFunctionUrlConfig DeleteProvisionedConcurrencyConfig GetAccountSettings GetAlias GetEventSourceMapping GetFunction GetFunctionConcurrency GetFunctionConfiguration GetFunctionEventInvokeConfig GetFunctionUrlConfig GetPolicy GetProvisionedConcurrencyConfig Invoke ListAliases ListEventSourceMappings ListFunctions ListTags ListVersionsByFunction PublishVersion PutFunctionConcurrency PutFunctionEventInvokeConfig PutProvisionedConcurrencyConfig RemovePermission TagResource UntagResource UpdateAlias UpdateEventSourceMapping UpdateFunctionCode UpdateFunctionConfiguration UpdateFunctionEventInvokeConfig UpdateFunctionUrlConfig
// Do not edit: regenerate. CLI customizations are applied by hand in the service's +CLI.swift file.

enum LambdaModel {
    static let additionalVersionWeights: Shape = .map(key: .string(min: 1, max: 1024, pattern: "[0-9]+"), value: .double(min: 0.0, max: 1.0))

    static let aliasRoutingConfiguration: Shape = .structure([
        Member("AdditionalVersionWeights", Self.additionalVersionWeights, help: "The second version, and the percentage of traffic that's routed to it."),
    ])

    static let filter: Shape = .structure([
        Member("Pattern", .string(min: 0, max: 4096, pattern: ".*"), help: "A filter pattern. For more information on the syntax of a filter pattern, see Filter rule syntax."),
    ])

    static let filterList: Shape = .list(of: Self.filter)

    static let filterCriteria: Shape = .structure([
        Member("Filters", Self.filterList, help: "A list of filters."),
    ])

    static let onSuccess: Shape = .structure([
        Member("Destination", .string(min: 0, max: 350, pattern: #"$|kafka://([^.]([a-zA-Z0-9\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)"#), help: "The Amazon Resource Name (ARN) of the destination resource."),
    ])

    static let onFailure: Shape = .structure([
        Member("Destination", .string(min: 0, max: 350, pattern: #"$|kafka://([^.]([a-zA-Z0-9\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1})?:(\d{12})?:(.*)"#), help: "The Amazon Resource Name (ARN) of the destination resource."),
    ])

    static let destinationConfig: Shape = .structure([
        Member("OnSuccess", Self.onSuccess, help: "The destination configuration for successful invocations. Not supported in CreateEventSourceMapping or UpdateEventSourceMapping."),
        Member("OnFailure", Self.onFailure, help: "The destination configuration for failed invocations."),
    ])

    static let tags: Shape = .map(key: .string, value: .string)

    static let topics: Shape = .list(of: .string(min: 1, max: 249, pattern: #"[^.]([a-zA-Z0-9\-_.]+)"#), min: 1, max: 1)

    static let queues: Shape = .list(of: .string(min: 1, max: 1000, pattern: #"[\s\S]*"#), min: 1, max: 1)

    static let sourceAccessConfiguration: Shape = .structure([
        Member("Type", .enumeration(["BASIC_AUTH", "VPC_SUBNET", "VPC_SECURITY_GROUP", "SASL_SCRAM_512_AUTH", "SASL_SCRAM_256_AUTH", "VIRTUAL_HOST", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE"]), help: #"The type of authentication protocol, VPC components, or virtual host for your event source. For example: "Type":"SASL_SCRAM_512_AUTH"."#),
        Member("URI", .string(min: 1, max: 200, pattern: #"[a-zA-Z0-9-\/*:_+=.@-]*"#), help: #"The value for your chosen configuration in Type. For example: "URI": "arn:aws:secretsmanager:us-east-1:01234567890:secret:MyBrokerSecretName"."#),
    ])

    static let sourceAccessConfigurations: Shape = .list(of: Self.sourceAccessConfiguration, min: 0, max: 22)

    static let endpointLists: Shape = .list(of: .string(min: 1, max: 300, pattern: #"(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9]):[0-9]{1,5}"#), min: 1, max: 10)

    static let endpoints: Shape = .map(key: .enumeration(["KAFKA_BOOTSTRAP_SERVERS"]), value: Self.endpointLists)

    static let selfManagedEventSource: Shape = .structure([
        Member("Endpoints", Self.endpoints, help: #"The list of bootstrap servers for your Kafka brokers in the following format: "KAFKA_BOOTSTRAP_SERVERS": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]."#),
    ])

    static let functionResponseTypeList: Shape = .list(of: .enumeration(["ReportBatchItemFailures"]), min: 0, max: 1)

    static let kafkaSchemaRegistryAccessConfig: Shape = .structure([
        Member("Type", .enumeration(["BASIC_AUTH", "CLIENT_CERTIFICATE_TLS_AUTH", "SERVER_ROOT_CA_CERTIFICATE"]), help: "The type of authentication Lambda uses to access your schema registry."),
        Member("URI", .string(pattern: #"arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.*)"#), help: "The URI of the secret (Secrets Manager secret ARN) to authenticate with your schema registry."),
    ])

    static let kafkaSchemaRegistryAccessConfigList: Shape = .list(of: Self.kafkaSchemaRegistryAccessConfig)

    static let kafkaSchemaValidationConfig: Shape = .structure([
        Member("Attribute", .enumeration(["KEY", "VALUE"]), help: "The attributes you want your schema registry to validate and filter for. If you selected JSON as the EventRecordFormat, Lambda also deserializes the selected message attributes."),
    ])

    static let kafkaSchemaValidationConfigList: Shape = .list(of: Self.kafkaSchemaValidationConfig)

    static let kafkaSchemaRegistryConfig: Shape = .structure([
        Member("SchemaRegistryURI", .string(min: 1, max: 10000, pattern: #"[a-zA-Z0-9-\/*:_+=.@-]*"#), help: "The URI for your schema registry. The correct URI format depends on the type of schema registry you're using."),
        Member("EventRecordFormat", .enumeration(["JSON", "SOURCE"]), help: "The record format that Lambda delivers to your function after schema validation."),
        Member("AccessConfigs", Self.kafkaSchemaRegistryAccessConfigList, help: "An array of access configuration objects that tell Lambda how to authenticate with your schema registry."),
        Member("SchemaValidationConfigs", Self.kafkaSchemaValidationConfigList, help: "An array of schema validation configuration objects, which tell Lambda the message attributes you want to validate and filter using your schema registry."),
    ])

    static let amazonManagedKafkaEventSourceConfig: Shape = .structure([
        Member("ConsumerGroupId", .string(min: 1, max: 200, pattern: #"[a-zA-Z0-9-\/*:_+=.@-]*"#), help: "The identifier for the Kafka consumer group to join. The consumer group ID must be unique among all your Kafka event sources. After creating a Kafka event source mapping with the consumer group ID specified, you cannot update this value. For more information, see Customizable consumer group ID."),
        Member("SchemaRegistryConfig", Self.kafkaSchemaRegistryConfig, help: "Specific configuration settings for a Kafka schema registry."),
    ])

    static let selfManagedKafkaEventSourceConfig: Shape = .structure([
        Member("ConsumerGroupId", .string(min: 1, max: 200, pattern: #"[a-zA-Z0-9-\/*:_+=.@-]*"#), help: "The identifier for the Kafka consumer group to join. The consumer group ID must be unique among all your Kafka event sources. After creating a Kafka event source mapping with the consumer group ID specified, you cannot update this value. For more information, see Customizable consumer group ID."),
        Member("SchemaRegistryConfig", Self.kafkaSchemaRegistryConfig, help: "Specific configuration settings for a Kafka schema registry."),
    ])

    static let scalingConfig: Shape = .structure([
        Member("MaximumConcurrency", .integer(min: 2, max: 1000), help: "Limits the number of concurrent instances that the Amazon SQS event source can invoke."),
    ])

    static let documentDBEventSourceConfig: Shape = .structure([
        Member("DatabaseName", .string(min: 1, max: 63, pattern: #"[^ /\.$\x22]*"#), help: "The name of the database to consume within the DocumentDB cluster."),
        Member("CollectionName", .string(min: 1, max: 57, pattern: #"(^(?!(system\x2e)))(^[_a-zA-Z0-9])([^$]*)"#), help: "The name of the collection to consume within the database. If you do not specify a collection, Lambda consumes all collections."),
        Member("FullDocument", .enumeration(["UpdateLookup", "Default"]), help: "Determines what DocumentDB sends to your event stream during document update operations. If set to UpdateLookup, DocumentDB sends a delta describing the changes, along with a copy of the entire document. Otherwise, DocumentDB sends only a partial document that contains the changes."),
    ])

    static let eventSourceMappingMetricList: Shape = .list(of: .enumeration(["EventCount", "ErrorCount", "KafkaMetrics"]), min: 0, max: 3)

    static let eventSourceMappingMetricsConfig: Shape = .structure([
        Member("Metrics", Self.eventSourceMappingMetricList, help: "The metrics you want your event source mapping to produce, including EventCount, ErrorCount, KafkaMetrics."),
    ])

    static let eventSourceMappingLoggingConfig: Shape = .structure([
        Member("SystemLogLevel", .enumeration(["DEBUG", "INFO", "WARN"]), help: "The log level you want your event source mapping to use. Lambda event poller only sends system logs at the selected level of detail and lower, where DEBUG is the highest level and WARN is the lowest. For more information about these metrics, see Event source mapping logging."),
    ])

    static let provisionedPollerConfig: Shape = .structure([
        Member("MinimumPollers", .integer(min: 1, max: 200), help: "The minimum number of event pollers this event source can scale down to. For Amazon SQS events source mappings, default is 2, and minimum 2 required. For Amazon MSK and self-managed Apache Kafka event source mappings, default is 1."),
        Member("MaximumPollers", .integer(min: 1, max: 2000), help: "The maximum number of event pollers this event source can scale up to. For Amazon SQS events source mappings, default is 200, and minimum value allowed is 2. For Amazon MSK and self-managed Apache Kafka event source mappings, default is 200, and minimum value allowed is 1."),
        Member("PollerGroupName", .string(min: 0, max: 128, pattern: "[a-zA-Z0-9-_]*"), help: "(Amazon MSK and self-managed Apache Kafka) The name of the provisioned poller group. Use this option to group multiple ESMs within the event source's VPC to share Event Poller Unit (EPU) capacity. You can use this option to optimize Provisioned mode costs for your ESMs. You can group up to 100 ESMs per poller group and aggregate maximum pollers across all ESMs in a group cannot exceed 2000."),
    ])

    static let functionCode: Shape = .structure([
        Member("ZipFile", .blob, help: "The base64-encoded contents of the deployment package. Amazon Web Services SDK and CLI clients handle the encoding for you."),
        Member("S3Bucket", .string(min: 3, max: 63, pattern: #"[0-9A-Za-z\.\-_]*(?<!\.)"#), help: "An Amazon S3 bucket in the same Amazon Web Services Region as your function. The bucket can be in a different Amazon Web Services account."),
        Member("S3Key", .string(min: 1, max: 1024), help: "The Amazon S3 key of the deployment package."),
        Member("S3ObjectVersion", .string(min: 1, max: 1024), help: "For versioned objects, the version of the deployment package object to use."),
        Member("ImageUri", .string, help: "URI of a container image in the Amazon ECR registry."),
        Member("SourceKMSKeyArn", .string(pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"), help: "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's .zip deployment package. If you don't provide a customer managed key, Lambda uses an Amazon Web Services owned key."),
    ])

    static let subnetIds: Shape = .list(of: .string, min: 0, max: 16)

    static let securityGroupIds: Shape = .list(of: .string, min: 0, max: 5)

    static let vpcConfig: Shape = .structure([
        Member("SubnetIds", Self.subnetIds, help: "A list of VPC subnet IDs."),
        Member("SecurityGroupIds", Self.securityGroupIds, help: "A list of VPC security group IDs."),
        Member("Ipv6AllowedForDualStack", .boolean, help: "Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets."),
    ])

    static let deadLetterConfig: Shape = .structure([
        Member("TargetArn", .string(pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"), help: "The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic."),
    ])

    static let environmentVariables: Shape = .map(key: .string(pattern: "[a-zA-Z]([a-zA-Z0-9_])+"), value: .string)

    static let environment: Shape = .structure([
        Member("Variables", Self.environmentVariables, help: "Environment variable key-value pairs. For more information, see Using Lambda environment variables."),
    ])

    static let tracingConfig: Shape = .structure([
        Member("Mode", .enumeration(["Active", "PassThrough"]), help: "The tracing mode."),
    ])

    static let layerList: Shape = .list(of: .string(min: 1, max: 140, pattern: #"arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+"#))

    static let fileSystemConfig: Shape = .structure([
        Member("Arn", .string(min: 0, max: 256, pattern: #"arn:aws[a-zA-Z-]*:elasticfilesystem:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1}:\d{12}:access-point/fsap-[a-f0-9]{17}$|^arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}/access-point/fsap-[0-9a-f]{17,40}"#), required: true, help: "The Amazon Resource Name (ARN) of the Amazon EFS or Amazon S3 Files access point that provides access to the file system."),
        Member("LocalMountPath", .string(min: 0, max: 160, pattern: "/mnt/[a-zA-Z0-9-_.]+"), required: true, help: "The path where the function can access the file system, starting with /mnt/."),
    ])

    static let fileSystemConfigList: Shape = .list(of: Self.fileSystemConfig, min: 0, max: 1)

    static let stringList: Shape = .list(of: .string, min: 0, max: 1500)

    static let imageConfig: Shape = .structure([
        Member("EntryPoint", Self.stringList, help: "Specifies the entry point to their application, which is typically the location of the runtime executable."),
        Member("Command", Self.stringList, help: "Specifies parameters that you want to pass in with ENTRYPOINT."),
        Member("WorkingDirectory", .string(min: 0, max: 1000), help: "Specifies the working directory."),
    ])

    static let architecturesList: Shape = .list(of: .enumeration(["x86_64", "arm64"]), min: 1, max: 1)

    static let ephemeralStorage: Shape = .structure([
        Member("Size", .integer(min: 512, max: 10240), required: true, help: "The size of the function's /tmp directory."),
    ])

    static let snapStart: Shape = .structure([
        Member("ApplyOn", .enumeration(["PublishedVersions", "None"]), help: "Set to PublishedVersions to create a snapshot of the initialized execution environment when you publish a function version."),
    ])

    static let loggingConfig: Shape = .structure([
        Member("LogFormat", .enumeration(["JSON", "Text"]), help: "The format in which Lambda sends your function's application and system logs to CloudWatch. Select between plain text and structured JSON."),
        Member("ApplicationLogLevel", .enumeration(["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"]), help: "Set this property to filter the application logs for your function that Lambda sends to CloudWatch. Lambda only sends application logs at the selected level of detail and lower, where TRACE is the highest level and FATAL is the lowest."),
        Member("SystemLogLevel", .enumeration(["DEBUG", "INFO", "WARN"]), help: "Set this property to filter the system logs for your function that Lambda sends to CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where DEBUG is the highest level and WARN is the lowest."),
        Member("LogGroup", .string(min: 1, max: 512, pattern: #"[\.\-_/#A-Za-z0-9]+"#), help: "The name of the Amazon CloudWatch log group the function sends logs to. By default, Lambda functions send logs to a default log group named /aws/lambda/<function name>. To use a different log group, enter an existing log group or enter a new log group name."),
    ])

    static let lambdaManagedInstancesCapacityProviderConfig: Shape = .structure([
        Member("CapacityProviderArn", .string(min: 1, max: 140, pattern: #"arn:aws[a-zA-Z-]*:lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:capacity-provider:[a-zA-Z0-9-_]+"#), required: true, help: "The Amazon Resource Name (ARN) of the capacity provider."),
        Member("PerExecutionEnvironmentMaxConcurrency", .integer(min: 1, max: 1600), help: "The maximum number of concurrent execution environments that can run on each compute instance."),
        Member("ExecutionEnvironmentMemoryGiBPerVCpu", .double(min: 2.0, max: 8.0), help: "The amount of memory in GiB allocated per vCPU for execution environments."),
    ])

    static let capacityProviderConfig: Shape = .structure([
        Member("LambdaManagedInstancesCapacityProviderConfig", Self.lambdaManagedInstancesCapacityProviderConfig, required: true, help: "Configuration for Lambda-managed instances used by the capacity provider."),
    ])

    static let durableConfig: Shape = .structure([
        Member("RetentionPeriodInDays", .integer(min: 1, max: 90), help: "The number of days to retain execution history after a durable execution completes. After this period, execution history is no longer available through the GetDurableExecutionHistory API."),
        Member("ExecutionTimeout", .integer(min: 1, max: 31622400), help: "The maximum time (in seconds) that a durable execution can run before timing out. This timeout applies to the entire durable execution, not individual function invocations."),
    ])

    static let tenancyConfig: Shape = .structure([
        Member("TenantIsolationMode", .enumeration(["PER_TENANT"]), required: true, help: "Tenant isolation mode allows for invocation to be sent to a corresponding execution environment dedicated to a specific tenant ID."),
    ])

    static let headersList: Shape = .list(of: .string(min: 0, max: 1024, pattern: ".*"), min: 0, max: 100)

    static let allowMethodsList: Shape = .list(of: .string(min: 0, max: 6, pattern: ".*"), min: 0, max: 6)

    static let allowOriginsList: Shape = .list(of: .string(min: 1, max: 253, pattern: ".*"), min: 0, max: 100)

    static let cors: Shape = .structure([
        Member("AllowCredentials", .boolean, help: "Whether to allow cookies or other credentials in requests to your function URL. The default is false."),
        Member("AllowHeaders", Self.headersList, help: "The HTTP headers that origins can include in requests to your function URL. For example: Date, Keep-Alive, X-Custom-Header."),
        Member("AllowMethods", Self.allowMethodsList, help: "The HTTP methods that are allowed when calling your function URL. For example: GET, POST, DELETE, or the wildcard character (*)."),
        Member("AllowOrigins", Self.allowOriginsList, help: "The origins that can access your function URL. You can list any number of specific origins, separated by a comma. For example: https://www.example.com, http://localhost:60905."),
        Member("ExposeHeaders", Self.headersList, help: "The HTTP headers in your function response that you want to expose to origins that call your function URL. For example: Date, Keep-Alive, X-Custom-Header."),
        Member("MaxAge", .integer(min: 0, max: 86400), help: "The maximum amount of time, in seconds, that web browsers can cache results of a preflight request. By default, this is set to 0, which means that the browser doesn't cache results."),
    ])

    static let tagKeyList: Shape = .list(of: .string)

    static let addPermission = AWSOperationDeclaration(
        service: "lambda", apiName: "AddPermission",
        summary: "Grants a principal permission to use a function. You can apply the policy at the function level, or specify a qualifier to restrict access to a single version or alias. If you use a qualifier, the invoker must use the full Amazon Resource Name (ARN) of that version or alias to invoke the function. Note: Lambda does not support adding policies to version $LATEST.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("StatementId", .string(min: 1, max: 100, pattern: "([a-zA-Z0-9-_]+)"), required: true, help: "A statement identifier that differentiates the statement from others in the same policy."),
            AWSParameter("Action", .string(pattern: "(lambda:[*]|lambda:[a-zA-Z]+|[*])"), required: true, help: "The action that the principal can use on the function. For example, lambda:InvokeFunction or lambda:GetFunction."),
            AWSParameter("Principal", .string(pattern: #"[^\s]+"#), required: true, help: "The Amazon Web Services service, Amazon Web Services account, IAM user, or IAM role that invokes the function. If you specify a service, use SourceArn or SourceAccount to limit who can invoke the function through that service."),
            AWSParameter("SourceArn", .string(pattern: #"arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.*)"#), help: "For Amazon Web Services services, the ARN of the Amazon Web Services resource that invokes the function. For example, an Amazon S3 bucket or Amazon SNS topic."),
            AWSParameter("SourceAccount", .string(min: 0, max: 12, pattern: #"\d{12}"#), help: "For Amazon Web Services service, the ID of the Amazon Web Services account that owns the resource. Use this together with SourceArn to ensure that the specified account owns the resource. It is possible for an Amazon S3 bucket to be deleted by its owner and recreated by another account."),
            AWSParameter("EventSourceToken", .string(min: 0, max: 256, pattern: #"[a-zA-Z0-9._\-]+"#), help: "For Alexa Smart Home functions, a token that the invoker must supply."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "Specify a version or alias to add permissions to a published version of the function."),
            AWSParameter("RevisionId", .string, help: "Update the policy only if the revision ID matches the ID that's specified. Use this option to avoid modifying a policy that has changed since you last read it."),
            AWSParameter("PrincipalOrgID", .string(min: 12, max: 34, pattern: "o-[a-z0-9]{10,32}"), help: "The identifier for your organization in Organizations. Use this to grant permissions to all the Amazon Web Services accounts under this organization."),
            AWSParameter("FunctionUrlAuthType", .enumeration(["NONE", "AWS_IAM"]), help: "The type of authentication that your function URL uses. Set to AWS_IAM if you want to restrict access to authenticated users only. Set to NONE if you want to bypass IAM authentication to create a public endpoint. For more information, see Control access to Lambda function URLs."),
            AWSParameter("InvokedViaFunctionUrl", .boolean, help: "Indicates whether the permission applies when the function is invoked through a function URL."),
        ])

    static let createAlias = AWSOperationDeclaration(
        service: "lambda", apiName: "CreateAlias",
        summary: "Creates an alias for a Lambda function version. Use aliases to provide clients with a function identifier that you can update to invoke a different version.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Name", .string(min: 1, max: 128, pattern: "(?!^[0-9]+$)([a-zA-Z0-9-_]+)"), required: true, help: "The name of the alias."),
            AWSParameter("FunctionVersion", .string(min: 1, max: 1024, pattern: #"(\$LATEST(\.PUBLISHED)?|[0-9]+)"#), required: true, help: "The function version that the alias invokes."),
            AWSParameter("Description", .string(min: 0, max: 256), help: "A description of the alias."),
            AWSParameter("RoutingConfig", Self.aliasRoutingConfiguration, help: "The routing configuration of the alias."),
        ])

    static let createEventSourceMapping = AWSOperationDeclaration(
        service: "lambda", apiName: "CreateEventSourceMapping",
        summary: "Creates a mapping between an event source and an Lambda function. Lambda reads items from the event source and invokes the function.",
        parameters: [
            AWSParameter("EventSourceArn", .string(pattern: #"arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.*)"#), help: "The Amazon Resource Name (ARN) of the event source."),
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Enabled", .boolean, help: "When true, the event source mapping is active. When false, Lambda pauses polling and invocation."),
            AWSParameter("BatchSize", .integer(min: 1, max: 10000), help: "The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function. Lambda passes all of the records in the batch to the function in a single call, up to the payload limit for synchronous invocation (6 MB)."),
            AWSParameter("FilterCriteria", Self.filterCriteria, help: "An object that defines the filter criteria that determine whether Lambda should process an event. For more information, see Lambda event filtering."),
            AWSParameter("MaximumBatchingWindowInSeconds", .integer(min: 0, max: 300), help: "The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function. You can configure MaximumBatchingWindowInSeconds to any value from 0 seconds to 300 seconds in increments of seconds."),
            AWSParameter("ParallelizationFactor", .integer(min: 1, max: 10), help: "(Kinesis and DynamoDB Streams only) The number of batches to process from each shard concurrently."),
            AWSParameter("StartingPosition", .enumeration(["TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"]), help: "The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon DynamoDB Stream event sources. AT_TIMESTAMP is supported only for Amazon Kinesis streams, Amazon DocumentDB, Amazon MSK, and self-managed Apache Kafka."),
            AWSParameter("StartingPositionTimestamp", .timestamp, help: "With StartingPosition set to AT_TIMESTAMP, the time from which to start reading. StartingPositionTimestamp cannot be in the future."),
            AWSParameter("DestinationConfig", Self.destinationConfig, help: "(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it."),
            AWSParameter("MaximumRecordAgeInSeconds", .integer(min: -1, max: 604800), help: "(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age. The default value is infinite (-1)."),
            AWSParameter("BisectBatchOnFunctionError", .boolean, help: "(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function returns an error, split the batch in two and retry."),
            AWSParameter("MaximumRetryAttempts", .integer(min: -1, max: 10000), help: "(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries. The default value is infinite (-1). When set to infinite (-1), failed records are retried until the record expires."),
            AWSParameter("Tags", Self.tags, help: "A list of tags to apply to the event source mapping."),
            AWSParameter("TumblingWindowInSeconds", .integer(min: 0, max: 900), help: "(Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling window."),
            AWSParameter("Topics", Self.topics, help: "The name of the Kafka topic."),
            AWSParameter("Queues", Self.queues, help: "(MQ) The name of the Amazon MQ broker destination queue to consume."),
            AWSParameter("SourceAccessConfigurations", Self.sourceAccessConfigurations, help: "An array of authentication protocols or VPC components required to secure your event source."),
            AWSParameter("SelfManagedEventSource", Self.selfManagedEventSource, help: "The self-managed Apache Kafka cluster to receive records from."),
            AWSParameter("FunctionResponseTypes", Self.functionResponseTypeList, help: "(Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of current response type enums applied to the event source mapping."),
            AWSParameter("AmazonManagedKafkaEventSourceConfig", Self.amazonManagedKafkaEventSourceConfig, help: "Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK) event source."),
            AWSParameter("SelfManagedKafkaEventSourceConfig", Self.selfManagedKafkaEventSourceConfig, help: "Specific configuration settings for a self-managed Apache Kafka event source."),
            AWSParameter("ScalingConfig", Self.scalingConfig, help: "(Amazon SQS only) The scaling configuration for the event source. For more information, see Configuring maximum concurrency for Amazon SQS event sources."),
            AWSParameter("DocumentDBEventSourceConfig", Self.documentDBEventSourceConfig, help: "Specific configuration settings for a DocumentDB event source."),
            AWSParameter("KMSKeyArn", .string(pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"), help: "The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt your function's filter criteria. By default, Lambda does not encrypt your filter criteria object. Specify this property to encrypt data using your own customer managed key."),
            AWSParameter("MetricsConfig", Self.eventSourceMappingMetricsConfig, help: "The metrics configuration for your event source. For more information, see Event source mapping metrics."),
            AWSParameter("LoggingConfig", Self.eventSourceMappingLoggingConfig, help: "(Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event source. For more information, see Event source mapping logging."),
            AWSParameter("ProvisionedPollerConfig", Self.provisionedPollerConfig, help: "(Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source. For more information, see provisioned mode."),
        ])

    static let createFunction = AWSOperationDeclaration(
        service: "lambda", apiName: "CreateFunction",
        summary: "Creates a Lambda function. To create a function, you need a deployment package and an execution role. The deployment package is a .zip file archive or container image that contains your function code. The execution role grants the function permission to use Amazon Web Services services, such as Amazon CloudWatch Logs for log streaming and X-Ray for request tracing.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Runtime", .enumeration(["nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "java8", "java8.al2", "java11", "python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "dotnet8", "nodejs4.3-edge", "go1.x", "ruby2.5", "ruby2.7", "provided", "provided.al2", "nodejs18.x", "python3.10", "java17", "ruby3.2", "ruby3.3", "ruby3.4", "python3.11", "nodejs20.x", "provided.al2023", "python3.12", "java21", "python3.13", "nodejs22.x", "nodejs24.x", "python3.14", "java25", "dotnet10", "ruby4.0"]), help: "The identifier of the function's runtime. Runtime is required if the deployment package is a .zip file archive. Specifying a runtime results in an error if you're deploying a function using a container image."),
            AWSParameter("Role", .string(pattern: #"arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+"#), required: true, help: "The Amazon Resource Name (ARN) of the function's execution role."),
            AWSParameter("Handler", .string(min: 0, max: 128, pattern: #"[^\s]+"#), help: "The name of the method within your code that Lambda calls to run your function. Handler is required if the deployment package is a .zip file archive. The format includes the file name. It can also include namespaces and other qualifiers, depending on the runtime. For more information, see Lambda programming model."),
            AWSParameter("Code", Self.functionCode, required: true, help: "The code for the function."),
            AWSParameter("Description", .string(min: 0, max: 256), help: "A description of the function."),
            AWSParameter("Timeout", .integer(min: 1), help: "The amount of time (in seconds) that Lambda allows a function to run before stopping it. The default is 3 seconds. The maximum allowed value is 900 seconds. For more information, see Lambda execution environment."),
            AWSParameter("MemorySize", .integer(min: 128, max: 32768), help: "The amount of memory available to the function at runtime. Increasing the function memory also increases its CPU allocation. The default value is 128 MB. The value can be any multiple of 1 MB."),
            AWSParameter("Publish", .boolean, help: "Set to true to publish the first version of the function during creation."),
            AWSParameter("VpcConfig", Self.vpcConfig, help: "For network connectivity to Amazon Web Services resources in a VPC, specify a list of security groups and subnets in the VPC. When you connect a function to a VPC, it can access resources and the internet only through that VPC. For more information, see Configuring a Lambda function to access resources in a VPC."),
            AWSParameter("PackageType", .enumeration(["Zip", "Image"]), help: "The type of deployment package. Set to Image for container image and set to Zip for .zip file archive."),
            AWSParameter("DeadLetterConfig", Self.deadLetterConfig, help: "A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing. For more information, see Dead-letter queues."),
            AWSParameter("Environment", Self.environment, help: "Environment variables that are accessible from function code during execution."),
            AWSParameter("KMSKeyArn", .string(pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"), help: "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources:"),
            AWSParameter("TracingConfig", Self.tracingConfig, help: "Set Mode to Active to sample and trace a subset of incoming requests with X-Ray."),
            AWSParameter("Tags", Self.tags, help: "A list of tags to apply to the function."),
            AWSParameter("Layers", Self.layerList, help: "A list of function layers to add to the function's execution environment. Specify each layer by its ARN, including the version."),
            AWSParameter("FileSystemConfigs", Self.fileSystemConfigList, help: "Connection settings for an Amazon EFS file system or an Amazon S3 Files file system."),
            AWSParameter("ImageConfig", Self.imageConfig, help: "Container image configuration values that override the values in the container image Dockerfile."),
            AWSParameter("CodeSigningConfigArn", .string(min: 0, max: 200, pattern: #"arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\d{1}:\d{12}:code-signing-config:csc-[a-z0-9]{17}"#), help: "To enable code signing for this function, specify the ARN of a code-signing configuration. A code-signing configuration includes a set of signing profiles, which define the trusted publishers for this function."),
            AWSParameter("Architectures", Self.architecturesList, help: "The instruction set architecture that the function supports. Enter a string array with one of the valid values (arm64 or x86_64). The default value is x86_64."),
            AWSParameter("EphemeralStorage", Self.ephemeralStorage, help: "The size of the function's /tmp directory in MB. The default value is 512, but can be any whole number between 512 and 10,240 MB. For more information, see Configuring ephemeral storage (console)."),
            AWSParameter("SnapStart", Self.snapStart, help: "The function's SnapStart setting."),
            AWSParameter("LoggingConfig", Self.loggingConfig, help: "The function's Amazon CloudWatch Logs configuration settings."),
            AWSParameter("CapacityProviderConfig", Self.capacityProviderConfig, help: "Configuration for the capacity provider that manages compute resources for Lambda functions."),
            AWSParameter("PublishTo", .enumeration(["LATEST_PUBLISHED"]), help: "Specifies where to publish the function version or configuration."),
            AWSParameter("DurableConfig", Self.durableConfig, help: "Configuration settings for durable functions. Enables creating functions with durability that can remember their state and continue execution even after interruptions."),
            AWSParameter("TenancyConfig", Self.tenancyConfig, help: "Configuration for multi-tenant applications that use Lambda functions. Defines tenant isolation settings and resource allocations. Required for functions supporting multiple tenants."),
        ])

    static let createFunctionUrlConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "CreateFunctionUrlConfig",
        summary: "Creates a Lambda function URL with the specified configuration parameters. A function URL is a dedicated HTTP(S) endpoint that you can use to invoke your function.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"((?!^\d+$)^[0-9a-zA-Z-_]+$)"#), help: "The alias name."),
            AWSParameter("AuthType", .enumeration(["NONE", "AWS_IAM"]), required: true, help: "The type of authentication that your function URL uses. Set to AWS_IAM if you want to restrict access to authenticated users only. Set to NONE if you want to bypass IAM authentication to create a public endpoint. For more information, see Control access to Lambda function URLs."),
            AWSParameter("Cors", Self.cors, help: "The cross-origin resource sharing (CORS) settings for your function URL."),
            AWSParameter("InvokeMode", .enumeration(["BUFFERED", "RESPONSE_STREAM"]), help: "Use one of the following options:"),
        ])

    static let deleteAlias = AWSOperationDeclaration(
        service: "lambda", apiName: "DeleteAlias",
        summary: "Deletes a Lambda function alias.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Name", .string(min: 1, max: 128, pattern: "(?!^[0-9]+$)([a-zA-Z0-9-_]+)"), required: true, help: "The name of the alias."),
        ])

    static let deleteEventSourceMapping = AWSOperationDeclaration(
        service: "lambda", apiName: "DeleteEventSourceMapping",
        summary: "Deletes an event source mapping. You can get the identifier of a mapping from the output of ListEventSourceMappings.",
        parameters: [
            AWSParameter("UUID", .string, required: true, help: "The identifier of the event source mapping."),
        ])

    static let deleteFunction = AWSOperationDeclaration(
        service: "lambda", apiName: "DeleteFunction",
        summary: "Deletes a Lambda function. To delete a specific function version, use the Qualifier parameter. Otherwise, all versions and aliases are deleted. This doesn't require the user to have explicit permissions for DeleteAlias.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function or version."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "Specify a version to delete. You can't delete a version that an alias references."),
        ])

    static let deleteFunctionConcurrency = AWSOperationDeclaration(
        service: "lambda", apiName: "DeleteFunctionConcurrency",
        summary: "Removes a concurrent execution limit from a function.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
        ])

    static let deleteFunctionEventInvokeConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "DeleteFunctionEventInvokeConfig",
        summary: "Deletes the configuration for asynchronous invocation for a function, version, or alias.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "A version number or alias name."),
        ])

    static let deleteFunctionUrlConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "DeleteFunctionUrlConfig",
        summary: "Deletes a Lambda function URL. When you delete a function URL, you can't recover it. Creating a new function URL results in a different URL address.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"((?!^\d+$)^[0-9a-zA-Z-_]+$)"#), help: "The alias name."),
        ])

    static let deleteProvisionedConcurrencyConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "DeleteProvisionedConcurrencyConfig",
        summary: "Deletes the provisioned concurrency configuration for a function.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: "(|[a-zA-Z0-9$_-]+)"), required: true, help: "The version number or alias name."),
        ])

    static let getAccountSettings = AWSOperationDeclaration(
        service: "lambda", apiName: "GetAccountSettings",
        summary: "Retrieves details about your account's limits and usage in an Amazon Web Services Region.",
        parameters: [])

    static let getAlias = AWSOperationDeclaration(
        service: "lambda", apiName: "GetAlias",
        summary: "Returns details about a Lambda function alias.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Name", .string(min: 1, max: 128, pattern: "(?!^[0-9]+$)([a-zA-Z0-9-_]+)"), required: true, help: "The name of the alias."),
        ])

    static let getEventSourceMapping = AWSOperationDeclaration(
        service: "lambda", apiName: "GetEventSourceMapping",
        summary: "Returns details about an event source mapping. You can get the identifier of a mapping from the output of ListEventSourceMappings.",
        parameters: [
            AWSParameter("UUID", .string, required: true, help: "The identifier of the event source mapping."),
        ])

    static let getFunction = AWSOperationDeclaration(
        service: "lambda", apiName: "GetFunction",
        summary: "Returns information about the function or function version, with a link to download the deployment package that's valid for 10 minutes. If you specify a function version, only details that are specific to that version are returned.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "Specify a version or alias to get details about a published version of the function."),
        ])

    static let getFunctionConcurrency = AWSOperationDeclaration(
        service: "lambda", apiName: "GetFunctionConcurrency",
        summary: "Returns details about the reserved concurrency configuration for a function. To set a concurrency limit for a function, use PutFunctionConcurrency.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
        ])

    static let getFunctionConfiguration = AWSOperationDeclaration(
        service: "lambda", apiName: "GetFunctionConfiguration",
        summary: "Returns the version-specific settings of a Lambda function or version. The output includes only options that can vary between versions of a function. To modify these settings, use UpdateFunctionConfiguration.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "Specify a version or alias to get details about a published version of the function."),
        ])

    static let getFunctionEventInvokeConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "GetFunctionEventInvokeConfig",
        summary: "Retrieves the configuration for asynchronous invocation for a function, version, or alias.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "A version number or alias name."),
        ])

    static let getFunctionUrlConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "GetFunctionUrlConfig",
        summary: "Returns details about a Lambda function URL.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"((?!^\d+$)^[0-9a-zA-Z-_]+$)"#), help: "The alias name."),
        ])

    static let getPolicy = AWSOperationDeclaration(
        service: "lambda", apiName: "GetPolicy",
        summary: "Returns the resource-based IAM policy for a function, version, or alias.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "Specify a version or alias to get the policy for that resource."),
        ])

    static let getProvisionedConcurrencyConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "GetProvisionedConcurrencyConfig",
        summary: "Retrieves the provisioned concurrency configuration for a function's alias or version.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: "(|[a-zA-Z0-9$_-]+)"), required: true, help: "The version number or alias name."),
        ])

    static let invoke = AWSOperationDeclaration(
        service: "lambda", apiName: "Invoke",
        summary: "Invokes a Lambda function. You can invoke a function synchronously (and wait for the response), or asynchronously. By default, Lambda invokes your function synchronously (i.e. theInvocationType is RequestResponse). To invoke a function asynchronously, set InvocationType to Event. Lambda passes the ClientContext object to your function for synchronous invocations only.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("InvocationType", .enumeration(["Event", "RequestResponse", "DryRun"]), help: "Choose from the following options."),
            AWSParameter("LogType", .enumeration(["None", "Tail"]), help: "Set to Tail to include the execution log in the response. Applies to synchronously invoked functions only."),
            AWSParameter("ClientContext", .string, help: "Up to 3,583 bytes of base64-encoded data about the invoking client to pass to the function in the context object. Lambda passes the ClientContext object to your function for synchronous invocations only."),
            AWSParameter("DurableExecutionName", .string(min: 1, max: 64, pattern: "[a-zA-Z0-9-_]+"), help: "Optional unique name for the durable execution. When you start your special function, you can give it a unique name to identify this specific execution. It's like giving a nickname to a task."),
            AWSParameter("Payload", .blob, help: "The JSON that you want to provide to your Lambda function as input. The maximum payload size is 6 MB for synchronous invocations and 1 MB for asynchronous invocations."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "Specify a version or alias to invoke a published version of the function."),
            AWSParameter("TenantId", .string(min: 1, max: 256, pattern: #"[a-zA-Z0-9\._:\/=+\-@ ]+"#), help: "The identifier of the tenant in a multi-tenant Lambda function."),
        ])

    static let listAliases = AWSOperationDeclaration(
        service: "lambda", apiName: "ListAliases",
        summary: "Returns a list of aliases for a Lambda function.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("FunctionVersion", .string(min: 1, max: 1024, pattern: #"(\$LATEST(\.PUBLISHED)?|[0-9]+)"#), help: "Specify a function version to only list aliases that invoke that version."),
            AWSParameter("Marker", .string, help: "Specify the pagination token that's returned by a previous request to retrieve the next page of results.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listEventSourceMappings = AWSOperationDeclaration(
        service: "lambda", apiName: "ListEventSourceMappings",
        summary: "Lists event source mappings. Specify an EventSourceArn to show only event source mappings for a single event source.",
        parameters: [
            AWSParameter("EventSourceArn", .string(pattern: #"arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\-])+:([a-z]{2}(-gov)?-[a-z]+-\d{1})?:(\d{12})?:(.*)"#), help: "The Amazon Resource Name (ARN) of the event source."),
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), help: "The name or ARN of the Lambda function."),
            AWSParameter("Marker", .string, help: "A pagination token returned by a previous call.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listFunctions = AWSOperationDeclaration(
        service: "lambda", apiName: "ListFunctions",
        summary: "Returns a list of Lambda functions, with the version-specific configuration of each. Lambda returns up to 50 functions per call.",
        parameters: [
            AWSParameter("MasterRegion", .string(pattern: #"ALL|[a-z]{2}(-gov)?-[a-z]+-\d{1}"#), help: "For Lambda@Edge functions, the Amazon Web Services Region of the master function. For example, us-east-1 filters the list of functions to include only Lambda@Edge functions replicated from a master function in US East (N. Virginia). If specified, you must set FunctionVersion to ALL."),
            AWSParameter("FunctionVersion", .enumeration(["ALL"]), help: "Set to ALL to include entries for all published versions of each function."),
            AWSParameter("Marker", .string, help: "Specify the pagination token that's returned by a previous request to retrieve the next page of results.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listTags = AWSOperationDeclaration(
        service: "lambda", apiName: "ListTags",
        summary: "Returns a function, event source mapping, or code signing configuration's tags. You can also view function tags with GetFunction.",
        parameters: [
            AWSParameter("Resource", .string(min: 1, max: 256, pattern: #"arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:(function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|capacity-provider:[a-zA-Z0-9-_]+)"#), required: true, help: "The resource's Amazon Resource Name (ARN). Note: Lambda does not support adding tags to function aliases or versions."),
        ])

    static let listVersionsByFunction = AWSOperationDeclaration(
        service: "lambda", apiName: "ListVersionsByFunction",
        summary: "Returns a list of versions, with the version-specific configuration of each. Lambda returns up to 50 versions per call.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Marker", .string, help: "Specify the pagination token that's returned by a previous request to retrieve the next page of results.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let publishVersion = AWSOperationDeclaration(
        service: "lambda", apiName: "PublishVersion",
        summary: "Creates a version from the current code and configuration of a function. Use versions to create a snapshot of your function code and configuration that doesn't change.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("CodeSha256", .string, help: "Only publish a version if the hash value matches the value that's specified. Use this option to avoid publishing a version if the function code has changed since you last updated it. You can get the hash for the version that you uploaded from the output of UpdateFunctionCode."),
            AWSParameter("Description", .string(min: 0, max: 256), help: "A description for the version to override the description in the function configuration."),
            AWSParameter("RevisionId", .string, help: "Only update the function if the revision ID matches the ID that's specified. Use this option to avoid publishing a version if the function configuration has changed since you last updated it."),
            AWSParameter("PublishTo", .enumeration(["LATEST_PUBLISHED"]), help: "Specifies where to publish the function version or configuration."),
        ])

    static let putFunctionConcurrency = AWSOperationDeclaration(
        service: "lambda", apiName: "PutFunctionConcurrency",
        summary: "Sets the maximum number of simultaneous executions for a function, and reserves capacity for that concurrency level.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("ReservedConcurrentExecutions", .integer(min: 0), required: true, help: "The number of simultaneous executions to reserve for the function."),
        ])

    static let putFunctionEventInvokeConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "PutFunctionEventInvokeConfig",
        summary: "Configures options for asynchronous invocation on a function, version, or alias. If a configuration already exists for a function, version, or alias, this operation overwrites it. If you exclude any settings, they are removed. To set one option without affecting existing settings for other options, use UpdateFunctionEventInvokeConfig.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "A version number or alias name."),
            AWSParameter("MaximumRetryAttempts", .integer(min: 0, max: 2), help: "The maximum number of times to retry when the function returns an error."),
            AWSParameter("MaximumEventAgeInSeconds", .integer(min: 60, max: 21600), help: "The maximum age of a request that Lambda sends to a function for processing."),
            AWSParameter("DestinationConfig", Self.destinationConfig, help: "A destination for events after they have been sent to a function for processing."),
        ])

    static let putProvisionedConcurrencyConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "PutProvisionedConcurrencyConfig",
        summary: "Adds a provisioned concurrency configuration to a function's alias or version.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: "(|[a-zA-Z0-9$_-]+)"), required: true, help: "The version number or alias name."),
            AWSParameter("ProvisionedConcurrentExecutions", .integer(min: 1), required: true, help: "The amount of provisioned concurrency to allocate for the version or alias."),
        ])

    static let removePermission = AWSOperationDeclaration(
        service: "lambda", apiName: "RemovePermission",
        summary: "Revokes function-use permission from an Amazon Web Services service or another Amazon Web Services account. You can get the ID of the statement from the output of GetPolicy.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("StatementId", .string(min: 1, max: 100, pattern: "([a-zA-Z0-9-_.]+)"), required: true, help: "Statement ID of the permission to remove."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "Specify a version or alias to remove permissions from a published version of the function."),
            AWSParameter("RevisionId", .string, help: "Update the policy only if the revision ID matches the ID that's specified. Use this option to avoid modifying a policy that has changed since you last read it."),
        ])

    static let tagResource = AWSOperationDeclaration(
        service: "lambda", apiName: "TagResource",
        summary: "Adds tags to a function, event source mapping, or code signing configuration.",
        parameters: [
            AWSParameter("Resource", .string(min: 1, max: 256, pattern: #"arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:(function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|capacity-provider:[a-zA-Z0-9-_]+)"#), required: true, help: "The resource's Amazon Resource Name (ARN)."),
            AWSParameter("Tags", Self.tags, required: true, help: "A list of tags to apply to the resource."),
        ])

    static let untagResource = AWSOperationDeclaration(
        service: "lambda", apiName: "UntagResource",
        summary: "Removes tags from a function, event source mapping, or code signing configuration.",
        parameters: [
            AWSParameter("Resource", .string(min: 1, max: 256, pattern: #"arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:\d{12}:(function:[a-zA-Z0-9-_]+(:(\$LATEST|[a-zA-Z0-9-_]+))?|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|capacity-provider:[a-zA-Z0-9-_]+)"#), required: true, help: "The resource's Amazon Resource Name (ARN)."),
            AWSParameter("TagKeys", Self.tagKeyList, required: true, help: "A list of tag keys to remove from the resource."),
        ])

    static let updateAlias = AWSOperationDeclaration(
        service: "lambda", apiName: "UpdateAlias",
        summary: "Updates the configuration of a Lambda function alias.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Name", .string(min: 1, max: 128, pattern: "(?!^[0-9]+$)([a-zA-Z0-9-_]+)"), required: true, help: "The name of the alias."),
            AWSParameter("FunctionVersion", .string(min: 1, max: 1024, pattern: #"(\$LATEST(\.PUBLISHED)?|[0-9]+)"#), help: "The function version that the alias invokes."),
            AWSParameter("Description", .string(min: 0, max: 256), help: "A description of the alias."),
            AWSParameter("RoutingConfig", Self.aliasRoutingConfiguration, help: "The routing configuration of the alias."),
            AWSParameter("RevisionId", .string, help: "Only update the alias if the revision ID matches the ID that's specified. Use this option to avoid modifying an alias that has changed since you last read it."),
        ])

    static let updateEventSourceMapping = AWSOperationDeclaration(
        service: "lambda", apiName: "UpdateEventSourceMapping",
        summary: "Updates an event source mapping. You can change the function that Lambda invokes, or pause invocation and resume later from the same location.",
        parameters: [
            AWSParameter("UUID", .string, required: true, help: "The identifier of the event source mapping."),
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), help: "The name or ARN of the Lambda function."),
            AWSParameter("Enabled", .boolean, help: "When true, the event source mapping is active. When false, Lambda pauses polling and invocation."),
            AWSParameter("BatchSize", .integer(min: 1, max: 10000), help: "The maximum number of records in each batch that Lambda pulls from your stream or queue and sends to your function. Lambda passes all of the records in the batch to the function in a single call, up to the payload limit for synchronous invocation (6 MB)."),
            AWSParameter("FilterCriteria", Self.filterCriteria, help: "An object that defines the filter criteria that determine whether Lambda should process an event. For more information, see Lambda event filtering."),
            AWSParameter("MaximumBatchingWindowInSeconds", .integer(min: 0, max: 300), help: "The maximum amount of time, in seconds, that Lambda spends gathering records before invoking the function. You can configure MaximumBatchingWindowInSeconds to any value from 0 seconds to 300 seconds in increments of seconds."),
            AWSParameter("DestinationConfig", Self.destinationConfig, help: "(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration object that specifies the destination of an event after Lambda processes it."),
            AWSParameter("MaximumRecordAgeInSeconds", .integer(min: -1, max: 604800), help: "(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older than the specified age. The default value is infinite (-1)."),
            AWSParameter("BisectBatchOnFunctionError", .boolean, help: "(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function returns an error, split the batch in two and retry."),
            AWSParameter("MaximumRetryAttempts", .integer(min: -1, max: 10000), help: "(Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after the specified number of retries. The default value is infinite (-1). When set to infinite (-1), failed records are retried until the record expires."),
            AWSParameter("ParallelizationFactor", .integer(min: 1, max: 10), help: "(Kinesis and DynamoDB Streams only) The number of batches to process from each shard concurrently."),
            AWSParameter("SourceAccessConfigurations", Self.sourceAccessConfigurations, help: "An array of authentication protocols or VPC components required to secure your event source."),
            AWSParameter("TumblingWindowInSeconds", .integer(min: 0, max: 900), help: "(Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling window."),
            AWSParameter("FunctionResponseTypes", Self.functionResponseTypeList, help: "(Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of current response type enums applied to the event source mapping."),
            AWSParameter("ScalingConfig", Self.scalingConfig, help: "(Amazon SQS only) The scaling configuration for the event source. For more information, see Configuring maximum concurrency for Amazon SQS event sources."),
            AWSParameter("AmazonManagedKafkaEventSourceConfig", Self.amazonManagedKafkaEventSourceConfig, help: ""),
            AWSParameter("SelfManagedKafkaEventSourceConfig", Self.selfManagedKafkaEventSourceConfig, help: ""),
            AWSParameter("DocumentDBEventSourceConfig", Self.documentDBEventSourceConfig, help: "Specific configuration settings for a DocumentDB event source."),
            AWSParameter("KMSKeyArn", .string(pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"), help: "The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt your function's filter criteria. By default, Lambda does not encrypt your filter criteria object. Specify this property to encrypt data using your own customer managed key."),
            AWSParameter("MetricsConfig", Self.eventSourceMappingMetricsConfig, help: "The metrics configuration for your event source. For more information, see Event source mapping metrics."),
            AWSParameter("LoggingConfig", Self.eventSourceMappingLoggingConfig, help: ""),
            AWSParameter("ProvisionedPollerConfig", Self.provisionedPollerConfig, help: "(Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode configuration for the event source. For more information, see provisioned mode."),
        ])

    static let updateFunctionCode = AWSOperationDeclaration(
        service: "lambda", apiName: "UpdateFunctionCode",
        summary: "Updates a Lambda function's code. If code signing is enabled for the function, the code package must be signed by a trusted publisher. For more information, see Configuring code signing for Lambda.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("ZipFile", .blob, help: "The base64-encoded contents of the deployment package. Amazon Web Services SDK and CLI clients handle the encoding for you. Use only with a function defined with a .zip file archive deployment package."),
            AWSParameter("S3Bucket", .string(min: 3, max: 63, pattern: #"[0-9A-Za-z\.\-_]*(?<!\.)"#), help: "An Amazon S3 bucket in the same Amazon Web Services Region as your function. The bucket can be in a different Amazon Web Services account. Use only with a function defined with a .zip file archive deployment package."),
            AWSParameter("S3Key", .string(min: 1, max: 1024), help: "The Amazon S3 key of the deployment package. Use only with a function defined with a .zip file archive deployment package."),
            AWSParameter("S3ObjectVersion", .string(min: 1, max: 1024), help: "For versioned objects, the version of the deployment package object to use."),
            AWSParameter("ImageUri", .string, help: "URI of a container image in the Amazon ECR registry. Do not use for a function defined with a .zip file archive."),
            AWSParameter("Publish", .boolean, help: "Set to true to publish a new version of the function after updating the code. This has the same effect as calling PublishVersion separately."),
            AWSParameter("DryRun", .boolean, help: "Set to true to validate the request parameters and access permissions without modifying the function code."),
            AWSParameter("RevisionId", .string, help: "Update the function only if the revision ID matches the ID that's specified. Use this option to avoid modifying a function that has changed since you last read it."),
            AWSParameter("Architectures", Self.architecturesList, help: "The instruction set architecture that the function supports. Enter a string array with one of the valid values (arm64 or x86_64). The default value is x86_64."),
            AWSParameter("SourceKMSKeyArn", .string(pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"), help: "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your function's .zip deployment package. If you don't provide a customer managed key, Lambda uses an Amazon Web Services managed key."),
            AWSParameter("PublishTo", .enumeration(["LATEST_PUBLISHED"]), help: "Specifies where to publish the function version or configuration."),
        ])

    static let updateFunctionConfiguration = AWSOperationDeclaration(
        service: "lambda", apiName: "UpdateFunctionConfiguration",
        summary: "Modify the version-specific settings of a Lambda function.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Role", .string(pattern: #"arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+"#), help: "The Amazon Resource Name (ARN) of the function's execution role."),
            AWSParameter("Handler", .string(min: 0, max: 128, pattern: #"[^\s]+"#), help: "The name of the method within your code that Lambda calls to run your function. Handler is required if the deployment package is a .zip file archive. The format includes the file name. It can also include namespaces and other qualifiers, depending on the runtime. For more information, see Lambda programming model."),
            AWSParameter("Description", .string(min: 0, max: 256), help: "A description of the function."),
            AWSParameter("Timeout", .integer(min: 1), help: "The amount of time (in seconds) that Lambda allows a function to run before stopping it. The default is 3 seconds. The maximum allowed value is 900 seconds. For more information, see Lambda execution environment."),
            AWSParameter("MemorySize", .integer(min: 128, max: 32768), help: "The amount of memory available to the function at runtime. Increasing the function memory also increases its CPU allocation. The default value is 128 MB. The value can be any multiple of 1 MB."),
            AWSParameter("VpcConfig", Self.vpcConfig, help: "For network connectivity to Amazon Web Services resources in a VPC, specify a list of security groups and subnets in the VPC. When you connect a function to a VPC, it can access resources and the internet only through that VPC. For more information, see Configuring a Lambda function to access resources in a VPC."),
            AWSParameter("Environment", Self.environment, help: "Environment variables that are accessible from function code during execution."),
            AWSParameter("Runtime", .enumeration(["nodejs", "nodejs4.3", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x", "nodejs16.x", "java8", "java8.al2", "java11", "python2.7", "python3.6", "python3.7", "python3.8", "python3.9", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet6", "dotnet8", "nodejs4.3-edge", "go1.x", "ruby2.5", "ruby2.7", "provided", "provided.al2", "nodejs18.x", "python3.10", "java17", "ruby3.2", "ruby3.3", "ruby3.4", "python3.11", "nodejs20.x", "provided.al2023", "python3.12", "java21", "python3.13", "nodejs22.x", "nodejs24.x", "python3.14", "java25", "dotnet10", "ruby4.0"]), help: "The identifier of the function's runtime. Runtime is required if the deployment package is a .zip file archive. Specifying a runtime results in an error if you're deploying a function using a container image."),
            AWSParameter("DeadLetterConfig", Self.deadLetterConfig, help: "A dead-letter queue configuration that specifies the queue or topic where Lambda sends asynchronous events when they fail processing. For more information, see Dead-letter queues."),
            AWSParameter("KMSKeyArn", .string(pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"), help: "The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the following resources:"),
            AWSParameter("TracingConfig", Self.tracingConfig, help: "Set Mode to Active to sample and trace a subset of incoming requests with X-Ray."),
            AWSParameter("RevisionId", .string, help: "Update the function only if the revision ID matches the ID that's specified. Use this option to avoid modifying a function that has changed since you last read it."),
            AWSParameter("Layers", Self.layerList, help: "A list of function layers to add to the function's execution environment. Specify each layer by its ARN, including the version."),
            AWSParameter("FileSystemConfigs", Self.fileSystemConfigList, help: "Connection settings for an Amazon EFS file system or an Amazon S3 Files file system."),
            AWSParameter("ImageConfig", Self.imageConfig, help: "Container image configuration values that override the values in the container image Docker file."),
            AWSParameter("EphemeralStorage", Self.ephemeralStorage, help: "The size of the function's /tmp directory in MB. The default value is 512, but can be any whole number between 512 and 10,240 MB. For more information, see Configuring ephemeral storage (console)."),
            AWSParameter("SnapStart", Self.snapStart, help: "The function's SnapStart setting."),
            AWSParameter("LoggingConfig", Self.loggingConfig, help: "The function's Amazon CloudWatch Logs configuration settings."),
            AWSParameter("CapacityProviderConfig", Self.capacityProviderConfig, help: "Configuration for the capacity provider that manages compute resources for Lambda functions."),
            AWSParameter("DurableConfig", Self.durableConfig, help: "Configuration settings for durable functions. Allows updating execution timeout and retention period for functions with durability enabled."),
        ])

    static let updateFunctionEventInvokeConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "UpdateFunctionEventInvokeConfig",
        summary: "Updates the configuration for asynchronous invocation for a function, version, or alias.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 256, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function, version, or alias."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"\$(LATEST(\.PUBLISHED)?)|[a-zA-Z0-9-_$]+"#), help: "A version number or alias name."),
            AWSParameter("MaximumRetryAttempts", .integer(min: 0, max: 2), help: "The maximum number of times to retry when the function returns an error."),
            AWSParameter("MaximumEventAgeInSeconds", .integer(min: 60, max: 21600), help: "The maximum age of a request that Lambda sends to a function for processing."),
            AWSParameter("DestinationConfig", Self.destinationConfig, help: "A destination for events after they have been sent to a function for processing."),
        ])

    static let updateFunctionUrlConfig = AWSOperationDeclaration(
        service: "lambda", apiName: "UpdateFunctionUrlConfig",
        summary: "Updates the configuration for a Lambda function URL.",
        parameters: [
            AWSParameter("FunctionName", .string(min: 1, max: 140, pattern: #"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?"#), required: true, help: "The name or ARN of the Lambda function."),
            AWSParameter("Qualifier", .string(min: 1, max: 128, pattern: #"((?!^\d+$)^[0-9a-zA-Z-_]+$)"#), help: "The alias name."),
            AWSParameter("AuthType", .enumeration(["NONE", "AWS_IAM"]), help: "The type of authentication that your function URL uses. Set to AWS_IAM if you want to restrict access to authenticated users only. Set to NONE if you want to bypass IAM authentication to create a public endpoint. For more information, see Control access to Lambda function URLs."),
            AWSParameter("Cors", Self.cors, help: "The cross-origin resource sharing (CORS) settings for your function URL."),
            AWSParameter("InvokeMode", .enumeration(["BUFFERED", "RESPONSE_STREAM"]), help: "Use one of the following options:"),
        ])

    /// Every operation above, in the order given to the generator.
    static let declarations: [AWSOperationDeclaration] = [
        addPermission,
        createAlias,
        createEventSourceMapping,
        createFunction,
        createFunctionUrlConfig,
        deleteAlias,
        deleteEventSourceMapping,
        deleteFunction,
        deleteFunctionConcurrency,
        deleteFunctionEventInvokeConfig,
        deleteFunctionUrlConfig,
        deleteProvisionedConcurrencyConfig,
        getAccountSettings,
        getAlias,
        getEventSourceMapping,
        getFunction,
        getFunctionConcurrency,
        getFunctionConfiguration,
        getFunctionEventInvokeConfig,
        getFunctionUrlConfig,
        getPolicy,
        getProvisionedConcurrencyConfig,
        invoke,
        listAliases,
        listEventSourceMappings,
        listFunctions,
        listTags,
        listVersionsByFunction,
        publishVersion,
        putFunctionConcurrency,
        putFunctionEventInvokeConfig,
        putProvisionedConcurrencyConfig,
        removePermission,
        tagResource,
        untagResource,
        updateAlias,
        updateEventSourceMapping,
        updateFunctionCode,
        updateFunctionConfiguration,
        updateFunctionEventInvokeConfig,
        updateFunctionUrlConfig,
    ]
}
