#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The history file: one entry per line, with `\` and line breaks escaped so multi-line inputs survive.
///
/// Kept in `$XDG_STATE_HOME/lambda-workbook/history` (default `~/.local/state/lambda-workbook/history`).
/// Writes go to a temporary file that is renamed over the old one, so a crash never leaves half a history.
public struct HistoryFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The default location, from the environment the executable passes in.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/lambda-workbook/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/lambda-workbook/history"
    }

    /// The entries stored in the file; an unreadable or missing file gives none.
    public func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map { Self.decode(String($0)) }
    }

    /// Replaces the file's contents with `entries`, creating its directory when needed.
    public func save(_ entries: [String]) throws {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let text = entries.map(Self.encode).joined(separator: "\n") + (entries.isEmpty ? "" : "\n")
        let temporary = path + ".tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            throw HistoryFileError(path: path, errorNumber: errno)
        }
    }

    static func encode(_ entry: String) -> String {
        var out = ""
        out.reserveCapacity(entry.utf8.count)
        for character in entry.unicodeScalars {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    static func decode(_ line: String) -> String {
        var out = ""
        var escaping = false
        for character in line.unicodeScalars {
            if escaping {
                switch character {
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

/// The history file could not be written.
public struct HistoryFileError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let errorNumber: Int32

    public var description: String {
        "cannot save history to \(path): \(String(cString: strerror(errorNumber)))"
    }
}
