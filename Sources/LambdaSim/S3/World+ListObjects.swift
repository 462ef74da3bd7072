// `aws s3api list-objects-v2` (and `aws s3 ls`): prefix, delimiter, max-keys and continuation tokens.

import Foundation

extension World {
    /// One page of `list-objects-v2`. Keys come in UTF-8 byte order; with a delimiter, keys that share the part of
    /// the key up to the first delimiter after the prefix roll up into one `CommonPrefixes` entry. Keys and common
    /// prefixes both count against `maxKeys` (at most 1,000, as S3 caps it).
    ///
    /// The continuation token is opaque to the learner: here it is the base64 of the last key or prefix returned.
    public func listObjectsV2(bucket: String, prefix: String? = nil, delimiter: String? = nil, maxKeys: Int? = nil,
                              continuationToken: String? = nil, startAfter: String? = nil) throws(ServiceError) -> S3ListPage {
        let stored = try existingBucket(bucket)
        if let maxKeys, maxKeys < 0 {
            throw .s3(.invalidArgument, "Argument maxKeys must be an integer between 0 and 2147483647")
        }
        var marker: String?
        if let continuationToken {
            guard let data = Data(base64Encoded: continuationToken), let text = String(data: data, encoding: .utf8) else {
                throw .s3(.invalidArgument, "The continuation token provided is incorrect")
            }
            marker = text
        }
        let prefix = prefix ?? ""
        let limit = min(maxKeys ?? 1000, 1000)
        let start = [marker, startAfter].compactMap { $0 }.max(by: S3Bucket.utf8Order)
        let delimiter = delimiter.flatMap { $0.isEmpty ? nil : $0 }

        var contents: [S3Object] = []
        var commonPrefixes: [String] = []
        var last: String?
        var truncated = false
        for key in stored.sortedKeys where key.hasPrefix(prefix) {
            if let start, !S3Bucket.utf8Order(start, key) { continue }
            var rolledUp: String?
            if let delimiter, let range = key.dropFirst(prefix.count).range(of: delimiter) {
                rolledUp = String(key[..<range.upperBound])
            }
            if let rolledUp, rolledUp == marker || rolledUp == commonPrefixes.last { continue }
            if contents.count + commonPrefixes.count >= limit {
                truncated = true
                break
            }
            if let rolledUp {
                commonPrefixes.append(rolledUp)
                last = rolledUp
            } else if let object = stored.objects[key] {
                contents.append(object)
                last = key
            }
        }
        return S3ListPage(bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: limit, contents: contents,
                          commonPrefixes: commonPrefixes, isTruncated: truncated, continuationToken: continuationToken,
                          nextContinuationToken: truncated ? last.map { Data($0.utf8).base64EncodedString() } : nil,
                          startAfter: startAfter)
    }

    /// Every page of a listing, as the CLI's paginator gathers them.
    public func listAllObjectsV2(bucket: String, prefix: String? = nil, delimiter: String? = nil,
                                 pageSize: Int? = nil) throws(ServiceError) -> [S3ListPage] {
        var pages: [S3ListPage] = []
        var token: String?
        repeat {
            let page = try listObjectsV2(bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: pageSize,
                                         continuationToken: token)
            pages.append(page)
            token = page.nextContinuationToken
        } while token != nil
        return pages
    }
}
