// `aws s3api put-object`, `get-object`, `head-object`, `delete-object`, `copy-object` (and `aws s3 cp`, `rm`).

import Crypto
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
