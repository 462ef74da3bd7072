import BigInt
import Testing
@testable import MiniPython

/// Builds Python's `repr()` of the decoded value, so a table can compare with CPython's.
struct ReprJSONBuilder: PyJSONBuilder {
    func makeNull() -> String { "None" }
    func makeBool(_ value: Bool) -> String { value ? "True" : "False" }
    func makeInt(_ value: Int) -> String { String(value) }
    func makeBigInt(_ value: BigInt) -> String { String(value) }
    func makeFloat(_ value: Double) -> String { PyFloatRepr.repr(value) }
    func makeString(_ value: String) -> String { PyStrRepr.repr(value) }
    func makeArray(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }
    func makeObject(_ pairs: [(key: String, value: String)]) -> String {
        var keys: [String] = []
        var values: [String: String] = [:]
        for (k, v) in pairs {
            if values[k] == nil { keys.append(k) }
            values[k] = v
        }
        return "{" + keys.map { PyStrRepr.repr($0) + ": " + values[$0]! }.joined(separator: ", ") + "}"
    }
}

@Suite("JSON decoding and encoding match CPython's json module")
struct JSONTests {
    static func decode(_ text: String) -> (String, String) {
        var builder = ReprJSONBuilder()
        do {
            return ("ok", try PyJSONDecoder.decode(text, builder: &builder))
        } catch let error as PyJSONDecodeError {
            return ("JSONDecodeError", error.message)
        } catch let error as PyTextError {
            return (error.kind.rawValue, error.message)
        } catch {
            return ("other", "\(error)")
        }
    }

    /// CPython keeps lone surrogates (`'\ud83d'`); a Swift String cannot, so such rows are skipped here.
    static func hasLoneSurrogate(_ repr: String) -> Bool {
        for marker in ["\\ud8", "\\ud9", "\\uda", "\\udb", "\\udc", "\\udd", "\\ude", "\\udf"] where repr.contains(marker) { return true }
        return false
    }

    @Test("json.loads gives CPython's value or error, with positions in code points, for every recorded document")
    func decodeMatchesTable() {
        var failures = 0
        var checked = 0
        for row in jsonDecodeTable.rows where !Self.hasLoneSurrogate(row[2]) {
            checked += 1
            let (status, text) = Self.decode(row[0])
            if status != row[1] || text != row[2] {
                failures += 1
                Issue.record("loads(\(PyStrRepr.repr(String(row[0].prefix(80))))): got \(status) \(text.prefix(200)), want \(row[1]) \(row[2].prefix(200))")
            }
        }
        #expect(failures == 0)
        #expect(checked > 250)
    }

    @Test("A lone surrogate escape decodes to U+FFFD because a Swift String cannot hold it")
    func loneSurrogateBecomesReplacement() {
        #expect(Self.decode(#""\ud83d""#) == ("ok", "'\u{FFFD}'"))
    }

    @Test("Nesting deeper than the limit raises RecursionError as CPython does")
    func deepNestingIsARecursionError() {
        let deep = String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
        #expect(Self.decode(deep) == ("RecursionError", "maximum recursion depth exceeded while decoding a JSON array from a unicode string"))
        let fine = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(Self.decode(fine).0 == "ok")
    }

    @Test("json.dumps escapes strings as CPython does with ensure_ascii on and off")
    func encodeStringsMatchesTable() {
        for row in jsonEncodeTable.rows {
            #expect(PyJSONEncoder.encodeString(row[0], ensureASCII: true) == row[1], "\(PyStrRepr.repr(row[0]))")
            #expect(PyJSONEncoder.encodeString(row[0], ensureASCII: false) == row[2], "\(PyStrRepr.repr(row[0]))")
        }
    }

    @Test("json.dumps renders floats as repr with NaN and Infinity", arguments: [
        (Double.nan, "NaN"), (Double.infinity, "Infinity"), (-Double.infinity, "-Infinity"), (1e16, "1e+16"), (0.1, "0.1"), (-0.0, "-0.0"),
    ])
    func encodeFloats(value: Double, expected: String) throws {
        #expect(try PyJSONEncoder.encodeFloat(value) == expected)
    }

    @Test("json.dumps with allow_nan=False refuses out-of-range floats")
    func disallowedNaN() {
        #expect(throws: PyTextError.valueError("Out of range float values are not JSON compliant: nan")) {
            try PyJSONEncoder.encodeFloat(.nan, allowNaN: false)
        }
    }
}
