// The format-spec mini-language of `format(x, spec)`, f-strings `{x:spec}` and `str.format`:
// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, parsed as CPython 3.12's
// `parse_internal_render_format_spec` does, with its exact ValueError messages.

package struct PyFormatSpec: Equatable, Sendable {
    package enum Grouping: Sendable, Equatable {
        case none
        /// `,`: every three digits.
        case comma
        /// `_`: every three digits (every four for `b o x X`).
        case underscore
    }

    package var fill: Unicode.Scalar = " "
    /// `<`, `>`, `^` or `=`; the type's default when the spec names none.
    package var align: Unicode.Scalar
    package var alignSpecified = false
    /// `+`, `-`, ` `, or nil.
    package var sign: Unicode.Scalar?
    /// `z`: negative zero becomes zero (floats only).
    package var coerceNegativeZero = false
    /// `#`
    package var alternate = false
    /// -1 when absent.
    package var width = -1
    package var grouping: Grouping = .none
    /// -1 when absent.
    package var precision = -1
    /// The presentation type, nil when absent.
    package var type: Unicode.Scalar?

    /// Parses `spec` for an object whose Python type is named `typeName` (it appears in the
    /// "Invalid format specifier" message); numbers align right (`>`), strings left (`<`).
    /// `defaultType` is what a spec without a type means (`s` for str, `d` for int, none for float);
    /// it decides whether a grouping option is allowed.
    package static func parse(
        _ spec: String, typeName: String, defaultAlign: Unicode.Scalar, defaultType: Unicode.Scalar? = nil
    ) throws(PyTextError) -> PyFormatSpec {
        var f = PyFormatSpec(align: defaultAlign)
        f.type = defaultType
        let s = Array(spec.unicodeScalars)
        let end = s.count
        var pos = 0
        var fillSpecified = false
        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "=" || c == "^" }
        if end - pos >= 2 && isAlign(s[pos + 1]) {
            f.align = s[pos + 1]
            f.fill = s[pos]
            fillSpecified = true
            f.alignSpecified = true
            pos += 2
        } else if end - pos >= 1 && isAlign(s[pos]) {
            f.align = s[pos]
            f.alignSpecified = true
            pos += 1
        }
        if pos < end && (s[pos] == " " || s[pos] == "+" || s[pos] == "-") {
            f.sign = s[pos]
            pos += 1
        }
        if pos < end && s[pos] == "z" {
            f.coerceNegativeZero = true
            pos += 1
        }
        if pos < end && s[pos] == "#" {
            f.alternate = true
            pos += 1
        }
        if !fillSpecified && pos < end && s[pos] == "0" {
            f.fill = "0"
            if !f.alignSpecified && defaultAlign == ">" { f.align = "=" }
            pos += 1
        }
        let (width, widthDigits) = try integer(s, &pos)
        if widthDigits > 0 { f.width = width }
        if pos < end && s[pos] == "," {
            f.grouping = .comma
            pos += 1
        }
        if pos < end && s[pos] == "_" {
            if f.grouping != .none { throw .valueError("Cannot specify both ',' and '_'.") }
            f.grouping = .underscore
            pos += 1
        }
        if pos < end && s[pos] == "," && f.grouping == .underscore {
            throw .valueError("Cannot specify both ',' and '_'.")
        }
        if pos < end && s[pos] == "." {
            pos += 1
            let (precision, digits) = try integer(s, &pos)
            if digits == 0 { throw .valueError("Format specifier missing precision") }
            f.precision = precision
        }
        if end - pos > 1 {
            throw .valueError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if end - pos == 1 {
            f.type = s[pos]
        }
        if f.grouping != .none {
            switch f.type {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F":
                break
            case "b", "o", "x", "X":
                if f.grouping == .comma { throw .valueError("Cannot specify ',' with \(quotedCode(f.type!)).") }
            default:
                throw .valueError("Cannot specify '\(f.grouping == .comma ? "," : "_")' with \(quotedCode(f.type!)).")
            }
        }
        return f
    }

    /// `'d'`, or `'\x1'` for a character that C's `%c` would not print.
    package static func quotedCode(_ c: Unicode.Scalar) -> String {
        if c.value > 32 && c.value < 128 { return "'\(Character(c))'" }
        return "'\\x\(String(c.value, radix: 16))'"
    }

    package static func unknownCode(_ c: Unicode.Scalar, typeName: String) -> PyTextError {
        .valueError("Unknown format code \(quotedCode(c)) for object of type '\(typeName)'")
    }

    private static func integer(_ s: [Unicode.Scalar], _ pos: inout Int) throws(PyTextError) -> (Int, Int) {
        var acc = 0
        var count = 0
        while pos < s.count, let d = PyUnicodeClass.decimalValue(s[pos]) {
            if acc > (Int.max - d) / 10 { throw .valueError("Too many decimal digits in format string") }
            acc = acc * 10 + d
            pos += 1
            count += 1
        }
        return (acc, count)
    }
}
