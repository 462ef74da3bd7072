import Foundation
import LambdaSim

// `aws s3api ...` bound to the simulation: buckets and objects. Each handler first checks that the caller may make
// the request (`s3:PutObject` on `arn:aws:s3:::bucket/key`, ...), as S3 does.

enum S3Handlers {
    static let all: [AWSOperation] = buckets + objects

    static let buckets: [AWSOperation] = [
        AWSOperation(S3Model.createBucket) { request, context throws(ServiceError) in
            let bucket = request.string("Bucket") ?? ""
            try context.world.authorizeCaller(action: "s3:CreateBucket", resource: context.world.s3ARN(bucket: bucket), service: .s3)
            let location = try context.world.createBucket(named: bucket)
            return ["Location": .string(location)]
        },
        AWSOperation(S3Model.deleteBucket) { request, context throws(ServiceError) in
            let bucket = request.string("Bucket") ?? ""
            try context.world.authorizeCaller(action: "s3:DeleteBucket", resource: context.world.s3ARN(bucket: bucket), service: .s3)
            try context.world.deleteBucket(named: bucket)
            return nil
        },
        AWSOperation(S3Model.headBucket) { request, context throws(ServiceError) in
            let bucket = request.string("Bucket") ?? ""
            do throws(ServiceError) {
                try context.world.authorizeCaller(action: "s3:ListBucket", resource: context.world.s3ARN(bucket: bucket), service: .s3)
                return try context.world.headBucket(named: bucket).json
            } catch {
                throw error.asHeadRequestError
            }
        },
        AWSOperation(S3Model.listBuckets) { request, context throws(ServiceError) in
            try context.world.authorizeCaller(action: "s3:ListAllMyBuckets", resource: "*", service: .s3)
            let buckets = context.world.listBuckets(prefix: request.string("Prefix"))
            return ["Buckets": .array(buckets.map(\.json)), "Owner": ["ID": .string(context.world.s3CanonicalUserID)],
                    "Prefix": request.string("Prefix").map(JSONValue.string) ?? .null]
        },
    ]

    static let objects: [AWSOperation] = [
        AWSOperation(S3Operations.putObject) { request, context throws(ServiceError) in
            let (bucket, key) = location(request)
            var body: [UInt8] = []
            if let path = request.localString("Body") {
                switch context.files.read(path) {
                case .success(let bytes): body = bytes
                case .failure: throw ServiceError.s3(.invalidArgument, "Blob values must be a path to a file.")
                }
            }
            try context.world.authorizeCaller(action: "s3:PutObject", resource: context.world.s3ARN(bucket: bucket, key: key), service: .s3)
            return try context.world.putObject(bucket: bucket, key: key, body: Data(body), contentType: request.string("ContentType"),
                                               metadata: metadata(request)).json
        },
        AWSOperation(S3Operations.getObject) { request, context throws(ServiceError) in
            let (bucket, key) = location(request)
            let result = try context.world.getObject(bucket: bucket, key: key, as: context.world.callerPrincipal)
            if let outfile = request.localString("outfile") { context.saveOutput(Array(result.body), to: outfile) }
            return result.json
        },
        AWSOperation(S3Model.headObject) { request, context throws(ServiceError) in
            let (bucket, key) = location(request)
            return try context.world.headObject(bucket: bucket, key: key, as: context.world.callerPrincipal).json
        },
        AWSOperation(S3Model.deleteObject) { request, context throws(ServiceError) in
            let (bucket, key) = location(request)
            try context.world.authorizeCaller(action: "s3:DeleteObject", resource: context.world.s3ARN(bucket: bucket, key: key), service: .s3)
            try context.world.deleteObject(bucket: bucket, key: key)
            return nil
        },
        AWSOperation(S3Model.copyObject) { request, context throws(ServiceError) in
            let (bucket, key) = location(request)
            let source = request.string("CopySource") ?? ""
            let sourcePath = source.hasPrefix("/") ? String(source.dropFirst()) : source
            let sourceKeyPath = sourcePath.split(separator: "?").first.map(String.init) ?? sourcePath
            try context.world.authorizeCaller(action: "s3:GetObject", resource: "arn:aws:s3:::" + (sourceKeyPath.removingPercentEncoding ?? sourceKeyPath),
                                              service: .s3)
            try context.world.authorizeCaller(action: "s3:PutObject", resource: context.world.s3ARN(bucket: bucket, key: key), service: .s3)
            let directive = request.string("MetadataDirective").flatMap(S3MetadataDirective.init(rawValue:)) ?? .copy
            return try context.world.copyObject(source: source, bucket: bucket, key: key, metadataDirective: directive,
                                                contentType: request.string("ContentType"), metadata: metadata(request)).json
        },
        AWSOperation(S3Model.listObjectsV2) { request, context throws(ServiceError) in
            let bucket = request.string("Bucket") ?? ""
            try context.world.authorizeCaller(action: "s3:ListBucket", resource: context.world.s3ARN(bucket: bucket), service: .s3)
            let prefix = request.string("Prefix")
            let delimiter = request.string("Delimiter")
            // As in the CLI, naming the raw limit or token turns off pagination: one page, as S3 sent it.
            if request.int("MaxKeys") != nil || request.string("ContinuationToken") != nil {
                return try context.world.listObjectsV2(bucket: bucket, prefix: prefix, delimiter: delimiter, maxKeys: request.int("MaxKeys"),
                                                       continuationToken: request.string("ContinuationToken"),
                                                       startAfter: request.string("StartAfter")).json
            }
            return try paginatedListing(request, bucket: bucket, prefix: prefix, delimiter: delimiter, world: context.world)
        },
    ]

