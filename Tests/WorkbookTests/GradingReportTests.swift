import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Workbook

/// A report with every kind of result, and text that needs escaping.
let sampleReport = GradingReport(results: [
    ExerciseResult(lesson: LessonID("01-hello")!, exercise: ExerciseID("greet")!, title: "Greet by name", status: .passed,
                   checks: [CheckResult(name: "greets Ana", status: .passed, duration: .milliseconds(12))], duration: .milliseconds(12)),
    ExerciseResult(lesson: LessonID("01-hello")!, exercise: ExerciseID("memory")!, title: "Set <the> \"memory\" & more", status: .failed,
                   checks: [CheckResult(name: "memory is 512 MB", status: .failed, message: "expected 512,\ngot 128 \u{1B}[31m'x'", duration: .milliseconds(20))],
                   duration: .milliseconds(20)),
    ExerciseResult(lesson: LessonID("02-environment")!, exercise: ExerciseID("counter")!, title: "Count", status: .errored,
                   checks: [], message: "preparing the world failed: ResourceNotFoundException", duration: .zero),
    ExerciseResult(lesson: LessonID("02-environment")!, exercise: ExerciseID("later")!, title: "Later", status: .skipped,
                   checks: [], message: "not selected", duration: .zero),
])

@Suite("Grading reports")
struct GradingReportTests {
    @Test("Counts and the overall verdict follow the results")
    func counts() {
        #expect(sampleReport.passedCount == 1)
        #expect(sampleReport.failedCount == 1)
        #expect(sampleReport.erroredCount == 1)
        #expect(sampleReport.skippedCount == 1)
        #expect(!sampleReport.allPassed)
        #expect(!GradingReport(results: []).allPassed)
        #expect(GradingReport(results: [sampleReport.results[0]]).allPassed)
        #expect(sampleReport.totalDuration == .milliseconds(32))
    }

