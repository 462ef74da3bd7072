// Dates for the Date* operators: ISO 8601 (W3C profile) or seconds since the epoch.

package enum DateValue {
    /// Seconds since 1970-01-01T00:00:00Z, or `nil` if `text` is not a date IAM understands.
    ///
    /// Accepts `2026-11-26`, `2026-11-26T17:00Z`, `2026-11-26T17:00:05.250+01:00` and `1795000000`.
    package static func secondsSinceEpoch(_ text: String) -> Double? {
        if !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" }), !text.dropFirst().contains("-") {
            return Double(text)
        }
        let chars = Array(text.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= chars.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = chars[index + offset]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += digits
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard index < chars.count, chars[index] == character.asciiValue else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        guard index < chars.count else { return seconds }
        guard expect("T"), let hour = number(2), expect(":"), let minute = number(2), hour < 24, minute < 60 else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if expect(":") {
            guard let second = number(2), second < 61 else { return nil }
            seconds += Double(second)
            if expect(".") {
                var scale = 0.1
                var sawDigit = false
                while index < chars.count, chars[index] >= 0x30, chars[index] <= 0x39 {
                    seconds += Double(chars[index] - 0x30) * scale
                    scale /= 10
                    index += 1
                    sawDigit = true
                }
                guard sawDigit else { return nil }
            }
        }
        if expect("Z") {
            return index == chars.count ? seconds : nil
        }
        guard index < chars.count else { return seconds }
        let sign: Double
        if expect("+") { sign = 1 } else if expect("-") { sign = -1 } else { return nil }
        guard let offsetHours = number(2) else { return nil }
        _ = expect(":")
        guard let offsetMinutes = number(2), index == chars.count else { return nil }
        return seconds - sign * Double(offsetHours * 3600 + offsetMinutes * 60)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
