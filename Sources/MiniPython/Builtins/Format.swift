// format() and f-string format specs, str.format and %-formatting.
import BigInt
import Foundation

struct FormatSpec {
    var fill: Character = " "
    var align: Character? = nil
    var sign: Character = "-"
    var zeroNegative = false
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character? = nil
    var precision: Int? = nil
    var type: Character? = nil
}

extension Runtime {
    func parseSpec(_ spec: String) throws -> FormatSpec {
        var f = FormatSpec()
        let c = Array(spec)
        var i = 0
        func isAlign(_ ch: Character) -> Bool { "<>=^".contains(ch) }
        if c.count >= 2 && isAlign(c[1]) { f.fill = c[0]; f.align = c[1]; i = 2 }
        else if c.count >= 1 && isAlign(c[0]) { f.align = c[0]; i = 1 }
        if i < c.count && "+- ".contains(c[i]) { f.sign = c[i]; i += 1 }
        if i < c.count && c[i] == "z" { f.zeroNegative = true; i += 1 }
        if i < c.count && c[i] == "#" { f.alternate = true; i += 1 }
        if i < c.count && c[i] == "0" { f.zeroPad = true; i += 1 }
        var w = ""
        while i < c.count && c[i].isASCII && c[i].isNumber { w.append(c[i]); i += 1 }
        if !w.isEmpty { f.width = Int(w) ?? 0 }
        if i < c.count && (c[i] == "," || c[i] == "_") { f.grouping = c[i]; i += 1 }
        if i < c.count && c[i] == "." {
            i += 1
            var p = ""
            while i < c.count && c[i].isASCII && c[i].isNumber { p.append(c[i]); i += 1 }
            if p.isEmpty { throw valueError("Format specifier missing precision") }
            f.precision = Int(p)
        }
        if i < c.count { f.type = c[i]; i += 1 }
        if i < c.count { throw valueError("Invalid format specifier '\(spec)' for object of type '%TYPE%'") }
        if f.zeroPad && f.align == nil { f.fill = "0"; f.align = "=" }
        return f
    }

    /// `format(value, spec)`.
    package func format(_ v: Value, _ spec: String) throws -> String {
        if case .object(let o) = v {
            if let i = o as? PyInstance, let m = i.cls.lookupUser("__format__") {
                return try str(try call(m, [v, .string(spec)]))
            }
            if let n = o as? PyNativeObject, let m = n.nativeType.lookup("__format__") {
                return try str(try call(m, [v, .string(spec)]))
            }
        }
        if spec.isEmpty { return try str(v) }
        var f: FormatSpec
        do { f = try parseSpec(spec) } catch let e as PyError {
            let msg = exceptionMessage(e.exception).replacingOccurrences(of: "%TYPE%", with: typeName(v))
            throw valueError(msg)
        }
        switch v {
        case .str(let s):
            if let t = f.type, t != "s" { throw valueError("Unknown format code '\(t)' for object of type 'str'") }
            if f.sign != "-" { throw valueError("Sign not allowed in string format specifier") }
            if let g = f.grouping { throw valueError("Cannot specify '\(g)' with 's'.") }
            if f.align == "=" { throw valueError("'=' alignment not allowed in string format specifier") }
            var text = s.value
            if let p = f.precision { text = String(text.unicodeScalars.prefix(p).map { Character($0) }) }
            return pad(text, f, defaultAlign: "<")
        case .int, .bool, .object(is PyBigInt):
            if let t = f.type, "eEfFgG%".contains(t) { return try formatFloat(try toDouble(numeric(v)!), f) }
            if f.type == nil, case .bool(let b) = v, f.precision == nil { _ = b }
            return try formatInt(bigValue(numeric(v)!), f)
        case .float(let d):
            return try formatFloat(d, f)
        default:
            throw typeError("unsupported format string passed to \(typeName(v)).__format__")
        }
    }

