// `aws s3api put-object`, `get-object`, `head-object`, `delete-object`, `copy-object` (and `aws s3 cp`, `rm`).

import Crypto
import IAM
import Foundation
import ZIPFoundation

/// `copy-object --metadata-directive`.
public enum S3MetadataDirective: String, Sendable {
    case copy = "COPY"
    case replace = "REPLACE"
}

extension World {
    /// `aws s3api put-object`: stores the bytes under the key, replacing any object there.
    ///
    /// - Parameters:
    ///   - contentType: `nil` stores `binary/octet-stream`, as S3 does.
    ///   - metadata: user metadata; keys are stored lower-cased.
    public mutating func putObject(bucket: String, key: String, body: Data, contentType: String? = nil,
                                   metadata: [String: String] = [:]) throws(ServiceError) -> S3PutObjectResult {
        var stored = try existingBucket(bucket)
        try S3ObjectKey.validate(key)
        let object = S3Object(key: key, body: body, eTag: World.eTag(of: body), checksumCRC32: World.crc32Checksum(of: body),
                              lastModified: clock.now, contentType: contentType ?? "binary/octet-stream",
                              metadata: World.normalizedMetadata(metadata))
        stored.objects[key] = object
        s3.buckets[bucket] = stored
        return S3PutObjectResult(eTag: object.eTag, checksumCRC32: object.checksumCRC32, lastModified: object.lastModified, isCopy: false)
    }

    /// `GetObject` as `principal` asks for it: `s3:GetObject` on the object's ARN, then the object. A key the bucket
    /// does not hold is `NoSuchKey` (404) only for a caller who may list the bucket (`s3:ListBucket` on
    /// `arn:aws:s3:::BUCKET`); anyone else gets `403 AccessDenied` "Access Denied", which says nothing about which
    /// keys exist (the Permissions section of S3's GetObject and HeadObject API reference). Both decisions are kept
    /// for `explain`.
    public mutating func getObject(bucket: String, key: String, as principal: Principal) throws(ServiceError) -> S3GetObjectResult {
        try requireAuthorization(principal: principal, action: "s3:GetObject", resource: s3ARN(bucket: bucket, key: key), service: .s3)
        do {
            return try getObject(bucket: bucket, key: key)
        } catch where error.code == ServiceError.Code.noSuchKey.rawValue {
            throw missingKeyError(error, bucket: bucket, key: key, principal: principal)
        }
    }

    /// `HeadObject` as `principal` asks for it: ``getObject(bucket:key:as:)``'s rules, answered as a HEAD response
    /// (a missing key is `404 Not Found` or, without `s3:ListBucket`, `403 Forbidden`).
    public mutating func headObject(bucket: String, key: String, as principal: Principal) throws(ServiceError) -> ResponseValue {
        do {
            return try getObject(bucket: bucket, key: key, as: principal).object.headResponse(includeBody: false)
        } catch {
            throw error.asHeadRequestError
        }
    }

    /// What S3 answers `principal` for a key the bucket does not hold: `noSuchKey` when it may list the bucket,
    /// otherwise `AccessDenied` with S3's generic message. The `s3:ListBucket` decision becomes the one `explain`
    /// tells, with a note saying why S3 asked it.
    mutating func missingKeyError(_ noSuchKey: ServiceError, bucket: String, key: String, principal: Principal) -> ServiceError {
        let bucketARN = s3ARN(bucket: bucket)
        let evaluation = authorize(principal: principal, action: "s3:ListBucket", resource: bucketARN)
        let note = "The bucket \(bucket) has no object \(key). S3 says so (404 NoSuchKey) only to a caller that may list "
            + "the bucket, that is one allowed s3:ListBucket on \(bucketARN); to anyone else it answers 403 AccessDenied "
            + "\"Access Denied\", so that a caller cannot find out which keys exist. This caller may "
            + (evaluation.decision.isAllowed ? "list the bucket, so the answer is NoSuchKey."
                : "not list the bucket, so the answer is AccessDenied. (Allowing s3:ListBucket would turn it into NoSuchKey, "
                    + "and would also let the caller list every key of the bucket.)")
        lastAuthorization?.note = note
        guard !evaluation.decision.isAllowed else { return noSuchKey }
        return ServiceError(service: .s3, code: ServiceError.Code("AccessDenied", httpStatus: 403), message: "Access Denied",
                            explanation: note + "\n" + evaluation.explanation)
    }

