/// An instant on the simulated clock, in milliseconds since the Unix epoch.
public struct SimulatedInstant: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch }

    public func advanced(by duration: SimulatedDuration) -> SimulatedInstant {
        SimulatedInstant(millisecondsSinceEpoch: millisecondsSinceEpoch + duration.milliseconds)
    }

    /// ISO 8601 in UTC with milliseconds, as CloudWatch and Lambda print times: `2026-01-01T00:00:00.000Z`.
    public var description: String {
        let civil = CivilTime(millisecondsSinceEpoch: millisecondsSinceEpoch)
        return civil.iso8601
    }
}

/// A span of simulated time, in whole milliseconds.
public struct SimulatedDuration: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    public static func seconds(_ seconds: Int64) -> Self { Self(milliseconds: seconds * 1000) }
    public static func minutes(_ minutes: Int64) -> Self { Self(milliseconds: minutes * 60_000) }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// Parses durations as learners type them: `500ms`, `30s`, `10m`, `2h`, `1d`, or `1h30m`.
    public init?(parsing text: String) {
        var total: Int64 = 0
        var digits = ""
        var index = text.startIndex
        var sawUnit = false
        while index < text.endIndex {
            let character = text[index]
            if character.isASCII, character.isNumber {
                digits.append(character)
                index = text.index(after: index)
                continue
            }
            guard let value = Int64(digits) else { return nil }
            let rest = text[index...]
            let unit: (String, Int64)
            if rest.hasPrefix("ms") { unit = ("ms", 1) }
            else if rest.hasPrefix("s") { unit = ("s", 1000) }
            else if rest.hasPrefix("m") { unit = ("m", 60_000) }
            else if rest.hasPrefix("h") { unit = ("h", 3_600_000) }
            else if rest.hasPrefix("d") { unit = ("d", 86_400_000) }
            else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: unit.1)
            let (sum, sumOverflow) = total.addingReportingOverflow(product)
            guard !overflow, !sumOverflow else { return nil }
            total = sum
            digits = ""
            sawUnit = true
            index = text.index(index, offsetBy: unit.0.count)
        }
        guard digits.isEmpty, sawUnit else { return nil }
        self.milliseconds = total
    }

    /// `2m 30s`, `450ms`, `1h`.
    public var description: String {
        if milliseconds == 0 { return "0s" }
        var parts: [String] = []
        var rest = milliseconds
        for (unit, size) in [("d", Int64(86_400_000)), ("h", 3_600_000), ("m", 60_000), ("s", 1000)] where rest >= size {
            parts.append("\(rest / size)\(unit)")
            rest %= size
        }
        if rest > 0 { parts.append("\(rest)ms") }
        return parts.joined(separator: " ")
    }
}

/// The simulated clock. It starts at a fixed instant and moves only when simulated work happens or when told.
public struct VirtualClock: Sendable, Hashable, Codable {
    /// 2026-01-01T00:00:00Z: every world starts here unless told otherwise.
    public static let defaultStart = SimulatedInstant(millisecondsSinceEpoch: 1_767_225_600_000)

    public private(set) var now: SimulatedInstant

    public init(start: SimulatedInstant = VirtualClock.defaultStart) {
        self.now = start
    }

    /// Moves the clock forward; it never goes back.
    public mutating func advance(by duration: SimulatedDuration) {
        precondition(duration.milliseconds >= 0, "the simulated clock never runs backwards")
        now = now.advanced(by: duration)
    }
}

/// Calendar fields of an instant in UTC (proleptic Gregorian), computed without Foundation.
public struct CivilTime: Equatable, Sendable {
    public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int

    public init(millisecondsSinceEpoch: Int64) {
        var days = millisecondsSinceEpoch / 86_400_000
        var remainder = millisecondsSinceEpoch % 86_400_000
        if remainder < 0 { remainder += 86_400_000; days -= 1 }
        // Howard Hinnant's days-to-civil algorithm.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        day = Int(dayOfYear - (153 * monthPrime + 2) / 5 + 1)
        month = Int(monthPrime < 10 ? monthPrime + 3 : monthPrime - 9)
        year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        hour = Int(remainder / 3_600_000)
        minute = Int(remainder / 60_000 % 60)
        second = Int(remainder / 1000 % 60)
        millisecond = Int(remainder % 1000)
    }

    public var iso8601: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millisecond, 3))Z"
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