    func pad(_ text: String, _ f: FormatSpec, defaultAlign: Character, signPrefix: String = "") -> String {
        let len = text.unicodeScalars.count + signPrefix.unicodeScalars.count
        if len >= f.width { return signPrefix + text }
        let n = f.width - len
        let fill = String(f.fill)
        switch f.align ?? defaultAlign {
        case "<": return signPrefix + text + String(repeating: fill, count: n)
        case "^":
            let left = n / 2
            return String(repeating: fill, count: left) + signPrefix + text + String(repeating: fill, count: n - left)
        case "=": return signPrefix + String(repeating: fill, count: n) + text
        default: return String(repeating: fill, count: n) + signPrefix + text
        }
    }

    func group(_ digits: String, _ sep: Character, every: Int) -> String {
        var out: [Character] = []
        for (i, ch) in digits.reversed().enumerated() {
            if i > 0 && i % every == 0 { out.append(sep) }
            out.append(ch)
        }
        return String(out.reversed())
    }

    func formatInt(_ b: BigInt, _ f: FormatSpec) throws -> String {
        if f.precision != nil { throw valueError("Precision not allowed in integer format specifier") }
        let negative = b < 0
        let mag = b.magnitude
        var digits: String
        var prefix = ""
        switch f.type {
        case nil, "d", "n": digits = String(mag)
        case "x": digits = String(mag, radix: 16); if f.alternate { prefix = "0x" }
        case "X": digits = String(mag, radix: 16).uppercased(); if f.alternate { prefix = "0X" }
        case "o": digits = String(mag, radix: 8); if f.alternate { prefix = "0o" }
        case "b": digits = String(mag, radix: 2); if f.alternate { prefix = "0b" }
        case "c":
            guard let s = Unicode.Scalar(UInt32(mag)) else { throw overflowError("%c arg not in range(0x110000)") }
            return pad(String(Character(s)), f, defaultAlign: "<")
        case "s": throw valueError("Unknown format code 's' for object of type 'int'")
        default: throw valueError("Unknown format code '\(f.type!)' for object of type 'int'")
        }
        if let g = f.grouping {
            let every = (f.type == nil || f.type == "d" || f.type == "n") ? 3 : 4
            if g == "," && every == 4 { throw valueError("Cannot specify ',' with '\(f.type!)'.") }
            if f.align == "=" && f.fill == "0" {
                // zero padding participates in grouping
                let signLen = (negative || f.sign != "-") ? 1 : 0
                var width = f.width - signLen - prefix.count
                var d = digits
                while group(d, g, every: every).count < width { d = "0" + d }
                digits = group(d, g, every: every)
                width = 0
                let sign = negative ? "-" : (f.sign == "+" ? "+" : f.sign == " " ? " " : "")
                return sign + prefix + digits
            }
            digits = group(digits, g, every: every)
        }
        let sign = negative ? "-" : (f.sign == "+" ? "+" : f.sign == " " ? " " : "")
        return pad(digits, f, defaultAlign: ">", signPrefix: sign + prefix)
    }

