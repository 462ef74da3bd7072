// S3's ListObjects (version 1) for handlers: the operation boto3.resource('s3')'s `Bucket(...).objects` pages through.
import Foundation
import IAM
import MiniPython

extension World {
    /// `list_objects` as `principal`, authorized as `s3:ListBucket` on the bucket. `Marker` is the key to start after;
    /// `NextMarker` comes back only with a delimiter (without one, a client continues after the last key it got).
    mutating func runListObjects(params: [String: PythonValue], principal: Principal) throws(ServiceError) -> ResponseValue {
        guard let bucket = params["Bucket"]?.stringValue else {
            throw ServiceError(service: .s3, code: ServiceError.Code("ParamValidationError", httpStatus: 400),
                               message: "Missing required parameter in input: \"Bucket\"")
        }
        try requireAuthorization(principal: principal, action: "s3:ListBucket", resource: s3ARN(bucket: bucket), service: .s3)
        var maxKeys: Int?
        if case .int(let number) = params["MaxKeys"] { maxKeys = number }
        let marker = params["Marker"]?.stringValue
        let page = try listObjectsV2(bucket: bucket, prefix: params["Prefix"]?.stringValue, delimiter: params["Delimiter"]?.stringValue, maxKeys: maxKeys,
                                     startAfter: marker.flatMap { $0.isEmpty ? nil : $0 })
        var builder = ResponseBuilder()
        builder.add("IsTruncated", page.isTruncated)
        builder.add("Marker", marker ?? "")
        if page.isTruncated, page.delimiter != nil,
           let next = (page.contents.map(\.key) + page.commonPrefixes).max(by: S3Bucket.utf8Order) {
            builder.add("NextMarker", next)
        }
        if !page.contents.isEmpty { builder.add("Contents", page.contentsResponse) }
        builder.add("Name", bucket)
        builder.add("Prefix", page.prefix)
        builder.addIfPresent("Delimiter", page.delimiter)
        builder.add("MaxKeys", page.maxKeys)
        if !page.commonPrefixes.isEmpty { builder.add("CommonPrefixes", page.commonPrefixesResponse) }
        return builder.object
    }
}
