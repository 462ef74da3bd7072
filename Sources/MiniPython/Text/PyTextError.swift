// The error that the text building blocks report; the interpreter core raises it as the
// Python exception its `kind` names, with `message` as the exception's text.

package struct PyTextError: Error, Equatable, Sendable, CustomStringConvertible {
    package enum Kind: String, Sendable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
        case keyError = "KeyError"
        case indexError = "IndexError"
        case recursionError = "RecursionError"
    }

    package var kind: Kind
    package var message: String

    package init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    package static func valueError(_ message: String) -> PyTextError { PyTextError(.valueError, message) }
    package static func typeError(_ message: String) -> PyTextError { PyTextError(.typeError, message) }
    package static func overflowError(_ message: String) -> PyTextError { PyTextError(.overflowError, message) }

    /// `ValueError: message`, as a traceback's last line shows it.
    package var description: String { "\(kind.rawValue): \(message)" }
}

/// Python's character classes that the parsers need (`str.isspace`, Unicode decimal digits).
package enum PyUnicodeClass {
    /// `Py_UNICODE_ISSPACE`: the whitespace `str.strip()` and `str.split()` remove
    /// (includes U+001C...U+001F, which Unicode's White_Space property does not).
    @inline(__always)
    package static func isSpace(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return v == 0x20 || (v >= 0x09 && v <= 0x0D) || (v >= 0x1C && v <= 0x1F)
        }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The value of a decimal digit in any script (`Py_UNICODE_TODECIMAL`), or nil.
    @inline(__always)
    package static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil }
        let p = c.properties
        guard p.numericType == .decimal, let n = p.numericValue else { return nil }
        return Int(n)
    }
}
