import Foundation
import LambdaSim

// The high-level `aws s3` commands (awscli/customizations/s3/subcommands.py): `cp`, `ls`, `mb`, `rb` and `rm`, which
// print lines such as `upload: ./a.txt to s3://b/a.txt` rather than JSON, and exit with status 1 when a transfer fails.

enum S3Commands {
    static let all: [AWSOperation] = [
        AWSOperation.customized(cp, run: { request, context in copy(request, &context) }),
        AWSOperation.customized(ls, run: { request, context in list(request, &context) }),
        AWSOperation.customized(mb, run: { request, context in makeBucket(request, &context) }),
        AWSOperation.customized(rb, run: { request, context in removeBucket(request, &context) }),
        AWSOperation.customized(rm, run: { request, context in remove(request, &context) }),
    ]

    static let cp = AWSOperationDeclaration(
        service: "s3", apiName: "Cp", name: "cp",
        summary: "Copies a local file or S3 object to another location locally or in S3.",
        parameters: [
            .positional("source", help: "<LocalPath> or <S3Uri>: what to copy."),
            .positional("destination", help: "<S3Uri> or <LocalPath>: where to copy it."),
            .local("content-type", .string, help: "Specify an explicit content type for this operation. This value overrides any guessed mime types."),
            .local("metadata", .map(key: .string, value: .string), help: "A map of metadata to store with the objects in S3."),
            .local("quiet", .boolean, help: "Does not display the operations performed from the specified command."),
        ])

    static let ls = AWSOperationDeclaration(
        service: "s3", apiName: "Ls", name: "ls",
        summary: "List S3 objects and common prefixes under a prefix or all S3 buckets.",
        parameters: [
            .positional("paths", required: false, help: "<S3Uri> or NONE"),
            .local("recursive", .boolean, help: "Command is performed on all files or objects under the specified directory or prefix."),
            .local("human-readable", .boolean, help: "Displays file sizes in human readable format."),
            .local("summarize", .boolean, help: "Displays summary information (number of objects, total size)."),
        ])

    static let mb = AWSOperationDeclaration(
        service: "s3", apiName: "Mb", name: "mb", summary: "Creates an S3 bucket.",
        parameters: [.positional("path", help: "<S3Uri>")])

    static let rb = AWSOperationDeclaration(
        service: "s3", apiName: "Rb", name: "rb",
        summary: "Deletes an empty S3 bucket. The --force parameter deletes the bucket's objects first.",
        parameters: [
            .positional("path", help: "<S3Uri>"),
            .local("force", .boolean, help: "Deletes all objects in the bucket including the bucket itself."),
        ])

    static let rm = AWSOperationDeclaration(
        service: "s3", apiName: "Rm", name: "rm", summary: "Deletes an S3 object.",
        parameters: [
            .positional("paths", help: "<S3Uri>"),
            .local("recursive", .boolean, help: "Command is performed on all files or objects under the specified directory or prefix."),
            .local("quiet", .boolean, help: "Does not display the operations performed from the specified command."),
        ])

    // MARK: cp

    static let cpUsage = "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>"

    static func copy(_ request: AWSRequest, _ context: inout AWSCommandContext) -> AWSCommandResult {
        let source = request.localString("source") ?? ""
        let destination = request.localString("destination") ?? ""
        let quiet = request.local["quiet"]?.boolValue ?? false
        switch (S3URI(source), S3URI(destination)) {
        case (nil, let target?): return upload(localPath: source, to: target, request, quiet: quiet, &context)
        case (let origin?, nil): return download(origin, to: destination, quiet: quiet, &context)
        case (let origin?, let target?): return copyObject(origin, to: target, request, quiet: quiet, &context)
        case (nil, nil):
            return AWSCommandResult(errorLines: [cpUsage, "Error: Invalid argument type"], exitStatus: AWSExitStatus.generalError)
        }
    }

