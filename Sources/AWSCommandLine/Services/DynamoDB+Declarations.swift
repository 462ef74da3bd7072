// Generated from botocore's dynamodb model (2012-08-10) by
// scripts/generate-aws-declarations dynamodb DynamoDBModel CreateTable DeleteItem DeleteTable DescribeTable GetItem ListTables PutItem Query Scan UpdateItem UpdateTable
// Do not edit: regenerate. CLI customizations are applied by hand in the service's +CLI.swift file.

enum DynamoDBModel {
    static let attributeDefinition: Shape = .structure([
        Member("AttributeName", .string(min: 1, max: 255), required: true, help: "A name for the attribute."),
        Member("AttributeType", .enumeration(["S", "N", "B"]), required: true, help: "The data type for the attribute, where:"),
    ])

    static let attributeDefinitions: Shape = .list(of: Self.attributeDefinition)

    static let keySchemaElement: Shape = .structure([
        Member("AttributeName", .string(min: 1, max: 255), required: true, help: "The name of a key attribute."),
        Member("KeyType", .enumeration(["HASH", "RANGE"]), required: true, help: "The role that this key attribute will assume:"),
    ])

    static let keySchema: Shape = .list(of: Self.keySchemaElement, min: 1)

    static let nonKeyAttributeNameList: Shape = .list(of: .string(min: 1, max: 255), min: 1, max: 20)

    static let projection: Shape = .structure([
        Member("ProjectionType", .enumeration(["ALL", "KEYS_ONLY", "INCLUDE"]), help: "The set of attributes that are projected into the index:"),
        Member("NonKeyAttributes", Self.nonKeyAttributeNameList, help: "Represents the non-key attribute names which will be projected into the index."),
    ])

    static let localSecondaryIndex: Shape = .structure([
        Member("IndexName", .string(min: 3, max: 255, pattern: "[a-zA-Z0-9_.-]+"), required: true, help: "The name of the local secondary index. The name must be unique among all other indexes on this table."),
        Member("KeySchema", Self.keySchema, required: true, help: "The complete key schema for the local secondary index, consisting of one or more pairs of attribute names and key types:"),
        Member("Projection", Self.projection, required: true, help: "Represents attributes that are copied (projected) from the table into the local secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected."),
    ])

    static let localSecondaryIndexList: Shape = .list(of: Self.localSecondaryIndex)

    static let provisionedThroughput: Shape = .structure([
        Member("ReadCapacityUnits", .long(min: 1), required: true, help: "The maximum number of strongly consistent reads consumed per second before DynamoDB returns a ThrottlingException. For more information, see Specifying Read and Write Requirements in the Amazon DynamoDB Developer Guide."),
        Member("WriteCapacityUnits", .long(min: 1), required: true, help: "The maximum number of writes consumed per second before DynamoDB returns a ThrottlingException. For more information, see Specifying Read and Write Requirements in the Amazon DynamoDB Developer Guide."),
    ])

    static let onDemandThroughput: Shape = .structure([
        Member("MaxReadRequestUnits", .long, help: "Maximum number of read request units for the specified table."),
        Member("MaxWriteRequestUnits", .long, help: "Maximum number of write request units for the specified table."),
    ])

    static let warmThroughput: Shape = .structure([
        Member("ReadUnitsPerSecond", .long, help: "Represents the number of read operations your base table can instantaneously support."),
        Member("WriteUnitsPerSecond", .long, help: "Represents the number of write operations your base table can instantaneously support."),
    ])

    static let globalSecondaryIndex: Shape = .structure([
        Member("IndexName", .string(min: 3, max: 255, pattern: "[a-zA-Z0-9_.-]+"), required: true, help: "The name of the global secondary index. The name must be unique among all other indexes on this table."),
        Member("KeySchema", Self.keySchema, required: true, help: "The complete key schema for a global secondary index, which consists of one or more pairs of attribute names and key types:"),
        Member("Projection", Self.projection, required: true, help: "Represents attributes that are copied (projected) from the table into the global secondary index. These are in addition to the primary key attributes and index key attributes, which are automatically projected."),
        Member("ProvisionedThroughput", Self.provisionedThroughput, help: "Represents the provisioned throughput settings for the specified global secondary index. You must use either OnDemandThroughput or ProvisionedThroughput based on your table's capacity mode."),
        Member("OnDemandThroughput", Self.onDemandThroughput, help: "The maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify MaxReadRequestUnits, MaxWriteRequestUnits, or both. You must use either OnDemandThroughput or ProvisionedThroughput based on your table's capacity mode."),
        Member("WarmThroughput", Self.warmThroughput, help: "Represents the warm throughput value (in read units per second and write units per second) for the specified secondary index. If you use this parameter, you must specify ReadUnitsPerSecond, WriteUnitsPerSecond, or both."),
    ])

    static let globalSecondaryIndexList: Shape = .list(of: Self.globalSecondaryIndex)

    static let streamSpecification: Shape = .structure([
        Member("StreamEnabled", .boolean, required: true, help: "Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the table."),
        Member("StreamViewType", .enumeration(["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"]), help: "When an item in the table is modified, StreamViewType determines what information is written to the stream for this table. Valid values for StreamViewType are:"),
    ])

