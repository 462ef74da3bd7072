// Simulated S3: buckets and their objects, kept in key order so listings are S3's (UTF-8 binary order).

import Foundation

/// One stored object: its bytes and the metadata S3 keeps with them.
public struct S3Object: Hashable, Sendable, Codable {
    public var key: String
    /// The object's bytes (base64 in snapshots).
    public var body: Data
    /// `"<MD5 hex of the body>"`, quotes included, as S3 returns it for a single-part upload.
    public var eTag: String
    /// The CRC32 checksum the CLI asks for by default, base64 of its four big-endian bytes.
    public var checksumCRC32: String
    public var lastModified: SimulatedInstant
    /// `Content-Type`; S3 stores `binary/octet-stream` when the upload names none.
    public var contentType: String
    /// User metadata (`x-amz-meta-*`), keys lower-cased as S3 stores them.
    public var metadata: [String: String]

    public var size: Int { body.count }

    /// The response members `head-object` and `get-object` share, in the CLI's order.
    func headResponse(includeBody: Bool) -> ResponseValue {
        var builder = ResponseBuilder()
        builder.add("AcceptRanges", "bytes")
        builder.add("LastModified", lastModified.cliTimestamp)
        builder.add("ContentLength", size)
        builder.add("ETag", eTag)
        builder.add("ChecksumCRC32", checksumCRC32)
        builder.add("ChecksumType", "FULL_OBJECT")
        builder.add("ContentType", contentType)
        builder.add("ServerSideEncryption", "AES256")
        builder.add("Metadata", .object(metadata.keys.sorted().map { ResponseMember($0, .string(metadata[$0] ?? "")) }))
        return builder.object
    }

    /// One entry of `list-objects-v2`'s `Contents`.
    var listEntry: ResponseValue {
        var builder = ResponseBuilder()
        builder.add("Key", key)
        builder.add("LastModified", lastModified.cliTimestamp)
        builder.add("ETag", eTag)
        builder.add("ChecksumAlgorithm", .list([.string("CRC32")]))
        builder.add("ChecksumType", "FULL_OBJECT")
        builder.add("Size", size)
        builder.add("StorageClass", "STANDARD")
        return builder.object
    }
}

/// A bucket and its objects.
public struct S3Bucket: Hashable, Sendable, Codable {
    public var name: String
    public var creationDate: SimulatedInstant
    /// Objects by key; ``sortedKeys`` gives S3's listing order.
    public var objects: [String: S3Object] = [:]

    /// Keys in S3's order: by their UTF-8 bytes.
    public var sortedKeys: [String] { objects.keys.sorted(by: S3Bucket.utf8Order) }

    /// S3 lists keys in UTF-8 binary order (Swift's `<` on `String` compares Unicode scalars, which agrees for
    /// valid UTF-8, but the bytes say it plainly).
    static func utf8Order(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}

/// The S3 part of the account.
public struct S3State: Hashable, Sendable, Codable {
    /// Buckets by name; listings are sorted by name, as S3 returns them.
    public var buckets: [String: S3Bucket] = [:]

    public init() {}

    public var sortedBuckets: [S3Bucket] { buckets.keys.sorted().compactMap { buckets[$0] } }
}

/// A bucket in `list-buckets`.
public struct S3BucketSummary: Hashable, Sendable, ResponseConvertible {
    public var name: String
    public var creationDate: SimulatedInstant
    public var region: RegionName

    public var response: ResponseValue {
        .object([ResponseMember("Name", .string(name)), ResponseMember("CreationDate", .string(creationDate.cliTimestamp)),
                 ResponseMember("BucketRegion", .string(region.rawValue))])
    }
}

/// What `put-object` and `copy-object` answer.
public struct S3PutObjectResult: Hashable, Sendable, ResponseConvertible {
    public var eTag: String
    public var checksumCRC32: String
    public var lastModified: SimulatedInstant
    /// `copy-object` wraps its answer in `CopyObjectResult`.
    public var isCopy: Bool

    public var response: ResponseValue {
        if isCopy {
            return .object([
                ResponseMember("ServerSideEncryption", .string("AES256")),
                ResponseMember("CopyObjectResult", .object([
                    ResponseMember("ETag", .string(eTag)), ResponseMember("LastModified", .string(lastModified.cliTimestamp)),
                    ResponseMember("ChecksumType", .string("FULL_OBJECT")), ResponseMember("ChecksumCRC32", .string(checksumCRC32)),
                ])),
            ])
        }
        return .object([ResponseMember("ETag", .string(eTag)), ResponseMember("ChecksumCRC32", .string(checksumCRC32)),
                        ResponseMember("ChecksumType", .string("FULL_OBJECT")),
                        ResponseMember("ServerSideEncryption", .string("AES256"))])
    }
}

/// `get-object`: the object's metadata for the CLI to print, and its bytes for the outfile.
public struct S3GetObjectResult: Hashable, Sendable, ResponseConvertible {
    public var object: S3Object
    public var body: Data { object.body }
    public var response: ResponseValue { object.headResponse(includeBody: true) }
}

/// One page of `list-objects-v2`, as the service returns it.
public struct S3ListPage: Hashable, Sendable, ResponseConvertible {
    public var bucket: String
    public var prefix: String
    public var delimiter: String?
    public var maxKeys: Int
    public var contents: [S3Object]
    public var commonPrefixes: [String]
    public var isTruncated: Bool
    public var continuationToken: String?
    public var nextContinuationToken: String?
    public var startAfter: String?

    public var keyCount: Int { contents.count + commonPrefixes.count }

    /// The raw response (what the CLI prints when the learner sets `--max-keys` or `--continuation-token`).
    public var response: ResponseValue {
        var builder = ResponseBuilder()
        builder.add("IsTruncated", isTruncated)
        if !contents.isEmpty { builder.add("Contents", .list(contents.map(\.listEntry))) }
        builder.add("Name", bucket)
        builder.add("Prefix", prefix)
        builder.addIfPresent("Delimiter", delimiter)
        builder.add("MaxKeys", maxKeys)
        if !commonPrefixes.isEmpty { builder.add("CommonPrefixes", commonPrefixesResponse) }
        builder.add("KeyCount", keyCount)
        builder.addIfPresent("ContinuationToken", continuationToken)
        builder.addIfPresent("NextContinuationToken", nextContinuationToken)
        builder.addIfPresent("StartAfter", startAfter)
        builder.add("RequestCharged", .null)
        return builder.object
    }

    public var contentsResponse: ResponseValue { .list(contents.map(\.listEntry)) }
    public var commonPrefixesResponse: ResponseValue { .list(commonPrefixes.map { .object([ResponseMember("Prefix", .string($0))]) }) }
}
