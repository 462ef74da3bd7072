import Crypto
import Foundation
import ZIPFoundation

/// A deployment package: the zip archive's bytes, read in memory, never from disk.
///
///     let package = try CodePackage(zipBytes: bytes, operation: "CreateFunction")
///     package.codeSha256        // base64 of the SHA-256 of the bytes, as Lambda reports it
///     package.pythonSources     // the .py files and their text, for the runtime
public struct CodePackage: Sendable, Hashable {
    /// Lambda's limit on a zip uploaded directly (50 MB).
    public static let maximumZippedSize = 52_428_800
    /// Lambda's limit on the unzipped contents, layers included (250 MB).
    public static let maximumUnzippedSize = 262_144_000
    /// The request-size limit AWS quotes when a zip is too big (the base64 of 50 MB plus the request body).
    public static let maximumRequestSize = 69_905_067

    /// One file of the archive.
    public struct File: Sendable, Hashable {
        /// The path inside the archive (`lambda_function.py`, `pkg/util.py`).
        public let path: String
        /// The uncompressed size in bytes.
        public let size: Int
        /// The text of a `.py` file (UTF-8); `nil` for other files and for bytes that are not UTF-8.
        public let text: String?
    }

    public let zipBytes: Data
    /// `CodeSha256`: base64 of the SHA-256 of the zip bytes.
    public let codeSha256: String
    /// Files in archive order (directories left out).
    public let files: [File]

    /// `CodeSize`: the zip's size in bytes.
    public var codeSize: Int { zipBytes.count }
    /// The sum of the files' uncompressed sizes.
    public var unzippedSize: Int { files.reduce(0) { $0 + $1.size } }
    /// The `.py` files with their text, by path.
    public var pythonSources: [(path: String, text: String)] {
        files.compactMap { file in file.text.map { (file.path, $0) } }
    }

    /// Reads `zipBytes` as Lambda does, refusing what Lambda refuses with its messages.
    /// - Parameter operation: the API operation, for the size message (`CreateFunction`, `UpdateFunctionCode`).
    public init(zipBytes: Data, operation: String = "CreateFunction") throws(ServiceError) {
        if zipBytes.count > CodePackage.maximumZippedSize {
            throw .lambda(.requestEntityTooLarge,
                          "Request must be smaller than \(CodePackage.maximumRequestSize) bytes for the \(operation) operation")
        }
        self.zipBytes = zipBytes
        self.codeSha256 = Data(SHA256.hash(data: zipBytes)).base64EncodedString()
        self.files = try CodePackage.readFiles(zipBytes)
        if unzippedSize > CodePackage.maximumUnzippedSize {
            throw .lambda(.invalidParameterValue, "Unzipped size must be smaller than \(CodePackage.maximumUnzippedSize) bytes")
        }
    }

    private static let unzipFailure = ServiceError.lambda(
        .invalidParameterValue, "Could not unzip uploaded file. Please check your file, then try to upload again.")

    private static func readFiles(_ bytes: Data) throws(ServiceError) -> [File] {
        // ZIPFoundation lists the entries; the guard first makes sure it never seeks past the end (see ZipReadGuard).
        guard let dataOffsets = ZipReadGuard.dataOffsets(bytes) else { throw unzipFailure }
        let archive: Archive
        do {
            archive = try Archive(data: bytes, accessMode: .read)
        } catch {
            throw unzipFailure
        }
        var files: [File] = []
        var total: UInt64 = 0
        for (index, entry) in archive.enumerated() where entry.type == .file {
            total += entry.uncompressedSize
            // Sizes come from the central directory: refuse a zip bomb before inflating anything.
            if total > UInt64(maximumUnzippedSize) {
                throw .lambda(.invalidParameterValue, "Unzipped size must be smaller than \(maximumUnzippedSize) bytes")
            }
            var text: String?
            if entry.path.hasSuffix(".py") {
                guard index < dataOffsets.count else { throw unzipFailure }
                let contents = try contents(of: entry, in: bytes, at: dataOffsets[index])
                text = String(data: contents, encoding: .utf8)
            }
            files.append(File(path: entry.path, size: Int(entry.uncompressedSize), text: text))
        }
        return files
    }

    /// An entry's bytes, inflated with ZIPFoundation's `Data.decompress` from exactly its compressed bytes. The input
    /// ends where the entry ends (ZIPFoundation's own reader would spin forever on a deflate stream that never ends),
    /// the output may not exceed the declared size, and the CRC must match.
    private static func contents(of entry: Entry, in bytes: Data, at offset: UInt64) throws(ServiceError) -> Data {
        let start = UInt64(bytes.startIndex) + offset
        let (end, overflow) = start.addingReportingOverflow(entry.compressedSize)
        guard !overflow, end <= UInt64(bytes.endIndex) else { throw unzipFailure }
        let compressed = bytes.subdata(in: Int(start)..<Int(end))
        guard entry.isCompressed else {
            guard UInt64(compressed.count) == entry.uncompressedSize, compressed.crc32(checksum: 0) == entry.checksum else {
                throw unzipFailure
            }
            return compressed
        }
        struct Exhausted: Error {}
        var output = Data()
        do {
            let checksum = try Data.decompress(
                size: Int64(compressed.count), bufferSize: 16 * 1024, skipCRC32: false,
                provider: { position, size in
                    guard position < compressed.count else { throw Exhausted() }
                    let from = compressed.startIndex + Int(position)
                    return compressed.subdata(in: from..<min(from + size, compressed.endIndex))
                },
                consumer: { chunk in
                    output.append(chunk)
                    if UInt64(output.count) > entry.uncompressedSize { throw Exhausted() }
                })
            guard checksum == entry.checksum, UInt64(output.count) == entry.uncompressedSize else { throw Exhausted() }
        } catch {
            throw unzipFailure
        }
        return output
    }

    /// Builds a zip archive in memory from files, deterministically (fixed timestamps, given order): what the
    /// workbook's `zip ARCHIVE FILE...` command and tests use.
    public static func zip(_ entries: [(path: String, contents: [UInt8])]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        // 1980-01-01, the earliest instant a zip timestamp can hold: the same bytes on every machine.
        let fixedDate = Date(timeIntervalSince1970: 315_532_800)
        for entry in entries {
            let data = Data(entry.contents)
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: fixedDate, permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { preconditionFailure("an in-memory archive always has data") }
        return data
    }

    /// ``zip(_:)`` for text files.
    public static func zip(textFiles: [(path: String, text: String)]) throws -> Data {
        try zip(textFiles.map { ($0.path, Array($0.text.utf8)) })
    }
}

extension CodePackage: Codable {
    private enum CodingKeys: String, CodingKey { case zipBytes }

    /// Snapshots keep the bytes only; reading one reads the archive again.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let bytes = try container.decode(Data.self, forKey: .zipBytes)
        do {
            self = try CodePackage(zipBytes: bytes)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .zipBytes, in: container, debugDescription: error.message)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(zipBytes, forKey: .zipBytes)
    }
}
