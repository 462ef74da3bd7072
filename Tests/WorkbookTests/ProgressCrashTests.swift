import Foundation
import Testing
@testable import Workbook

/// Re-executes this test binary as a writer that saves progress in a loop, kills it with SIGKILL
/// mid-save, and checks that the file still loads with every save the writer had acknowledged.
@Suite("Progress store: crash safety")
struct ProgressCrashTests {
    static let writerVariable = "LAMBDA_WORKBOOK_PROGRESS_WRITER"
    static let lesson = LessonID("crash")!

    /// The writer's side. Runs only when the parent sets `LAMBDA_WORKBOOK_PROGRESS_WRITER` to a path.
    @Test("Writer mode saves progress in a loop, acknowledging each save on standard output",
          .enabled(if: ProcessInfo.processInfo.environment[writerVariable] != nil))
    func writerLoop() throws {
        let path = try #require(ProcessInfo.processInfo.environment[Self.writerVariable])
        let store = ProgressStore(path: path)
        let padding = String(repeating: "x", count: 40)
        var next = (try store.load().progress.lessons[Self.lesson]?.completedExercises.count ?? 0) + 1
        while true {
            try store.update { progress in
                progress.complete(ExerciseID("exercise-\(next)")!, in: Self.lesson, at: Date(timeIntervalSince1970: Double(next)))
                progress.move(to: StepID("step-\(padding)")!, number: next, in: Self.lesson, at: Date(timeIntervalSince1970: Double(next)))
            }
            FileHandle.standardOutput.write(Data("\(next)\n".utf8))
            next += 1
        }
    }

    @Test("A writer killed with SIGKILL mid-save leaves a file that loads with everything acknowledged",
          .enabled(if: PathKind(atPath: "/proc/self/exe") != .missing), .timeLimit(.minutes(2)))
    func killedWriter() throws {
        let path = try ScratchDirectory.make("crash") + "/lambda-workbook/progress.json"
        var acknowledged = 0
        for killAfter in [15, 40, 70] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            process.arguments = ["--testing-library", "swift-testing", "--filter", "ProgressCrashTests/writerLoop"]
            var environment = ProcessInfo.processInfo.environment
            environment[Self.writerVariable] = path
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            var buffer = ""
            var seenThisRound = 0
            while seenThisRound < killAfter {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { break }  // the writer ended early; the checks below will say why
                buffer += String(decoding: data, as: UTF8.self)
                let numbers = buffer.split(separator: "\n").compactMap { Int($0) }
                seenThisRound = numbers.filter { $0 > acknowledged }.count
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            // Acknowledgements written before the kill count too.
            buffer += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let last = buffer.split(separator: "\n").compactMap { Int($0) }.max() ?? acknowledged
            #expect(last >= acknowledged + killAfter, "the writer acknowledged only up to \(last)")
            acknowledged = last

            let loaded = try ProgressStore(path: path).load()
            #expect(loaded.recovery == nil, "the file was corrupt after SIGKILL: \(loaded.recovery?.reason ?? "")")
            let completed = loaded.progress.lessons[Self.lesson]?.completedExercises ?? [:]
            // Every acknowledged save is there; at most the one in flight when killed is there too.
            #expect((1...acknowledged).allSatisfy { completed[ExerciseID("exercise-\($0)")!] != nil })
            #expect(completed.count <= acknowledged + 1)
            acknowledged = completed.count
        }
    }
}