    static func upload(localPath: String, to target: S3URI, _ request: AWSRequest, quiet: Bool,
                       _ context: inout AWSCommandContext) -> AWSCommandResult {
        guard case .success(let bytes) = context.files.read(localPath) else {
            return AWSCommandResult(errorLines: ["The user-provided path \(localPath) does not exist."], exitStatus: AWSExitStatus.generalError)
        }
        var target = target
        if target.isFolder { target.key += fileName(localPath) }
        let line = "\(displayPath(localPath)) to \(target.text)"
        do throws(ServiceError) {
            try context.world.authorizeCaller(action: "s3:PutObject", resource: context.world.s3ARN(bucket: target.bucket, key: target.key),
                                              service: .s3)
            _ = try context.world.putObject(bucket: target.bucket, key: target.key, body: Data(bytes),
                                            contentType: request.localString("content-type") ?? ContentTypeGuess.forPath(localPath),
                                            metadata: metadata(request))
        } catch {
            return transferFailure("upload failed: \(line)", error, operation: "PutObject")
        }
        return AWSCommandResult(output: quiet ? "" : "upload: \(line)\n")
    }

    static func download(_ origin: S3URI, to localPath: String, quiet: Bool, _ context: inout AWSCommandContext) -> AWSCommandResult {
        let object: S3GetObjectResult
        do throws(ServiceError) {
            object = try context.world.getObject(bucket: origin.bucket, key: origin.key, as: context.world.callerPrincipal)
        } catch {
            return headFailure(origin, error)
        }
        var path = localPath
        if path == "." || path.hasSuffix("/") { path = (path == "." ? "" : path) + fileName(origin.key) }
        if case .failure(let error) = context.files.write(path, Array(object.body)) {
            return AWSCommandResult(errorLines: ["download failed: \(origin.text) to \(displayPath(path)) \(error.pythonMessage(path: path))"],
                                    exitStatus: 1)
        }
        return AWSCommandResult(output: quiet ? "" : "download: \(origin.text) to \(displayPath(path))\n")
    }

    static func copyObject(_ origin: S3URI, to target: S3URI, _ request: AWSRequest, quiet: Bool,
                           _ context: inout AWSCommandContext) -> AWSCommandResult {
        do throws(ServiceError) {
            _ = try context.world.headObject(bucket: origin.bucket, key: origin.key, as: context.world.callerPrincipal)
        } catch {
            return headFailure(origin, error)
        }
        var target = target
        if target.isFolder { target.key += fileName(origin.key) }
        let line = "\(origin.text) to \(target.text)"
        do throws(ServiceError) {
            try context.world.authorizeCaller(action: "s3:PutObject", resource: context.world.s3ARN(bucket: target.bucket, key: target.key),
                                              service: .s3)
            let contentType = request.localString("content-type")
            let replacing = contentType != nil || request.local["metadata"] != nil
            _ = try context.world.copyObject(source: origin.bucket + "/" + origin.key, bucket: target.bucket, key: target.key,
                                             metadataDirective: replacing ? .replace : .copy, contentType: contentType,
                                             metadata: metadata(request))
        } catch {
            return transferFailure("copy failed: \(line)", error, operation: "CopyObject")
        }
        return AWSCommandResult(output: quiet ? "" : "copy: \(line)\n")
    }

    /// The CLI looks the source object up with HeadObject first and stops with a fatal error if it is not there.
    static func headFailure(_ origin: S3URI, _ error: ServiceError) -> AWSCommandResult {
        let head = error.asHeadRequestError
        let message = head.code == "404" ? "Key \"\(origin.key)\" does not exist" : head.message
        return AWSCommandResult(errorLines: ["fatal error: An error occurred (\(head.code)) when calling the HeadObject operation: \(message)"],
                                exitStatus: 1)
    }

    static func transferFailure(_ prefix: String, _ error: ServiceError, operation: String) -> AWSCommandResult {
        AWSCommandResult(errorLines: ["\(prefix) \(error.cliMessage(operation: operation))"], hint: error.cliHint, exitStatus: 1)
    }

    // MARK: ls

