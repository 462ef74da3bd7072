/// Why the learner's workspace could not give a file; rendered as Python's `OSError` text.
public enum FileAccessError: Error, Equatable, Sendable {
    case notFound
    case isDirectory
    case permissionDenied
    /// Another failure, with its own text.
    case other(String)

    /// `[Errno 2] No such file or directory: 'x.zip'`, as the CLI shows it.
    public func pythonMessage(path: String) -> String {
        let quoted = PythonText.repr(path)
        switch self {
        case .notFound: return "[Errno 2] No such file or directory: \(quoted)"
        case .isDirectory: return "[Errno 21] Is a directory: \(quoted)"
        case .permissionDenied: return "[Errno 13] Permission denied: \(quoted)"
        case .other(let text): return text
        }
    }
}

/// How commands reach the learner's workspace: the Shell passes closures over its workspace
/// directory, tests pass an in-memory dictionary.
public struct FileAccess: Sendable {
    public var read: @Sendable (_ path: String) -> Result<[UInt8], FileAccessError>
    public var write: @Sendable (_ path: String, _ bytes: [UInt8]) -> Result<Void, FileAccessError>

    public init(read: @escaping @Sendable (String) -> Result<[UInt8], FileAccessError>,
                write: @escaping @Sendable (String, [UInt8]) -> Result<Void, FileAccessError>) {
        self.read = read
        self.write = write
    }

    /// No files at all: every read is `notFound`, every write is refused.
    public static let none = FileAccess(read: { _ in .failure(.notFound) }, write: { _, _ in .failure(.permissionDenied) })
}

/// The contents a `file://` or `fileb://` value stands for.
enum ParamFileContents: Equatable {
    case text(String)
    case bytes([UInt8])
}

/// Why a `file://` or `fileb://` value could not be loaded, in the CLI's words.
struct ParamFileError: Error, Equatable {
    var message: String
}

/// `file://PATH` (text, must be UTF-8) and `fileb://PATH` (bytes), as the CLI's paramfile module reads them.
enum ParamFile {
    static func load(_ value: String, files: FileAccess) -> Result<ParamFileContents, ParamFileError>? {
        let binary: Bool
        let path: String
        if value.hasPrefix("fileb://") {
            binary = true
            path = String(value.dropFirst("fileb://".count))
        } else if value.hasPrefix("file://") {
            binary = false
            path = String(value.dropFirst("file://".count))
        } else {
            return nil
        }
        switch files.read(path) {
        case .failure(let error):
            return .failure(ParamFileError(message: "Unable to load paramfile \(value): \(error.pythonMessage(path: path))"))
        case .success(let bytes):
            if binary { return .success(.bytes(bytes)) }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                return .failure(ParamFileError(message: "Unable to load paramfile (\(path)), text contents could not be "
                    + "decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix."))
            }
            return .success(.text(text))
        }
    }
}
