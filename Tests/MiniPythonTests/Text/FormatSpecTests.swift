import BigInt
import Testing
@testable import MiniPython

@Suite("The format-spec mini-language matches CPython")
struct FormatSpecTests {
    static func run(kind: String, value: String, spec: String) -> (String, String) {
        do {
            switch kind {
            case "int":
                let big = BigInt(value)!
                if let small = Int(exactly: big) {
                    return ("ok", try PyFormat.format(int: small, spec: spec))
                }
                return ("ok", try PyFormat.format(bigInt: big, spec: spec))
            case "float":
                return ("ok", try PyFormat.format(float: Double(value)!, spec: spec))
            default:
                return ("ok", try PyFormat.format(string: value, spec: spec))
            }
        } catch {
            return (error.kind.rawValue, error.message)
        }
    }

    @Test("format() of ints, floats and strs gives CPython's text or error for every recorded spec")
    func formatMatchesTable() {
        var failures = 0
        for row in formatSpecTable.rows {
            let (status, text) = Self.run(kind: row[0], value: row[1], spec: row[2])
            if status != row[3] || text != row[4] {
                failures += 1
                if failures < 40 {
                    Issue.record("format(\(row[0]) \(row[1]), \(PyStrRepr.repr(row[2]))): got \(status) \(PyStrRepr.repr(text)), want \(row[3]) \(PyStrRepr.repr(row[4]))")
                }
            }
        }
        #expect(failures == 0)
    }

    @Test("Formatting rounds the exact binary value half to even", arguments: [
        (2.675, ".2f", "2.67"), (0.125, ".2f", "0.12"), (0.375, ".2f", "0.38"), (2.5, ".0f", "2"), (3.5, ".0f", "4"),
        (1.005, ".2f", "1.00"), (1234.5678, ",.2f", "1,234.57"),
    ])
    func roundingIsExact(value: Double, spec: String, expected: String) throws {
        #expect(try PyFormat.format(float: value, spec: spec) == expected)
    }

    @Test("Rounding from the shortest digits agrees with rounding the exact binary value")
    func shortcutAgreesWithExactDigits() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        for i in 0..<3_000 {
            var d = Double(bitPattern: next())
            if !d.isFinite || d == 0 { continue }
            if i % 2 == 0 { d = Double(Int64(bitPattern: next()) % 10_000_000) / Double(1 << (next() % 20)) }
            if d == 0 { continue }
            d = abs(d)
            let exact = PyFloatRepr.exactDigits(d)
            for p in [0, 1, 2, 3, 6, 10, 15, 17, 20] {
                let want = PyFloatRepr.roundedFixed(exact: exact, fractionDigits: p)
                #expect(PyFloatRepr.roundedFixed(d, fractionDigits: p) == want, "\(d) .\(p)f")
            }
            for n in [1, 2, 3, 6, 12, 15, 16, 17, 20] {
                let got = PyFloatRepr.roundedSignificant(d, digits: n)
                let want = PyFloatRepr.roundedSignificantExact(d, digits: n)
                #expect(got == want, "\(d) .\(n)e")
            }
        }
    }

    @Test("Zero padding with grouping puts separators into the padding", arguments: [
        (1234, "010,", "00,001,234"), (-1234, "010,", "-0,001,234"), (255, "#012_b", "0b0_1111_1111"), (5, "0=10,", "00,000,005"),
    ])
    func zeroPaddingGroups(value: Int, spec: String, expected: String) throws {
        #expect(try PyFormat.format(int: value, spec: spec) == expected)
    }

    @Test("A bool formats with its own type name in errors")
    func typeNameAppearsInErrors() {
        #expect(throws: PyTextError.valueError("Unknown format code 's' for object of type 'bool'")) {
            try PyFormat.format(int: 1, spec: "s", typeName: "bool")
        }
    }
}