    static let sSESpecification: Shape = .structure([
        Member("Enabled", .boolean, help: "Indicates whether server-side encryption is done using an Amazon Web Services managed key or an Amazon Web Services owned key. If enabled (true), server-side encryption type is set to KMS and an Amazon Web Services managed key is used (KMS charges apply). If disabled (false) or not specified, server-side encryption is set to Amazon Web Services owned key."),
        Member("SSEType", .enumeration(["AES256", "KMS"]), help: "Server-side encryption type. The only supported value is:"),
        Member("KMSMasterKeyId", .string, help: "The KMS key that should be used for the KMS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB key alias/aws/dynamodb."),
    ])

    static let tag: Shape = .structure([
        Member("Key", .string(min: 1, max: 128), required: true, help: "The key of the tag. Tag keys are case sensitive. Each DynamoDB table can only have up to one tag with the same key. If you try to add an existing tag (same key), the existing tag value will be updated to the new value."),
        Member("Value", .string(min: 0, max: 256), required: true, help: "The value of the tag. Tag values are case-sensitive and can be null."),
    ])

    static let tagList: Shape = .list(of: Self.tag)

    static let stringSetAttributeValue: Shape = .list(of: .string)

    static let numberSetAttributeValue: Shape = .list(of: .string)

    static let binarySetAttributeValue: Shape = .list(of: .blob)

    static let mapAttributeValue: Shape = .map(key: .string(max: 65535), value: .any)

    static let listAttributeValue: Shape = .list(of: .any)

    static let attributeValue: Shape = .structure([
        Member("S", .string, help: "An attribute of type String. For example:"),
        Member("N", .string, help: "An attribute of type Number. For example:"),
        Member("B", .blob, help: "An attribute of type Binary. For example:"),
        Member("SS", Self.stringSetAttributeValue, help: "An attribute of type String Set. For example:"),
        Member("NS", Self.numberSetAttributeValue, help: "An attribute of type Number Set. For example:"),
        Member("BS", Self.binarySetAttributeValue, help: "An attribute of type Binary Set. For example:"),
        Member("M", Self.mapAttributeValue, help: "An attribute of type Map. For example:"),
        Member("L", Self.listAttributeValue, help: "An attribute of type List. For example:"),
        Member("NULL", .boolean, help: "An attribute of type Null. For example:"),
        Member("BOOL", .boolean, help: "An attribute of type Boolean. For example:"),
    ])

    static let key: Shape = .map(key: .string(max: 65535), value: Self.attributeValue)

    static let attributeValueList: Shape = .list(of: Self.attributeValue)

    static let expectedAttributeValue: Shape = .structure([
        Member("Value", Self.attributeValue, help: "Represents the data for the expected attribute."),
        Member("Exists", .boolean, help: "Causes DynamoDB to evaluate the value before attempting a conditional operation:"),
        Member("ComparisonOperator", .enumeration(["EQ", "NE", "IN", "LE", "LT", "GE", "GT", "BETWEEN", "NOT_NULL", "NULL", "CONTAINS", "NOT_CONTAINS", "BEGINS_WITH"]), help: "A comparator for evaluating attributes in the AttributeValueList. For example, equals, greater than, less than, etc."),
        Member("AttributeValueList", Self.attributeValueList, help: "One or more values to evaluate against the supplied attribute. The number of values in the list depends on the ComparisonOperator being used."),
    ])

    static let expectedAttributeMap: Shape = .map(key: .string(max: 65535), value: Self.expectedAttributeValue)

    static let expressionAttributeNameMap: Shape = .map(key: .string, value: .string(max: 65535))

    static let expressionAttributeValueMap: Shape = .map(key: .string, value: Self.attributeValue)

    static let attributeNameList: Shape = .list(of: .string(max: 65535), min: 1)

    static let putItemInputAttributeMap: Shape = .map(key: .string(max: 65535), value: Self.attributeValue)

    static let condition: Shape = .structure([
        Member("AttributeValueList", Self.attributeValueList, help: "One or more values to evaluate against the supplied attribute. The number of values in the list depends on the ComparisonOperator being used."),
        Member("ComparisonOperator", .enumeration(["EQ", "NE", "IN", "LE", "LT", "GE", "GT", "BETWEEN", "NOT_NULL", "NULL", "CONTAINS", "NOT_CONTAINS", "BEGINS_WITH"]), required: true, help: "A comparator for evaluating attributes. For example, equals, greater than, less than, etc."),
    ])

    static let keyConditions: Shape = .map(key: .string(max: 65535), value: Self.condition)

    static let filterConditionMap: Shape = .map(key: .string(max: 65535), value: Self.condition)

    static let attributeValueUpdate: Shape = .structure([
        Member("Value", Self.attributeValue, help: "Represents the data for an attribute."),
        Member("Action", .enumeration(["ADD", "PUT", "DELETE"]), help: "Specifies how to perform the update. Valid values are PUT (default), DELETE, and ADD. The behavior depends on whether the specified primary key already exists in the table."),
    ])

    static let attributeUpdates: Shape = .map(key: .string(max: 65535), value: Self.attributeValueUpdate)

