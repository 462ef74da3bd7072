import BigInt
import Testing
@testable import MiniPython

@Suite("Float repr and number parsing match CPython")
struct NumberTextTests {
    @Test("repr of a float gives CPython's shortest round-trip text for every recorded bit pattern")
    func floatReprMatchesTable() {
        for row in floatReprTable.rows {
            let value = Double(bitPattern: UInt64(row[0])!)
            #expect(PyFloatRepr.repr(value) == row[1], "bits \(row[0])")
        }
    }

    @Test("repr of a float uses exponent notation outside 1e-4 up to 1e16", arguments: [
        (1e16, "1e+16"), (1e-5, "1e-05"), (0.0001, "0.0001"), (1.5e300, "1.5e+300"), (Double.infinity, "inf"),
        (-Double.infinity, "-inf"), (Double.nan, "nan"), (-0.0, "-0.0"), (100.0, "100.0"), (9999999999999998.0, "9999999999999998.0"),
    ])
    func floatReprNotation(value: Double, expected: String) {
        #expect(PyFloatRepr.repr(value) == expected)
    }

    @Test("float() of a string accepts what CPython accepts and names the string when it refuses")
    func floatParsingMatchesTable() {
        for row in floatParseTable.rows {
            do {
                let v = try PyNumberParsing.parseFloat(row[0])
                #expect(row[1] == "ok" && PyFloatRepr.repr(v) == row[2], "input \(PyStrRepr.repr(row[0]))")
            } catch {
                #expect(row[1] == "error" && error.kind == .valueError && error.message == row[2], "input \(PyStrRepr.repr(row[0]))")
            }
        }
    }

    @Test("int() of a string with a base follows CPython's prefixes, underscores and messages")
    func intParsingMatchesTable() {
        for row in intParseTable.rows {
            let base = Int(row[1])!
            do {
                let v = try PyNumberParsing.parseInt(row[0], base: base)
                let text: String
                switch v {
                case .small(let i): text = String(i)
                case .big(let b): text = String(b)
                }
                #expect(row[2] == "ok" && text == row[3], "input \(PyStrRepr.repr(row[0])) base \(base)")
            } catch {
                #expect(row[2] == "error" && error.message == row[3], "input \(PyStrRepr.repr(row[0])) base \(base): \(error.message)")
            }
        }
    }

    @Test("int() keeps machine-sized results small and larger ones big")
    func intParsingChoosesRepresentation() throws {
        #expect(try PyNumberParsing.parseInt("9223372036854775807") == .small(Int.max))
        #expect(try PyNumberParsing.parseInt("-9223372036854775808") == .small(Int.min))
        #expect(try PyNumberParsing.parseInt("9223372036854775808") == .big(BigInt(1) << 63))
    }
}
