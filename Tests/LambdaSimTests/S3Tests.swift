import Foundation
import Testing
@testable import LambdaSim

@Suite("S3 buckets and objects")
struct S3Tests {
    static func world(keys: [String] = []) throws -> World {
        var world = World()
        try world.createBucket(named: "photos")
        for key in keys { _ = try world.putObject(bucket: "photos", key: key, body: Data(key.utf8)) }
        return world
    }

    @Test("create-bucket answers the location and list-buckets sorts by name")
    func createAndList() throws {
        var world = World()
        #expect(try world.createBucket(named: "zeta-bucket") == "/zeta-bucket")
        try world.createBucket(named: "alpha-bucket")
        #expect(world.listBuckets().map(\.name) == ["alpha-bucket", "zeta-bucket"])
        #expect(world.listBuckets(prefix: "al").map(\.name) == ["alpha-bucket"])
        #expect(world.listBuckets()[0].response["CreationDate"] == .string("2026-01-01T00:00:00+00:00"))
    }

    @Test("bucket names follow S3's rules and bad ones are InvalidBucketName with a reason")
    func bucketNames() {
        for bad in ["ab", String(repeating: "a", count: 64), "My-Bucket", "bucket_name", "-bucket", "bucket-", "a..b",
                    "192.168.5.4", "xn--bucket", "sthree-x", "amzn-s3-demo-x", "name-s3alias", "name--ol-s3", "x.mrap"] {
            var world = World()
            let error = serviceError { () throws(ServiceError) in try world.createBucket(named: bad) }
            #expect(error?.code == "InvalidBucketName", "\(bad)")
            #expect(error?.message == "The specified bucket is not valid.")
            #expect(error?.explanation != nil)
        }
        for good in ["abc", "my.bucket-1", "1bucket", String(repeating: "a", count: 63)] {
            var world = World()
            #expect(serviceError { () throws(ServiceError) in try world.createBucket(named: good) } == nil, "\(good)")
        }
    }