    static let updateGlobalSecondaryIndexAction: Shape = .structure([
        Member("IndexName", .string(min: 3, max: 255, pattern: "[a-zA-Z0-9_.-]+"), required: true, help: "The name of the global secondary index to be updated."),
        Member("ProvisionedThroughput", Self.provisionedThroughput, help: "Represents the provisioned throughput settings for the specified global secondary index."),
        Member("OnDemandThroughput", Self.onDemandThroughput, help: "Updates the maximum number of read and write units for the specified global secondary index. If you use this parameter, you must specify MaxReadRequestUnits, MaxWriteRequestUnits, or both."),
        Member("WarmThroughput", Self.warmThroughput, help: "Represents the warm throughput value of the new provisioned throughput settings to be applied to a global secondary index."),
    ])

    static let createGlobalSecondaryIndexAction: Shape = .structure([
        Member("IndexName", .string(min: 3, max: 255, pattern: "[a-zA-Z0-9_.-]+"), required: true, help: "The name of the global secondary index to be created."),
        Member("KeySchema", Self.keySchema, required: true, help: "The key schema for the global secondary index. Global secondary index supports up to 4 partition and up to 4 sort keys."),
        Member("Projection", Self.projection, required: true, help: "Represents attributes that are copied (projected) from the table into an index. These are in addition to the primary key attributes and index key attributes, which are automatically projected."),
        Member("ProvisionedThroughput", Self.provisionedThroughput, help: "Represents the provisioned throughput settings for the specified global secondary index."),
        Member("OnDemandThroughput", Self.onDemandThroughput, help: "The maximum number of read and write units for the global secondary index being created. If you use this parameter, you must specify MaxReadRequestUnits, MaxWriteRequestUnits, or both. You must use either OnDemand Throughput or ProvisionedThroughput based on your table's capacity mode."),
        Member("WarmThroughput", Self.warmThroughput, help: "Represents the warm throughput value (in read units per second and write units per second) when creating a secondary index."),
    ])

    static let deleteGlobalSecondaryIndexAction: Shape = .structure([
        Member("IndexName", .string(min: 3, max: 255, pattern: "[a-zA-Z0-9_.-]+"), required: true, help: "The name of the global secondary index to be deleted."),
    ])

    static let globalSecondaryIndexUpdate: Shape = .structure([
        Member("Update", Self.updateGlobalSecondaryIndexAction, help: "The name of an existing global secondary index, along with new provisioned throughput settings to be applied to that index."),
        Member("Create", Self.createGlobalSecondaryIndexAction, help: "The parameters required for creating a global secondary index on an existing table:"),
        Member("Delete", Self.deleteGlobalSecondaryIndexAction, help: "The name of an existing global secondary index to be removed."),
    ])

    static let globalSecondaryIndexUpdateList: Shape = .list(of: Self.globalSecondaryIndexUpdate)

    static let provisionedThroughputOverride: Shape = .structure([
        Member("ReadCapacityUnits", .long(min: 1), help: "Replica-specific read capacity units. If not specified, uses the source table's read capacity settings."),
    ])

    static let onDemandThroughputOverride: Shape = .structure([
        Member("MaxReadRequestUnits", .long, help: "Maximum number of read request units for the specified replica table."),
    ])

    static let replicaGlobalSecondaryIndex: Shape = .structure([
        Member("IndexName", .string(min: 3, max: 255, pattern: "[a-zA-Z0-9_.-]+"), required: true, help: "The name of the global secondary index."),
        Member("ProvisionedThroughputOverride", Self.provisionedThroughputOverride, help: "Replica table GSI-specific provisioned throughput. If not specified, uses the source table GSI's read capacity settings."),
        Member("OnDemandThroughputOverride", Self.onDemandThroughputOverride, help: "Overrides the maximum on-demand throughput settings for the specified global secondary index in the specified replica table."),
    ])

    static let replicaGlobalSecondaryIndexList: Shape = .list(of: Self.replicaGlobalSecondaryIndex, min: 1)

    static let createReplicationGroupMemberAction: Shape = .structure([
        Member("RegionName", .string, required: true, help: "The Region where the new replica will be created."),
        Member("KMSMasterKeyId", .string, help: "The KMS key that should be used for KMS encryption in the new replica. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB KMS key alias/aws/dynamodb."),
        Member("ProvisionedThroughputOverride", Self.provisionedThroughputOverride, help: "Replica-specific provisioned throughput. If not specified, uses the source table's provisioned throughput settings."),
        Member("OnDemandThroughputOverride", Self.onDemandThroughputOverride, help: "The maximum on-demand throughput settings for the specified replica table being created. You can only modify MaxReadRequestUnits, because you can't modify MaxWriteRequestUnits for individual replica tables."),
        Member("GlobalSecondaryIndexes", Self.replicaGlobalSecondaryIndexList, help: "Replica-specific global secondary index settings."),
        Member("TableClassOverride", .enumeration(["STANDARD", "STANDARD_INFREQUENT_ACCESS"]), help: "Replica-specific table class. If not specified, uses the source table's table class."),
    ])

