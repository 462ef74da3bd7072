// Generated from botocore's s3 model (2006-03-01) by
// scripts/generate-aws-declarations s3api S3Model CopyObject CreateBucket DeleteBucket DeleteObject GetBucketNotificationConfiguration GetObject HeadBucket HeadObject ListBuckets ListObjectsV2 PutBucketNotificationConfiguration PutObject
// Do not edit: regenerate. CLI customizations are applied by hand in the service's +CLI.swift file.

enum S3Model {
    static let metadata: Shape = .map(key: .string, value: .string)

    static let locationInfo: Shape = .structure([
        Member("Type", .enumeration(["AvailabilityZone", "LocalZone"]), help: "The type of location where the bucket will be created."),
        Member("Name", .string, help: "The name of the location where the bucket will be created."),
    ])

    static let bucketInfo: Shape = .structure([
        Member("DataRedundancy", .enumeration(["SingleAvailabilityZone", "SingleLocalZone"]), help: "The number of Zone (Availability Zone or Local Zone) that's used for redundancy for the bucket."),
        Member("Type", .enumeration(["Directory"]), help: "The type of bucket."),
    ])

    static let tag: Shape = .structure([
        Member("Key", .string(min: 1), required: true, help: "Name of the object key."),
        Member("Value", .string, required: true, help: "Value of the tag."),
    ])

    static let tagSet: Shape = .list(of: Self.tag)

    static let createBucketConfiguration: Shape = .structure([
        Member("LocationConstraint", .enumeration(["af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "cn-north-1", "cn-northwest-1", "EU", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-2", "us-gov-east-1", "us-gov-west-1", "us-west-1", "us-west-2"]), help: "Specifies the Region where the bucket will be created. You might choose a Region to optimize latency, minimize costs, or address regulatory requirements. For example, if you reside in Europe, you will probably find it advantageous to create buckets in the Europe (Ireland) Region."),
        Member("Location", Self.locationInfo, help: "Specifies the location where the bucket will be created."),
        Member("Bucket", Self.bucketInfo, help: "Specifies the information about the bucket that will be created."),
        Member("Tags", Self.tagSet, help: "An array of tags that you can apply to the bucket that you're creating. Tags are key-value pairs of metadata used to categorize and organize your buckets, track costs, and control access."),
    ])

    static let optionalObjectAttributesList: Shape = .list(of: .enumeration(["RestoreStatus"]))

    static let eventList: Shape = .list(of: .enumeration(["s3:ReducedRedundancyLostObject", "s3:ObjectCreated:*", "s3:ObjectCreated:Put", "s3:ObjectCreated:Post", "s3:ObjectCreated:Copy", "s3:ObjectCreated:CompleteMultipartUpload", "s3:ObjectRemoved:*", "s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated", "s3:ObjectRestore:*", "s3:ObjectRestore:Post", "s3:ObjectRestore:Completed", "s3:Replication:*", "s3:Replication:OperationFailedReplication", "s3:Replication:OperationNotTracked", "s3:Replication:OperationMissedThreshold", "s3:Replication:OperationReplicatedAfterThreshold", "s3:ObjectRestore:Delete", "s3:LifecycleTransition", "s3:IntelligentTiering", "s3:ObjectAcl:Put", "s3:LifecycleExpiration:*", "s3:LifecycleExpiration:Delete", "s3:LifecycleExpiration:DeleteMarkerCreated", "s3:ObjectTagging:*", "s3:ObjectTagging:Put", "s3:ObjectTagging:Delete"]))

    static let filterRule: Shape = .structure([
        Member("Name", .enumeration(["prefix", "suffix"]), help: "The object key name prefix or suffix identifying one or more objects to which the filtering rule applies. The maximum length is 1,024 characters. Overlapping prefixes and suffixes are not supported. For more information, see Configuring Event Notifications in the Amazon S3 User Guide."),
        Member("Value", .string, help: "The value that the filter searches for in object key names."),
    ])

    static let filterRuleList: Shape = .list(of: Self.filterRule)

    static let s3KeyFilter: Shape = .structure([
        Member("FilterRules", Self.filterRuleList, help: ""),
    ])

    static let notificationConfigurationFilter: Shape = .structure([
        Member("Key", Self.s3KeyFilter, help: ""),
    ])

    static let topicConfiguration: Shape = .structure([
        Member("Id", .string, help: ""),
        Member("TopicArn", .string, required: true, help: "The Amazon Resource Name (ARN) of the Amazon SNS topic to which Amazon S3 publishes a message when it detects events of the specified type."),
        Member("Events", Self.eventList, required: true, help: "The Amazon S3 bucket event about which to send notifications. For more information, see Supported Event Types in the Amazon S3 User Guide."),
        Member("Filter", Self.notificationConfigurationFilter, help: ""),
    ])

    static let topicConfigurationList: Shape = .list(of: Self.topicConfiguration)