    @Test("The text report has a line per exercise, messages below, and a summary")
    func text() {
        #expect(sampleReport.renderedAsText() == """
            PASS  01-hello/greet  Greet by name (0.012s)
            FAIL  01-hello/memory  Set <the> "memory" & more (0.020s)
                  ✗ memory is 512 MB: expected 512, ⏎ got 128 \u{1B}[31m'x'
            ERROR 02-environment/counter  Count (0.000s)
                  ! preparing the world failed: ResourceNotFoundException
            SKIP  02-environment/later  Later (0.000s)
                  ! not selected
            4 exercises: 1 passed, 1 failed, 1 errored, 1 skipped

            """)
    }

    @Test("Durations print as seconds with milliseconds", arguments: [
        (Duration.zero, "0.000"), (.milliseconds(5), "0.005"), (.milliseconds(1234), "1.234"),
        (.seconds(61), "61.000"), (.microseconds(999), "0.000"),
    ])
    func seconds(duration: Duration, expected: String) {
        #expect(GradingReport.seconds(duration) == expected)
    }

    @Test("The JSON report decodes back to the same results, with a version")
    func json() throws {
        let text = sampleReport.renderedAsJSON()
        let decoded = try JSONDecoder().decode(JSONReport.self, from: Data(text.utf8))
        #expect(decoded.version == 1)
        #expect(decoded.summary == .init(tests: 4, passed: 1, failed: 1, errored: 1, skipped: 1, allPassed: false, time: Decimal(string: "0.032")!))
        #expect(decoded.results.map(\.status) == [.passed, .failed, .errored, .skipped])
        #expect(decoded.results[1].checks[0].message == "expected 512,\ngot 128 \u{1B}[31m'x'")
        #expect(decoded.results[1].title == "Set <the> \"memory\" & more")
        #expect(decoded.results[0].time == Decimal(string: "0.012")!)
        #expect(sampleReport.renderedAsJSON() == text)
    }

    @Test("XML escaping handles markup characters, line breaks in attributes and control characters", arguments: [
        ("a & b < c > d", false, "a &amp; b &lt; c &gt; d"),
        ("say \"hi\" 'there'", true, "say &quot;hi&quot; &apos;there&apos;"),
        ("say \"hi\"", false, "say \"hi\""),
        ("line\nbreak\ttab\rcr", true, "line&#10;break&#9;tab&#13;cr"),
        ("line\nbreak", false, "line\nbreak"),
        ("bell\u{7}esc\u{1B}nul\u{0}", false, "bell\\u{7}esc\\u{1B}nul\\u{0}"),
        ("\u{FFFE}\u{FFFF}é🙂", true, "\\u{FFFE}\\u{FFFF}é🙂"),
    ])
    func escaping(text: String, inAttribute: Bool, expected: String) {
        #expect(XMLText.escape(text, inAttribute: inAttribute) == expected)
    }
}

/// Reads JUnit XML back into elements with their attributes, in document order.
final class JUnitReader: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var depth: Int
        var text = ""
    }

    var elements: [Element] = []
    var stack: [Int] = []
    var error: (any Error)?

    static func read(_ xml: String) -> JUnitReader {
        let reader = JUnitReader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        if !parser.parse() { reader.error = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return reader
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, depth: stack.count))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = stack.last { elements[current].text += string }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
}

@Suite("Grading reports: JUnit XML")
struct JUnitReportTests {
    let xml = sampleReport.renderedAsJUnit()

    @Test("The XML parses back with testsuites, one testsuite per lesson and one testcase per exercise")
    func structure() throws {
        let reader = JUnitReader.read(xml)
        #expect(reader.error == nil)
        #expect(reader.elements.first?.name == "testsuites")
        #expect(reader.elements.map { "\($0.depth):\($0.name)" } == [
            "0:testsuites", "1:testsuite", "2:testcase", "2:testcase", "3:failure",
            "1:testsuite", "2:testcase", "3:error", "2:testcase", "3:skipped",
        ])
    }

    @Test("Counts and times are attributes on the root and on each suite")
    func counts() throws {
        let reader = JUnitReader.read(xml)
        let root = try #require(reader.elements.first).attributes
        #expect(root["tests"] == "4" && root["failures"] == "1" && root["errors"] == "1" && root["skipped"] == "1")
        #expect(root["time"] == "0.032")
        let suites = reader.all("testsuite")
        #expect(suites.map { $0.attributes["name"] } == ["01-hello", "02-environment"])
        #expect(suites.map { $0.attributes["tests"] } == ["2", "2"])
        #expect(suites.map { $0.attributes["failures"] } == ["1", "0"])
        #expect(suites.map { $0.attributes["errors"] } == ["0", "1"])
        #expect(suites.map { $0.attributes["skipped"] } == ["0", "1"])
        #expect(suites.map { $0.attributes["time"] } == ["0.032", "0.000"])
    }

    @Test("Each testcase names the exercise, its lesson as classname, and its time")
    func testCases() {
        let cases = JUnitReader.read(xml).all("testcase")
        #expect(cases.map { $0.attributes["name"] } == [
            "greet: Greet by name", "memory: Set <the> \"memory\" & more", "counter: Count", "later: Later",
        ])
        #expect(cases.map { $0.attributes["classname"] } == ["01-hello", "01-hello", "02-environment", "02-environment"])
        #expect(cases.map { $0.attributes["time"] } == ["0.012", "0.020", "0.000", "0.000"])
    }

    @Test("A failure carries the check's message, escaped, with control characters made visible")
    func failure() throws {
        let failure = try #require(JUnitReader.read(xml).all("failure").first)
        #expect(failure.attributes["type"] == "CheckFailed")
        #expect(failure.attributes["message"] == "memory is 512 MB: expected 512,\ngot 128 \\u{1B}[31m'x'")
        #expect(failure.text == "memory is 512 MB: expected 512,\ngot 128 \\u{1B}[31m'x'")
        let error = try #require(JUnitReader.read(xml).all("error").first)
        #expect(error.attributes["message"] == "preparing the world failed: ResourceNotFoundException")
    }

    @Test("An empty report is still a valid document")
    func empty() {
        let reader = JUnitReader.read(GradingReport(results: []).renderedAsJUnit())
        #expect(reader.error == nil)
        #expect(reader.elements.map(\.name) == ["testsuites"])
        #expect(reader.elements.first?.attributes["tests"] == "0")
    }

    #if os(Linux) || os(macOS)
    @Test("The XML validates against the JUnit schema with xmllint",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), "xmllint is not installed"))
    func schema() throws {
        let directory = try ScratchDirectory.make("junit")
        for (name, report) in [("sample", sampleReport), ("empty", GradingReport(results: []))] {
            let file = directory + "/\(name).xml"
            try report.renderedAsJUnit().write(toFile: file, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--noout", "--schema", LessonFixtures.path("junit.xsd"), file]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(message)")
        }
    }

    @Test("The schema refuses a report without counts, so the validation means something",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint"), "xmllint is not installed"))
    func schemaRefuses() throws {
        let file = try ScratchDirectory.make("junit-bad") + "/bad.xml"
        try "<testsuites><testsuite name=\"x\"><testcase name=\"y\"/></testsuite></testsuites>".write(toFile: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--schema", LessonFixtures.path("junit.xsd"), file]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
    }
    #endif
}

@Suite("Grading reports: formats")
struct ReportFormatTests {
    @Test("Each format name selects its renderer", arguments: ReportFormat.allCases)
    func formats(format: ReportFormat) {
        let expected = switch format {
        case .text: sampleReport.renderedAsText()
        case .json: sampleReport.renderedAsJSON()
        case .junit: sampleReport.renderedAsJUnit()
        }
        #expect(sampleReport.rendered(as: format) == expected)
        #expect(ReportFormat(rawValue: format.rawValue) == format)
        #expect(!format.fileExtension.isEmpty)
    }
}
