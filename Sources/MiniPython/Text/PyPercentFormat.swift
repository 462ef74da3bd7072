import BigInt

// printf-style `format % args` for str, ported from CPython 3.12's PyUnicode_Format so that
// errors appear in the same order and with the same text (`incomplete format`,
// `not enough arguments for format string`, `%d format: a real number is required, not str`).

/// What a `%` conversion needs to know about an argument.
package enum PyPercentOperand {
    /// An int or a bool (bool formats as 1/0 for `%d`; `%s` still asks the host for `str()`).
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    /// A str: `%c` accepts one character.
    case str(String)
    /// Any other object, by its Python type name (it appears in TypeErrors).
    case other(typeName: String)
}

/// The interpreter side of `%` formatting: conversions that need the object model.
/// Errors that the host throws (a KeyError from `item`, an exception raised by `__str__`) pass through unchanged.
package protocol PyPercentFormatHost {
    associatedtype Value
    func classify(_ value: Value) -> PyPercentOperand
    /// `str(value)`
    func str(_ value: Value) throws -> String
    /// `repr(value)`
    func repr(_ value: Value) throws -> String
    /// `mapping[key]` for `%(key)s`.
    func item(of mapping: Value, key: String) throws -> Value
}

/// The right operand of `%`.
package enum PyPercentArguments<Value> {
    /// A tuple: its items are the arguments.
    case tuple([Value])
    /// Any other object; `isMapping` when it supports `[key]` and is not a str
    /// (dict, list and user classes with `__getitem__`: CPython's `PyMapping_Check`).
    case single(Value, isMapping: Bool)
}

