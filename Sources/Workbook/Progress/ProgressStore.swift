import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stores ``LearnerProgress`` in one JSON file (the executable passes
/// `$XDG_DATA_HOME/lambda-workbook/progress.json`; the library reads no environment).
///
/// - Every load and update holds an exclusive `flock` on `<file>.lock`, so concurrent
///   lambda-workbook instances take turns, and an update re-reads the file under the lock so no
///   instance overwrites another's progress.
/// - Writes are atomic: a temporary file beside the real one is written and `fsync`ed, renamed
///   over it, and the directory is `fsync`ed. A crash at any moment leaves the old or the new file.
/// - A file that cannot be read is moved aside to `<file>.corrupt-<n>` and reported in
///   ``ProgressLoad/recovery``; a file from a newer version is refused and left alone.
public struct ProgressStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Reads the progress (empty when there is no file yet).
    public func load() throws(ProgressStoreError) -> ProgressLoad {
        try withLock { () throws(ProgressStoreError) in try readLocked() }
    }

    /// Reads the progress, applies `change`, and writes it back atomically, all under the lock.
    @discardableResult
    public func update(_ change: (inout LearnerProgress) -> Void) throws(ProgressStoreError) -> ProgressLoad {
        try withLock { () throws(ProgressStoreError) in
            var loaded = try readLocked()
            change(&loaded.progress)
            try writeLocked(loaded.progress)
            return loaded
        }
    }

    /// Replaces the stored progress with `progress`.
    public func save(_ progress: LearnerProgress) throws(ProgressStoreError) {
        try withLock { () throws(ProgressStoreError) in try writeLocked(progress) }
    }

    // MARK: Locked operations

    func readLocked() throws(ProgressStoreError) -> ProgressLoad {
        guard let data = FileManager.default.contents(atPath: path) else {
            if PathKind(atPath: path) == .missing { return ProgressLoad(progress: LearnerProgress(), recovery: nil) }
            throw ProgressStoreError(path: path, problem: .unreadable(errno: errno))
        }
        do {
            return ProgressLoad(progress: try LearnerProgress.decode(data), recovery: nil)
        } catch {
            switch error {
            case .newerVersion(let version):
                throw ProgressStoreError(path: path, problem: .newerVersion(version))
            case .corrupt(let detail):
                let aside = try moveAside()
                return ProgressLoad(progress: LearnerProgress(), recovery: ProgressRecovery(originalPath: path, movedTo: aside, reason: detail))
            }
        }
    }

    /// Renames the file to the first free `<file>.corrupt-<n>`.
    func moveAside() throws(ProgressStoreError) -> String {
        var number = 1
        while PathKind(atPath: "\(path).corrupt-\(number)") != .missing { number += 1 }
        let destination = "\(path).corrupt-\(number)"
        guard rename(path, destination) == 0 else {
            throw ProgressStoreError(path: path, problem: .cannotMoveAside(errno: errno))
        }
        syncDirectory()
        return destination
    }

    func writeLocked(_ progress: LearnerProgress) throws(ProgressStoreError) {
        let bytes = [UInt8](progress.encoded())
        let temporary = path + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ProgressStoreError(path: path, problem: .cannotWrite(errno: errno)) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw ProgressStoreError(path: path, problem: .cannotWrite(errno: code))
            }
            written += result
        }
        guard fsync(descriptor) == 0 else {
            let code = errno
            close(descriptor)
            unlink(temporary)
            throw ProgressStoreError(path: path, problem: .cannotWrite(errno: code))
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw ProgressStoreError(path: path, problem: .cannotWrite(errno: code))
        }
        syncDirectory()
    }

    /// Makes the directory entry changes (rename) durable.
    func syncDirectory() {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Runs `body` holding an exclusive lock on `<file>.lock`, creating the directory if needed.
    func withLock<T>(_ body: () throws(ProgressStoreError) -> T) throws(ProgressStoreError) -> T {
        switch PathKind(atPath: directory) {
        case .directory: break
        case .file: throw ProgressStoreError(path: path, problem: .cannotCreateDirectory(errno: ENOTDIR))
        case .missing:
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw ProgressStoreError(path: path, problem: .cannotCreateDirectory(errno: errno))
            }
        }
        let descriptor = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ProgressStoreError(path: path, problem: .cannotLock(errno: errno)) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw ProgressStoreError(path: path, problem: .cannotLock(errno: errno)) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

/// Progress as loaded, with the story of a corrupt file if there was one.
public struct ProgressLoad: Sendable, Equatable {
    public var progress: LearnerProgress
    /// Set when the file could not be read and was moved aside; show ``ProgressRecovery/message``.
    public var recovery: ProgressRecovery?
}

/// A corrupt progress file that was moved aside instead of being discarded.
public struct ProgressRecovery: Sendable, Equatable {
    public var originalPath: String
    public var movedTo: String
    /// What is wrong with it (`not valid JSON`, `missing 'version' at the top level`, …).
    public var reason: String

    /// What to tell the learner.
    public var message: String {
        "Your progress file \(originalPath) could not be read (\(reason)). It was kept as \(movedTo), and progress starts afresh."
    }
}

/// A progress file that cannot be read or written, and why.
public struct ProgressStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case newerVersion(Int)
        case unreadable(errno: Int32)
        case cannotWrite(errno: Int32)
        case cannotLock(errno: Int32)
        case cannotCreateDirectory(errno: Int32)
        case cannotMoveAside(errno: Int32)
    }

    public var path: String
    public var problem: Problem

    public var description: String {
        func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
        switch problem {
        case .newerVersion(let version):
            return "\(path) was written by a newer lambda-workbook (progress version \(version); this one reads up to \(LearnerProgress.currentVersion)). It was left untouched; update lambda-workbook to continue."
        case .unreadable(let code): return "\(path) cannot be read: \(reason(code))"
        case .cannotWrite(let code): return "progress cannot be saved to \(path): \(reason(code))"
        case .cannotLock(let code): return "\(path).lock cannot be locked: \(reason(code))"
        case .cannotCreateDirectory(let code): return "the folder for \(path) cannot be created: \(reason(code))"
        case .cannotMoveAside(let code): return "\(path) is corrupt and cannot be moved aside: \(reason(code))"
        }
    }
}