    static let updateReplicationGroupMemberAction: Shape = .structure([
        Member("RegionName", .string, required: true, help: "The Region where the replica exists."),
        Member("KMSMasterKeyId", .string, help: "The KMS key of the replica that should be used for KMS encryption. To specify a key, use its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this parameter if the key is different from the default DynamoDB KMS key alias/aws/dynamodb."),
        Member("ProvisionedThroughputOverride", Self.provisionedThroughputOverride, help: "Replica-specific provisioned throughput. If not specified, uses the source table's provisioned throughput settings."),
        Member("OnDemandThroughputOverride", Self.onDemandThroughputOverride, help: "Overrides the maximum on-demand throughput for the replica table."),
        Member("GlobalSecondaryIndexes", Self.replicaGlobalSecondaryIndexList, help: "Replica-specific global secondary index settings."),
        Member("TableClassOverride", .enumeration(["STANDARD", "STANDARD_INFREQUENT_ACCESS"]), help: "Replica-specific table class. If not specified, uses the source table's table class."),
    ])

    static let deleteReplicationGroupMemberAction: Shape = .structure([
        Member("RegionName", .string, required: true, help: "The Region where the replica exists."),
    ])

    static let replicationGroupUpdate: Shape = .structure([
        Member("Create", Self.createReplicationGroupMemberAction, help: "The parameters required for creating a replica for the table."),
        Member("Update", Self.updateReplicationGroupMemberAction, help: "The parameters required for updating a replica for the table."),
        Member("Delete", Self.deleteReplicationGroupMemberAction, help: "The parameters required for deleting a replica for the table."),
    ])

    static let replicationGroupUpdateList: Shape = .list(of: Self.replicationGroupUpdate, min: 1)

    static let createGlobalTableWitnessGroupMemberAction: Shape = .structure([
        Member("RegionName", .string, required: true, help: "The Amazon Web Services Region name to be added as a witness Region for the MRSC global table. The witness must be in a different Region than the replicas and within the same Region set:"),
    ])

    static let deleteGlobalTableWitnessGroupMemberAction: Shape = .structure([
        Member("RegionName", .string, required: true, help: "The witness Region name to be removed from the MRSC global table."),
    ])

    static let globalTableWitnessGroupUpdate: Shape = .structure([
        Member("Create", Self.createGlobalTableWitnessGroupMemberAction, help: "Specifies a witness Region to be added to a new MRSC global table. The witness must be added when creating the MRSC global table."),
        Member("Delete", Self.deleteGlobalTableWitnessGroupMemberAction, help: "Specifies a witness Region to be removed from an existing global table. Must be done in conjunction with removing a replica. The deletion of both a witness and replica converts the remaining replica to a single-Region DynamoDB table."),
    ])

    static let globalTableWitnessGroupUpdateList: Shape = .list(of: Self.globalTableWitnessGroupUpdate, min: 1, max: 1)

    static let createTable = AWSOperationDeclaration(
        service: "dynamodb", apiName: "CreateTable",
        summary: "The CreateTable operation adds a new table to your account. In an Amazon Web Services account, table names must be unique within each Region. That is, you can have two tables with same name if you create the tables in different Regions.",
        parameters: [
            AWSParameter("AttributeDefinitions", Self.attributeDefinitions, help: "An array of attributes that describe the key schema for the table and indexes."),
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table to create. You can also provide the Amazon Resource Name (ARN) of the table in this parameter."),
            AWSParameter("KeySchema", Self.keySchema, help: "Specifies the attributes that make up the primary key for a table or an index. The attributes in KeySchema must also be defined in the AttributeDefinitions array. For more information, see Data Model in the Amazon DynamoDB Developer Guide."),
            AWSParameter("LocalSecondaryIndexes", Self.localSecondaryIndexList, help: "One or more local secondary indexes (the maximum is 5) to be created on the table. Each index is scoped to a given partition key value. There is a 10 GB size limit per partition key value; otherwise, the size of a local secondary index is unconstrained."),
            AWSParameter("GlobalSecondaryIndexes", Self.globalSecondaryIndexList, help: "One or more global secondary indexes (the maximum is 20) to be created on the table. Each global secondary index in the array includes the following:"),
            AWSParameter("BillingMode", .enumeration(["PROVISIONED", "PAY_PER_REQUEST"]), help: "Controls how you are charged for read and write throughput and how you manage capacity. This setting can be changed later."),
            AWSParameter("ProvisionedThroughput", Self.provisionedThroughput, help: "Represents the provisioned throughput settings for a specified table or index. The settings can be modified using the UpdateTable operation."),
            AWSParameter("StreamSpecification", Self.streamSpecification, help: "The settings for DynamoDB Streams on the table. These settings consist of:"),
            AWSParameter("SSESpecification", Self.sSESpecification, help: "Represents the settings used to enable server-side encryption."),
            AWSParameter("Tags", Self.tagList, help: "A list of key-value pairs to label the table. For more information, see Tagging for DynamoDB."),
            AWSParameter("TableClass", .enumeration(["STANDARD", "STANDARD_INFREQUENT_ACCESS"]), help: "The table class of the new table. Valid values are STANDARD and STANDARD_INFREQUENT_ACCESS."),
            AWSParameter("DeletionProtectionEnabled", .boolean, help: "Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table."),
            AWSParameter("WarmThroughput", Self.warmThroughput, help: "Represents the warm throughput (in read units per second and write units per second) for creating a table."),
            AWSParameter("ResourcePolicy", .string, help: "An Amazon Web Services resource-based policy document in JSON format that will be attached to the table."),
            AWSParameter("OnDemandThroughput", Self.onDemandThroughput, help: "Sets the maximum number of read and write units for the specified table in on-demand capacity mode. If you use this parameter, you must specify MaxReadRequestUnits, MaxWriteRequestUnits, or both."),
            AWSParameter("GlobalTableSourceArn", .string(min: 1, max: 1024), help: "The Amazon Resource Name (ARN) of the source table used for the creation of a multi-account global table."),
            AWSParameter("GlobalTableSettingsReplicationMode", .enumeration(["ENABLED", "DISABLED", "ENABLED_WITH_OVERRIDES"]), help: "Controls the settings synchronization mode for the global table. For multi-account global tables, this parameter is required and the only supported value is ENABLED. For same-account global tables, this parameter is set to ENABLED_WITH_OVERRIDES."),
        ])

