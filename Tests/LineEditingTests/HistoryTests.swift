import Foundation
import Testing
@testable import LineEditing
import WorkbookTestSupport

@Suite("History")
struct HistoryTests {
    @Test("Re-entering a line moves it to the end instead of duplicating it")
    func deduplicates() {
        var history = HistoryList(capacity: 10)
        for entry in ["help", "ls", "help"] { history.append(entry) }
        #expect(history.entries == ["ls", "help"])
    }

    @Test("The history keeps only the newest entries up to its capacity")
    func capped() {
        var history = HistoryList(capacity: 3)
        for entry in ["a", "b", "c", "d", "e"] { history.append(entry) }
        #expect(history.entries == ["c", "d", "e"])
    }

    @Test("Blank inputs are not recorded")
    func blanksIgnored() {
        var history = HistoryList()
        history.append("   ")
        history.append("")
        #expect(history.entries.isEmpty)
    }

    @Test("Multi-line entries and backslashes survive a save and a load", arguments: [
        "invoke hello {\n  \"name\": \"Ada\"\n}", "cat a\\b", "trailing \\", "line\r\nbreak", "plain",
    ])
    func roundTrip(entry: String) throws {
        let directory = try TemporaryDirectory.make(prefix: "history")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = HistoryFile(path: directory + "/nested/history")
        try file.save(["first", entry])
        #expect(file.load() == ["first", entry])
    }

    @Test("A missing history file loads as an empty history")
    func missingFile() {
        #expect(HistoryFile(path: "/nonexistent/dir/history").load().isEmpty)
    }

    @Test("The history lives under XDG_STATE_HOME, else under ~/.local/state")
    func defaultPath() {
        #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/lambda-workbook/history")
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/lambda-workbook/history")
        #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/lambda-workbook/history")
        #expect(HistoryFile.defaultPath(environment: [:]) == nil)
    }
}

@Suite("Readers")
struct ReaderTests {
    @Test("A stream reader splits text into lines and drops the carriage return of CRLF")
    func streamLines() {
        let reader = StreamLineReader(text: "help\r\nls\n\ncat x")
        var lines: [LineInput] = []
        while true {
            let input = reader.readLine(prompt: "> ")
            lines.append(input)
            if input == .endOfInput { break }
        }
        #expect(lines == [.line("help"), .line("ls"), .line(""), .line("cat x"), .endOfInput])
        #expect(!reader.isInteractive)
    }

    @Test("A scripted reader echoes each prompt with its input and reports Ctrl-C and Ctrl-D")
    func scripted() {
        var echoed: [String] = []
        let reader = ScriptedLineReader(events: [.line("ls"), .interrupt, .endOfInput]) { echoed.append($0) }
        #expect(reader.readLine(prompt: "a> ") == .line("ls"))
        #expect(reader.readLine(prompt: "b> ") == .interrupted)
        #expect(reader.readLine(prompt: "c> ") == .endOfInput)
        #expect(reader.readLine(prompt: "d> ") == .endOfInput)
        #expect(echoed == ["a> ls", "b> ^C", "c> ^D"])
    }

    @Test("The Ctrl-C flag is raised by SIGINT and cleared by reset")
    func interruptFlag() {
        InterruptSignal.install()
        InterruptSignal.reset()
        #expect(!InterruptSignal.isRaised)
        // Process-directed: test threads may block signals, the main thread does not.
        kill(getpid(), SIGINT)
        var waited = 0
        while !InterruptSignal.isRaised, waited < 2000 { usleep(1000); waited += 1 }
        #expect(InterruptSignal.isRaised)
        InterruptSignal.reset()
        #expect(!InterruptSignal.isRaised)
        signal(SIGINT, SIG_DFL)
    }
}

@Suite("Completion")
struct CompletionTests {
    @Test("The common prefix of candidates extends what was typed")
    func commonPrefix() {
        #expect(Completions(word: "h", candidates: ["help", "hello"]).commonPrefix == "hel")
        #expect(Completions(word: "h", candidates: ["help", "history"]).commonPrefix == "h")
        #expect(Completions(word: "x", candidates: []).commonPrefix == "x")
    }

    @Test("Candidates are listed in columns, down then across")
    func listing() {
        let text = CompletionListing.layout(["aa", "bb", "cc", "dd", "ee"], width: 12)
        #expect(text == "aa  cc  ee\nbb  dd")
    }
}
