import Foundation
import ZIPFoundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The directory where a learner's files live: handlers, zip archives, payloads, lesson files.
///
/// Paths given by the learner are relative to it and may not leave it; every failure is a
/// ``WorkspaceError`` that names the path as the learner typed it.
public struct Workspace: Sendable {
    /// The absolute path of the workspace directory.
    public let root: String
    /// Whether ``write(_:to:)`` replaces files atomically and durably (a temporary file, flushed to disk,
    /// then renamed). A scratch workspace that is thrown away afterwards (`lint`, `grade`) turns it off:
    /// flushing to disk is what makes those runs slow on a busy machine.
    public let durableWrites: Bool

    public init(root: String, durableWrites: Bool = true) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.durableWrites = durableWrites
    }

    /// Creates the directory (and its parents) if it does not exist yet.
    public func createIfNeeded() throws(WorkspaceError) {
        switch FileKind(atPath: root) {
        case .directory: return
        case .file: throw WorkspaceError(path: root, problem: .notADirectory)
        case .missing: break
        }
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw WorkspaceError(path: root, problem: .cannotCreate)
        }
    }

    /// One entry of a listing.
    public struct Entry: Equatable, Sendable {
        public var name: String
        public var isDirectory: Bool
        public var size: Int
    }

    /// The entries of a directory in the workspace (the workspace itself by default), sorted by name.
    /// Hidden files (starting with `.`) are left out unless `includeHidden`.
    public func list(_ path: String = ".", includeHidden: Bool = false) throws(WorkspaceError) -> [Entry] {
        let absolute = try resolve(path)
        switch FileKind(atPath: absolute) {
        case .missing: throw WorkspaceError(path: path, problem: .notFound)
        case .file(let size): return [Entry(name: path, isDirectory: false, size: size)]
        case .directory: break
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: absolute)
        } catch {
            throw WorkspaceError(path: path, problem: .unreadable)
        }
        return names.filter { includeHidden || !$0.hasPrefix(".") }.sorted().map { name in
            switch FileKind(atPath: absolute + "/" + name) {
            case .directory: return Entry(name: name, isDirectory: true, size: 0)
            case .file(let size): return Entry(name: name, isDirectory: false, size: size)
            case .missing: return Entry(name: name, isDirectory: false, size: 0)
            }
        }
    }

    /// The bytes of a file in the workspace.
    public func read(_ path: String) throws(WorkspaceError) -> [UInt8] {
        let absolute = try resolve(path)
        switch FileKind(atPath: absolute) {
        case .missing: throw WorkspaceError(path: path, problem: .notFound)
        case .directory: throw WorkspaceError(path: path, problem: .isADirectory)
        case .file: break
        }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw WorkspaceError(path: path, problem: .unreadable)
        }
        return Array(data)
    }

    /// Writes `bytes` to a file in the workspace, creating parent directories; the write is atomic.
    public func write(_ bytes: [UInt8], to path: String) throws(WorkspaceError) {
        let absolute = try resolve(path)
        let directory = String(absolute[..<(absolute.lastIndex(of: "/") ?? absolute.startIndex)])
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            if durableWrites {
                try Data(bytes).write(to: URL(fileURLWithPath: absolute), options: .atomic)
            } else if !Self.writeWithoutFlushing(bytes, to: absolute) {
                throw WorkspaceError(path: path, problem: .cannotWrite)
            }
        } catch {
            throw WorkspaceError(path: path, problem: .cannotWrite)
        }
    }

    /// Writes a file in place with plain `write` calls (Foundation's `Data.write` always flushes to disk).
    private static func writeWithoutFlushing(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// The absolute path for `path`, refusing anything that would leave the workspace.
    public func resolve(_ path: String) throws(WorkspaceError) -> String {
        guard !path.isEmpty else { throw WorkspaceError(path: path, problem: .empty) }
        guard !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" }) else {
            throw WorkspaceError(path: path, problem: .controlCharacters)
        }
        var components: [Substring] = []
        var relative = Substring(path)
        if path.hasPrefix("/") {
            guard path == root || path.hasPrefix(root + "/") else {
                throw WorkspaceError(path: path, problem: .outsideWorkspace)
            }
            relative = path.dropFirst(root.count)
        }
        for component in relative.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { throw WorkspaceError(path: path, problem: .outsideWorkspace) }
                components.removeLast()
            default: components.append(component)
            }
        }
        return ([Substring(root)] + components).joined(separator: "/")
    }
}

/// What is at a path: nothing, a directory, or a file of some size (symbolic links are followed).
package enum FileKind: Equatable {
    case missing, directory, file(size: Int)

    package init(atPath path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { self = .missing; return }
        self = (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file(size: Int(info.st_size))
    }
}

/// A workspace path that cannot be used, and why.
public struct WorkspaceError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Problem: Equatable, Sendable {
        case notFound, isADirectory, notADirectory, unreadable, cannotWrite, cannotCreate
        case outsideWorkspace, empty, controlCharacters
    }

    /// The path as the learner typed it.
    public var path: String
    public var problem: Problem

    public var description: String {
        let shown = WorkspaceError.printable(path)
        switch problem {
        case .notFound: return "\(shown): no such file or directory in the workspace"
        case .isADirectory: return "\(shown): is a directory"
        case .notADirectory: return "\(shown): is not a directory"
        case .unreadable: return "\(shown): cannot be read"
        case .cannotWrite: return "\(shown): cannot be written"
        case .cannotCreate: return "\(shown): the workspace directory cannot be created"
        case .outsideWorkspace: return "\(shown): is outside the workspace (paths are relative to it)"
        case .empty: return "an empty path names no file"
        case .controlCharacters: return "\(shown): a path cannot contain control characters"
        }
    }

    /// `path` quoted, with control characters escaped so they cannot disturb the terminal.
    static func printable(_ path: String) -> String {
        var out = "'"
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "'": out += "\\'"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }
}

