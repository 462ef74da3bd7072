import AWSCommandLine
import Workbook

extension Workspace {
    /// The workspace as the AWS CLI's `file://`, `fileb://` and output files see it.
    var fileAccess: FileAccess {
        let workspace = self
        return FileAccess(
            read: { path in
                do throws(WorkspaceError) {
                    return .success(try workspace.read(path))
                } catch {
                    return .failure(error.fileAccessError)
                }
            },
            write: { path, bytes in
                do throws(WorkspaceError) {
                    try workspace.write(bytes, to: path)
                    return .success(())
                } catch {
                    return .failure(error.fileAccessError)
                }
            }
        )
    }
}

extension WorkspaceError {
    /// The same failure in the terms the AWS CLI reports (Python's errno texts), or the workbook's own.
    var fileAccessError: FileAccessError {
        switch problem {
        case .notFound: return .notFound
        case .isADirectory: return .isDirectory
        case .cannotWrite, .unreadable: return .permissionDenied
        default: return .other(description)
        }
    }
}