    func formatFloat(_ d: Double, _ f: FormatSpec) throws -> String {
        var type = f.type
        var precision = f.precision
        var value = d
        var suffix = ""
        if let t = type, !"eEfFgG%n".contains(t) {
            throw valueError("Unknown format code '\(t)' for object of type 'float'")
        }
        if type == "%" { value *= 100; suffix = "%"; type = "f" }
        if type == "n" { type = "g" }
        let negative = value.sign == .minus && !(f.zeroNegative && value == 0)
        let mag = abs(value)
        var body: String
        if mag.isNaN { body = (type == "E" || type == "F" || type == "G") ? "NAN" : "nan" }
        else if mag.isInfinite { body = (type == "E" || type == "F" || type == "G") ? "INF" : "inf" }
        else {
            switch type {
            case nil:
                if let p0 = precision {
                    let p = max(p0, 1)
                    let e = String(format: "%.\(p - 1)e", mag)
                    let parts = e.split(separator: "e")
                    let exp = Int(parts[1]) ?? 0
                    if exp < -4 || exp + 1 >= p + (p == 1 ? 0 : 0) && exp >= p - 1 && exp + 1 > p - 1 && exp >= p {
                        body = String(format: "%.\(p)g", mag)
                        if !body.contains("e") {
                            // CPython switches to exponent form once the '.0' would need more than p digits
                            body = String(format: "%.\(p - 1)e", mag)
                            var mant = String(parts[0])
                            if mant.contains(".") { while mant.hasSuffix("0") { mant.removeLast() }; if mant.hasSuffix(".") { mant.removeLast() } }
                            body = mant + "e" + (exp < 0 ? "-" : "+") + String(Swift.abs(exp)).leftPadded(to: 2, with: "0")
                        }
                    } else if exp >= p - 1 && exp >= 0 {
                        var mant = String(parts[0])
                        if mant.contains(".") { while mant.hasSuffix("0") { mant.removeLast() }; if mant.hasSuffix(".") { mant.removeLast() } }
                        body = mant + "e" + (exp < 0 ? "-" : "+") + String(Swift.abs(exp)).leftPadded(to: 2, with: "0")
                    } else {
                        body = String(format: "%.\(p)g", mag)
                        if !body.contains(".") && !body.contains("e") { body += ".0" }
                    }
                } else {
                    body = formatFloatRepr(mag)
                }
            case "f", "F": body = String(format: "%.\(precision ?? 6)f", mag)
            case "e", "E":
                body = fixExponent(String(format: "%.\(precision ?? 6)e", mag))
                if type == "E" { body = body.uppercased() }
            default:
                if precision == 0 { precision = 1 }
                body = fixExponent(String(format: f.alternate ? "%#.\(precision ?? 6)g" : "%.\(precision ?? 6)g", mag))
                if type == "G" { body = body.uppercased() }
            }
        }
        if f.alternate && !body.contains(".") && type != nil && type != "g" && type != "G" && mag.isFinite {
            if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) { body.insert(".", at: e) } else { body += "." }
        }
        if let g = f.grouping, mag.isFinite {
            var intPart = body
            var rest = ""
            if let dot = body.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
                intPart = String(body[..<dot]); rest = String(body[dot...])
            }
            if f.align == "=" && f.fill == "0" {
                let signLen = (negative || f.sign != "-") ? 1 : 0
                let width = f.width - signLen - rest.count - suffix.count
                while group(intPart, g, every: 3).count < width { intPart = "0" + intPart }
                let sign = negative ? "-" : (f.sign == "+" ? "+" : f.sign == " " ? " " : "")
                return sign + group(intPart, g, every: 3) + rest + suffix
            }
            body = group(intPart, g, every: 3) + rest
        }
        let sign = negative ? "-" : (f.sign == "+" ? "+" : f.sign == " " ? " " : "")
        return pad(body + suffix, f, defaultAlign: ">", signPrefix: sign)
    }

    /// C prints at least two exponent digits, as Python does; this keeps the form `e+05`.
    private func fixExponent(_ s: String) -> String { s }

    // MARK: str.format

    package func formatString(_ template: String, _ args: [Value], _ kwargs: [(String, Value)]) throws -> String {
        let c = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var autoIndex = 0
        var manual = false
        while i < c.count {
            let ch = c[i]
            if ch == "}" {
                if i + 1 < c.count && c[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw valueError("Single '}' encountered in format string")
            }
            if ch != "{" { out.append(ch); i += 1; continue }
            if i + 1 < c.count && c[i + 1] == "{" { out.append("{"); i += 2; continue }
            // replacement field
            var j = i + 1
            var depth = 1
            while j < c.count {
                if c[j] == "{" { depth += 1 }
                if c[j] == "}" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            if j >= c.count { throw valueError("expected '}' before end of string") }
            let field = String(String.UnicodeScalarView(c[(i + 1)..<j]))
            i = j + 1
            var name = field
            var conversion: Character? = nil
            var spec = ""
            if let colon = field.firstIndex(of: ":") {
                name = String(field[..<colon]); spec = String(field[field.index(after: colon)...])
            }
            if let bang = name.firstIndex(of: "!") {
                let conv = name[name.index(after: bang)...]
                guard conv.count == 1 else { throw valueError("expected ':' after conversion specifier") }
                conversion = conv.first
                name = String(name[..<bang])
            }
            // first part of the name: index or keyword
            var rest = ""
            var head = name
            if let k = name.firstIndex(where: { $0 == "." || $0 == "[" }) { head = String(name[..<k]); rest = String(name[k...]) }
            var value: Value
            if head.isEmpty {
                if manual { throw valueError("cannot switch from manual field specification to automatic field numbering") }
                guard autoIndex < args.count else { throw indexError("Replacement index \(autoIndex) out of range for positional args tuple") }
                value = args[autoIndex]; autoIndex += 1
            } else if let n = Int(head) {
                manual = true
                if autoIndex > 0 { throw valueError("cannot switch from automatic field numbering to manual field specification") }
                guard n < args.count else { throw indexError("Replacement index \(n) out of range for positional args tuple") }
                value = args[n]
            } else {
                guard let v = kwargs.first(where: { $0.0 == head })?.1 else { throw keyError(.string(head)) }
                value = v
            }
            // attribute and index access
            var r = Array(rest)
            while !r.isEmpty {
                if r[0] == "." {
                    var k = 1
                    while k < r.count && r[k] != "." && r[k] != "[" { k += 1 }
                    value = try getAttribute(value, String(r[1..<k]))
                    r = Array(r[k...])
                } else if r[0] == "[" {
                    guard let close = r.firstIndex(of: "]") else { throw valueError("Missing ']' in format string") }
                    let key = String(r[1..<close])
                    value = try getItem(value, Int(key).map { .int($0) } ?? .string(key))
                    r = Array(r[(close + 1)...])
                } else { throw valueError("Only '.' or '[' may follow ']' in format field specifier") }
            }
            if spec.contains("{") { spec = try formatString(spec, args, kwargs) }
            switch conversion {
            case "r": value = .string(try repr(value))
            case "s": value = .string(try str(value))
            case "a": value = .string(asciiEscape(try repr(value)))
            case nil: break
            default: throw valueError("Unknown conversion specifier \(conversion!)")
            }
            out.append(contentsOf: try format(value, spec).unicodeScalars)
        }
        return String(out)
    }

    // MARK: % formatting

    package func percentFormat(_ template: String, _ argValue: Value) throws -> String {
        var args: [Value]
        var mapping: Value? = nil
        if case .object(let o) = argValue, let t = o as? PyTuple { args = t.items }
        else {
            args = [argValue]
            if case .object(let o) = argValue, o is PyDict || (o is PyInstance && typeOf(argValue).lookup("__getitem__") != nil) { mapping = argValue }
        }
        let c = Array(template.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        var argIndex = 0
        var usedMapping = false
        func nextArg() throws -> Value {
            guard argIndex < args.count else { throw typeError("not enough arguments for format string") }
            argIndex += 1
            return args[argIndex - 1]
        }
        while i < c.count {
            if c[i] != "%" { out.append(c[i]); i += 1; continue }
            i += 1
            guard i < c.count else { throw valueError("incomplete format") }
            var key: String? = nil
            if c[i] == "(" {
                var depth = 1
                var j = i + 1
                while j < c.count && depth > 0 { if c[j] == "(" { depth += 1 } else if c[j] == ")" { depth -= 1 }; j += 1 }
                key = String(String.UnicodeScalarView(c[(i + 1)..<(j - 1)]))
                i = j
            }
            var flags = ""
            while i < c.count && "-+ #0".unicodeScalars.contains(c[i]) { flags.unicodeScalars.append(c[i]); i += 1 }
            var width: Int? = nil
            if i < c.count && c[i] == "*" { width = try intArgument(try nextArg()); i += 1 } else {
                var w = ""
                while i < c.count && c[i].properties.numericType != nil && c[i].isASCII { w.unicodeScalars.append(c[i]); i += 1 }
                if !w.isEmpty { width = Int(w) }
            }
            var precision: Int? = nil
            if i < c.count && c[i] == "." {
                i += 1
                if i < c.count && c[i] == "*" { precision = try intArgument(try nextArg()); i += 1 } else {
                    var p = ""
                    while i < c.count && c[i].properties.numericType != nil && c[i].isASCII { p.unicodeScalars.append(c[i]); i += 1 }
                    precision = Int(p) ?? 0
                }
            }
            while i < c.count && "hlL".unicodeScalars.contains(c[i]) { i += 1 }
            guard i < c.count else { throw valueError("incomplete format") }
            let conv = c[i]
            i += 1
            if conv == "%" { out.append("%"); continue }
            let value: Value
            if let key {
                guard let m = mapping else { throw typeError("format requires a mapping") }
                usedMapping = true
                value = try getItem(m, .string(key))
            } else {
                value = try nextArg()
            }
            var spec = FormatSpec()
            if flags.contains("-") { spec.align = "<" }
            if flags.contains("+") { spec.sign = "+" } else if flags.contains(" ") { spec.sign = " " }
            if flags.contains("#") { spec.alternate = true }
            if flags.contains("0") && !flags.contains("-") { spec.fill = "0"; spec.align = "=" }
            spec.width = width ?? 0
            if let w = width, w < 0 { spec.width = -w; spec.align = "<" }
            var text: String
            switch conv {
            case "s", "r", "a":
                text = conv == "s" ? try str(value) : conv == "r" ? try repr(value) : asciiEscape(try repr(value))
                if let p = precision { text = String(text.unicodeScalars.prefix(p).map { Character($0) }) }
                if spec.align == "=" { spec.align = ">"; spec.fill = " " }
                text = pad(text, spec, defaultAlign: ">")
            case "d", "i", "u":
                guard let n = numeric(value) else {
                    throw typeError("%\(Character(conv)) format: a real number is required, not \(typeName(value))")
                }
                var b = bigValue(n)
                if case .float(let d) = n { b = BigInt(d.rounded(.towardZero)) }
                var digits = String(b.magnitude)
                if let p = precision { while digits.count < p { digits = "0" + digits } }
                let sign = b < 0 ? "-" : (spec.sign == "+" ? "+" : spec.sign == " " ? " " : "")
                text = pad(digits, spec, defaultAlign: ">", signPrefix: sign)
            case "x", "X", "o":
                guard let n = numeric(value), !n.isFloat else {
                    throw typeError("%\(Character(conv)) format: an integer is required, not \(typeName(value))")
                }
                spec.type = Character(conv)
                text = try formatInt(bigValue(n), spec)
            case "f", "F", "e", "E", "g", "G":
                let d: Double
                if let n = numeric(value) { d = try toDouble(n) } else {
                    throw typeError("must be real number, not \(typeName(value))")
                }
                spec.type = Character(conv)
                spec.precision = precision ?? 6
                text = try formatFloat(d, spec)
            case "c":
                if case .str(let s) = value, s.count == 1 { text = s.value }
                else { text = String(Character(Unicode.Scalar(UInt32(try intArgument(value))) ?? " ")) }
                text = pad(text, spec, defaultAlign: ">")
            default:
                throw valueError("unsupported format character '\(Character(conv))' (0x\(String(conv.value, radix: 16))) at index \(i - 1)")
            }
            out.append(contentsOf: text.unicodeScalars)
        }
        if argIndex < args.count && !usedMapping && mapping == nil {
            throw typeError("not all arguments converted during string formatting")
        }
        return String(out)
    }
}
