// How each service prints the simulated clock's instants.

extension SimulatedInstant {
    /// Lambda's `LastModified`: `2026-01-01T00:00:00.000+0000`.
    public var lambdaTimestamp: String {
        let civil = CivilTime(millisecondsSinceEpoch: millisecondsSinceEpoch)
        return String(civil.iso8601.dropLast()) + "+0000"
    }

    /// The AWS CLI's rendering of IAM timestamps (`CreateDate`): `2026-01-01T00:00:00+00:00`.
    public var cliTimestamp: String {
        let civil = CivilTime(millisecondsSinceEpoch: millisecondsSinceEpoch)
        return String(civil.iso8601.dropLast(5)) + "+00:00"
    }

    /// `2026/01/01`, the date prefix of a Lambda log stream name.
    public var logStreamDatePrefix: String {
        let civil = CivilTime(millisecondsSinceEpoch: millisecondsSinceEpoch)
        return String(civil.iso8601.prefix(10)).replacingAll("-", with: "/")
    }
}

extension SimulatedInstant: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(millisecondsSinceEpoch: try decoder.singleValueContainer().decode(Int64.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(millisecondsSinceEpoch)
    }
}

extension SimulatedDuration: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(milliseconds: try decoder.singleValueContainer().decode(Int64.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(milliseconds)
    }
}

extension String {
    /// Replaces every occurrence of one character (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
