import Foundation
import Testing
@testable import Workbook

@Suite("Progress store")
struct ProgressStoreTests {
    let lesson = LessonID("01-hello")!
    let greet = ExerciseID("greet")!

    func makeStore() throws -> ProgressStore {
        ProgressStore(path: try ScratchDirectory.make("progress") + "/data/lambda-workbook/progress.json")
    }

    func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 1_800_000_000 + seconds) }

    @Test("A missing file loads as empty progress of the current version, and its folder is created")
    func missing() throws {
        let store = try makeStore()
        let loaded = try store.load()
        #expect(loaded.progress == LearnerProgress())
        #expect(loaded.progress.version == LearnerProgress.currentVersion)
        #expect(loaded.recovery == nil)
        #expect(PathKind(atPath: store.directory) == .directory)
    }

    @Test("Steps, completed exercises and revealed hints survive a reload")
    func roundTrip() throws {
        let store = try makeStore()
        try store.update { progress in
            progress.move(to: StepID("meet")!, number: 1, in: lesson, at: date(0))
            progress.revealHint(of: greet, in: lesson, at: date(10))
            progress.revealHint(of: greet, in: lesson, at: date(20))
            progress.complete(greet, in: lesson, at: date(30))
            progress.move(to: StepID("return-a-greeting")!, number: 2, in: lesson, at: date(40))
        }
        let stored = try store.load().progress
        let entry = try #require(stored.lessons[lesson])
        #expect(stored.lastLesson == lesson)
        #expect(entry.currentStep == StepID("return-a-greeting"))
        #expect(entry.currentStepNumber == 2)
        #expect(entry.hintsRevealed == [greet: 2])
        #expect(entry.completedExercises == [greet: date(30)])
        #expect(entry.startedAt == date(0))
        #expect(entry.updatedAt == date(40))
    }

    @Test("Completing an exercise again keeps the first completion time")
    func firstCompletionKept() {
        var progress = LearnerProgress()
        progress.complete(greet, in: lesson, at: date(1))
        progress.complete(greet, in: lesson, at: date(2))
        progress.finish(lesson, at: date(3))
        progress.finish(lesson, at: date(4))
        #expect(progress.lessons[lesson]?.completedExercises[greet] == date(1))
        #expect(progress.lessons[lesson]?.finishedAt == date(3))
        progress.forget(lesson)
        #expect(progress.lessons.isEmpty && progress.lastLesson == nil)
    }

    @Test("The file is versioned JSON with sorted keys and ISO 8601 dates")
    func schema() throws {
        let store = try makeStore()
        try store.update { $0.complete(greet, in: lesson, at: Date(timeIntervalSince1970: 0)) }
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        #expect(text == """
            {
              "lastLesson" : "01-hello",
              "lessons" : {
                "01-hello" : {
                  "completedExercises" : {
                    "greet" : "1970-01-01T00:00:00Z"
                  },
                  "currentStepNumber" : 1,
                  "hintsRevealed" : {

                  },
                  "startedAt" : "1970-01-01T00:00:00Z",
                  "updatedAt" : "1970-01-01T00:00:00Z"
                }
              },
              "version" : 1
            }

            """)
        #expect(PathKind(atPath: store.path + ".tmp") == .missing)
    }

    @Test("A corrupt file is moved aside with a message, and progress starts afresh", arguments: [
        ("not json at all", "it is not a progress file with a version"),
        ("", "the file is empty"),
        ("{}", "it is not a progress file with a version"),
        ("[1, 2]", "it is not a progress file with a version"),
        ("{\"version\": 0, \"lessons\": {}}", "its version 0 is not one this program ever wrote"),
        ("{\"version\": 1, \"lessons\": {\"Bad Id\": {}}}", "bad value at lessons"),
        ("{\"version\": 1}", "missing 'lessons' at the top level"),
        ("{\"version\": 1, \"lessons\": {\"a\": {\"currentStepNumber\": \"x\"}}}", "wrong type at lessons.a.currentStepNumber"),
    ])
    func corrupt(contents: String, reason: String) throws {
        let store = try makeStore()
        _ = try store.load()
        try contents.write(toFile: store.path, atomically: false, encoding: .utf8)
        let loaded = try store.load()
        let recovery = try #require(loaded.recovery)
        #expect(loaded.progress == LearnerProgress())
        #expect(recovery.movedTo == store.path + ".corrupt-1")
        #expect(recovery.reason.hasPrefix(reason), "\(recovery.reason)")
        #expect(recovery.message.contains("could not be read"))
        #expect(recovery.message.contains(store.path + ".corrupt-1"))
        #expect(try String(contentsOfFile: store.path + ".corrupt-1", encoding: .utf8) == contents)
        #expect(PathKind(atPath: store.path) == .missing)
    }

    @Test("A second corrupt file is kept beside the first, never over it")
    func secondCorruption() throws {
        let store = try makeStore()
        _ = try store.load()
        try "first".write(toFile: store.path, atomically: false, encoding: .utf8)
        _ = try store.load()
        try "second".write(toFile: store.path, atomically: false, encoding: .utf8)
        let recovery = try #require(try store.update { $0.complete(greet, in: lesson, at: date(0)) }.recovery)
        #expect(recovery.movedTo == store.path + ".corrupt-2")
        #expect(try String(contentsOfFile: store.path + ".corrupt-1", encoding: .utf8) == "first")
        #expect(try store.load().progress.lessons[lesson]?.completedExercises.count == 1)
    }

    @Test("A file from a newer version is refused and left untouched")
    func newerVersion() throws {
        let store = try makeStore()
        _ = try store.load()
        let future = "{\"version\": 7, \"lessons\": {}}"
        try future.write(toFile: store.path, atomically: false, encoding: .utf8)
        #expect(throws: ProgressStoreError(path: store.path, problem: .newerVersion(7))) { try store.load() }
        #expect(throws: ProgressStoreError(path: store.path, problem: .newerVersion(7))) {
            try store.update { $0.complete(greet, in: lesson, at: date(0)) }
        }
        #expect(try String(contentsOfFile: store.path, encoding: .utf8) == future)
        #expect(ProgressStoreError(path: "p", problem: .newerVersion(7)).description.contains("newer lambda-workbook"))
    }

    @Test("Concurrent updates take turns under the lock and none is lost")
    func concurrentUpdates() throws {
        let store = try makeStore()
        let lesson = self.lesson
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for round in 0..<15 {
                _ = try? store.update { $0.complete(ExerciseID("w\(worker)-r\(round)")!, in: lesson, at: Date(timeIntervalSince1970: 0)) }
            }
        }
        #expect(try store.load().progress.lessons[lesson]?.completedExercises.count == 120)
    }

    @Test("A path whose folder is a file gives an error value")
    func folderIsAFile() throws {
        let root = try ScratchDirectory.make("progress-file")
        try "x".write(toFile: root + "/data", atomically: false, encoding: .utf8)
        let store = ProgressStore(path: root + "/data/progress.json")
        #expect(throws: ProgressStoreError.self) { try store.load() }
    }
}