    /// The CLI's paginated `list-objects-v2`: every page's `Contents` and `CommonPrefixes` joined, cut at
    /// `--max-items` with a `NextToken` to resume from (`--starting-token`).
    static func paginatedListing(_ request: AWSRequest, bucket: String, prefix: String?, delimiter: String?,
                                 world: World) throws(ServiceError) -> JSONValue {
        var start: String?
        if let token = request.localString("StartingToken") {
            guard let data = Data(base64Encoded: token), let text = String(data: data, encoding: .utf8) else {
                throw ServiceError.s3(.invalidArgument, "The continuation token provided is incorrect")
            }
            start = text
        }
        let maxItems = request.local["MaxItems"]?.intValue
        var contents: [JSONValue] = []
        var prefixes: [JSONValue] = []
        var nextToken: String?
        var continuation = start.map { Data($0.utf8).base64EncodedString() }
        pages: repeat {
            let page = try world.listObjectsV2(bucket: bucket, prefix: prefix, delimiter: delimiter,
                                               maxKeys: request.local["PageSize"]?.intValue ?? 1, continuationToken: continuation)
            // One item per page request keeps `--max-items` exact; the merged output is the same as the CLI's.
            for prefixEntry in page.commonPrefixes {
                if let maxItems, contents.count + prefixes.count >= maxItems { nextToken = continuation; break pages }
                prefixes.append(["Prefix": .string(prefixEntry)])
            }
            for object in page.contents {
                if let maxItems, contents.count + prefixes.count >= maxItems { nextToken = continuation; break pages }
                contents.append(S3Object.listEntryJSON(object))
            }
            continuation = page.nextContinuationToken
        } while continuation != nil
        var output: JSONObject = [:]
        if !contents.isEmpty { output["Contents"] = .array(contents) }
        if !prefixes.isEmpty { output["CommonPrefixes"] = .array(prefixes) }
        output["RequestCharged"] = .null
        output["Prefix"] = .string(prefix ?? "")
        if let nextToken { output["NextToken"] = .string(nextToken) }
        return .object(output)
    }

    static func location(_ request: AWSRequest) -> (bucket: String, key: String) {
        (request.string("Bucket") ?? "", request.string("Key") ?? "")
    }

    static func metadata(_ request: AWSRequest) -> [String: String] {
        var metadata: [String: String] = [:]
        for (key, value) in request["Metadata"]?.objectValue ?? [:] { metadata[key] = value.stringValue ?? "" }
        return metadata
    }
}

extension S3Object {
    static func listEntryJSON(_ object: S3Object) -> JSONValue {
        [
            "Key": .string(object.key), "LastModified": .string(object.lastModified.cliTimestamp), "ETag": .string(object.eTag),
            "ChecksumAlgorithm": ["CRC32"], "ChecksumType": "FULL_OBJECT", "Size": .number(.integer(object.size)),
            "StorageClass": "STANDARD",
        ]
    }
}