    static let queueConfiguration: Shape = .structure([
        Member("Id", .string, help: ""),
        Member("QueueArn", .string, required: true, help: "The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes a message when it detects events of the specified type."),
        Member("Events", Self.eventList, required: true, help: "A collection of bucket events for which to send notifications"),
        Member("Filter", Self.notificationConfigurationFilter, help: ""),
    ])

    static let queueConfigurationList: Shape = .list(of: Self.queueConfiguration)

    static let lambdaFunctionConfiguration: Shape = .structure([
        Member("Id", .string, help: ""),
        Member("LambdaFunctionArn", .string, required: true, help: "The Amazon Resource Name (ARN) of the Lambda function that Amazon S3 invokes when the specified event type occurs."),
        Member("Events", Self.eventList, required: true, help: "The Amazon S3 bucket event for which to invoke the Lambda function. For more information, see Supported Event Types in the Amazon S3 User Guide."),
        Member("Filter", Self.notificationConfigurationFilter, help: ""),
    ])

    static let lambdaFunctionConfigurationList: Shape = .list(of: Self.lambdaFunctionConfiguration)

    static let eventBridgeConfiguration: Shape = .structure([

    ])

    static let notificationConfiguration: Shape = .structure([
        Member("TopicConfigurations", Self.topicConfigurationList, help: "The topic to which notifications are sent and the events for which notifications are generated."),
        Member("QueueConfigurations", Self.queueConfigurationList, help: "The Amazon Simple Queue Service queues to publish messages to and the events for which to publish messages."),
        Member("LambdaFunctionConfigurations", Self.lambdaFunctionConfigurationList, help: "Describes the Lambda functions to invoke and the events for which to invoke them."),
        Member("EventBridgeConfiguration", Self.eventBridgeConfiguration, help: "Enables delivery of events to Amazon EventBridge."),
    ])