    /// `aws s3api get-object`: the object, or NoSuchBucket / NoSuchKey.
    public func getObject(bucket: String, key: String) throws(ServiceError) -> S3GetObjectResult {
        let stored = try existingBucket(bucket)
        guard let object = stored.objects[key] else { throw .noSuchKey }
        return S3GetObjectResult(object: object)
    }

    /// `aws s3api head-object`: the object's metadata. A client sees a missing bucket or key as `404 Not Found`
    /// (``ServiceError/asHeadRequestError``).
    public func headObject(bucket: String, key: String) throws(ServiceError) -> ResponseValue {
        do {
            return try getObject(bucket: bucket, key: key).object.headResponse(includeBody: false)
        } catch {
            throw error.asHeadRequestError
        }
    }

    /// `aws s3api delete-object`: S3 answers 204 whether or not the key existed; only a missing bucket is an error.
    public mutating func deleteObject(bucket: String, key: String) throws(ServiceError) {
        var stored = try existingBucket(bucket)
        try S3ObjectKey.validate(key)
        stored.objects[key] = nil
        s3.buckets[bucket] = stored
    }

    /// `aws s3api copy-object --copy-source SRC_BUCKET/SRC_KEY`. With `COPY` (the default) the source's content type
    /// and metadata come along; with `REPLACE` the request's do.
    public mutating func copyObject(source: String, bucket: String, key: String, metadataDirective: S3MetadataDirective = .copy,
                                    contentType: String? = nil, metadata: [String: String] = [:]) throws(ServiceError) -> S3PutObjectResult {
        let (sourceBucket, sourceKey) = try World.parseCopySource(source)
        let original = try getObject(bucket: sourceBucket, key: sourceKey).object
        var destination = try existingBucket(bucket)
        try S3ObjectKey.validate(key)
        if sourceBucket == bucket, sourceKey == key, metadataDirective == .copy {
            throw .s3(.invalidRequest, "This copy request is illegal because it is trying to copy an object to itself without changing "
                + "the object's metadata, storage class, website redirect location or encryption attributes.")
        }
        var copy = original
        copy.key = key
        copy.lastModified = clock.now
        if metadataDirective == .replace {
            copy.contentType = contentType ?? "binary/octet-stream"
            copy.metadata = World.normalizedMetadata(metadata)
        }
        destination.objects[key] = copy
        s3.buckets[bucket] = destination
        return S3PutObjectResult(eTag: copy.eTag, checksumCRC32: copy.checksumCRC32, lastModified: copy.lastModified, isCopy: true)
    }

    /// `BUCKET/KEY` or `/BUCKET/KEY`, URL-encoded, optionally `?versionId=…`.
    static func parseCopySource(_ source: String) throws(ServiceError) -> (bucket: String, key: String) {
        var text = source.hasPrefix("/") ? String(source.dropFirst()) : source
        if let query = text.range(of: "?versionId=") { text = String(text[..<query.lowerBound]) }
        guard let slash = text.firstIndex(of: "/"), slash != text.startIndex, text.index(after: slash) != text.endIndex else {
            throw .s3(.invalidArgument, "Invalid copy source object key")
        }
        let bucket = String(text[..<slash])
        let key = String(text[text.index(after: slash)...])
        return (bucket, key.removingPercentEncoding ?? key)
    }

    /// `"<md5 hex>"`: a single-part upload's ETag.
    public static func eTag(of body: Data) -> String {
        let digest = Insecure.MD5.hash(data: body)
        return "\"" + digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined() + "\""
    }

    /// Base64 of the CRC32 of `body`, big-endian (`ChecksumCRC32`).
    static func crc32Checksum(of body: Data) -> String {
        let crc = body.crc32(checksum: 0)
        return Data([UInt8(crc >> 24 & 0xff), UInt8(crc >> 16 & 0xff), UInt8(crc >> 8 & 0xff), UInt8(crc & 0xff)]).base64EncodedString()
    }

    static func normalizedMetadata(_ metadata: [String: String]) -> [String: String] {
        Dictionary(metadata.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
    }
}