/// `zip ARCHIVE FILE...` inside the workspace, as AWS's tutorials use Info-ZIP to package a function.
///
/// Entries are stored uncompressed with a fixed date (1980-01-01) and fixed permissions, so the same
/// files always give the same bytes, and therefore the same `CodeSha256`, on every machine.
extension Workspace {
    /// One line of what `zip` did, as Info-ZIP prints it (`  adding: app.py (stored 0%)`).
    public struct ZipAction: Equatable, Sendable {
        public enum Kind: String, Sendable { case adding, updating }
        public var kind: Kind
        public var entry: String
        public var line: String { "  \(kind.rawValue): \(entry) (stored 0%)" }
    }

    /// The outcome of a `zip` run: what was added, and the names that matched nothing (Info-ZIP warns about them).
    public struct ZipResult: Equatable, Sendable {
        public var actions: [ZipAction]
        public var unmatched: [String]
    }

    /// Creates or updates `archive` with `paths` (directories only as entries unless `recursive`).
    public func zip(_ paths: [String], into archive: String, recursive: Bool) throws(ZipError) -> ZipResult {
        var entries: [(name: String, bytes: [UInt8]?)] = []  // nil bytes: a directory entry
        var existing: [String: [UInt8]?] = [:]
        var existingOrder: [String] = []
        let archivePath: String
        do { archivePath = try resolve(archive) } catch { throw ZipError(message: error.description) }
        if case .file = FileKind(atPath: archivePath) {
            let bytes: [UInt8]
            do { bytes = try read(archive) } catch { throw ZipError(message: error.description) }
            for entry in try Self.readEntries(bytes, archive: archive) {
                existing[entry.name] = entry.bytes
                existingOrder.append(entry.name)
            }
        }
        var unmatched: [String] = []
        for path in paths {
            let name: String
            let absolute: String
            do {
                absolute = try resolve(path)
                name = String(absolute.dropFirst(root.count + 1))
            } catch {
                throw ZipError(message: error.description)
            }
            guard absolute != archivePath else { continue }
            switch FileKind(atPath: absolute) {
            case .missing:
                unmatched.append(path)
            case .file:
                entries.append((name, try? read(name)))
            case .directory:
                entries.append((name + "/", nil))
                if recursive { try collect(directory: name, into: &entries, skipping: archivePath) }
            }
        }
        guard !entries.isEmpty else { throw ZipError(message: "Nothing to do! (\(archive))", unmatched: unmatched) }

        var actions: [ZipAction] = []
        var final: [(name: String, bytes: [UInt8]?)] = existingOrder.map { ($0, existing[$0]!) }
        for entry in entries {
            if let index = final.firstIndex(where: { $0.name == entry.name }) {
                final[index] = entry
                actions.append(ZipAction(kind: .updating, entry: entry.name))
            } else {
                final.append(entry)
                actions.append(ZipAction(kind: .adding, entry: entry.name))
            }
        }
        let bytes = try Self.archiveBytes(final)
        do { try write(bytes, to: archive) } catch { throw ZipError(message: error.description) }
        return ZipResult(actions: actions, unmatched: unmatched)
    }

    private func collect(directory: String, into entries: inout [(name: String, bytes: [UInt8]?)],
                         skipping archivePath: String) throws(ZipError) {
        let listing: [Entry]
        do { listing = try list(directory, includeHidden: true) } catch { throw ZipError(message: error.description) }
        for item in listing {
            let name = directory + "/" + item.name
            if root + "/" + name == archivePath { continue }
            if item.isDirectory {
                entries.append((name + "/", nil))
                try collect(directory: name, into: &entries, skipping: archivePath)
            } else {
                entries.append((name, try? read(name)))
            }
        }
    }

    /// The 1980-01-01 DOS epoch: the earliest date a zip entry can carry.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    static func archiveBytes(_ entries: [(name: String, bytes: [UInt8]?)]) throws(ZipError) -> [UInt8] {
        do {
            let archive = try Archive(accessMode: .create)
            for entry in entries {
                if let bytes = entry.bytes {
                    let data = Data(bytes)
                    try archive.addEntry(with: entry.name, type: .file, uncompressedSize: Int64(data.count),
                                         modificationDate: entryDate, permissions: 0o644) { position, size in
                        data.subdata(in: Int(position)..<Int(position) + size)
                    }
                } else {
                    try archive.addEntry(with: entry.name, type: .directory, uncompressedSize: Int64(0),
                                         modificationDate: entryDate, permissions: 0o755) { _, _ in Data() }
                }
            }
            guard let data = archive.data else { throw ZipError(message: "the archive could not be built") }
            return Array(data)
        } catch let error as ZipError {
            throw error
        } catch {
            throw ZipError(message: "the archive could not be built: \(error)")
        }
    }

    static func readEntries(_ bytes: [UInt8], archive name: String) throws(ZipError) -> [(name: String, bytes: [UInt8]?)] {
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            var result: [(name: String, bytes: [UInt8]?)] = []
            for entry in archive {
                if entry.type == .directory {
                    result.append((entry.path, nil))
                    continue
                }
                var content = Data()
                _ = try archive.extract(entry, skipCRC32: false) { content.append($0) }
                result.append((entry.path, Array(content)))
            }
            return result
        } catch {
            throw ZipError(message: "\(name) is not a zip archive it can update")
        }
    }
}

/// `zip` could not do what was asked; the message follows Info-ZIP's wording where it has one.
public struct ZipError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var unmatched: [String] = []
    public var description: String { message }
}

/// The C library's `write(2)` (inside `Workspace`, `write` names the method).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
