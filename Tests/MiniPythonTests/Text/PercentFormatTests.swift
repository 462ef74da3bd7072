import BigInt
import Testing
@testable import MiniPython

/// A stand-in for the interpreter's values: enough of Python to drive `%` formatting.
indirect enum TestValue {
    case int(BigInt)
    case float(Double)
    case str(String)
    case bool(Bool)
    case dict([(String, TestValue)])
    case other(type: String, repr: String)

    /// Decodes `int:5`, `float:1.5`, `str:abc`, `bool:True`, `dict:a=int:1;b=str:x`, `other:list:[1, 2]`.
    init(encoded: String) {
        let colon = encoded.firstIndex(of: ":")!
        let kind = encoded[..<colon]
        let payload = String(encoded[encoded.index(after: colon)...])
        switch kind {
        case "int": self = .int(BigInt(payload)!)
        case "float": self = .float(Double(payload)!)
        case "str": self = .str(payload)
        case "bool": self = .bool(payload == "True")
        case "dict":
            self = .dict(payload.isEmpty ? [] : payload.split(separator: ";").map { entry in
                let eq = entry.firstIndex(of: "=")!
                return (String(entry[..<eq]), TestValue(encoded: String(entry[entry.index(after: eq)...])))
            })
        default:
            let c = payload.firstIndex(of: ":")!
            self = .other(type: String(payload[..<c]), repr: String(payload[payload.index(after: c)...]))
        }
    }
}

struct TestPercentHost: PyPercentFormatHost {
    func classify(_ value: TestValue) -> PyPercentOperand {
        switch value {
        case .int(let b): return Int(exactly: b).map { .int($0) } ?? .bigInt(b)
        case .float(let d): return .float(d)
        case .str(let s): return .str(s)
        case .bool(let b): return .int(b ? 1 : 0)
        case .dict: return .other(typeName: "dict")
        case .other(let type, _): return .other(typeName: type)
        }
    }

    func str(_ value: TestValue) throws -> String {
        if case .str(let s) = value { return s }
        return try repr(value)
    }

    func repr(_ value: TestValue) throws -> String {
        switch value {
        case .int(let b): return String(b)
        case .float(let d): return PyFloatRepr.repr(d)
        case .str(let s): return PyStrRepr.repr(s)
        case .bool(let b): return b ? "True" : "False"
        case .dict(let entries):
            return "{" + (try entries.map { "\(PyStrRepr.repr($0.0)): \(try repr($0.1))" }.joined(separator: ", ")) + "}"
        case .other(_, let r): return r
        }
    }

    func item(of mapping: TestValue, key: String) throws -> TestValue {
        guard case .dict(let entries) = mapping else { throw PyTextError.typeError("not subscriptable") }
        guard let hit = entries.last(where: { $0.0 == key }) else { throw PyTextError(.keyError, key) }
        return hit.1
    }
}

@Suite("printf-style % formatting matches CPython")
struct PercentFormatTests {
    static func run(_ row: [String]) -> (String, String) {
        let values = row[4...].map { TestValue(encoded: $0) }
        let args: PyPercentArguments<TestValue>
        switch row[3] {
        case "tuple": args = .tuple(values)
        case "mapping": args = .single(values[0], isMapping: true)
        default: args = .single(values[0], isMapping: false)
        }
        do {
            return ("ok", try PyPercentFormat.format(row[0], args, host: TestPercentHost()))
        } catch let error as PyTextError {
            return (error.kind.rawValue, error.message)
        } catch {
            return ("host", "\(error)")
        }
    }

    @Test("Formatting with % gives CPython's text or error for every recorded case")
    func percentMatchesTable() {
        var failures = 0
        for row in percentFormatTable.rows {
            let (status, text) = Self.run(row)
            if status != row[1] || text != row[2] {
                failures += 1
                Issue.record("\(PyStrRepr.repr(row[0])) % \(row[3...]): got \(status) \(PyStrRepr.repr(text)), want \(row[1]) \(PyStrRepr.repr(row[2]))")
            }
        }
        #expect(failures == 0)
    }

    @Test("A mapping argument supplies named conversions", arguments: [
        ("%(name)s is %(age)d", "Ann is 30"), ("%(age)05.1f", "030.0"),
    ])
    func namedConversions(format: String, expected: String) throws {
        let args = TestValue.dict([("name", .str("Ann")), ("age", .int(30))])
        #expect(try PyPercentFormat.format(format, .single(args, isMapping: true), host: TestPercentHost()) == expected)
    }
}
