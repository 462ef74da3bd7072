// Functions and versions: `$LATEST` is mutable, numbered versions are immutable snapshots of it.
// Execution environments (next issue) attach to a `FunctionVersion` by its `FunctionVersionKey`.

/// `$LATEST` or a published version number.
public enum FunctionVersionID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    case latest
    case published(Int)

    /// `$LATEST` or `3`.
    public var description: String {
        switch self {
        case .latest: "$LATEST"
        case .published(let number): String(number)
        }
    }

    /// Published versions in order, `$LATEST` first (as `list-versions-by-function` lists them).
    public static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.latest, .published): true
        case (.published(let a), .published(let b)): a < b
        default: false
        }
    }
}

/// Names one version of one function: what an execution environment belongs to.
public struct FunctionVersionKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public var functionName: String
    public var version: FunctionVersionID
    public var description: String { "\(functionName):\(version)" }
}

/// `x86_64` or `arm64`.
public enum Architecture: String, Hashable, Sendable, Codable, CaseIterable {
    case x86_64
    case arm64
}

/// `LoggingConfig.LogFormat`.
public enum LogFormat: String, Hashable, Sendable, Codable {
    case text = "Text"
    case json = "JSON"
}

/// `State` of a function version (facts §2.4). The simulation goes from `Pending` to `Active` at once.
public enum FunctionState: String, Hashable, Sendable, Codable {
    case pending = "Pending", active = "Active", inactive = "Inactive", failed = "Failed"
}

/// `LastUpdateStatus` of `$LATEST`. Updates complete at once in the simulation.
public enum LastUpdateStatus: String, Hashable, Sendable, Codable {
    case inProgress = "InProgress", successful = "Successful", failed = "Failed"
}

/// One environment variable, in the order the learner gave it.
public struct EnvironmentVariable: Hashable, Sendable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// One version of a function: its configuration and code. `$LATEST` changes in place; published versions never do.
public struct FunctionVersion: Hashable, Sendable, Codable {
    public var functionName: String
    public var version: FunctionVersionID
    public var runtime: Runtime
    /// The execution role's ARN.
    public var role: String
    public var handler: String
    public var description: String
    public var timeout: Int
    public var memorySize: Int
    /// `nil` when the function has no `Environment` (the key is left out of the output).
    public var environment: [EnvironmentVariable]?
    public var architecture: Architecture
    public var ephemeralStorageSize: Int
    public var logFormat: LogFormat
    public var logGroup: String
    public var code: CodePackage
    public var lastModified: SimulatedInstant
    public var revisionID: String
    public var state: FunctionState
    public var lastUpdateStatus: LastUpdateStatus

    public var key: FunctionVersionKey { FunctionVersionKey(functionName: functionName, version: version) }

    /// The environment variables as a dictionary-free list (empty when none).
    public var environmentVariables: [EnvironmentVariable] { environment ?? [] }

    /// Whether code and the configuration a version snapshots are the same (description, revision and
    /// timestamps aside): publishing `$LATEST` when it has the same content as the last version returns that version.
    public func hasSameContent(as other: FunctionVersion) -> Bool {
        code.codeSha256 == other.code.codeSha256 && runtime == other.runtime && role == other.role
            && handler == other.handler && timeout == other.timeout && memorySize == other.memorySize
            && environment == other.environment && architecture == other.architecture
            && ephemeralStorageSize == other.ephemeralStorageSize && logFormat == other.logFormat && logGroup == other.logGroup
    }
}

/// A function: `$LATEST` and its published versions.
public struct LambdaFunction: Hashable, Sendable, Codable {
    public var name: String
    public var latest: FunctionVersion
    /// Published versions, oldest first. Deleting one leaves a gap: numbers are never reused.
    public var versions: [FunctionVersion]
    /// The number the next published version gets.
    public var nextVersionNumber: Int
    /// Aliases by name.
    public var aliases: [String: FunctionAlias] = [:]
    /// Resource policies: `""` for the function itself, else by version number or alias name.
    public var policies: [String: FunctionPolicy] = [:]
    /// `PutFunctionConcurrency`: reserved (and capped) concurrency for the whole function; `nil` when unreserved.
    public var reservedConcurrency: Int?

    public init(name: String, latest: FunctionVersion, versions: [FunctionVersion], nextVersionNumber: Int,
                aliases: [String: FunctionAlias] = [:], policies: [String: FunctionPolicy] = [:]) {
        self.name = name
        self.latest = latest
        self.versions = versions
        self.nextVersionNumber = nextVersionNumber
        self.aliases = aliases
        self.policies = policies
    }

    public func version(_ id: FunctionVersionID) -> FunctionVersion? {
        switch id {
        case .latest: latest
        case .published(let number): versions.first { $0.version == .published(number) }
        }
    }
}

/// The Lambda part of the account.
public struct LambdaState: Hashable, Sendable, Codable {
    /// Functions by name (names are case-sensitive in Lambda).
    public var functions: [String: LambdaFunction] = [:]
    /// Recent invocations, oldest first: at most ``retainedInvocationLimit`` (older ones are dropped). Saved.
    public var invocations: [InvocationRecord] = []
    /// Metadata of execution environments by id. Not saved: after `open` there are none, and the first invoke is cold.
    public var environments: [String: ExecutionEnvironmentRecord] = [:]
    /// The number the next environment's id gets (`env-N`); saved, so ids are never reused in a world.
    public var nextEnvironmentNumber = 1

    /// How many invocation records the world keeps.
    public static let retainedInvocationLimit = 1_000

    public init() {}

    private enum CodingKeys: String, CodingKey { case functions, invocations, nextEnvironmentNumber }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        functions = try container.decode([String: LambdaFunction].self, forKey: .functions)
        invocations = try container.decodeIfPresent([InvocationRecord].self, forKey: .invocations) ?? []
        nextEnvironmentNumber = try container.decodeIfPresent(Int.self, forKey: .nextEnvironmentNumber) ?? 1
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(functions, forKey: .functions)
        try container.encode(invocations, forKey: .invocations)
        try container.encode(nextEnvironmentNumber, forKey: .nextEnvironmentNumber)
    }

    /// Environments sorted by id number (`env-2` before `env-10`).
    public var sortedEnvironments: [ExecutionEnvironmentRecord] {
        environments.values.sorted { ($0.id.count, $0.id) < ($1.id.count, $1.id) }
    }

    /// Functions sorted by name, as `list-functions` returns them.
    public var sortedFunctions: [LambdaFunction] { functions.values.sorted { $0.name < $1.name } }

    /// The sum of every function's reserved concurrency.
    public var totalReservedConcurrency: Int { functions.values.reduce(0) { $0 + ($1.reservedConcurrency ?? 0) } }

    /// Bytes of code stored across every function and version (`AccountUsage.TotalCodeSize`).
    public var totalCodeSize: Int {
        functions.values.reduce(0) { total, function in
            total + function.latest.code.codeSize + function.versions.reduce(0) { $0 + $1.code.codeSize }
        }
    }
}
