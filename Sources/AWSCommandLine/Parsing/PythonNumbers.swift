import LambdaSim

/// Python's `int(text)` and `float(text)`, which the CLI applies to number parameters, with
/// Python's `ValueError` messages (the CLI prints them as they are, exit status 255).
enum PythonNumbers {
    static func int(_ text: String) throws(ValueError) -> JSONValue {
        var body = Substring(text.trimmingPythonSpace())
        var negative = false
        if let sign = body.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard isDigitRun(body) else {
            throw .plain("invalid literal for int() with base 10: \(PythonText.repr(text))", exitStatus: AWSExitStatus.generalError)
        }
        var digits = String(body.filter { $0 != "_" })
        while digits.count > 1, digits.first == "0" { digits.removeFirst() }
        if let value = Int(digits) { return .number(.integer(negative ? -value : value)) }
        if negative, let value = Int("-" + digits) { return .number(.integer(value)) }
        return .number(.bigInteger((negative ? "-" : "") + digits))
    }

    static func float(_ text: String) throws(ValueError) -> JSONValue {
        let body = text.trimmingPythonSpace()
        let unsigned = body.hasPrefix("-") || body.hasPrefix("+") ? String(body.dropFirst()) : body
        let lowered = unsigned.lowercased()
        let special = ["inf", "infinity", "nan"].contains(lowered)
        if special || isDecimalFloat(unsigned), let value = Double(body.filter { $0 != "_" }) {
            return .number(.float(value))
        }
        throw .plain("could not convert string to float: \(PythonText.repr(text))", exitStatus: AWSExitStatus.generalError)
    }

    /// ASCII digits with single underscores between them.
    private static func isDigitRun(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber, let last = text.last, last != "_" else { return false }
        var previousUnderscore = false
        for character in text {
            if character == "_" {
                if previousUnderscore { return false }
                previousUnderscore = true
            } else if character.isASCII, character.isNumber {
                previousUnderscore = false
            } else {
                return false
            }
        }
        return true
    }

    /// `digits [. digits] [e [sign] digits]`, or `. digits ...`, with Python's underscore rule.
    private static func isDecimalFloat(_ text: String) -> Bool {
        var rest = Substring(text)
        let mantissaEnd = rest.firstIndex { $0 == "e" || $0 == "E" } ?? rest.endIndex
        let mantissa = rest[..<mantissaEnd]
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = parts[0]
        let fractionPart = parts.count > 1 ? parts[1] : nil
        guard !integerPart.isEmpty || !(fractionPart?.isEmpty ?? true) else { return false }
        if !integerPart.isEmpty, !isDigitRun(integerPart) { return false }
        if let fractionPart, !fractionPart.isEmpty, !isDigitRun(fractionPart) { return false }
        rest = rest[mantissaEnd...]
        if rest.isEmpty { return true }
        rest = rest.dropFirst()
        if let sign = rest.first, sign == "+" || sign == "-" { rest = rest.dropFirst() }
        return isDigitRun(rest)
    }
}
