import BigInt

// Applying a parsed format spec to ints, floats and strs, as CPython 3.12's
// formatter_unicode.c does (`format(1234.5, ',.1f')` is `'1,234.5'`).

package enum PyFormat {
    // MARK: str

    /// `format(s, spec)` for a str (types `s` and none; precision truncates).
    package static func format(string: String, spec: String, typeName: String = "str") throws(PyTextError) -> String {
        if spec.isEmpty { return string }
        let f = try PyFormatSpec.parse(spec, typeName: typeName, defaultAlign: "<", defaultType: "s")
        return try format(string: string, spec: f, typeName: typeName)
    }

    package static func format(string: String, spec f: PyFormatSpec, typeName: String = "str") throws(PyTextError) -> String {
        if let t = f.type, t != "s" { throw PyFormatSpec.unknownCode(t, typeName: typeName) }
        if f.sign == " " { throw .valueError("Space not allowed in string format specifier") }
        if f.sign != nil { throw .valueError("Sign not allowed in string format specifier") }
        if f.coerceNegativeZero { throw .valueError("Negative zero coercion (z) not allowed in string format specifier") }
        if f.alternate { throw .valueError("Alternate form (#) not allowed in string format specifier") }
        if f.align == "=" { throw .valueError("'=' alignment not allowed in string format specifier") }
        let scalars = string.unicodeScalars
        var len = -1
        if f.width >= 0 || f.precision >= 0 { len = scalars.count }
        if (f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len) { return string }
        var body = Substring(string).unicodeScalars[...]
        if f.precision >= 0 && len >= f.precision {
            body = scalars[scalars.startIndex..<scalars.index(scalars.startIndex, offsetBy: f.precision)][...]
            len = f.precision
        }
        let total = max(len, f.width)
        let left = f.align == ">" ? total - len : f.align == "^" ? (total - len) / 2 : 0
        let right = total - len - left
        var out = String.UnicodeScalarView()
        for _ in 0..<left { out.append(f.fill) }
        out.append(contentsOf: body)
        for _ in 0..<right { out.append(f.fill) }
        return String(out)
    }

    // MARK: int

    /// `format(n, spec)` for an int (types `b c d o x X n`, none, and the float types).
    package static func format(int value: Int, spec: String, typeName: String = "int") throws(PyTextError) -> String {
        if spec.isEmpty { return String(value) }
        let f = try PyFormatSpec.parse(spec, typeName: typeName, defaultAlign: ">", defaultType: "d")
        return try formatInteger(negative: value < 0, magnitude: { String(value.magnitude, radix: $0) },
                                 asDouble: { Double(value) }, charCode: { value }, spec: f, typeName: typeName)
    }

    /// `format(n, spec)` for an int beyond the machine range.
    package static func format(bigInt value: BigInt, spec: String, typeName: String = "int") throws(PyTextError) -> String {
        if let small = Int(exactly: value) { return try format(int: small, spec: spec, typeName: typeName) }
        if spec.isEmpty { return String(value) }
        let f = try PyFormatSpec.parse(spec, typeName: typeName, defaultAlign: ">", defaultType: "d")
        return try formatInteger(negative: value.sign == .minus, magnitude: { String(value.magnitude, radix: $0) },
                                 asDouble: { bigToDouble(value) }, charCode: { nil }, spec: f, typeName: typeName)
    }

    /// Python's `float(n)` for an int: correctly rounded, nil when too large.
    package static func bigToDouble(_ value: BigInt) -> Double? {
        if let small = Int(exactly: value) { return Double(small) }
        guard let d = Double(String(value)), d.isFinite else { return nil }
        return d
    }

    private static func formatInteger(
        negative: Bool, magnitude: (Int) -> String, asDouble: () -> Double?, charCode: () -> Int?,
        spec f: PyFormatSpec, typeName: String
    ) throws(PyTextError) -> String {
        let type = f.type ?? "d"
        var base = 10
        var prefix: [UInt8] = []
        switch type {
        case "d", "n": base = 10
        case "b": base = 2; prefix = Array("0b".utf8)
        case "o": base = 8; prefix = Array("0o".utf8)
        case "x": base = 16; prefix = Array("0x".utf8)
        case "X": base = 16; prefix = Array("0X".utf8)
        case "c": break
        case "e", "E", "f", "F", "g", "G", "%":
            guard let d = asDouble() else { throw .overflowError("int too large to convert to float") }
            return try format(float: d, spec: f, typeName: typeName)
        default:
            throw PyFormatSpec.unknownCode(type, typeName: typeName)
        }
        if f.precision != -1 { throw .valueError("Precision not allowed in integer format specifier") }
        if f.coerceNegativeZero { throw .valueError("Negative zero coercion (z) not allowed in integer format specifier") }
        if type == "c" {
            if f.sign != nil { throw .valueError("Sign not allowed with integer format specifier 'c'") }
            if f.alternate { throw .valueError("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard let code = charCode() else { throw .overflowError("Python int too large to convert to C long") }
            guard code >= 0 && code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else {
                if code >= 0xD800 && code <= 0xDFFF {
                    throw .valueError("surrogate code points are not supported by the workbook's Python")
                }
                throw .overflowError("%c arg not in range(0x110000)")
            }
            return assemble(negative: false, prefix: [], digits: [], remainder: Array(String(Character(scalar)).utf8),
                            remainderCount: 1, spec: f, groupSize: 0, separator: 0)
        }
        var digits = Array(magnitude(base).utf8)
        if type == "X" {
            for i in digits.indices where digits[i] >= UInt8(ascii: "a") { digits[i] -= 32 }
        }
        let groupSize: Int
        let separator: UInt8
        switch f.grouping {
        case .none: groupSize = 0; separator = 0
        case .comma: groupSize = 3; separator = UInt8(ascii: ",")
        case .underscore: groupSize = base == 10 ? 3 : 4; separator = UInt8(ascii: "_")
        }
        return assemble(negative: negative, prefix: f.alternate ? prefix : [], digits: digits[...], remainder: [],
                        remainderCount: 0, spec: f, groupSize: groupSize, separator: separator)
    }

    // MARK: float

    /// `format(x, spec)` for a float (types `e E f F g G n %` and none).
    package static func format(float value: Double, spec: String, typeName: String = "float") throws(PyTextError) -> String {
        if spec.isEmpty { return PyFloatRepr.repr(value) }
        let f = try PyFormatSpec.parse(spec, typeName: typeName, defaultAlign: ">")
        return try format(float: value, spec: f, typeName: typeName)
    }

    package static func format(float value: Double, spec f: PyFormatSpec, typeName: String = "float") throws(PyTextError) -> String {
        var code: PyFloatRepr.Code
        var uppercase = false
        var addDotZero = false
        var percent = false
        var val = value
        var defaultPrecision = 6
        switch f.type {
        case nil:
            code = .repr; addDotZero = true; defaultPrecision = 0
        case "e": code = .exponent
        case "E": code = .exponent; uppercase = true
        case "f": code = .fixed
        case "F": code = .fixed; uppercase = true
        case "g", "n": code = .general
        case "G": code = .general; uppercase = true
        case "%": code = .fixed; percent = true; val *= 100
        case let t?: throw PyFormatSpec.unknownCode(t, typeName: typeName)
        }
        var precision = f.precision
        if precision > Int(Int32.max) { throw .valueError("precision too big") }
        if precision < 0 {
            precision = defaultPrecision
        } else if code == .repr {
            code = .general
        }
        var buf: [UInt8] = []
        PyFloatRepr.formatInto(&buf, val, code: code, precision: precision, alwaysSign: false, addDotZero: addDotZero,
                               alternate: f.alternate, noNegativeZero: f.coerceNegativeZero, uppercase: uppercase)
        if percent { buf.append(UInt8(ascii: "%")) }
        if f.sign != "+" && f.sign != " " && f.width == -1 && f.grouping == .none {
            return String(decoding: buf, as: UTF8.self)
        }
        var start = 0
        var negative = false
        if buf.first == UInt8(ascii: "-") { negative = true; start = 1 }
        var digitEnd = start
        while digitEnd < buf.count && buf[digitEnd] >= UInt8(ascii: "0") && buf[digitEnd] <= UInt8(ascii: "9") { digitEnd += 1 }
        let groupSize = f.grouping == .none ? 0 : 3
        let separator = f.grouping == .comma ? UInt8(ascii: ",") : UInt8(ascii: "_")
        return assemble(negative: negative, prefix: [], digits: buf[start..<digitEnd], remainder: Array(buf[digitEnd...]),
                        remainderCount: buf.count - digitEnd, spec: f, groupSize: groupSize, separator: separator)
    }

    // MARK: layout

    /// `calc_number_widths` + `fill_number`: sign, prefix, padding, grouped digits, remainder.
    /// `remainder` is UTF-8 and counts `remainderCount` characters.
    package static func assemble(
        negative: Bool, prefix: [UInt8], digits: ArraySlice<UInt8>, remainder: [UInt8], remainderCount: Int,
        spec f: PyFormatSpec, groupSize: Int, separator: UInt8
    ) -> String {
        var signChar: UInt8 = 0
        if negative {
            signChar = UInt8(ascii: "-")
        } else if f.sign == "+" {
            signChar = UInt8(ascii: "+")
        } else if f.sign == " " {
            signChar = UInt8(ascii: " ")
        }
        let nSign = signChar == 0 ? 0 : 1
        let nonDigit = nSign + prefix.count + remainderCount
        let minWidth = (f.fill == "0" && f.align == "=") ? f.width - nonDigit : 0
        let grouped = digits.isEmpty ? [] : group(digits, minWidth: minWidth, size: groupSize, separator: separator)
        let padding = f.width - (nonDigit + grouped.count)
        var lpad = 0, spad = 0, rpad = 0
        if padding > 0 {
            switch f.align {
            case "<": rpad = padding
            case "^": lpad = padding / 2; rpad = padding - lpad
            case "=": spad = padding
            default: lpad = padding
            }
        }
        var fillBytes: [UInt8] = []
        if lpad + spad + rpad > 0 { fillBytes = Array(String(Character(f.fill)).utf8) }
        var out: [UInt8] = []
        out.reserveCapacity(nonDigit + grouped.count + (lpad + spad + rpad) * fillBytes.count)
        for _ in 0..<lpad { out.append(contentsOf: fillBytes) }
        if signChar != 0 { out.append(signChar) }
        out.append(contentsOf: prefix)
        for _ in 0..<spad { out.append(contentsOf: fillBytes) }
        out.append(contentsOf: grouped)
        out.append(contentsOf: remainder)
        for _ in 0..<rpad { out.append(contentsOf: fillBytes) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right (size 0: no grouping),
    /// padding with zeros on the left up to `minWidth` characters (separators included).
    package static func group(_ digits: ArraySlice<UInt8>, minWidth requested: Int, size: Int, separator: UInt8) -> [UInt8] {
        var minWidth = max(0, requested)
        var remaining = digits.count
        var reversed: [UInt8] = []
        reversed.reserveCapacity(max(minWidth, remaining + remaining / 3 + 1))
        var pos = digits.endIndex
        var useSeparator = false
        func emit(_ l: Int) {
            let zeros = max(0, l - remaining)
            let chars = max(0, min(remaining, l))
            if useSeparator { reversed.append(separator) }
            for _ in 0..<chars {
                pos -= 1
                reversed.append(digits[pos])
            }
            for _ in 0..<zeros { reversed.append(UInt8(ascii: "0")) }
            remaining -= chars
        }
        var broken = false
        if size > 0 {
            while true {
                let l = min(size, max(max(remaining, minWidth), 1))
                emit(l)
                useSeparator = true
                minWidth -= l
                if remaining <= 0 && minWidth <= 0 { broken = true; break }
                minWidth -= 1
            }
        }
        if !broken {
            emit(max(max(remaining, minWidth), 1))
        }
        return reversed.reversed()
    }
}