    static let copyObject = AWSOperationDeclaration(
        service: "s3api", apiName: "CopyObject",
        summary: "Creates a copy of an object that is already stored in Amazon S3.",
        parameters: [
            AWSParameter("ACL", .enumeration(["private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read", "bucket-owner-read", "bucket-owner-full-control"]), help: "The canned access control list (ACL) to apply to the object."),
            AWSParameter("Bucket", .string, required: true, help: "The name of the destination bucket."),
            AWSParameter("CacheControl", .string, help: "Specifies the caching behavior along the request/reply chain."),
            AWSParameter("ChecksumAlgorithm", .enumeration(["CRC32", "CRC32C", "SHA1", "SHA256", "CRC64NVME", "SHA512", "MD5", "XXHASH64", "XXHASH3", "XXHASH128"]), help: "Indicates the algorithm that you want Amazon S3 to use to create the checksum for the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ContentDisposition", .string, help: "Specifies presentational information for the object. Indicates whether an object should be displayed in a web browser or downloaded as a file. It allows specifying the desired filename for the downloaded file."),
            AWSParameter("ContentEncoding", .string, help: "Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field."),
            AWSParameter("ContentLanguage", .string, help: "The language the content is in."),
            AWSParameter("ContentType", .string, help: "A standard MIME type that describes the format of the object data."),
            AWSParameter("CopySource", .string(pattern: #"\/?.+\/.+"#), required: true, help: "Specifies the source object for the copy operation. The source object can be up to 5 GB. If the source object is an object that was uploaded by using a multipart upload, the object copy will be a single part object after the source object is copied to the destination bucket."),
            AWSParameter("CopySourceIfMatch", .string, help: "Copies the object if its entity tag (ETag) matches the specified tag."),
            AWSParameter("CopySourceIfModifiedSince", .timestamp, help: "Copies the object if it has been modified since the specified time."),
            AWSParameter("CopySourceIfNoneMatch", .string, help: "Copies the object if its entity tag (ETag) is different than the specified ETag."),
            AWSParameter("CopySourceIfUnmodifiedSince", .timestamp, help: "Copies the object if it hasn't been modified since the specified time."),
            AWSParameter("Expires", .string, help: "The date and time at which the object is no longer cacheable."),
            AWSParameter("GrantFullControl", .string, help: "Gives the grantee READ, READ_ACP, and WRITE_ACP permissions on the object."),
            AWSParameter("GrantRead", .string, help: "Allows grantee to read the object data and its metadata."),
            AWSParameter("GrantReadACP", .string, help: "Allows grantee to read the object ACL."),
            AWSParameter("GrantWriteACP", .string, help: "Allows grantee to write the ACL for the applicable object."),
            AWSParameter("IfMatch", .string, help: "Copies the object if the entity tag (ETag) of the destination object matches the specified tag. If the ETag values do not match, the operation returns a 412 Precondition Failed error. If a concurrent operation occurs during the upload S3 returns a 409 ConditionalRequestConflict response. On a 409 failure you should fetch the object's ETag and retry the upload."),
            AWSParameter("IfNoneMatch", .string, help: "Copies the object only if the object key name at the destination does not already exist in the bucket specified. Otherwise, Amazon S3 returns a 412 Precondition Failed error. If a concurrent operation occurs during the upload S3 returns a 409 ConditionalRequestConflict response. On a 409 failure you should retry the upload."),
            AWSParameter("Key", .string(min: 1), required: true, help: "The key of the destination object."),
            AWSParameter("Metadata", Self.metadata, help: "A map of metadata to store with the object in S3."),
            AWSParameter("MetadataDirective", .enumeration(["COPY", "REPLACE"]), help: "Specifies whether the metadata is copied from the source object or replaced with metadata that's provided in the request. When copying an object, you can preserve all metadata (the default) or specify new metadata. If this header isn’t specified, COPY is the default behavior."),
            AWSParameter("TaggingDirective", .enumeration(["COPY", "REPLACE"]), help: "Specifies whether the object tag-set is copied from the source object or replaced with the tag-set that's provided in the request."),
            AWSParameter("ServerSideEncryption", .enumeration(["AES256", "aws:fsx", "aws:kms", "aws:kms:dsse"]), help: "The server-side encryption algorithm used when storing this object in Amazon S3. Unrecognized or unsupported values won’t write a destination object and will receive a 400 Bad Request response."),
            AWSParameter("StorageClass", .enumeration(["STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW", "EXPRESS_ONEZONE", "FSX_OPENZFS", "FSX_ONTAP"]), help: "If the x-amz-storage-class header is not used, the copied object will be stored in the STANDARD Storage Class by default. The STANDARD storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class."),
            AWSParameter("WebsiteRedirectLocation", .string, help: "If the destination bucket is configured as a website, redirects requests for this object copy to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata. This value is unique to each object and is not copied when using the x-amz-metadata-directive header. Instead, you may opt to provide this header in combination with the x-amz-metadata-directive header."),
            AWSParameter("SSECustomerAlgorithm", .string, help: "Specifies the algorithm to use when encrypting the object (for example, AES256)."),
            AWSParameter("SSECustomerKey", .string, help: "Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded. Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the x-amz-server-side-encryption-customer-algorithm header."),
            AWSParameter("SSECustomerKeyMD5", .string, help: "Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error."),
            AWSParameter("SSEKMSKeyId", .string, help: "Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. All GET and PUT requests for an object protected by KMS will fail if they're not made via SSL or using SigV4. For information about configuring any of the officially supported Amazon Web Services SDKs and Amazon Web Services CLI, see Specifying the Signature Version in Request Authentication in the Amazon S3 User Guide."),
            AWSParameter("SSEKMSEncryptionContext", .string, help: "Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for the destination object encryption. The value of this header is a base64-encoded UTF-8 string holding JSON with the encryption context key-value pairs."),
            AWSParameter("BucketKeyEnabled", .boolean, help: "Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS). If a target object uses SSE-KMS, you can enable an S3 Bucket Key for the object."),
            AWSParameter("CopySourceSSECustomerAlgorithm", .string, help: "Specifies the algorithm to use when decrypting the source object (for example, AES256)."),
            AWSParameter("CopySourceSSECustomerKey", .string, help: "Specifies the customer-provided encryption key for Amazon S3 to use to decrypt the source object. The encryption key provided in this header must be the same one that was used when the source object was created."),
            AWSParameter("CopySourceSSECustomerKeyMD5", .string, help: "Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error."),
            AWSParameter("RequestPayer", .enumeration(["requester"]), help: ""),
            AWSParameter("Tagging", .string, help: "The tag-set for the object copy in the destination bucket. This value must be used in conjunction with the x-amz-tagging-directive if you choose REPLACE for the x-amz-tagging-directive. If you choose COPY for the x-amz-tagging-directive, you don't need to set the x-amz-tagging header, because the tag-set will be copied from the source object directly. The tag-set must be encoded as URL Query parameters."),
            AWSParameter("ObjectLockMode", .enumeration(["GOVERNANCE", "COMPLIANCE"]), help: "The Object Lock mode that you want to apply to the object copy."),
            AWSParameter("ObjectLockRetainUntilDate", .timestamp, help: "The date and time when you want the Object Lock of the object copy to expire."),
            AWSParameter("ObjectLockLegalHoldStatus", .enumeration(["ON", "OFF"]), help: "Specifies whether you want to apply a legal hold to the object copy."),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected destination bucket owner. If the account ID that you provide does not match the actual owner of the destination bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
            AWSParameter("ExpectedSourceBucketOwner", .string, help: "The account ID of the expected source bucket owner. If the account ID that you provide does not match the actual owner of the source bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
        ])

    static let createBucket = AWSOperationDeclaration(
        service: "s3api", apiName: "CreateBucket",
        summary: "This action creates an Amazon S3 bucket. To create an Amazon S3 on Outposts bucket, see CreateBucket .",
        parameters: [
            AWSParameter("ACL", .enumeration(["private", "public-read", "public-read-write", "authenticated-read"]), help: "The canned ACL to apply to the bucket."),
            AWSParameter("Bucket", .string, required: true, help: "The name of the bucket to create."),
            AWSParameter("CreateBucketConfiguration", Self.createBucketConfiguration, help: "The configuration information for the bucket."),
            AWSParameter("GrantFullControl", .string, help: "Allows grantee the read, write, read ACP, and write ACP permissions on the bucket."),
            AWSParameter("GrantRead", .string, help: "Allows grantee to list the objects in the bucket."),
            AWSParameter("GrantReadACP", .string, help: "Allows grantee to read the bucket ACL."),
            AWSParameter("GrantWrite", .string, help: "Allows grantee to create new objects in the bucket."),
            AWSParameter("GrantWriteACP", .string, help: "Allows grantee to write the ACL for the applicable bucket."),
            AWSParameter("ObjectLockEnabledForBucket", .boolean, help: "Specifies whether you want S3 Object Lock to be enabled for the new bucket."),
            AWSParameter("ObjectOwnership", .enumeration(["BucketOwnerPreferred", "ObjectWriter", "BucketOwnerEnforced"]), help: ""),
            AWSParameter("BucketNamespace", .enumeration(["account-regional", "global"]), help: "Specifies the namespace where you want to create your general purpose bucket. When you create a general purpose bucket, you can choose to create a bucket in the shared global namespace or you can choose to create a bucket in your account regional namespace. Your account regional namespace is a subdivision of the global namespace that only your account can create buckets in. For more information on bucket namespaces, see Namespaces for general purpose buckets."),
        ])

    static let deleteBucket = AWSOperationDeclaration(
        service: "s3api", apiName: "DeleteBucket",
        summary: "Deletes the S3 bucket. All objects (including all object versions and delete markers) in the bucket must be deleted before the bucket itself can be deleted.",
        parameters: [
            AWSParameter("Bucket", .string, required: true, help: "Specifies the bucket being deleted."),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
        ])

    static let deleteObject = AWSOperationDeclaration(
        service: "s3api", apiName: "DeleteObject",
        summary: "Removes an object from a bucket. The behavior depends on the bucket's versioning state:",
        parameters: [
            AWSParameter("Bucket", .string, required: true, help: "The bucket name of the bucket containing the object."),
            AWSParameter("Key", .string(min: 1), required: true, help: "Key name of the object to delete."),
            AWSParameter("MFA", .string, help: "The concatenation of the authentication device's serial number, a space, and the value that is displayed on your authentication device. Required to permanently delete a versioned object if versioning is configured with MFA delete enabled."),
            AWSParameter("VersionId", .string, help: "Version ID used to reference a specific version of the object."),
            AWSParameter("RequestPayer", .enumeration(["requester"]), help: ""),
            AWSParameter("BypassGovernanceRetention", .boolean, help: "Indicates whether S3 Object Lock should bypass Governance-mode restrictions to process this operation. To use this header, you must have the s3:BypassGovernanceRetention permission."),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
            AWSParameter("IfMatch", .string, help: "Deletes the object if the ETag (entity tag) value provided during the delete operation matches the ETag of the object in S3. If the ETag values do not match, the operation returns a 412 Precondition Failed error."),
            AWSParameter("IfMatchLastModifiedTime", .timestamp, help: "If present, the object is deleted only if its modification times matches the provided Timestamp. If the Timestamp values do not match, the operation returns a 412 Precondition Failed error. If the Timestamp matches or if the object doesn’t exist, the operation returns a 204 Success (No Content) response."),
            AWSParameter("IfMatchSize", .long, help: "If present, the object is deleted only if its size matches the provided size in bytes. If the Size value does not match, the operation returns a 412 Precondition Failed error. If the Size matches or if the object doesn’t exist, the operation returns a 204 Success (No Content) response."),
        ])

    static let getBucketNotificationConfiguration = AWSOperationDeclaration(
        service: "s3api", apiName: "GetBucketNotificationConfiguration",
        summary: "This operation is not supported for directory buckets.",
        parameters: [
            AWSParameter("Bucket", .string, required: true, help: "The name of the bucket for which to get the notification configuration."),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
        ])

    static let getObject = AWSOperationDeclaration(
        service: "s3api", apiName: "GetObject",
        summary: "Retrieves an object from Amazon S3.",
        parameters: [
            AWSParameter("Bucket", .string, required: true, help: "The bucket name containing the object."),
            AWSParameter("IfMatch", .string, help: "Return the object only if its entity tag (ETag) is the same as the one specified in this header; otherwise, return a 412 Precondition Failed error."),
            AWSParameter("IfModifiedSince", .timestamp, help: "Return the object only if it has been modified since the specified time; otherwise, return a 304 Not Modified error."),
            AWSParameter("IfNoneMatch", .string, help: "Return the object only if its entity tag (ETag) is different from the one specified in this header; otherwise, return a 304 Not Modified error."),
            AWSParameter("IfUnmodifiedSince", .timestamp, help: "Return the object only if it has not been modified since the specified time; otherwise, return a 412 Precondition Failed error."),
            AWSParameter("Key", .string(min: 1), required: true, help: "Key of the object to get."),
            AWSParameter("Range", .string, help: "Downloads the specified byte range of an object. For more information about the HTTP Range header, see https://www.rfc-editor.org/rfc/rfc9110.html#name-range."),
            AWSParameter("ResponseCacheControl", .string, help: "Sets the Cache-Control header of the response."),
            AWSParameter("ResponseContentDisposition", .string, help: "Sets the Content-Disposition header of the response."),
            AWSParameter("ResponseContentEncoding", .string, help: "Sets the Content-Encoding header of the response."),
            AWSParameter("ResponseContentLanguage", .string, help: "Sets the Content-Language header of the response."),
            AWSParameter("ResponseContentType", .string, help: "Sets the Content-Type header of the response."),
            AWSParameter("ResponseExpires", .timestamp, help: "Sets the Expires header of the response."),
            AWSParameter("VersionId", .string, help: "Version ID used to reference a specific version of the object."),
            AWSParameter("SSECustomerAlgorithm", .string, help: "Specifies the algorithm to use when decrypting the object (for example, AES256)."),
            AWSParameter("SSECustomerKey", .string, help: "Specifies the customer-provided encryption key that you originally provided for Amazon S3 to encrypt the data before storing it. This value is used to decrypt the object when recovering it and must match the one used when storing the data. The key must be appropriate for use with the algorithm specified in the x-amz-server-side-encryption-customer-algorithm header."),
            AWSParameter("SSECustomerKeyMD5", .string, help: "Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error."),
            AWSParameter("RequestPayer", .enumeration(["requester"]), help: ""),
            AWSParameter("PartNumber", .integer, help: "Part number of the object being read. This is a positive integer between 1 and 10,000. Effectively performs a 'ranged' GET request for the part specified. Useful for downloading just a part of an object."),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
            AWSParameter("ChecksumMode", .enumeration(["ENABLED"]), help: "To retrieve the checksum, this mode must be enabled."),
        ])

    static let headBucket = AWSOperationDeclaration(
        service: "s3api", apiName: "HeadBucket",
        summary: "You can use this operation to determine if a bucket exists and if you have permission to access it. The action returns a 200 OK HTTP status code if the bucket exists and you have permission to access it. You can make a HeadBucket call on any bucket name to any Region in the partition, and regardless of the permissions on the bucket, you will receive a response header with the correct bucket location so that you can then make a proper, signed request to the appropriate Regional endpoint.",
        parameters: [
            AWSParameter("Bucket", .string, required: true, help: "The bucket name."),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
        ])

    static let headObject = AWSOperationDeclaration(
        service: "s3api", apiName: "HeadObject",
        summary: "The HEAD operation retrieves metadata from an object without returning the object itself. This operation is useful if you're interested only in an object's metadata.",
        parameters: [
            AWSParameter("Bucket", .string, required: true, help: "The name of the bucket that contains the object."),
            AWSParameter("IfMatch", .string, help: "Return the object only if its entity tag (ETag) is the same as the one specified; otherwise, return a 412 (precondition failed) error."),
            AWSParameter("IfModifiedSince", .timestamp, help: "Return the object only if it has been modified since the specified time; otherwise, return a 304 (not modified) error."),
            AWSParameter("IfNoneMatch", .string, help: "Return the object only if its entity tag (ETag) is different from the one specified; otherwise, return a 304 (not modified) error."),
            AWSParameter("IfUnmodifiedSince", .timestamp, help: "Return the object only if it has not been modified since the specified time; otherwise, return a 412 (precondition failed) error."),
            AWSParameter("Key", .string(min: 1), required: true, help: "The object key."),
            AWSParameter("Range", .string, help: "HeadObject returns only the metadata for an object. If the Range is satisfiable, only the ContentLength is affected in the response. If the Range is not satisfiable, S3 returns a 416 - Requested Range Not Satisfiable error."),
            AWSParameter("ResponseCacheControl", .string, help: "Sets the Cache-Control header of the response."),
            AWSParameter("ResponseContentDisposition", .string, help: "Sets the Content-Disposition header of the response."),
            AWSParameter("ResponseContentEncoding", .string, help: "Sets the Content-Encoding header of the response."),
            AWSParameter("ResponseContentLanguage", .string, help: "Sets the Content-Language header of the response."),
            AWSParameter("ResponseContentType", .string, help: "Sets the Content-Type header of the response."),
            AWSParameter("ResponseExpires", .timestamp, help: "Sets the Expires header of the response."),
            AWSParameter("VersionId", .string, help: "Version ID used to reference a specific version of the object."),
            AWSParameter("SSECustomerAlgorithm", .string, help: "Specifies the algorithm to use when encrypting the object (for example, AES256)."),
            AWSParameter("SSECustomerKey", .string, help: "Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the x-amz-server-side-encryption-customer-algorithm header."),
            AWSParameter("SSECustomerKeyMD5", .string, help: "Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error."),
            AWSParameter("RequestPayer", .enumeration(["requester"]), help: ""),
            AWSParameter("PartNumber", .integer, help: "Part number of the object being read. This is a positive integer between 1 and 10,000. Effectively performs a 'ranged' HEAD request for the part specified. Useful querying about the size of the part and the number of parts in this object."),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
            AWSParameter("ChecksumMode", .enumeration(["ENABLED"]), help: "To retrieve the checksum, this parameter must be enabled."),
        ])

    static let listBuckets = AWSOperationDeclaration(
        service: "s3api", apiName: "ListBuckets",
        summary: "This operation is not supported for directory buckets.",
        parameters: [
            AWSParameter("MaxBuckets", .integer(min: 1, max: 10000), help: "Maximum number of buckets to be returned in response. When the number is more than the count of buckets that are owned by an Amazon Web Services account, return all the buckets in response.").hidden(),
            AWSParameter("ContinuationToken", .string, help: "ContinuationToken indicates to Amazon S3 that the list is being continued on this bucket with a token. ContinuationToken is obfuscated and is not a real key. You can use this ContinuationToken for pagination of the list results.").hidden(),
            AWSParameter("Prefix", .string, help: "Limits the response to bucket names that begin with the specified bucket name prefix."),
            AWSParameter("BucketRegion", .string, help: "Limits the response to buckets that are located in the specified Amazon Web Services Region. The Amazon Web Services Region must be expressed according to the Amazon Web Services Region code, such as us-west-2 for the US West (Oregon) Region. For a list of the valid values for all of the Amazon Web Services Regions, see Regions and Endpoints."),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let listObjectsV2 = AWSOperationDeclaration(
        service: "s3api", apiName: "ListObjectsV2",
        summary: "Returns some or all (up to 1,000) of the objects in a bucket with each request. You can use the request parameters as selection criteria to return a subset of the objects in a bucket. A 200 OK response can contain valid or invalid XML. Make sure to design your application to parse the contents of the response and handle it appropriately. For more information about listing objects, see Listing object keys programmatically in the Amazon S3 User Guide. To get a list of your buckets, see ListBuckets.",
        parameters: [
            AWSParameter("Bucket", .string, required: true, help: "Directory buckets - When you use this operation with a directory bucket, you must use virtual-hosted-style requests in the format Bucket-name.s3express-zone-id.region-code.amazonaws.com. Path-style requests are not supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or Local Zone). Bucket names must follow the format bucket-base-name--zone-id--x-s3 (for example, amzn-s3-demo-bucket--usw2-az1--x-s3). For information about bucket naming restrictions, see Directory bucket naming rules in the Amazon S3 User Guide."),
            AWSParameter("Delimiter", .string, help: "A delimiter is a character that you use to group keys."),
            AWSParameter("EncodingType", .enumeration(["url"]), help: "Encoding type used by Amazon S3 to encode the object keys in the response. Responses are encoded only in UTF-8. An object key can contain any Unicode character. However, the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request that Amazon S3 encode the keys in the response. For more information about characters to avoid in object key names, see Object key naming guidelines."),
            AWSParameter("MaxKeys", .integer, help: "Sets the maximum number of keys returned in the response. By default, the action returns up to 1,000 key names. The response might contain fewer keys but will never contain more.").hidden(),
            AWSParameter("Prefix", .string, help: "Limits the response to keys that begin with the specified prefix."),
            AWSParameter("ContinuationToken", .string, help: "ContinuationToken indicates to Amazon S3 that the list is being continued on this bucket with a token. ContinuationToken is obfuscated and is not a real key. You can use this ContinuationToken for pagination of the list results.").hidden(),
            AWSParameter("FetchOwner", .boolean, help: "The owner field is not present in ListObjectsV2 by default. If you want to return the owner field with each key in the result, then set the FetchOwner field to true."),
            AWSParameter("StartAfter", .string, help: "StartAfter is where you want Amazon S3 to start listing from. Amazon S3 starts listing after this specified key. StartAfter can be any key in the bucket."),
            AWSParameter("RequestPayer", .enumeration(["requester"]), help: "Confirms that the requester knows that she or he will be charged for the list objects request in V2 style. Bucket owners need not specify this parameter in their requests."),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
            AWSParameter("OptionalObjectAttributes", Self.optionalObjectAttributesList, help: "Specifies the optional fields that you want returned in the response. Fields that you do not specify are not returned."),
            .local("StartingToken", .string, help: "A token to specify where to start paginating. This is the NextToken from a previously truncated response.").named("--starting-token"),
            .local("PageSize", .long, help: "The size of each page to get in the AWS service call.").named("--page-size"),
            .local("MaxItems", .long, help: "The total number of items to return in the command's output.").named("--max-items"),
        ])

    static let putBucketNotificationConfiguration = AWSOperationDeclaration(
        service: "s3api", apiName: "PutBucketNotificationConfiguration",
        summary: "This operation is not supported for directory buckets.",
        parameters: [
            AWSParameter("Bucket", .string, required: true, help: "The name of the bucket."),
            AWSParameter("NotificationConfiguration", Self.notificationConfiguration, required: true, help: ""),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
            AWSParameter("SkipDestinationValidation", .boolean, help: "Skips validation of Amazon SQS, Amazon SNS, and Lambda destinations. True or false value."),
        ])

    static let putObject = AWSOperationDeclaration(
        service: "s3api", apiName: "PutObject",
        summary: "End of support notice: As of October 1, 2025, Amazon S3 has discontinued support for Email Grantee Access Control Lists (ACLs). If you attempt to use an Email Grantee ACL in a request after October 1, 2025, the request will receive an HTTP 405 (Method Not Allowed) error.",
        parameters: [
            AWSParameter("ACL", .enumeration(["private", "public-read", "public-read-write", "authenticated-read", "aws-exec-read", "bucket-owner-read", "bucket-owner-full-control"]), help: "The canned ACL to apply to the object. For more information, see Canned ACL in the Amazon S3 User Guide."),
            AWSParameter("Body", .blob, help: "Object data."),
            AWSParameter("Bucket", .string, required: true, help: "The bucket name to which the PUT action was initiated."),
            AWSParameter("CacheControl", .string, help: "Can be used to specify caching behavior along the request/reply chain. For more information, see http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.9."),
            AWSParameter("ContentDisposition", .string, help: "Specifies presentational information for the object. For more information, see https://www.rfc-editor.org/rfc/rfc6266#section-4."),
            AWSParameter("ContentEncoding", .string, help: "Specifies what content encodings have been applied to the object and thus what decoding mechanisms must be applied to obtain the media-type referenced by the Content-Type header field. For more information, see https://www.rfc-editor.org/rfc/rfc9110.html#field.content-encoding."),
            AWSParameter("ContentLanguage", .string, help: "The language the content is in."),
            AWSParameter("ContentLength", .long, help: "Size of the body in bytes. This parameter is useful when the size of the body cannot be determined automatically. For more information, see https://www.rfc-editor.org/rfc/rfc9110.html#name-content-length."),
            AWSParameter("ContentMD5", .string, help: "The Base64 encoded 128-bit MD5 digest of the message (without the headers) according to RFC 1864. This header can be used as a message integrity check to verify that the data is the same data that was originally sent. Although it is optional, we recommend using the Content-MD5 mechanism as an end-to-end integrity check. For more information about REST request authentication, see REST Authentication."),
            AWSParameter("ContentType", .string, help: "A standard MIME type describing the format of the contents. For more information, see https://www.rfc-editor.org/rfc/rfc9110.html#name-content-type."),
            AWSParameter("ChecksumAlgorithm", .enumeration(["CRC32", "CRC32C", "SHA1", "SHA256", "CRC64NVME", "SHA512", "MD5", "XXHASH64", "XXHASH3", "XXHASH128"]), help: "Indicates the algorithm used to create the checksum for the object when you use the SDK. This header will not provide any additional functionality if you don't use the SDK. When you send this header, there must be a corresponding x-amz-checksum-algorithm or x-amz-trailer header sent. Otherwise, Amazon S3 fails the request with the HTTP status code 400 Bad Request."),
            AWSParameter("ChecksumCRC32", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit CRC32 checksum of the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ChecksumCRC32C", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 32-bit CRC32C checksum of the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ChecksumCRC64NVME", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit CRC64NVME checksum of the object. The CRC64NVME checksum is always a full object checksum. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ChecksumSHA1", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 160-bit SHA1 digest of the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ChecksumSHA256", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 256-bit SHA256 digest of the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ChecksumSHA512", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 512-bit SHA512 digest of the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ChecksumMD5", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit MD5 digest of the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ChecksumXXHASH64", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit XXHASH64 checksum of the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ChecksumXXHASH3", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 64-bit XXHASH3 checksum of the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("ChecksumXXHASH128", .string, help: "This header can be used as a data integrity check to verify that the data received is the same data that was originally sent. This header specifies the Base64 encoded, 128-bit XXHASH128 checksum of the object. For more information, see Checking object integrity in the Amazon S3 User Guide."),
            AWSParameter("Expires", .string, help: "The date and time at which the object is no longer cacheable. For more information, see https://www.rfc-editor.org/rfc/rfc7234#section-5.3."),
            AWSParameter("IfMatch", .string, help: "Uploads the object only if the ETag (entity tag) value provided during the WRITE operation matches the ETag of the object in S3. If the ETag values do not match, the operation returns a 412 Precondition Failed error."),
            AWSParameter("IfNoneMatch", .string, help: "Uploads the object only if the object key name does not already exist in the bucket specified. Otherwise, Amazon S3 returns a 412 Precondition Failed error."),
            AWSParameter("GrantFullControl", .string, help: "Gives the grantee READ, READ_ACP, and WRITE_ACP permissions on the object."),
            AWSParameter("GrantRead", .string, help: "Allows grantee to read the object data and its metadata."),
            AWSParameter("GrantReadACP", .string, help: "Allows grantee to read the object ACL."),
            AWSParameter("GrantWriteACP", .string, help: "Allows grantee to write the ACL for the applicable object."),
            AWSParameter("Key", .string(min: 1), required: true, help: "Object key for which the PUT action was initiated."),
            AWSParameter("WriteOffsetBytes", .long, help: "Specifies the offset for appending data to existing objects in bytes. The offset must be equal to the size of the existing object being appended to. If no object exists, setting this header to 0 will create a new object."),
            AWSParameter("Metadata", Self.metadata, help: "A map of metadata to store with the object in S3."),
            AWSParameter("ServerSideEncryption", .enumeration(["AES256", "aws:fsx", "aws:kms", "aws:kms:dsse"]), help: "The server-side encryption algorithm that was used when you store this object in Amazon S3 or Amazon FSx."),
            AWSParameter("StorageClass", .enumeration(["STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW", "EXPRESS_ONEZONE", "FSX_OPENZFS", "FSX_ONTAP"]), help: "By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects. The STANDARD storage class provides high durability and high availability. Depending on performance needs, you can specify a different Storage Class. For more information, see Storage Classes in the Amazon S3 User Guide."),
            AWSParameter("WebsiteRedirectLocation", .string, help: "If the bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. Amazon S3 stores the value of this header in the object metadata. For information about object metadata, see Object Key and Metadata in the Amazon S3 User Guide."),
            AWSParameter("SSECustomerAlgorithm", .string, help: "Specifies the algorithm to use when encrypting the object (for example, AES256)."),
            AWSParameter("SSECustomerKey", .string, help: "Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This value is used to store the object and then it is discarded; Amazon S3 does not store the encryption key. The key must be appropriate for use with the algorithm specified in the x-amz-server-side-encryption-customer-algorithm header."),
            AWSParameter("SSECustomerKeyMD5", .string, help: "Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption key was transmitted without error."),
            AWSParameter("SSEKMSKeyId", .string, help: "Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If the KMS key doesn't exist in the same account that's issuing the command, you must use the full Key ARN not the Key ID."),
            AWSParameter("SSEKMSEncryptionContext", .string, help: "Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the encryption context as key-value pairs. This value is stored as object metadata and automatically gets passed on to Amazon Web Services KMS for future GetObject operations on this object."),
            AWSParameter("BucketKeyEnabled", .boolean, help: "Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with server-side encryption using Key Management Service (KMS) keys (SSE-KMS)."),
            AWSParameter("RequestPayer", .enumeration(["requester"]), help: ""),
            AWSParameter("Tagging", .string, help: #"The tag-set for the object. The tag-set must be encoded as URL Query parameters. (For example, "Key1=Value1")"#),
            AWSParameter("ObjectLockMode", .enumeration(["GOVERNANCE", "COMPLIANCE"]), help: "The Object Lock mode that you want to apply to this object."),
            AWSParameter("ObjectLockRetainUntilDate", .timestamp, help: "The date and time when you want this object's Object Lock to expire. Must be formatted as a timestamp parameter."),
            AWSParameter("ObjectLockLegalHoldStatus", .enumeration(["ON", "OFF"]), help: "Specifies whether a legal hold will be applied to this object. For more information about S3 Object Lock, see Object Lock in the Amazon S3 User Guide."),
            AWSParameter("ExpectedBucketOwner", .string, help: "The account ID of the expected bucket owner. If the account ID that you provide does not match the actual owner of the bucket, the request fails with the HTTP status code 403 Forbidden (access denied)."),
        ])

    /// Every operation above, in the order given to the generator.
    static let declarations: [AWSOperationDeclaration] = [
        copyObject,
        createBucket,
        deleteBucket,
        deleteObject,
        getBucketNotificationConfiguration,
        getObject,
        headBucket,
        headObject,
        listBuckets,
        listObjectsV2,
        putBucketNotificationConfiguration,
        putObject,
    ]
}
