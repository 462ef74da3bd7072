extension GradingReport {
    /// A JUnit XML report, in the shape Jenkins, GitLab and GitHub Actions reporters read:
    ///
    /// ```xml
    /// <testsuites name="lambda-workbook" tests="2" failures="1" errors="0" skipped="0" time="0.032">
    ///   <testsuite name="01-handler-structure" tests="2" failures="1" errors="0" skipped="0" time="0.032">
    ///     <testcase name="greet: Return a greeting" classname="01-handler-structure" time="0.012"/>
    ///     <testcase name="fail-loudly: Fail loudly" classname="01-handler-structure" time="0.020">
    ///       <failure message="raises ValueError: …" type="CheckFailed">…</failure>
    ///     </testcase>
    ///   </testsuite>
    /// </testsuites>
    /// ```
    ///
    /// One suite per lesson, one case per exercise. A failed check is a `<failure>`; a check that
    /// errored or a world that could not be prepared is an `<error>`; a skipped exercise has `<skipped>`.
    public func renderedAsJUnit(name: String = "lambda-workbook") -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(XMLText.attribute(name))\" tests=\"\(results.count)\" failures=\"\(failedCount)\""
        xml += " errors=\"\(erroredCount)\" skipped=\"\(skippedCount)\" time=\"\(Self.seconds(totalDuration))\">\n"
        for (id, group) in byLesson {
            let suite = GradingReport(results: group)
            xml += "  <testsuite name=\"\(XMLText.attribute(id.rawValue))\" tests=\"\(group.count)\""
            xml += " failures=\"\(suite.failedCount)\" errors=\"\(suite.erroredCount)\" skipped=\"\(suite.skippedCount)\""
            xml += " time=\"\(Self.seconds(suite.totalDuration))\">\n"
            for result in group { xml += Self.testCase(result) }
            xml += "  </testsuite>\n"
        }
        xml += "</testsuites>\n"
        return xml
    }

    static func testCase(_ result: ExerciseResult) -> String {
        let name = XMLText.attribute("\(result.exercise): \(result.title)")
        let opening = "    <testcase name=\"\(name)\" classname=\"\(XMLText.attribute(result.lesson.rawValue))\" time=\"\(seconds(result.duration))\""
        let messages = result.failureMessages
        let summary = XMLText.attribute(messages.first ?? result.status.rawValue)
        let body = XMLText.content(messages.joined(separator: "\n"))
        switch result.status {
        case .passed:
            return opening + "/>\n"
        case .failed:
            return opening + ">\n      <failure message=\"\(summary)\" type=\"CheckFailed\">\(body)</failure>\n    </testcase>\n"
        case .errored:
            return opening + ">\n      <error message=\"\(summary)\" type=\"CheckErrored\">\(body)</error>\n    </testcase>\n"
        case .skipped:
            return opening + ">\n      <skipped message=\"\(summary)\"/>\n    </testcase>\n"
        }
    }
}

/// Escaping for XML 1.0 text and attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become entities. Tab, line feed and carriage return are kept in text
/// and written as character references in attributes (where a parser would otherwise turn them
/// into spaces). Characters XML 1.0 cannot carry at all (other C0 controls, U+FFFE, U+FFFF) are
/// written visibly as `\u{1B}`-style escapes, so nothing is lost silently and the document stays well-formed.
enum XMLText {
    static func content(_ text: String) -> String { escape(text, inAttribute: false) }
    static func attribute(_ text: String) -> String { escape(text, inAttribute: true) }

    static func escape(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += inAttribute ? "&quot;" : "\""
            case "'": out += inAttribute ? "&apos;" : "'"
            case "\t": out += inAttribute ? "&#9;" : "\t"
            case "\n": out += inAttribute ? "&#10;" : "\n"
            case "\r": out += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
