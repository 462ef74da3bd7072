// `aws s3api create-bucket`, `delete-bucket`, `head-bucket`, `list-buckets` (and `aws s3 mb`, `aws s3 ls`).

extension World {
    /// `arn:aws:s3:::BUCKET`, or `arn:aws:s3:::BUCKET/KEY` for an object (S3 ARNs have no region or account).
    public func s3ARN(bucket: String, key: String? = nil) -> String {
        key.map { "arn:aws:s3:::\(bucket)/\($0)" } ?? "arn:aws:s3:::\(bucket)"
    }

    /// `aws s3api create-bucket`: answers the bucket's `Location` (`/NAME`).
    ///
    /// Creating a bucket the account already owns is `BucketAlreadyOwnedByYou` here in every region. (AWS documents
    /// a legacy exception for us-east-1, where it answers 200 and changes nothing.)
    @discardableResult
    public mutating func createBucket(named name: String) throws(ServiceError) -> String {
        try S3BucketName.validate(name)
        if s3.buckets[name] != nil {
            throw .s3(.bucketAlreadyOwnedByYou, "Your previous request to create the named bucket succeeded and you already own it.")
        }
        s3.buckets[name] = S3Bucket(name: name, creationDate: clock.now)
        return "/" + name
    }

    /// `aws s3api delete-bucket`: refused while the bucket holds objects.
    public mutating func deleteBucket(named name: String) throws(ServiceError) {
        let bucket = try existingBucket(name)
        if !bucket.objects.isEmpty {
            throw .s3(.bucketNotEmpty, "The bucket you tried to delete is not empty")
        }
        s3.buckets[name] = nil
    }

    /// `aws s3api head-bucket`: the bucket's region, or NoSuchBucket (which a client sees as `404 Not Found`).
    public func headBucket(named name: String) throws(ServiceError) -> ResponseValue {
        _ = try existingBucket(name)
        return .object([ResponseMember("BucketRegion", .string(region.rawValue)), ResponseMember("AccessPointAlias", .bool(false))])
    }

    /// `aws s3api list-buckets`: sorted by name.
    public func listBuckets(prefix: String? = nil) -> [S3BucketSummary] {
        s3.sortedBuckets.filter { $0.name.hasPrefix(prefix ?? "") }
            .map { S3BucketSummary(name: $0.name, creationDate: $0.creationDate, region: region) }
    }

    /// The account's canonical user id (`Owner.ID` in listings): 64 hex digits derived from the account id.
    public var s3CanonicalUserID: String {
        var hex = ""
        var state: UInt64 = 0xcbf29ce484222325
        for byte in account.rawValue.utf8 { state = (state ^ UInt64(byte)) &* 0x100000001b3 }
        for _ in 0..<4 {
            state = (state ^ (state >> 29)) &* 0xbf58476d1ce4e5b9
            let word = String(state, radix: 16)
            hex += String(repeating: "0", count: 16 - word.count) + word
        }
        return hex
    }

    func existingBucket(_ name: String) throws(ServiceError) -> S3Bucket {
        guard let bucket = s3.buckets[name] else { throw .noSuchBucket(name) }
        return bucket
    }
}