package enum PyPercentFormat {
    private struct Flags: OptionSet {
        let rawValue: UInt8
        static let leftJustify = Flags(rawValue: 1)
        static let sign = Flags(rawValue: 2)
        static let blank = Flags(rawValue: 4)
        static let alternate = Flags(rawValue: 8)
        static let zero = Flags(rawValue: 16)
    }

    private struct Context<Host: PyPercentFormatHost> {
        let host: Host
        let fmt: [Unicode.Scalar]
        var pos = 0
        var cnt: Int
        var tuple: [Host.Value]
        var current: Host.Value?
        var argLength: Int
        var argIndex: Int
        let dict: Host.Value?

        mutating func nextArg() throws -> Host.Value {
            guard argIndex < argLength else { throw PyTextError.typeError("not enough arguments for format string") }
            argIndex += 1
            if argLength < 0 { return current! }
            return tuple[argIndex - 1]
        }

        /// FORMAT_READ: the scalar at pos, or NUL past the end (as C's terminator).
        func read() -> Unicode.Scalar { pos < fmt.count ? fmt[pos] : "\0" }
    }

    /// `format % args`.
    /// - Throws: `PyTextError` for formatting errors; whatever the host throws otherwise.
    package static func format<Host: PyPercentFormatHost>(
        _ format: String, _ args: PyPercentArguments<Host.Value>, host: Host
    ) throws -> String {
        let fmt = Array(format.unicodeScalars)
        var ctx: Context<Host>
        switch args {
        case .tuple(let items):
            ctx = Context(host: host, fmt: fmt, cnt: fmt.count, tuple: items, current: nil,
                          argLength: items.count, argIndex: 0, dict: nil)
        case .single(let v, let isMapping):
            ctx = Context(host: host, fmt: fmt, cnt: fmt.count, tuple: [], current: v,
                          argLength: -1, argIndex: -2, dict: isMapping ? v : nil)
        }
        var out = String.UnicodeScalarView()
        while true {
            ctx.cnt -= 1
            if ctx.cnt < 0 { break }
            if ctx.read() != "%" {
                let start = ctx.pos
                ctx.pos += 1
                while ctx.cnt >= 0 && ctx.read() != "%" {
                    ctx.pos += 1
                    ctx.cnt -= 1
                }
                if ctx.cnt < 0 { ctx.pos -= 1 }
                out.append(contentsOf: fmt[start..<ctx.pos])
            } else {
                ctx.pos += 1
                try formatArgument(&ctx, into: &out)
            }
        }
        if ctx.argIndex < ctx.argLength && ctx.dict == nil {
            throw PyTextError.typeError("not all arguments converted during string formatting")
        }
        return String(out)
    }

    private struct Arg {
        var ch: Unicode.Scalar = "\0"
        var flags: Flags = []
        var width = -1
        var prec = -1
        var sign = false
    }

    private static func formatArgument<Host>(_ ctx: inout Context<Host>, into out: inout String.UnicodeScalarView) throws {
        if ctx.read() == "%" {
            ctx.pos += 1
            ctx.cnt -= 1
            out.append("%")
            return
        }
        var arg = Arg()
        try parse(&ctx, &arg)
        guard let text = try convert(&ctx, &arg) else { return }
        output(arg, Array(text.unicodeScalars), into: &out)
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    private static func parse<Host>(_ ctx: inout Context<Host>, _ arg: inout Arg) throws {
        arg.ch = ctx.read()
        if arg.ch == "(" {
            guard let dict = ctx.dict else { throw PyTextError.typeError("format requires a mapping") }
            ctx.pos += 1
            ctx.cnt -= 1
            let keyStart = ctx.pos
            var depth = 1
            while depth > 0 {
                ctx.cnt -= 1
                if ctx.cnt < 0 { break }
                arg.ch = ctx.read()
                if arg.ch == ")" { depth -= 1 } else if arg.ch == "(" { depth += 1 }
                ctx.pos += 1
            }
            if ctx.cnt < 0 || depth > 0 { throw PyTextError.valueError("incomplete format key") }
            let key = String(String.UnicodeScalarView(ctx.fmt[keyStart..<(ctx.pos - 1)]))
            ctx.current = try ctx.host.item(of: dict, key: key)
            ctx.tuple = []
            ctx.argLength = -1
            ctx.argIndex = -2
        }
        while true {
            ctx.cnt -= 1
            if ctx.cnt < 0 { break }
            arg.ch = ctx.read()
            ctx.pos += 1
            switch arg.ch {
            case "-": arg.flags.insert(.leftJustify); continue
            case "+": arg.flags.insert(.sign); continue
            case " ": arg.flags.insert(.blank); continue
            case "#": arg.flags.insert(.alternate); continue
            case "0": arg.flags.insert(.zero); continue
            default: break
            }
            break
        }
        if arg.ch == "*" {
            let v = try ctx.nextArg()
            let w: Int
            switch ctx.host.classify(v) {
            case .int(let i): w = i
            case .bigInt: throw PyTextError.overflowError("Python int too large to convert to C ssize_t")
            default: throw PyTextError.typeError("* wants int")
            }
            if w < 0 {
                arg.flags.insert(.leftJustify)
                arg.width = w == Int.min ? Int.max : -w
            } else {
                arg.width = w
            }
            ctx.cnt -= 1
            if ctx.cnt >= 0 {
                arg.ch = ctx.read()
                ctx.pos += 1
            }
        } else if isDigit(arg.ch) {
            arg.width = Int(arg.ch.value - 0x30)
            while true {
                ctx.cnt -= 1
                if ctx.cnt < 0 { break }
                arg.ch = ctx.read()
                ctx.pos += 1
                if !isDigit(arg.ch) { break }
                let d = Int(arg.ch.value - 0x30)
                if arg.width > (Int.max - d) / 10 { throw PyTextError.valueError("width too big") }
                arg.width = arg.width * 10 + d
            }
        }
        if arg.ch == "." {
            arg.prec = 0
            ctx.cnt -= 1
            if ctx.cnt >= 0 {
                arg.ch = ctx.read()
                ctx.pos += 1
            }
            if arg.ch == "*" {
                let v = try ctx.nextArg()
                switch ctx.host.classify(v) {
                case .int(let i):
                    if i > Int(Int32.max) || i < Int(Int32.min) {
                        throw PyTextError.overflowError("Python int too large to convert to C int")
                    }
                    arg.prec = max(0, i)
                case .bigInt: throw PyTextError.overflowError("Python int too large to convert to C int")
                default: throw PyTextError.typeError("* wants int")
                }
                ctx.cnt -= 1
                if ctx.cnt >= 0 {
                    arg.ch = ctx.read()
                    ctx.pos += 1
                }
            } else if isDigit(arg.ch) {
                arg.prec = Int(arg.ch.value - 0x30)
                while true {
                    ctx.cnt -= 1
                    if ctx.cnt < 0 { break }
                    arg.ch = ctx.read()
                    ctx.pos += 1
                    if !isDigit(arg.ch) { break }
                    let d = Int(arg.ch.value - 0x30)
                    if arg.prec > (Int(Int32.max) - d) / 10 { throw PyTextError.valueError("precision too big") }
                    arg.prec = arg.prec * 10 + d
                }
            }
        }
        if ctx.cnt >= 0 && (arg.ch == "h" || arg.ch == "l" || arg.ch == "L") {
            ctx.cnt -= 1
            if ctx.cnt >= 0 {
                arg.ch = ctx.read()
                ctx.pos += 1
            }
        }
        if ctx.cnt < 0 { throw PyTextError.valueError("incomplete format") }
    }

    /// unicode_format_arg_format: the converted text, before padding.
    private static func convert<Host>(_ ctx: inout Context<Host>, _ arg: inout Arg) throws -> String? {
        let v = try ctx.nextArg()
        let host = ctx.host
        switch arg.ch {
        case "s":
            if case .str(let s) = host.classify(v) { return s }
            return try host.str(v)
        case "r":
            return try host.repr(v)
        case "a":
            return PyStrRepr.asciiEscaped(try host.repr(v))
        case "i", "d", "u", "o", "x", "X":
            arg.sign = true
            return try formatLong(host.classify(v), arg)
        case "e", "E", "f", "F", "g", "G":
            arg.sign = true
            let x: Double
            switch host.classify(v) {
            case .float(let d): x = d
            case .int(let i): x = Double(i)
            case .bigInt(let b):
                guard let d = PyFormat.bigToDouble(b) else { throw PyTextError.overflowError("int too large to convert to float") }
                x = d
            case .str: throw PyTextError.typeError("must be real number, not str")
            case .other(let name): throw PyTextError.typeError("must be real number, not \(name)")
            }
            let code: PyFloatRepr.Code
            switch arg.ch {
            case "e", "E": code = .exponent
            case "f", "F": code = .fixed
            default: code = .general
            }
            let upper = arg.ch == "E" || arg.ch == "F" || arg.ch == "G"
            return PyFloatRepr.format(x, code: code, precision: arg.prec < 0 ? 6 : arg.prec,
                                      alternate: arg.flags.contains(.alternate), uppercase: upper)
        case "c":
            switch host.classify(v) {
            case .str(let s):
                let scalars = s.unicodeScalars
                guard let first = scalars.first, scalars.count == 1 else {
                    throw PyTextError.typeError("%c requires int or char")
                }
                return String(Character(first))
            case .int(let i):
                guard i >= 0 && i <= 0x10FFFF else { throw PyTextError.overflowError("%c arg not in range(0x110000)") }
                guard let scalar = Unicode.Scalar(UInt32(i)) else {
                    throw PyTextError.valueError("surrogate code points are not supported by the workbook's Python")
                }
                return String(Character(scalar))
            case .bigInt:
                throw PyTextError.overflowError("%c arg not in range(0x110000)")
            default:
                throw PyTextError.typeError("%c requires int or char")
            }
        default:
            let c = arg.ch.value
            let shown = (31...126).contains(c) ? String(Character(arg.ch)) : "?"
            throw PyTextError.valueError(
                "unsupported format character '\(shown)' (0x\(String(c, radix: 16))) at index \(ctx.pos - 1)")
        }
    }

    private static func formatLong(_ operand: PyPercentOperand, _ arg: Arg) throws -> String {
        let type = arg.ch
        let integerOnly = type == "o" || type == "x" || type == "X"
        func wrongType(_ name: String) -> PyTextError {
            .typeError("%\(Character(type)) format: \(integerOnly ? "an integer" : "a real number") is required, not \(name)")
        }
        var negative = false
        var magnitude: (Int) -> String
        switch operand {
        case .int(let i):
            negative = i < 0
            magnitude = { String(i.magnitude, radix: $0) }
        case .bigInt(let b):
            negative = b.sign == .minus
            magnitude = { String(b.magnitude, radix: $0) }
        case .float(let d):
            if integerOnly { throw wrongType("float") }
            if d.isNaN { throw PyTextError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyTextError.overflowError("cannot convert float infinity to integer") }
            let t = d.rounded(.towardZero)
            negative = t < 0
            if abs(t) < 9.2e18 {
                let i = Int(t)
                magnitude = { String(i.magnitude, radix: $0) }
            } else {
                let b = BigInt(exactly: t)!
                magnitude = { String(b.magnitude, radix: $0) }
            }
        case .str:
            throw wrongType("str")
        case .other(let name):
            throw wrongType(name)
        }
        let base = type == "o" ? 8 : (type == "x" || type == "X") ? 16 : 10
        var digits = magnitude(base)
        if type == "X" { digits = digits.uppercased() }
        var out = negative ? "-" : ""
        if arg.flags.contains(.alternate) && integerOnly {
            out += type == "o" ? "0o" : type == "x" ? "0x" : "0X"
        }
        let count = digits.utf8.count
        if arg.prec > count { out += String(repeating: "0", count: arg.prec - count) }
        out += digits
        return out
    }

    /// unicode_format_arg_output: sign, `0x` prefix, padding and truncation.
    private static func output(_ arg: Arg, _ str: [Unicode.Scalar], into out: inout String.UnicodeScalarView) {
        var arg = arg
        let fill: Unicode.Scalar = (arg.sign && arg.flags.contains(.zero)) ? "0" : " "
        var len = str.count
        if (arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len)
            && !arg.flags.contains(.sign) && !arg.flags.contains(.blank) {
            out.append(contentsOf: str)
            return
        }
        if arg.ch == "s" || arg.ch == "r" || arg.ch == "a" {
            if arg.prec >= 0 && len > arg.prec { len = arg.prec }
        }
        var index = 0
        var signChar: Unicode.Scalar?
        if arg.sign {
            let ch = str.first ?? "\0"
            if ch == "-" || ch == "+" {
                signChar = ch
                len -= 1
                index += 1
            } else if arg.flags.contains(.sign) {
                signChar = "+"
            } else if arg.flags.contains(.blank) {
                signChar = " "
            } else {
                arg.sign = false
            }
        }
        if arg.width < len { arg.width = len }
        if let s = signChar {
            if fill != " " { out.append(s) }
            if arg.width > len { arg.width -= 1 }
        }
        let prefixed = arg.flags.contains(.alternate) && (arg.ch == "x" || arg.ch == "X" || arg.ch == "o")
        if prefixed {
            if fill != " " {
                out.append("0")
                out.append(arg.ch)
            }
            arg.width = max(0, arg.width - 2)
            len -= 2
            index += 2
        }
        if arg.width > len && !arg.flags.contains(.leftJustify) {
            for _ in 0..<(arg.width - len) { out.append(fill) }
            arg.width = len
        }
        if fill == " " {
            if let s = signChar { out.append(s) }
            if prefixed {
                out.append("0")
                out.append(arg.ch)
            }
        }
        out.append(contentsOf: str[index..<(index + len)])
        if arg.width > len {
            for _ in 0..<(arg.width - len) { out.append(" ") }
        }
    }
}
