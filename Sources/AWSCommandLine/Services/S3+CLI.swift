/// The AWS CLI's customizations of S3's API operations, applied to the declarations generated from botocore's model:
/// `put-object --body` names a file to upload (S3's streaming body), and `get-object` writes the body to an outfile.
enum S3Operations {
    /// Every `s3api` operation the workbook declares, with the CLI's customizations applied.
    static let declarations: [AWSOperationDeclaration] = S3Model.declarations.map { declaration in
        switch declaration.apiName {
        case "PutObject": return putObject
        case "GetObject": return getObject
        default: return declaration
        }
    }

    /// `--body FILE`: a path, not a blob value (no `fileb://`): the CLI opens the file and streams it.
    static let putObject: AWSOperationDeclaration = {
        var declaration = S3Model.putObject
        if let body = declaration.parameters.firstIndex(where: { $0.member == "Body" }) {
            var path = AWSParameter.local("Body", .string, help: "Object data: the path of a file to upload.").named("--body")
            path.checks = [.existingFile]
            declaration.parameters[body] = path
        }
        return declaration
    }()

    /// `aws s3api get-object --bucket B --key K outfile`: the body goes to the file, the metadata to the output.
    static let getObject: AWSOperationDeclaration = {
        var declaration = S3Model.getObject
        declaration.parameters.append(.positional("outfile", help: "Filename where the content will be saved."))
        return declaration
    }()
}

/// `s3://bucket/key` as the high-level `aws s3` commands read it.
struct S3URI: Equatable {
    var bucket: String
    var key: String

    /// nil unless `text` starts with `s3://`.
    init?(_ text: String) {
        guard text.hasPrefix("s3://") else { return nil }
        let rest = text.dropFirst(5)
        if let slash = rest.firstIndex(of: "/") {
            bucket = String(rest[..<slash])
            key = String(rest[rest.index(after: slash)...])
        } else {
            bucket = String(rest)
            key = ""
        }
    }

    init(bucket: String, key: String) {
        self.bucket = bucket
        self.key = key
    }

    var text: String { "s3://\(bucket)/\(key)" }
    /// The key names a "folder": empty or ending in `/`.
    var isFolder: Bool { key.isEmpty || key.hasSuffix("/") }
}

/// The content type the CLI guesses from a file's extension (Python's `mimetypes`), for `aws s3 cp`.
enum ContentTypeGuess {
    static let byExtension: [String: String] = [
        "txt": "text/plain", "json": "application/json", "html": "text/html", "htm": "text/html", "css": "text/css",
        "js": "text/javascript", "csv": "text/csv", "md": "text/markdown", "xml": "application/xml", "py": "text/x-python",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "svg": "image/svg+xml",
        "pdf": "application/pdf", "zip": "application/zip", "gz": "application/gzip", "yaml": "application/yaml",
        "yml": "application/yaml",
    ]

    static func forPath(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return byExtension[name[name.index(after: dot)...].lowercased()]
    }
}
