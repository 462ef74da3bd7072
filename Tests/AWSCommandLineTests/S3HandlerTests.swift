import Foundation
import Synchronization
import Testing
@testable import AWSCommandLine
import LambdaSim

/// A workspace in memory that commands can also write to (`get-object`'s outfile, `aws s3 cp` downloads).
final class WritableFiles: Sendable {
    let contents: Mutex<[String: [UInt8]]>

    init(_ initial: [String: String] = [:]) {
        contents = Mutex(initial.mapValues { Array($0.utf8) })
    }

    var access: FileAccess {
        FileAccess(
            read: { path in self.contents.withLock { $0[path] }.map { .success($0) } ?? .failure(.notFound) },
            write: { path, bytes in
                if path.hasPrefix("missing/") { return .failure(.notFound) }
                self.contents.withLock { $0[path] = bytes }
                return .success(())
            })
    }

    func text(_ path: String) -> String? { contents.withLock { $0[path] }.map { String(decoding: $0, as: UTF8.self) } }
}

@Suite("aws s3api and aws s3")
struct S3HandlerTests {
    static func account(_ files: WritableFiles = WritableFiles(["hello.txt": "hello\n", "data/report.json": "{}"])) -> SimulatedAccount {
        var account = SimulatedAccount()
        account.files = files.access
        return account
    }

