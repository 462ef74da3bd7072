import Foundation

/// Checks that ZIPFoundation can read an archive held in memory without seeking past its end.
///
/// ZIPFoundation 0.9.20 reads in-memory archives through a `FILE` whose read callback traps when the position is
/// beyond the data (`Archive+MemoryFile.swift`, `readData`). A damaged archive whose offsets point past its end
/// would therefore crash the whole REPL. This guard follows the same path ZIPFoundation takes (end of central
/// directory, ZIP64 records, each central directory entry, its local header and data descriptor) and refuses any
/// archive that would make it seek past the end. It is not a zip reader: it only checks positions.
enum ZipReadGuard {
    /// `true` when every position ZIPFoundation will read from lies within the data.
    static func isSafeToRead(_ data: Data) -> Bool { dataOffsets(data) != nil }

    /// Where each entry's data starts, in central directory order (the order ZIPFoundation lists entries in), or `nil`
    /// when ZIPFoundation would seek past the end. Entries after one that ZIPFoundation cannot parse are left out, as
    /// its iteration stops there too.
    static func dataOffsets(_ data: Data) -> [UInt64]? {
        let bytes = [UInt8](data)
        let length = UInt64(bytes.count)
        func value(_ position: UInt64, _ size: Int) -> UInt64? {
            guard position <= length, UInt64(size) <= length - position else { return nil }
            var result: UInt64 = 0
            for index in (0..<size).reversed() { result = result << 8 | UInt64(bytes[Int(position) + index]) }
            return result
        }
        func u16(_ position: UInt64) -> UInt64 { value(position, 2) ?? 0 }
        func u32(_ position: UInt64) -> UInt64 { value(position, 4) ?? 0 }
        func u64(_ position: UInt64) -> UInt64 { value(position, 8) ?? 0 }

        // End of central directory: the first signature found scanning back from 22 bytes before the end.
        var offsets: [UInt64] = []
        guard length >= 22 else { return offsets }
        var endRecord: UInt64?
        var back: UInt64 = 22
        while back <= length {
            if u32(length - back) == 0x0605_4B50 { endRecord = length - back; break }
            back += 1
        }
        guard let end = endRecord else { return offsets }  // ZIPFoundation refuses it cleanly
        guard end + 22 + u16(end + 20) <= length else { return offsets }  // comment cut short: refused cleanly
        var entryCount = u16(end + 10)
        var directory = u32(end + 16)
        // ZIP64 end of central directory: locator and record just before the classic record.
        if end > 20, end - 20 > 56 {
            let locator = end - 20, record = end - 20 - 56
            if u32(locator) == 0x0706_4B50, u32(record) == 0x0606_4B50, u16(record + 14) >= 45 {
                entryCount = u64(record + 32)
                directory = u64(record + 48)
            }
        }
        guard directory <= length else { return nil }
        var index: UInt64 = 0
        while index < entryCount {
            // A central directory entry that does not parse ends ZIPFoundation's iteration.
            guard u32(directory) == 0x0201_4B50, directory + 46 <= length else { return offsets }
            let nameLength = u16(directory + 28), extraLength = u16(directory + 30), commentLength = u16(directory + 32)
            let next = directory + 46 + nameLength + extraLength + commentLength
            guard next <= length else { return offsets }
            let flags = u16(directory + 8), method = u16(directory + 10), versionNeeded = u16(directory + 6)
            let compressed = u32(directory + 20), uncompressed = u32(directory + 24)
            let disk = u16(directory + 34), relativeOffset = u32(directory + 42)
            let zip64 = zip64Information(bytes: bytes, start: directory + 46 + nameLength, length: extraLength,
                                         uncompressedIsMax: uncompressed == 0xFFFF_FFFF, compressedIsMax: compressed == 0xFFFF_FFFF,
                                         offsetIsMax: relativeOffset == 0xFFFF_FFFF, diskIsMax: disk == 0xFFFF, read: value)
            let isZIP64 = versionNeeded & 0xFF >= 45 || zip64 != nil
            func effective(_ wide: UInt64?, _ narrow: UInt64) -> UInt64 {
                if isZIP64, let wide, wide > 0 { return wide }
                return narrow
            }
            let localHeader = effective(zip64?.offset, relativeOffset)
            guard localHeader <= length else { return nil }
            // A local header that does not parse ends the iteration too.
            guard u32(localHeader) == 0x0403_4B50, localHeader + 30 <= length else { return offsets }
            let (dataStart, overflow) = localHeader.addingReportingOverflow(30 + u16(localHeader + 26) + u16(localHeader + 28))
            guard !overflow, dataStart <= length else { return offsets }
            if flags & 0x8 != 0 {
                let size = method != 0 ? effective(zip64?.compressed, compressed) : effective(zip64?.uncompressed, uncompressed)
                let (descriptor, overflow) = dataStart.addingReportingOverflow(size)
                guard !overflow, descriptor <= length else { return nil }
            }
            offsets.append(dataStart)
            directory = next
            index += 1
        }
        return offsets
    }

    /// The ZIP64 extended information field (tag 1) as ZIPFoundation reads it: present only when its size is exactly
    /// what the central directory's saturated fields call for, values in order.
    private static func zip64Information(bytes: [UInt8], start: UInt64, length: UInt64, uncompressedIsMax: Bool, compressedIsMax: Bool,
                                         offsetIsMax: Bool, diskIsMax: Bool,
                                         read: (UInt64, Int) -> UInt64?) -> (uncompressed: UInt64?, compressed: UInt64?, offset: UInt64?)? {
        guard length > 0 else { return nil }
        var position: UInt64 = 0
        while length >= 4, position < length - 4 {
            guard let tag = read(start + position, 2), let size = read(start + position + 2, 2) else { return nil }
            let next = position + 4 + size
            guard next <= length else { return nil }
            if tag == 1 {
                let expected = (uncompressedIsMax ? 8 : 0) + (compressedIsMax ? 8 : 0) + (offsetIsMax ? 8 : 0) + (diskIsMax ? 4 : 0)
                guard 4 + size == UInt64(expected) + 4 else { return nil }
                var cursor = start + position + 4
                func take(_ present: Bool) -> UInt64? {
                    guard present else { return nil }
                    defer { cursor += 8 }
                    return read(cursor, 8)
                }
                let uncompressed = take(uncompressedIsMax), compressed = take(compressedIsMax), offset = take(offsetIsMax)
                return (uncompressed, compressed, offset)
            }
            position = next
        }
        return nil
    }
}
