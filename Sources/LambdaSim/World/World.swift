/// An AWS account id: twelve digits.
public struct AccountID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init?(_ rawValue: String) {
        guard rawValue.count == 12, rawValue.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.rawValue = rawValue
    }
    public var description: String { rawValue }
    public static let workbook = AccountID("123456789012")!
}

/// An AWS region name such as `us-east-1`.
public struct RegionName: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static let usEast1 = RegionName("us-east-1")
}

/// The simulated cloud a session works against: one account in one region, its clock and its seed.
///
/// Everything that varies between runs in real AWS (time, ids) comes from here, so the same commands
/// against the same seed give the same transcript on every machine.
public struct World: Sendable {
    public struct Configuration: Sendable, Equatable {
        public var seed: UInt64
        public var account: AccountID
        public var region: RegionName
        public var start: SimulatedInstant

        public init(seed: UInt64 = 0, account: AccountID = .workbook, region: RegionName = .usEast1,
                    start: SimulatedInstant = VirtualClock.defaultStart) {
            self.seed = seed
            self.account = account
            self.region = region
            self.start = start
        }
    }

    public let configuration: Configuration
    public var clock: VirtualClock
    public var random: SeededRandom

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.clock = VirtualClock(start: configuration.start)
        self.random = SeededRandom(seed: configuration.seed)
    }

    public var account: AccountID { configuration.account }
    public var region: RegionName { configuration.region }
}
