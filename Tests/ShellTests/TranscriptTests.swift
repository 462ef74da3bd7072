import Foundation
import Testing
import WorkbookTestSupport

/// Every `Transcripts/*.transcript` file is replayed through a fresh session and must match exactly.
@Suite("Golden transcripts")
struct TranscriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts").path

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".transcript") }.sorted()
    }

    @Test("The transcripts folder is not empty")
    func present() {
        #expect(Self.files.count >= 8)
    }

    @Test("The REPL gives exactly the recorded transcript", arguments: files)
    func replay(file: String) throws {
        if let failure = try GoldenTranscript.check(file: Self.directory + "/" + file) {
            Issue.record(Comment(rawValue: failure))
        }
    }
}