    static func list(_ request: AWSRequest, _ context: inout AWSCommandContext) -> AWSCommandResult {
        var path = request.localString("paths") ?? ""
        if path.hasPrefix("s3://") { path.removeFirst(5) }
        let recursive = request.local["recursive"]?.boolValue ?? false
        let humanReadable = request.local["human-readable"]?.boolValue ?? false
        var lines: [String] = []
        guard !path.isEmpty else {
            do throws(ServiceError) {
                try context.world.authorizeCaller(action: "s3:ListAllMyBuckets", resource: "*", service: .s3)
            } catch {
                return serviceFailure(error, operation: "ListBuckets")
            }
            for bucket in context.world.listBuckets() { lines.append(timestamp(bucket.creationDate) + " " + bucket.name) }
            return AWSCommandResult(output: lines.map { $0 + "\n" }.joined())
        }
        let uri = S3URI("s3://" + path) ?? S3URI(bucket: path, key: "")
        let pages: [S3ListPage]
        do throws(ServiceError) {
            try context.world.authorizeCaller(action: "s3:ListBucket", resource: context.world.s3ARN(bucket: uri.bucket), service: .s3)
            pages = try context.world.listAllObjectsV2(bucket: uri.bucket, prefix: uri.key, delimiter: recursive ? nil : "/")
        } catch {
            return serviceFailure(error, operation: "ListObjectsV2")
        }
        var count = 0
        var total = 0
        for page in pages {
            for prefix in page.commonPrefixes {
                let components = prefix.split(separator: "/", omittingEmptySubsequences: false)
                let name = components.count >= 2 ? String(components[components.count - 2]) : prefix
                lines.append(String(repeating: " ", count: 27) + "PRE " + name + "/")
            }
            for object in page.contents {
                count += 1
                total += object.size
                let name = recursive ? object.key : fileName(object.key)
                let size = humanReadable ? humanReadableSize(object.size) : String(object.size)
                lines.append(timestamp(object.lastModified) + " " + leftPadded(size, 10) + " " + name)
            }
        }
        if request.local["summarize"]?.boolValue ?? false {
            lines += ["", "Total Objects: \(count)", "   Total Size: " + (humanReadable ? humanReadableSize(total) : String(total))]
        }
        let empty = pages.allSatisfy { $0.contents.isEmpty && $0.commonPrefixes.isEmpty }
        return AWSCommandResult(output: lines.map { $0 + "\n" }.joined(), exitStatus: !uri.key.isEmpty && empty ? 1 : 0)
    }