    @Test("creating a bucket twice is BucketAlreadyOwnedByYou")
    func alreadyOwned() throws {
        var world = try Self.world()
        let error = serviceError { () throws(ServiceError) in try world.createBucket(named: "photos") }
        #expect(error?.code == "BucketAlreadyOwnedByYou")
        #expect(error?.httpStatus == 409)
        #expect(error?.cliMessage(operation: "CreateBucket") == "An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket "
            + "operation: Your previous request to create the named bucket succeeded and you already own it.")
    }

    @Test("delete-bucket is refused while objects remain, then succeeds")
    func deleteBucket() throws {
        var world = try Self.world(keys: ["a.txt"])
        let error = serviceError { () throws(ServiceError) in try world.deleteBucket(named: "photos") }
        #expect(error?.code == "BucketNotEmpty")
        #expect(error?.message == "The bucket you tried to delete is not empty")
        try world.deleteObject(bucket: "photos", key: "a.txt")
        try world.deleteBucket(named: "photos")
        #expect(world.listBuckets().isEmpty)
        let missing = serviceError { () throws(ServiceError) in try world.deleteBucket(named: "photos") }
        #expect(missing?.code == "NoSuchBucket")
        #expect(missing?.message == "The specified bucket does not exist")
    }

    @Test("head-bucket answers the region, and a missing bucket is 404 Not Found")
    func headBucket() throws {
        let world = try Self.world()
        #expect(try world.headBucket(named: "photos")["BucketRegion"] == .string("us-east-1"))
        let error = serviceError { () throws(ServiceError) in try world.headBucket(named: "nope").self }
        #expect(error?.code == "NoSuchBucket")
        #expect(error?.asHeadRequestError.cliMessage(operation: "HeadBucket") == "An error occurred (404) when calling the HeadBucket operation: Not Found")
    }

    @Test("put-object stores the body with an ETag that is the quoted MD5 and LastModified from the clock")
    func putAndGet() throws {
        var world = try Self.world()
        world.clock.advance(by: .seconds(90))
        let result = try world.putObject(bucket: "photos", key: "hello.txt", body: Data("hello\n".utf8), contentType: "text/plain",
                                         metadata: ["Owner": "ada"])
        #expect(result.eTag == "\"b1946ac92492d2347c6235b4d2611184\"")
        #expect(result.response["ChecksumCRC32"] == .string("NjowIA=="))
        let got = try world.getObject(bucket: "photos", key: "hello.txt")
        #expect(got.body == Data("hello\n".utf8))
        #expect(got.response["ContentType"] == .string("text/plain"))
        #expect(got.response["ContentLength"] == .integer(6))
        #expect(got.response["LastModified"] == .string("2026-01-01T00:01:30+00:00"))
        #expect(got.response["Metadata"] == .object([ResponseMember("owner", .string("ada"))]))
        #expect(got.response.keys == ["AcceptRanges", "LastModified", "ContentLength", "ETag", "ChecksumCRC32", "ChecksumType",
                                      "ContentType", "ServerSideEncryption", "Metadata"])
    }

    @Test("an object stored without a content type is binary/octet-stream")
    func defaultContentType() throws {
        let world = try Self.world(keys: ["data.bin"])
        #expect(try world.headObject(bucket: "photos", key: "data.bin")["ContentType"] == .string("binary/octet-stream"))
    }

    @Test("get-object of a missing key is NoSuchKey, of a missing bucket NoSuchBucket; head-object shows 404")
    func missingObjects() throws {
        let world = try Self.world()
        let key = serviceError { () throws(ServiceError) in try world.getObject(bucket: "photos", key: "nope") }
        #expect(key?.cliMessage(operation: "GetObject") == "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.")
        let bucket = serviceError { () throws(ServiceError) in try world.getObject(bucket: "nope", key: "k") }
        #expect(bucket?.code == "NoSuchBucket")
        let head = serviceError { () throws(ServiceError) in try world.headObject(bucket: "photos", key: "nope") }
        #expect(head?.code == "404")
        #expect(head?.message == "Not Found")
    }

    @Test("put-object to a missing bucket fails and leaves the world unchanged")
    func putMissingBucket() throws {
        var world = try Self.world()
        let before = world
        let error = serviceError { () throws(ServiceError) in try world.putObject(bucket: "nope", key: "k", body: Data()) }
        #expect(error?.code == "NoSuchBucket")
        #expect(world == before)
    }

    @Test("keys longer than 1024 bytes are refused")
    func longKey() throws {
        var world = try Self.world()
        let error = serviceError { () throws(ServiceError) in
            try world.putObject(bucket: "photos", key: String(repeating: "k", count: 1025), body: Data())
        }
        #expect(error?.code == "KeyTooLongError")
    }

    @Test("delete-object of a key that is not there succeeds, as S3's 204 does")
    func deleteMissingKey() throws {
        var world = try Self.world()
        try world.deleteObject(bucket: "photos", key: "never-was")
    }

    @Test("copy-object carries content type and metadata, or replaces them with REPLACE")
    func copy() throws {
        var world = try Self.world()
        try world.createBucket(named: "backup")
        _ = try world.putObject(bucket: "photos", key: "a b.txt", body: Data("x".utf8), contentType: "text/plain", metadata: ["k": "v"])
        let result = try world.copyObject(source: "photos/a%20b.txt", bucket: "backup", key: "copy.txt")
        #expect(result.response.keys == ["ServerSideEncryption", "CopyObjectResult"])
        #expect(try world.headObject(bucket: "backup", key: "copy.txt")["ContentType"] == .string("text/plain"))
        _ = try world.copyObject(source: "/photos/a%20b.txt", bucket: "backup", key: "plain", metadataDirective: .replace)
        let replaced = try world.headObject(bucket: "backup", key: "plain")
        #expect(replaced["ContentType"] == .string("binary/octet-stream"))
        #expect(replaced["Metadata"] == .object([]))
        let onto = serviceError { () throws(ServiceError) in try world.copyObject(source: "backup/plain", bucket: "backup", key: "plain") }
        #expect(onto?.code == "InvalidRequest")
        let missing = serviceError { () throws(ServiceError) in try world.copyObject(source: "photos/nope", bucket: "backup", key: "x") }
        #expect(missing?.code == "NoSuchKey")
        let bad = serviceError { () throws(ServiceError) in try world.copyObject(source: "photos", bucket: "backup", key: "x") }
        #expect(bad?.code == "InvalidArgument")
    }

    @Test("list-objects-v2 lists keys in UTF-8 byte order under a prefix")
    func listPrefix() throws {
        let world = try Self.world(keys: ["b.txt", "a/2.txt", "a/1.txt", "B.txt", "é.txt", "z.txt"])
        #expect(try world.listObjectsV2(bucket: "photos").contents.map(\.key) == ["B.txt", "a/1.txt", "a/2.txt", "b.txt", "z.txt", "é.txt"])
        #expect(try world.listObjectsV2(bucket: "photos", prefix: "a/").contents.map(\.key) == ["a/1.txt", "a/2.txt"])
    }

    @Test("a delimiter rolls keys up into CommonPrefixes, which count toward max-keys")
    func delimiter() throws {
        let world = try Self.world(keys: ["2025/a.jpg", "2025/b.jpg", "2026/c.jpg", "2026/deep/d.jpg", "readme.txt"])
        let top = try world.listObjectsV2(bucket: "photos", delimiter: "/")
        #expect(top.commonPrefixes == ["2025/", "2026/"])
        #expect(top.contents.map(\.key) == ["readme.txt"])
        #expect(top.keyCount == 3)
        let inner = try world.listObjectsV2(bucket: "photos", prefix: "2026/", delimiter: "/")
        #expect(inner.commonPrefixes == ["2026/deep/"])
        #expect(inner.contents.map(\.key) == ["2026/c.jpg"])
    }

    @Test("max-keys pages the listing with continuation tokens and every key is seen once")
    func pagination() throws {
        let world = try Self.world(keys: ["a/1", "a/2", "b", "c/1", "d"])
        var seen: [String] = []
        var token: String?
        var pages = 0
        repeat {
            let page = try world.listObjectsV2(bucket: "photos", delimiter: "/", maxKeys: 2, continuationToken: token)
            seen += page.commonPrefixes + page.contents.map(\.key)
            #expect(page.keyCount <= 2)
            #expect(page.isTruncated == (page.nextContinuationToken != nil))
            token = page.nextContinuationToken
            pages += 1
        } while token != nil
        #expect(seen == ["a/", "b", "c/", "d"])
        #expect(pages == 2)
        let all = try world.listAllObjectsV2(bucket: "photos", pageSize: 1)
        #expect(all.flatMap(\.contents).map(\.key) == ["a/1", "a/2", "b", "c/1", "d"])
        let bad = serviceError { () throws(ServiceError) in try world.listObjectsV2(bucket: "photos", continuationToken: "!!") }
        #expect(bad?.code == "InvalidArgument")
    }

    @Test("the raw list-objects-v2 response has S3's members in order")
    func listResponse() throws {
        let world = try Self.world(keys: ["a"])
        let page = try world.listObjectsV2(bucket: "photos", maxKeys: 5)
        #expect(page.response.keys == ["IsTruncated", "Contents", "Name", "Prefix", "MaxKeys", "KeyCount", "RequestCharged"])
        #expect(page.contents[0].listEntry.keys == ["Key", "LastModified", "ETag", "ChecksumAlgorithm", "ChecksumType", "Size", "StorageClass"])
    }

    @Test("S3 survives save and open, and a snapshot from before S3 opens with none")
    func snapshot() throws {
        let world = try Self.world(keys: ["a.txt"])
        let reopened = try World(snapshot: try world.snapshot())
        #expect(reopened == world)
        var json = try JSONSerialization.jsonObject(with: try World().snapshot()) as? [String: Any] ?? [:]
        json["s3"] = nil
        json["dynamoDB"] = nil
        let old = try World(snapshot: try JSONSerialization.data(withJSONObject: json))
        #expect(old.s3.buckets.isEmpty)
    }

    @Test("an S3 AccessDenied quotes the resource, with code AccessDenied and status 403")
    func accessDenied() throws {
        var world = try Fixtures.worldWithRole()
        try world.assumeRole(named: "lambda-ex", session: "fn")
        let error = serviceError { () throws(ServiceError) in
            try world.authorizeCaller(action: "s3:GetObject", resource: world.s3ARN(bucket: "b", key: "k"), service: .s3)
        }
        #expect(error?.code == "AccessDenied")
        #expect(error?.httpStatus == 403)
        #expect(error?.message == "User: arn:aws:sts::123456789012:assumed-role/lambda-ex/fn is not authorized to perform: s3:GetObject "
            + "on resource: \"arn:aws:s3:::b/k\" because no identity-based policy allows the s3:GetObject action")
    }
}