    @Test("create-bucket prints the location; a second time is BucketAlreadyOwnedByYou")
    func createBucket() {
        var account = Self.account()
        #expect(account.output("aws s3api create-bucket --bucket photos") == "{\n    \"Location\": \"/photos\"\n}\n")
        let again = account.run("aws s3api create-bucket --bucket photos")
        #expect(again.exitStatus == 254)
        #expect(again.errorLines == ["An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket operation: "
            + "Your previous request to create the named bucket succeeded and you already own it."])
        let invalid = account.run("aws s3api create-bucket --bucket Bad_Name")
        #expect(invalid.errorLines == ["An error occurred (InvalidBucketName) when calling the CreateBucket operation: The specified bucket is not valid."])
        #expect(invalid.hint == "Bucket names can consist only of lowercase letters, numbers, periods (.) and hyphens (-).")
    }

    @Test("put-object uploads a workspace file and get-object writes it to the outfile")
    func putAndGet() {
        let files = WritableFiles(["hello.txt": "hello\n"])
        var account = Self.account(files)
        account.prepare(["aws s3api create-bucket --bucket photos"])
        #expect(account.output("aws s3api put-object --bucket photos --key greetings/hello.txt --body hello.txt --content-type text/plain") == """
            {
                "ETag": "\\"b1946ac92492d2347c6235b4d2611184\\"",
                "ChecksumCRC32": "NjowIA==",
                "ChecksumType": "FULL_OBJECT",
                "ServerSideEncryption": "AES256"
            }

            """)
        #expect(account.output("aws s3api get-object --bucket photos --key greetings/hello.txt copy.txt --query ContentType --output text")
            == "text/plain\n")
        #expect(files.text("copy.txt") == "hello\n")
        #expect(account.output("aws s3api head-object --bucket photos --key greetings/hello.txt --query ContentLength") == "6\n")
    }

    @Test("put-object --body names a file; a missing one is a parameter error")
    func missingBody() {
        var account = Self.account()
        account.prepare(["aws s3api create-bucket --bucket photos"])
        let result = account.run("aws s3api put-object --bucket photos --key k --body nope.txt")
        #expect(result.exitStatus == 252)
        #expect(result.errorLines == ["Error parsing parameter '--body': Blob values must be a path to a file."])
    }

    @Test("get-object of a missing key is NoSuchKey and head-object of one is 404 Not Found")
    func missing() {
        var account = Self.account()
        account.prepare(["aws s3api create-bucket --bucket photos"])
        #expect(account.output("aws s3api get-object --bucket photos --key nope out.txt")
            == "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.")
        #expect(account.output("aws s3api head-object --bucket photos --key nope")
            == "An error occurred (404) when calling the HeadObject operation: Not Found")
        #expect(account.output("aws s3api head-bucket --bucket nope") == "An error occurred (404) when calling the HeadBucket operation: Not Found")
        #expect(account.output("aws s3api list-objects-v2 --bucket nope")
            == "An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist")
    }

    @Test("list-objects-v2 joins pages like the CLI; --max-keys shows S3's raw page")
    func listing() {
        var account = Self.account()
        account.prepare(["aws s3api create-bucket --bucket photos", "aws s3api put-object --bucket photos --key a/1.txt --body hello.txt",
                         "aws s3api put-object --bucket photos --key a/2.txt --body hello.txt",
                         "aws s3api put-object --bucket photos --key b.txt --body hello.txt"])
        #expect(account.output("aws s3api list-objects-v2 --bucket photos --query 'Contents[].Key' --output text") == "a/1.txt\ta/2.txt\tb.txt\n")
        #expect(account.output("aws s3api list-objects-v2 --bucket photos --delimiter / --query '[CommonPrefixes[].Prefix, Contents[].Key]' --output text")
            == "a/\nb.txt\n")
        #expect(account.output("aws s3api list-objects-v2 --bucket photos --prefix zzz") == "{\n    \"RequestCharged\": null,\n    \"Prefix\": \"zzz\"\n}\n")
        #expect(account.output("aws s3api list-objects-v2 --bucket photos --max-keys 2 --query '[IsTruncated, KeyCount, NextContinuationToken]' --output text")
            == "True\t2\tYS8yLnR4dA==\n")
        #expect(account.output("aws s3api list-objects-v2 --bucket photos --max-keys 2 --continuation-token YS8yLnR4dA== --query 'Contents[].Key' --output text")
            == "b.txt\n")
        #expect(account.output("aws s3api list-objects-v2 --bucket photos --max-items 2 --query NextToken --output text") == "YS8yLnR4dA==\n")
        #expect(account.output("aws s3api list-objects-v2 --bucket photos --starting-token YS8yLnR4dA== --query 'Contents[].Key' --output text")
            == "b.txt\n")
    }

    @Test("copy-object, delete-object and delete-bucket")
    func copyDelete() {
        var account = Self.account()
        account.prepare(["aws s3api create-bucket --bucket photos", "aws s3api put-object --bucket photos --key a.txt --body hello.txt",
                         "aws s3api copy-object --copy-source photos/a.txt --bucket photos --key b.txt"])
        #expect(account.output("aws s3api delete-bucket --bucket photos")
            == "An error occurred (BucketNotEmpty) when calling the DeleteBucket operation: The bucket you tried to delete is not empty")
        account.prepare(["aws s3api delete-object --bucket photos --key a.txt", "aws s3api delete-object --bucket photos --key b.txt",
                         "aws s3api delete-bucket --bucket photos"])
        #expect(account.output("aws s3api list-buckets --query Buckets") == "[]\n")
    }

    @Test("a role without s3:GetObject gets S3's AccessDenied with the resource quoted")
    func accessDenied() {
        var account = Self.account()
        account.prepare(["aws s3api create-bucket --bucket photos", "aws s3api put-object --bucket photos --key a.txt --body hello.txt",
                         "aws iam create-role --role-name reader --assume-role-policy-document '\(lambdaTrust)'"])
        try? account.world.assumeRole(named: "reader", session: "fn")
        let result = account.run("aws s3api get-object --bucket photos --key a.txt out.txt")
        #expect(result.errorLines == ["An error occurred (AccessDenied) when calling the GetObject operation: User: "
            + "arn:aws:sts::123456789012:assumed-role/reader/fn is not authorized to perform: s3:GetObject on resource: "
            + "\"arn:aws:s3:::photos/a.txt\" because no identity-based policy allows the s3:GetObject action"])
        #expect(account.output("aws s3api head-object --bucket photos --key a.txt") == "An error occurred (403) when calling the HeadObject operation: Forbidden")
    }

    @Test("a missing key is AccessDenied (get-object) or 403 (head-object, aws s3 cp) for a caller without s3:ListBucket")
    func missingKeyWithoutListBucket() {
        var account = Self.account()
        let readOnly = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/*"}]}"#
        let list = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::photos"}]}"#
        account.prepare(["aws s3api create-bucket --bucket photos", "aws s3api put-object --bucket photos --key a.txt --body hello.txt",
                         "aws iam create-role --role-name reader --assume-role-policy-document '\(lambdaTrust)'",
                         "aws iam put-role-policy --role-name reader --policy-name read --policy-document '\(readOnly)'"])
        try? account.world.assumeRole(named: "reader", session: "fn")
        #expect(account.run("aws s3api get-object --bucket photos --key a.txt out.txt").exitStatus == 0)
        let missing = account.run("aws s3api get-object --bucket photos --key b.txt out.txt")
        #expect(missing.exitStatus == 254)
        #expect(missing.errorLines == ["An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"])
        #expect(account.world.lastAuthorization?.evaluation.request.action == "s3:ListBucket")
        #expect(account.output("aws s3api head-object --bucket photos --key b.txt") == "An error occurred (403) when calling the HeadObject operation: Forbidden")
        #expect(account.run("aws s3 cp s3://photos/b.txt b.txt").errorLines
            == ["fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden"])

        try? account.world.actAsUser(named: "learner")
        account.prepare(["aws iam put-role-policy --role-name reader --policy-name list --policy-document '\(list)'"])
        try? account.world.assumeRole(named: "reader", session: "fn")
        #expect(account.run("aws s3api get-object --bucket photos --key b.txt out.txt").errorLines
            == ["An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."])
        #expect(account.output("aws s3api head-object --bucket photos --key b.txt") == "An error occurred (404) when calling the HeadObject operation: Not Found")
        #expect(account.run("aws s3 cp s3://photos/b.txt b.txt").errorLines
            == ["fatal error: An error occurred (404) when calling the HeadObject operation: Key \"b.txt\" does not exist"])
    }

    @Test("aws s3 mb, cp both ways, ls and rm print the CLI's lines")
    func highLevel() {
        let files = WritableFiles(["hello.txt": "hello\n", "data/report.json": "{}"])
        var account = Self.account(files)
        #expect(account.output("aws s3 mb s3://photos") == "make_bucket: photos\n")
        #expect(account.output("aws s3 cp hello.txt s3://photos/") == "upload: ./hello.txt to s3://photos/hello.txt\n")
        #expect(account.output("aws s3 cp data/report.json s3://photos/reports/r.json") == "upload: data/report.json to s3://photos/reports/r.json\n")
        #expect(account.output("aws s3api head-object --bucket photos --key reports/r.json --query ContentType --output text") == "application/json\n")
        #expect(account.output("aws s3 cp s3://photos/hello.txt back.txt") == "download: s3://photos/hello.txt to ./back.txt\n")
        #expect(files.text("back.txt") == "hello\n")
        #expect(account.output("aws s3 cp s3://photos/hello.txt s3://photos/copies/") == "copy: s3://photos/hello.txt to s3://photos/copies/hello.txt\n")
        #expect(account.output("aws s3 ls") == "2026-01-01 00:00:00 photos\n")
        #expect(account.output("aws s3 ls s3://photos") == """
                                       PRE copies/
                                       PRE reports/
            2026-01-01 00:00:00          6 hello.txt

            """)
        #expect(account.output("aws s3 ls s3://photos --recursive --summarize") == """
            2026-01-01 00:00:00          6 copies/hello.txt
            2026-01-01 00:00:00          6 hello.txt
            2026-01-01 00:00:00          2 reports/r.json

            Total Objects: 3
               Total Size: 14

            """)
        #expect(account.output("aws s3 rm s3://photos/hello.txt") == "delete: s3://photos/hello.txt\n")
        #expect(account.output("aws s3 rb s3://photos --force") == "delete: s3://photos/copies/hello.txt\ndelete: s3://photos/reports/r.json\nremove_bucket: photos\n")
    }

    @Test("aws s3 failures print the CLI's failure lines with exit status 1")
    func highLevelFailures() {
        var account = Self.account()
        let upload = account.run("aws s3 cp hello.txt s3://nope/hello.txt")
        #expect(upload.exitStatus == 1)
        #expect(upload.errorLines == ["upload failed: ./hello.txt to s3://nope/hello.txt An error occurred (NoSuchBucket) when calling "
            + "the PutObject operation: The specified bucket does not exist"])
        account.prepare(["aws s3 mb s3://photos"])
        #expect(account.output("aws s3 cp s3://photos/missing.txt .")
            == "fatal error: An error occurred (404) when calling the HeadObject operation: Key \"missing.txt\" does not exist")
        #expect(account.output("aws s3 mb s3://photos") == "make_bucket failed: s3://photos An error occurred (BucketAlreadyOwnedByYou) when "
            + "calling the CreateBucket operation: Your previous request to create the named bucket succeeded and you already own it.")
        #expect(account.output("aws s3 cp nope.txt s3://photos/") == "The user-provided path nope.txt does not exist.")
        let ls = account.run("aws s3 ls s3://nope")
        #expect(ls.exitStatus == 254)
        #expect(ls.errorLines == ["An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist"])
        #expect(account.run("aws s3 ls s3://photos/nothing").exitStatus == 1)
        account.prepare(["aws s3 cp hello.txt s3://photos/"])
        #expect(account.output("aws s3 rb s3://photos") == "remove_bucket failed: s3://photos An error occurred (BucketNotEmpty) when "
            + "calling the DeleteBucket operation: The bucket you tried to delete is not empty")
    }

    @Test("the s3 commands count as simulated")
    func simulated() {
        for operation in ["cp", "ls", "mb", "rb", "rm"] {
            #expect(AWSOperationRegistry.standard.isSimulated(service: "s3", operation: operation))
        }
        for operation in ["create-bucket", "delete-bucket", "list-buckets", "head-bucket", "put-object", "get-object", "head-object",
                          "delete-object", "copy-object", "list-objects-v2"] {
            #expect(AWSOperationRegistry.standard.isSimulated(service: "s3api", operation: operation), "\(operation)")
        }
    }
}