    /// `2026-01-01 00:00:00`: the CLI shows local time; the workbook's machine is on UTC.
    static func timestamp(_ instant: SimulatedInstant) -> String {
        let civil = CivilTime(millisecondsSinceEpoch: instant.millisecondsSinceEpoch)
        let iso = civil.iso8601
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(8))
    }

    /// The CLI's `human_readable_size`: `1 Byte`, `512 Bytes`, `1.5 KiB`, ...
    static func humanReadableSize(_ bytes: Int) -> String {
        if bytes == 1 { return "1 Byte" }
        if bytes < 1024 { return "\(bytes) Bytes" }
        let value = Double(bytes)
        for (index, suffix) in ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"].enumerated() {
            let unit = pow(1024.0, Double(index + 2))
            if (value / unit * 1024).rounded() < 1024 {
                return String(format: "%.1f %@", 1024 * value / unit, suffix)
            }
        }
        return "\(bytes) Bytes"
    }

    // MARK: mb, rb, rm

    static func makeBucket(_ request: AWSRequest, _ context: inout AWSCommandContext) -> AWSCommandResult {
        let path = request.localString("path") ?? ""
        guard let uri = S3URI(path) else {
            return AWSCommandResult(errorLines: ["<S3Uri>", "Error: Invalid argument type"], exitStatus: AWSExitStatus.generalError)
        }
        do throws(ServiceError) {
            try context.world.authorizeCaller(action: "s3:CreateBucket", resource: context.world.s3ARN(bucket: uri.bucket), service: .s3)
            try context.world.createBucket(named: uri.bucket)
        } catch {
            return transferFailure("make_bucket failed: \(path)", error, operation: "CreateBucket")
        }
        return AWSCommandResult(output: "make_bucket: \(uri.bucket)\n")
    }

    static func removeBucket(_ request: AWSRequest, _ context: inout AWSCommandContext) -> AWSCommandResult {
        let path = request.localString("path") ?? ""
        guard let uri = S3URI(path) else {
            return AWSCommandResult(errorLines: ["<S3Uri>", "Error: Invalid argument type"], exitStatus: AWSExitStatus.generalError)
        }
        guard uri.key.isEmpty else {
            return AWSCommandResult(errorLines: ["Please specify a valid bucket name only. E.g. s3://\(uri.bucket)"],
                                    exitStatus: AWSExitStatus.generalError)
        }
        var output = ""
        if request.local["force"]?.boolValue ?? false {
            let removal = removeAll(under: uri, quiet: false, &context)
            output = removal.output
            if !removal.succeeded { return removal }
        }
        do throws(ServiceError) {
            try context.world.authorizeCaller(action: "s3:DeleteBucket", resource: context.world.s3ARN(bucket: uri.bucket), service: .s3)
            try context.world.deleteBucket(named: uri.bucket)
        } catch {
            var failure = transferFailure("remove_bucket failed: \(path)", error, operation: "DeleteBucket")
            failure.output = output
            return failure
        }
        return AWSCommandResult(output: output + "remove_bucket: \(uri.bucket)\n")
    }

    static func remove(_ request: AWSRequest, _ context: inout AWSCommandContext) -> AWSCommandResult {
        let path = request.localString("paths") ?? ""
        guard let uri = S3URI(path) else {
            return AWSCommandResult(errorLines: ["<S3Uri>", "Error: Invalid argument type"], exitStatus: AWSExitStatus.generalError)
        }
        let quiet = request.local["quiet"]?.boolValue ?? false
        if request.local["recursive"]?.boolValue ?? false { return removeAll(under: uri, quiet: quiet, &context) }
        do throws(ServiceError) {
            try context.world.authorizeCaller(action: "s3:DeleteObject", resource: context.world.s3ARN(bucket: uri.bucket, key: uri.key),
                                              service: .s3)
            try context.world.deleteObject(bucket: uri.bucket, key: uri.key)
        } catch {
            return transferFailure("delete failed: \(uri.text)", error, operation: "DeleteObject")
        }
        return AWSCommandResult(output: quiet ? "" : "delete: \(uri.text)\n")
    }

    /// `rm --recursive` and `rb --force`: every object under the prefix, one `delete:` line each.
    static func removeAll(under uri: S3URI, quiet: Bool, _ context: inout AWSCommandContext) -> AWSCommandResult {
        let keys: [String]
        do throws(ServiceError) {
            try context.world.authorizeCaller(action: "s3:ListBucket", resource: context.world.s3ARN(bucket: uri.bucket), service: .s3)
            keys = try context.world.listAllObjectsV2(bucket: uri.bucket, prefix: uri.key).flatMap(\.contents).map(\.key)
        } catch {
            return serviceFailure(error, operation: "ListObjectsV2")
        }
        var output = ""
        for key in keys {
            let target = S3URI(bucket: uri.bucket, key: key)
            do throws(ServiceError) {
                try context.world.authorizeCaller(action: "s3:DeleteObject", resource: context.world.s3ARN(bucket: uri.bucket, key: key),
                                                  service: .s3)
                try context.world.deleteObject(bucket: uri.bucket, key: key)
            } catch {
                var failure = transferFailure("delete failed: \(target.text)", error, operation: "DeleteObject")
                failure.output = output
                return failure
            }
            if !quiet { output += "delete: \(target.text)\n" }
        }
        return AWSCommandResult(output: output)
    }

    // MARK: helpers

    static func serviceFailure(_ error: ServiceError, operation: String) -> AWSCommandResult {
        AWSCommandResult(errorLines: [error.cliMessage(operation: operation)], hint: error.cliHint, exitStatus: AWSExitStatus.serviceError)
    }

    static func metadata(_ request: AWSRequest) -> [String: String] {
        var metadata: [String: String] = [:]
        for (key, value) in request.local["metadata"]?.objectValue ?? [:] { metadata[key] = value.stringValue ?? "" }
        return metadata
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
    }

    /// The CLI prints local paths relative to the working directory: `./a.txt`, `docs/a.txt`.
    static func displayPath(_ path: String) -> String {
        path.contains("/") ? path : "./" + path
    }

    static func leftPadded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
