import Foundation

/// What is at a path on disk, for the lesson loader, the grader and the progress store.
enum PathKind: Equatable {
    case missing, directory, file

    init(atPath path: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { self = .missing; return }
        self = isDirectory.boolValue ? .directory : .file
    }
}
