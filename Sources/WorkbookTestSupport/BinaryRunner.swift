import Foundation

/// Runs the built `lambda-workbook` binary, for end-to-end tests.
public enum BinaryRunner {
    public struct Output: Sendable {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
    }

    /// The binary next to the test bundle (`.build/<config>/lambda-workbook`), or `$LAMBDA_WORKBOOK_BIN`.
    public static func binaryPath() -> String {
        if let explicit = ProcessInfo.processInfo.environment["LAMBDA_WORKBOOK_BIN"] { return explicit }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // On Linux the test runner is `<products>/LambdaWorkbookPackageTests.xctest`.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("lambda-workbook").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("lambda-workbook").path
    }

    /// Runs the binary with `arguments`, feeding `input` (bytes) on standard input, in an isolated HOME.
    public static func run(_ arguments: [String], input: [UInt8] = [], environment extra: [String: String] = [:],
                           workingDirectory: String? = nil) throws -> Output {
        let home = try TemporaryDirectory.make(prefix: "home")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binaryPath())
        process.arguments = arguments
        var environment = ["HOME": home, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8"]
        environment.merge(extra) { $1 }
        process.environment = environment
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Feed input and drain output concurrently so large inputs or outputs cannot deadlock.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = ErrorDrain(stderr.fileHandleForReading)
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData.wait(), as: UTF8.self))
    }
}

/// Reads a pipe to its end on its own thread.
private final class ErrorDrain: @unchecked Sendable {
    // Safe: `data` is written once by the reading thread before `done` is signalled, and read only
    // after `wait()` has observed that signal.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