    static let deleteItem = AWSOperationDeclaration(
        service: "dynamodb", apiName: "DeleteItem",
        summary: "Deletes a single item in a table by primary key. You can perform a conditional delete operation that deletes the item if it exists, or if it has an expected attribute value.",
        parameters: [
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table from which to delete the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter."),
            AWSParameter("Key", Self.key, required: true, help: "A map of attribute names to AttributeValue objects, representing the primary key of the item to delete."),
            AWSParameter("Expected", Self.expectedAttributeMap, help: "This is a legacy parameter. Use ConditionExpression instead. For more information, see Expected in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ConditionalOperator", .enumeration(["AND", "OR"]), help: "This is a legacy parameter. Use ConditionExpression instead. For more information, see ConditionalOperator in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ReturnValues", .enumeration(["NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"]), help: "Use ReturnValues if you want to get the item attributes as they appeared before they were deleted. For DeleteItem, the valid values are:"),
            AWSParameter("ReturnConsumedCapacity", .enumeration(["INDEXES", "TOTAL", "NONE"]), help: ""),
            AWSParameter("ReturnItemCollectionMetrics", .enumeration(["SIZE", "NONE"]), help: "Determines whether item collection metrics are returned. If set to SIZE, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to NONE (the default), no statistics are returned."),
            AWSParameter("ConditionExpression", .string, help: "A condition that must be satisfied in order for a conditional DeleteItem to succeed."),
            AWSParameter("ExpressionAttributeNames", Self.expressionAttributeNameMap, help: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using ExpressionAttributeNames:"),
            AWSParameter("ExpressionAttributeValues", Self.expressionAttributeValueMap, help: "One or more values that can be substituted in an expression."),
            AWSParameter("ReturnValuesOnConditionCheckFailure", .enumeration(["ALL_OLD", "NONE"]), help: "An optional parameter that returns the item attributes for a DeleteItem operation that failed a condition check."),
        ])

    static let deleteTable = AWSOperationDeclaration(
        service: "dynamodb", apiName: "DeleteTable",
        summary: "The DeleteTable operation deletes a table and all of its items. After a DeleteTable request, the specified table is in the DELETING state until DynamoDB completes the deletion. If the table is in the ACTIVE state, you can delete it. If a table is in CREATING or UPDATING states, then DynamoDB returns a ResourceInUseException. If the specified table does not exist, DynamoDB returns a ResourceNotFoundException. If table is already in the DELETING state, no error is returned.",
        parameters: [
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table to delete. You can also provide the Amazon Resource Name (ARN) of the table in this parameter."),
        ])

    static let describeTable = AWSOperationDeclaration(
        service: "dynamodb", apiName: "DescribeTable",
        summary: "Returns information about the table, including the current status of the table, when it was created, the primary key schema, and any indexes on the table.",
        parameters: [
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table to describe. You can also provide the Amazon Resource Name (ARN) of the table in this parameter."),
        ])

    static let getItem = AWSOperationDeclaration(
        service: "dynamodb", apiName: "GetItem",
        summary: "The GetItem operation returns a set of attributes for the item with the given primary key. If there is no matching item, GetItem does not return any data and there will be no Item element in the response.",
        parameters: [
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table containing the requested item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter."),
            AWSParameter("Key", Self.key, required: true, help: "A map of attribute names to AttributeValue objects, representing the primary key of the item to retrieve."),
            AWSParameter("AttributesToGet", Self.attributeNameList, help: "This is a legacy parameter. Use ProjectionExpression instead. For more information, see AttributesToGet in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ConsistentRead", .boolean, help: "Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads."),
            AWSParameter("ReturnConsumedCapacity", .enumeration(["INDEXES", "TOTAL", "NONE"]), help: ""),
            AWSParameter("ProjectionExpression", .string, help: "A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas."),
            AWSParameter("ExpressionAttributeNames", Self.expressionAttributeNameMap, help: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using ExpressionAttributeNames:"),
        ])

    static let listTables = AWSOperationDeclaration(
        service: "dynamodb", apiName: "ListTables",
        summary: "Returns an array of table names associated with the current account and endpoint. The output from ListTables is paginated, with each page returning a maximum of 100 table names.",
        parameters: [
            AWSParameter("ExclusiveStartTableName", .string(min: 3, max: 255, pattern: "[a-zA-Z0-9_.-]+"), help: "The first table name that this operation will evaluate. Use the value that was returned for LastEvaluatedTableName in a previous operation, so that you can obtain the next page of results.").hidden(),
            AWSParameter("Limit", .integer(min: 1, max: 100), help: "A maximum number of table names to return. If this parameter is not specified, the limit is 100.").hidden(),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let putItem = AWSOperationDeclaration(
        service: "dynamodb", apiName: "PutItem",
        summary: "Creates a new item, or replaces an old item with a new item. If an item that has the same primary key as the new item already exists in the specified table, the new item completely replaces the existing item. You can perform a conditional put operation (add a new item if one with the specified primary key doesn't exist), or replace an existing item if it has certain attribute values. You can return the item's attribute values in the same operation, using the ReturnValues parameter.",
        parameters: [
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table to contain the item. You can also provide the Amazon Resource Name (ARN) of the table in this parameter."),
            AWSParameter("Item", Self.putItemInputAttributeMap, required: true, help: "A map of attribute name/value pairs, one for each attribute. Only the primary key attributes are required; you can optionally provide other attribute name-value pairs for the item."),
            AWSParameter("Expected", Self.expectedAttributeMap, help: "This is a legacy parameter. Use ConditionExpression instead. For more information, see Expected in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ReturnValues", .enumeration(["NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"]), help: "Use ReturnValues if you want to get the item attributes as they appeared before they were updated with the PutItem request. For PutItem, the valid values are:"),
            AWSParameter("ReturnConsumedCapacity", .enumeration(["INDEXES", "TOTAL", "NONE"]), help: ""),
            AWSParameter("ReturnItemCollectionMetrics", .enumeration(["SIZE", "NONE"]), help: "Determines whether item collection metrics are returned. If set to SIZE, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to NONE (the default), no statistics are returned."),
            AWSParameter("ConditionalOperator", .enumeration(["AND", "OR"]), help: "This is a legacy parameter. Use ConditionExpression instead. For more information, see ConditionalOperator in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ConditionExpression", .string, help: "A condition that must be satisfied in order for a conditional PutItem operation to succeed."),
            AWSParameter("ExpressionAttributeNames", Self.expressionAttributeNameMap, help: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using ExpressionAttributeNames:"),
            AWSParameter("ExpressionAttributeValues", Self.expressionAttributeValueMap, help: "One or more values that can be substituted in an expression."),
            AWSParameter("ReturnValuesOnConditionCheckFailure", .enumeration(["ALL_OLD", "NONE"]), help: "An optional parameter that returns the item attributes for a PutItem operation that failed a condition check."),
        ])

    static let query = AWSOperationDeclaration(
        service: "dynamodb", apiName: "Query",
        summary: "You must provide the name of the partition key attribute and a single value for that attribute. Query returns all items with that partition key value. Optionally, you can provide a sort key attribute and use a comparison operator to refine the search results.",
        parameters: [
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table containing the requested items. You can also provide the Amazon Resource Name (ARN) of the table in this parameter."),
            AWSParameter("IndexName", .string(min: 3, max: 255, pattern: "[a-zA-Z0-9_.-]+"), help: "The name of an index to query. This index can be any local secondary index or global secondary index on the table. Note that if you use the IndexName parameter, you must also provide TableName."),
            AWSParameter("Select", .enumeration(["ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT"]), help: "The attributes to be returned in the result. You can retrieve all item attributes, specific item attributes, the count of matching items, or in the case of an index, some or all of the attributes projected into the index."),
            AWSParameter("AttributesToGet", Self.attributeNameList, help: "This is a legacy parameter. Use ProjectionExpression instead. For more information, see AttributesToGet in the Amazon DynamoDB Developer Guide."),
            AWSParameter("Limit", .integer(min: 1), help: "The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, and a key in LastEvaluatedKey to apply in a subsequent operation, so that you can pick up where you left off.").hidden(),
            AWSParameter("ConsistentRead", .boolean, help: "Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads."),
            AWSParameter("KeyConditions", Self.keyConditions, help: "This is a legacy parameter. Use KeyConditionExpression instead. For more information, see KeyConditions in the Amazon DynamoDB Developer Guide."),
            AWSParameter("QueryFilter", Self.filterConditionMap, help: "This is a legacy parameter. Use FilterExpression instead. For more information, see QueryFilter in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ConditionalOperator", .enumeration(["AND", "OR"]), help: "This is a legacy parameter. Use FilterExpression instead. For more information, see ConditionalOperator in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ScanIndexForward", .boolean, help: "Specifies the order for index traversal: If true (default), the traversal is performed in ascending order; if false, the traversal is performed in descending order."),
            AWSParameter("ExclusiveStartKey", Self.key, help: "The primary key of the first item that this operation will evaluate. Use the value that was returned for LastEvaluatedKey in the previous operation.").hidden(),
            AWSParameter("ReturnConsumedCapacity", .enumeration(["INDEXES", "TOTAL", "NONE"]), help: ""),
            AWSParameter("ProjectionExpression", .string, help: "A string that identifies one or more attributes to retrieve from the table. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas."),
            AWSParameter("FilterExpression", .string, help: "A string that contains conditions that DynamoDB applies after the Query operation, but before the data is returned to you. Items that do not satisfy the FilterExpression criteria are not returned."),
            AWSParameter("KeyConditionExpression", .string, help: "The condition that specifies the key values for items to be retrieved by the Query action."),
            AWSParameter("ExpressionAttributeNames", Self.expressionAttributeNameMap, help: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using ExpressionAttributeNames:"),
            AWSParameter("ExpressionAttributeValues", Self.expressionAttributeValueMap, help: "One or more values that can be substituted in an expression."),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let scan = AWSOperationDeclaration(
        service: "dynamodb", apiName: "Scan",
        summary: "The Scan operation returns one or more items and item attributes by accessing every item in a table or a secondary index. To have DynamoDB return fewer items, you can provide a FilterExpression operation.",
        parameters: [
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table containing the requested items or if you provide IndexName, the name of the table to which that index belongs."),
            AWSParameter("IndexName", .string(min: 3, max: 255, pattern: "[a-zA-Z0-9_.-]+"), help: "The name of a secondary index to scan. This index can be any local secondary index or global secondary index. Note that if you use the IndexName parameter, you must also provide TableName."),
            AWSParameter("AttributesToGet", Self.attributeNameList, help: "This is a legacy parameter. Use ProjectionExpression instead. For more information, see AttributesToGet in the Amazon DynamoDB Developer Guide."),
            AWSParameter("Limit", .integer(min: 1), help: "The maximum number of items to evaluate (not necessarily the number of matching items). If DynamoDB processes the number of items up to the limit while processing the results, it stops the operation and returns the matching values up to that point, and a key in LastEvaluatedKey to apply in a subsequent operation, so that you can pick up where you left off.").hidden(),
            AWSParameter("Select", .enumeration(["ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT"]), help: "The attributes to be returned in the result. You can retrieve all item attributes, specific item attributes, the count of matching items, or in the case of an index, some or all of the attributes projected into the index."),
            AWSParameter("ScanFilter", Self.filterConditionMap, help: "This is a legacy parameter. Use FilterExpression instead. For more information, see ScanFilter in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ConditionalOperator", .enumeration(["AND", "OR"]), help: "This is a legacy parameter. Use FilterExpression instead. For more information, see ConditionalOperator in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ExclusiveStartKey", Self.key, help: "The primary key of the first item that this operation will evaluate. Use the value that was returned for LastEvaluatedKey in the previous operation.").hidden(),
            AWSParameter("ReturnConsumedCapacity", .enumeration(["INDEXES", "TOTAL", "NONE"]), help: ""),
            AWSParameter("TotalSegments", .integer(min: 1, max: 1000000), help: "For a parallel Scan request, TotalSegments represents the total number of segments into which the Scan operation will be divided. The value of TotalSegments corresponds to the number of application workers that will perform the parallel scan. For example, if you want to use four application threads to scan a table or an index, specify a TotalSegments value of 4."),
            AWSParameter("Segment", .integer(min: 0, max: 999999), help: "For a parallel Scan request, Segment identifies an individual segment to be scanned by an application worker."),
            AWSParameter("ProjectionExpression", .string, help: "A string that identifies one or more attributes to retrieve from the specified table or index. These attributes can include scalars, sets, or elements of a JSON document. The attributes in the expression must be separated by commas."),
            AWSParameter("FilterExpression", .string, help: "A string that contains conditions that DynamoDB applies after the Scan operation, but before the data is returned to you. Items that do not satisfy the FilterExpression criteria are not returned."),
            AWSParameter("ExpressionAttributeNames", Self.expressionAttributeNameMap, help: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using ExpressionAttributeNames:"),
            AWSParameter("ExpressionAttributeValues", Self.expressionAttributeValueMap, help: "One or more values that can be substituted in an expression."),
            AWSParameter("ConsistentRead", .boolean, help: "A Boolean value that determines the read consistency model during the scan:"),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let updateItem = AWSOperationDeclaration(
        service: "dynamodb", apiName: "UpdateItem",
        summary: "Edits an existing item's attributes, or adds a new item to the table if it does not already exist. You can put, delete, or add attribute values. You can also perform a conditional update on an existing item (insert a new attribute name-value pair if it doesn't exist, or replace an existing name-value pair if it has certain expected attribute values).",
        parameters: [
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table containing the item to update. You can also provide the Amazon Resource Name (ARN) of the table in this parameter."),
            AWSParameter("Key", Self.key, required: true, help: "The primary key of the item to be updated. Each element consists of an attribute name and a value for that attribute."),
            AWSParameter("AttributeUpdates", Self.attributeUpdates, help: "This is a legacy parameter. Use UpdateExpression instead. For more information, see AttributeUpdates in the Amazon DynamoDB Developer Guide."),
            AWSParameter("Expected", Self.expectedAttributeMap, help: "This is a legacy parameter. Use ConditionExpression instead. For more information, see Expected in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ConditionalOperator", .enumeration(["AND", "OR"]), help: "This is a legacy parameter. Use ConditionExpression instead. For more information, see ConditionalOperator in the Amazon DynamoDB Developer Guide."),
            AWSParameter("ReturnValues", .enumeration(["NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"]), help: "Use ReturnValues if you want to get the item attributes as they appear before or after they are successfully updated. For UpdateItem, the valid values are:"),
            AWSParameter("ReturnConsumedCapacity", .enumeration(["INDEXES", "TOTAL", "NONE"]), help: ""),
            AWSParameter("ReturnItemCollectionMetrics", .enumeration(["SIZE", "NONE"]), help: "Determines whether item collection metrics are returned. If set to SIZE, the response includes statistics about item collections, if any, that were modified during the operation are returned in the response. If set to NONE (the default), no statistics are returned."),
            AWSParameter("UpdateExpression", .string, help: "An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them."),
            AWSParameter("ConditionExpression", .string, help: "A condition that must be satisfied in order for a conditional update to succeed."),
            AWSParameter("ExpressionAttributeNames", Self.expressionAttributeNameMap, help: "One or more substitution tokens for attribute names in an expression. The following are some use cases for using ExpressionAttributeNames:"),
            AWSParameter("ExpressionAttributeValues", Self.expressionAttributeValueMap, help: "One or more values that can be substituted in an expression."),
            AWSParameter("ReturnValuesOnConditionCheckFailure", .enumeration(["ALL_OLD", "NONE"]), help: "An optional parameter that returns the item attributes for an UpdateItem operation that failed a condition check."),
        ])

    static let updateTable = AWSOperationDeclaration(
        service: "dynamodb", apiName: "UpdateTable",
        summary: "Modifies the provisioned throughput settings, global secondary indexes, or DynamoDB Streams settings for a given table.",
        parameters: [
            AWSParameter("AttributeDefinitions", Self.attributeDefinitions, help: "An array of attributes that describe the key schema for the table and indexes. If you are adding a new global secondary index to the table, AttributeDefinitions must include the key element(s) of the new index."),
            AWSParameter("TableName", .string(min: 1, max: 1024), required: true, help: "The name of the table to be updated. You can also provide the Amazon Resource Name (ARN) of the table in this parameter."),
            AWSParameter("BillingMode", .enumeration(["PROVISIONED", "PAY_PER_REQUEST"]), help: "Controls how you are charged for read and write throughput and how you manage capacity. When switching from pay-per-request to provisioned capacity, initial provisioned capacity values must be set. The initial provisioned capacity values are estimated based on the consumed read and write capacity of your table and global secondary indexes over the past 30 minutes."),
            AWSParameter("ProvisionedThroughput", Self.provisionedThroughput, help: "The new provisioned throughput settings for the specified table or index."),
            AWSParameter("GlobalSecondaryIndexUpdates", Self.globalSecondaryIndexUpdateList, help: "An array of one or more global secondary indexes for the table. For each index in the array, you can request one action:"),
            AWSParameter("StreamSpecification", Self.streamSpecification, help: "Represents the DynamoDB Streams configuration for the table."),
            AWSParameter("SSESpecification", Self.sSESpecification, help: "The new server-side encryption settings for the specified table."),
            AWSParameter("ReplicaUpdates", Self.replicationGroupUpdateList, help: "A list of replica update actions (create, delete, or update) for the table."),
            AWSParameter("TableClass", .enumeration(["STANDARD", "STANDARD_INFREQUENT_ACCESS"]), help: "The table class of the table to be updated. Valid values are STANDARD and STANDARD_INFREQUENT_ACCESS."),
            AWSParameter("DeletionProtectionEnabled", .boolean, help: "Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table."),
            AWSParameter("MultiRegionConsistency", .enumeration(["EVENTUAL", "STRONG"]), help: "Specifies the consistency mode for a new global table. This parameter is only valid when you create a global table by specifying one or more Create actions in the ReplicaUpdates action list."),
            AWSParameter("GlobalTableWitnessUpdates", Self.globalTableWitnessGroupUpdateList, help: "A list of witness updates for a MRSC global table. A witness provides a cost-effective alternative to a full replica in a MRSC global table by maintaining replicated change data written to global table replicas. You cannot perform read or write operations on a witness. For each witness, you can request one action:"),
            AWSParameter("OnDemandThroughput", Self.onDemandThroughput, help: "Updates the maximum number of read and write units for the specified table in on-demand capacity mode. If you use this parameter, you must specify MaxReadRequestUnits, MaxWriteRequestUnits, or both."),
            AWSParameter("WarmThroughput", Self.warmThroughput, help: "Represents the warm throughput (in read units per second and write units per second) for updating a table."),
            AWSParameter("GlobalTableSettingsReplicationMode", .enumeration(["ENABLED", "DISABLED", "ENABLED_WITH_OVERRIDES"]), help: "Controls the settings replication mode for a global table replica. This attribute can be defined using UpdateTable operation only on a regional table with values:"),
        ])

    /// Every operation above, in the order given to the generator.
    static let declarations: [AWSOperationDeclaration] = [
        createTable,
        deleteItem,
        deleteTable,
        describeTable,
        getItem,
        listTables,
        putItem,
        query,
        scan,
        updateItem,
        updateTable,
    ]
}
