import Foundation

/// An AWS account id: twelve digits.
public struct AccountID: Hashable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: String
    public init?(_ rawValue: String) {
        guard rawValue.count == 12, rawValue.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.rawValue = rawValue
    }
    public var description: String { rawValue }
    public static let workbook = AccountID("123456789012")!

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = AccountID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a 12-digit account id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// An AWS region name such as `us-east-1`.
public struct RegionName: Hashable, Sendable, CustomStringConvertible, Codable {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static let usEast1 = RegionName("us-east-1")

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The simulated cloud a session works against: one account in one region, its clock, its seed, and the state of
/// every simulated service.
///
/// Everything that varies between runs in real AWS (time, ids) comes from here, so the same commands
/// against the same seed give the same transcript on every machine.
///
/// `World` is a value. Undo is keeping earlier values (``WorldHistory``); `save`/`open` is `Codable`
/// (``snapshot()`` / ``init(snapshot:)``). Operations are `mutating` methods grouped by service
/// (`World+Roles.swift`, `World+Functions.swift`, `World+Logs.swift`, `World+Objects.swift`, `World+Items.swift`…) that throw ``ServiceError``.
public struct World: Sendable, Hashable {
    public struct Configuration: Sendable, Equatable, Hashable, Codable {
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
    /// Users, roles and customer managed policies.
    public var iam: IAMState
    /// Functions and their versions.
    public var lambda: LambdaState
    /// CloudWatch Logs: log groups, streams and events.
    public var logs: LogsState
    /// Lambda usage and charges so far.
    public var billing: BillingState
    /// S3 buckets and objects.
    public var s3: S3State
    /// DynamoDB tables and items.
    public var dynamoDB: DynamoDBState
    /// Who the learner acts as (`whoami`, `as ROLE`); the admin user `learner` by default.
    public var caller: Caller
    /// The last decision made by ``authorize(principal:action:resource:context:resourcePolicy:)``, for `explain`.
    /// Not saved by ``snapshot()``: it describes the session's last step, not the cloud.
    public var lastAuthorization: AuthorizationRecord?

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.clock = VirtualClock(start: configuration.start)
        self.random = SeededRandom(seed: configuration.seed)
        self.iam = IAMState()
        self.lambda = LambdaState()
        self.logs = LogsState()
        self.billing = BillingState()
        self.s3 = S3State()
        self.dynamoDB = DynamoDBState()
        self.caller = .user(IAMState.defaultUserName)
        self.lastAuthorization = nil
        iam.createDefaultUser(account: configuration.account, at: clock.now, random: &random)
    }

    public var account: AccountID { configuration.account }
    public var region: RegionName { configuration.region }
}

// MARK: - Snapshots (`save FILE` / `open FILE`)

extension World: Codable {
    /// Bumped when the snapshot format changes incompatibly.
    public static let snapshotFormatVersion = 1

    private enum CodingKeys: String, CodingKey {
        case formatVersion, configuration, clock, random, iam, lambda, logs, billing, caller, s3, dynamoDB
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .formatVersion)
        guard version == World.snapshotFormatVersion else {
            throw DecodingError.dataCorruptedError(forKey: .formatVersion, in: container,
                debugDescription: "snapshot format \(version) is not supported (this build reads format \(World.snapshotFormatVersion))")
        }
        configuration = try container.decode(Configuration.self, forKey: .configuration)
        clock = try container.decode(VirtualClock.self, forKey: .clock)
        random = try container.decode(SeededRandom.self, forKey: .random)
        iam = try container.decode(IAMState.self, forKey: .iam)
        lambda = try container.decode(LambdaState.self, forKey: .lambda)
        logs = try container.decode(LogsState.self, forKey: .logs)
        billing = try container.decode(BillingState.self, forKey: .billing)
        caller = try container.decode(Caller.self, forKey: .caller)
        // Added after format 1 was fixed: snapshots saved before S3 and DynamoDB existed open with both empty.
        s3 = try container.decodeIfPresent(S3State.self, forKey: .s3) ?? S3State()
        dynamoDB = try container.decodeIfPresent(DynamoDBState.self, forKey: .dynamoDB) ?? DynamoDBState()
        lastAuthorization = nil
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(World.snapshotFormatVersion, forKey: .formatVersion)
        try container.encode(configuration, forKey: .configuration)
        try container.encode(clock, forKey: .clock)
        try container.encode(random, forKey: .random)
        try container.encode(iam, forKey: .iam)
        try container.encode(lambda, forKey: .lambda)
        try container.encode(logs, forKey: .logs)
        try container.encode(billing, forKey: .billing)
        try container.encode(caller, forKey: .caller)
        try container.encode(s3, forKey: .s3)
        try container.encode(dynamoDB, forKey: .dynamoDB)
    }

    /// The world as JSON bytes (keys sorted, so the same world always gives the same bytes). The caller writes them.
    public func snapshot() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(self)
    }

    /// A world read back from ``snapshot()`` bytes.
    public init(snapshot data: Data) throws {
        self = try JSONDecoder().decode(World.self, from: data)
    }
}
