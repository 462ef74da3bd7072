import Testing
@testable import MiniPython

@Suite("The re engine matches CPython's sre")
struct RegexTests {
    static func spans(_ m: PyRegexMatch?) -> String {
        guard let m else { return "None" }
        var parts: [String] = []
        for g in 0..<(m.slots.count / 2) {
            parts.append("\(m.slots[2 * g]),\(m.slots[2 * g + 1])")
        }
        return parts.joined(separator: ";") + "|" + (m.lastIndex.map(String.init) ?? "None")
    }

    static func run(_ row: [String]) -> (String, String) {
        let regex: PyRegex
        do {
            regex = try PyRegex(row[0], flags: PyRegexFlags(rawValue: Int(row[1])!))
        } catch {
            return (error.kind.rawValue, error.message)
        }
        let text = PyRegex.codePoints(row[2])
        var op = row[3]
        var pos = 0
        var endpos: Int?
        if let at = op.firstIndex(of: "@") {
            let range = op[op.index(after: at)...].split(separator: ":")
            pos = Int(range[0])!
            endpos = Int(range[1])!
            op = String(op[..<at])
        }
        do {
            switch op {
            case "search": return (spans(try regex.execute(text, mode: .search, pos: pos, endpos: endpos)), "")
            case "match": return (spans(try regex.execute(text, mode: .match, pos: pos, endpos: endpos)), "")
            case "fullmatch": return (spans(try regex.execute(text, mode: .fullMatch, pos: pos, endpos: endpos)), "")
            case "finditer":
                return (try regex.matches(text, pos: pos, endpos: endpos).map { spans($0) }.joined(separator: " "), "")
            default: return ("bad op", "")
            }
        } catch {
            return ("interrupted", "")
        }
    }

    @Test("Compiling, matching, searching and iterating give CPython's spans, lastindex and errors for every recorded case")
    func regexMatchesTable() {
        var failures = 0
        for row in regexTable.rows {
            let expected = row[3] == "compile" ? (row[4], row[5]) : (row[4], row[5])
            let got = Self.run(row)
            if got != expected {
                failures += 1
                if failures <= 60 {
                    Issue.record("re \(PyStrRepr.repr(row[0])) flags \(row[1]) \(row[3]) \(PyStrRepr.repr(row[2])): got \(got), want \(expected)")
                }
            }
        }
        #expect(failures == 0)
    }

    static func sub(_ regex: PyRegex, _ template: PyRegexTemplate, _ text: [UInt32]) throws -> String {
        var out = ""
        var last = 0
        for m in try regex.matches(text) {
            out += PyRegex.string(text[last..<m.start])
            out += template.expand(m, in: text)
            last = m.end
        }
        return out + PyRegex.string(text[last...])
    }

    static func split(_ regex: PyRegex, _ text: [UInt32]) throws -> String {
        var items: [String?] = []
        var last = 0
        for m in try regex.matches(text) {
            items.append(PyRegex.string(text[last..<m.start]))
            for g in stride(from: 1, through: regex.groups, by: 1) { items.append(PyRegex.group(m, g, in: text)) }
            last = m.end
        }
        items.append(PyRegex.string(text[last...]))
        return "[" + items.map { $0.map { PyStrRepr.repr($0) } ?? "None" }.joined(separator: ", ") + "]"
    }

    @Test("re.sub templates and re.split give CPython's results and errors")
    func subAndSplitMatchTable() throws {
        for row in regexSubTable.rows {
            let regex = try PyRegex(row[0])
            let text = PyRegex.codePoints(row[2])
            do {
                let template = try PyRegexTemplate(row[1], for: regex)
                let result = try Self.sub(regex, template, text)
                #expect(row[3] == "ok" && result == row[4], "sub(\(PyStrRepr.repr(row[0])), \(PyStrRepr.repr(row[1])))")
            } catch let error as PyRegexError {
                #expect(error.kind.rawValue == row[3] && error.message == row[4], "sub(\(PyStrRepr.repr(row[0])), \(PyStrRepr.repr(row[1]))): \(error)")
            }
            let pieces = try Self.split(regex, text)
            #expect(pieces == row[5], "split(\(PyStrRepr.repr(row[0])), \(PyStrRepr.repr(row[2])))")
        }
    }

    @Test("A catastrophic pattern stops when the budget callback says so")
    func budgetStopsCatastrophicBacktracking() throws {
        let regex = try PyRegex("(a+)+b")
        let text = PyRegex.codePoints(String(repeating: "a", count: 40))
        var calls = 0
        #expect(throws: PyRegexInterrupted.self) {
            _ = try regex.execute(text, mode: .search) {
                calls += 1
                return calls < 100
            }
        }
    }

    @Test("Matching a long subject does not grow the host stack")
    func longSubjectsAreFine() throws {
        let text = PyRegex.codePoints(String(repeating: "ab", count: 200_000))
        let m = try PyRegex("(?:ab)*$").execute(text, mode: .match)
        #expect(m?.end == 400_000)
        let lazy = try PyRegex("(.)*?$").execute(text, mode: .match)
        #expect(lazy?.end == 400_000)
    }

    @Test("re.escape escapes what CPython escapes", arguments: [("a.b*c", "a\\.b\\*c"), ("x y-z", "x\\ y\\-z"), ("é_1", "é_1")])
    func escapeMatchesCPython(input: String, expected: String) {
        #expect(PyRegex.escape(input) == expected)
    }
}

@Suite("Random patterns behave as in CPython's sre")
struct RegexFuzzTests {
    @Test("Random patterns from a small grammar give CPython's matches on random subjects")
    func randomPatternsMatchTable() {
        var failures = 0
        for row in regexFuzzTable.rows {
            let expected = (row[4], row[5])
            let got = RegexTests.run(row)
            if got != expected {
                failures += 1
                if failures <= 40 {
                    Issue.record("re \(PyStrRepr.repr(row[0])) flags \(row[1]) \(row[3]) \(PyStrRepr.repr(row[2])): got \(got), want \(expected)")
                }
            }
        }
        #expect(failures == 0)
    }
}
