import LambdaSim

/// What a command runs against: the simulated world (changed in place), who is calling, and the
/// learner's files. The Shell owns one and passes it `inout` to ``AWSCommandLine/run(words:context:registry:)``.
public struct AWSCommandContext {
    public var world: World
    /// The IAM principal making the call.
    public var caller: CallerIdentity
    /// The learner's workspace, for `file://`, `fileb://` and output files.
    public var files: FileAccess
    /// Files a handler asked to write (`invoke`'s outfile); written after it returns.
    var pendingOutputs: [(path: String, bytes: [UInt8])] = []

    /// - Parameter caller: who signs the commands; by default the world's current identity
    ///   (`world.getCallerIdentity()`: the `learner` IAM user, or the role assumed with `as`).
    public init(world: World, caller: CallerIdentity? = nil, files: FileAccess = .none) {
        self.world = world
        self.caller = caller ?? CallerIdentity(world: world)
        self.files = files
    }

    /// Asks for `bytes` to be written to the learner's file `path` once the handler returns, as the
    /// CLI writes `invoke`'s outfile. A failure to write is reported the CLI's way
    /// (`[Errno 2] No such file or directory: 'out/response.json'`, exit status 255) and nothing is printed.
    public mutating func saveOutput(_ bytes: [UInt8], to path: String) {
        pendingOutputs.append((path, bytes))
    }
}

/// The principal a command is signed as, by its ARN.
public struct CallerIdentity: Hashable, Sendable {
    /// `arn:aws:iam::123456789012:user/learner`, `arn:aws:sts::123456789012:assumed-role/role/session`.
    public var arn: String
    /// The principal's unique id as STS reports it (`AIDA...` for users, `AROA...:session` for roles).
    public var userID: String

    public init(arn: String, userID: String) {
        self.arn = arn
        self.userID = userID
    }

    /// The identity the world says the learner acts as, with the IAM user's or role's unique id.
    public init(world: World) {
        let identity = world.getCallerIdentity()
        self.init(arn: identity.arn, userID: identity.userID)
    }

    /// A fixed stand-in for the learner (an IAM user named `learner` in `account`) for callers with no world at hand.
    public static func learner(in account: AccountID) -> CallerIdentity {
        CallerIdentity(arn: "arn:aws:iam::\(account):user/learner", userID: "AIDAWORKBOOKLEARNER01")
    }

    /// The account id in the ARN (`123456789012`), or empty for a malformed ARN.
    public var account: String {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count > 4 ? String(parts[4]) : ""
    }
}

/// A parsed request: the API parameters keyed by member name, and the CLI-only arguments.
///
/// Blobs are carried as base64 text (the CLI's `--cli-binary-format` already applied); read them
/// with ``blob(_:)``.
public struct AWSRequest: Hashable, Sendable {
    /// The parameters sent to the service: `{"FunctionName": "hello", "Timeout": 3}`.
    public var input: JSONObject
    /// CLI-only arguments such as `invoke`'s `outfile`, by their declared name.
    public var local: JSONObject

    public init(input: JSONObject = [:], local: JSONObject = [:]) {
        self.input = input
        self.local = local
    }

    public subscript(member: String) -> JSONValue? { input[member] }

    public func string(_ member: String) -> String? { input[member]?.stringValue }
    public func int(_ member: String) -> Int? { input[member]?.intValue }
    public func bool(_ member: String) -> Bool? { input[member]?.boolValue }
    public func double(_ member: String) -> Double? { input[member]?.doubleValue }
    public func strings(_ member: String) -> [String]? { input[member]?.arrayValue?.compactMap(\.stringValue) }

    /// The bytes of a blob member (`ZipFile`, `Payload`).
    public func blob(_ member: String) -> [UInt8]? { input[member]?.stringValue.flatMap(Base64.decode) }

    /// A CLI-only argument's text (`outfile`).
    public func localString(_ name: String) -> String? { local[name]?.stringValue }
}

/// Runs one operation against the context: the returned value is printed as the CLI's output
/// (`nil` or `{}` prints nothing); a thrown ``AWSServiceError`` prints as the CLI's error line.
public typealias AWSOperationHandler = @Sendable (AWSRequest, inout AWSCommandContext) throws(AWSServiceError) -> JSONValue?

/// An operation's declaration and, once the simulation supports it, its handler.
public struct AWSOperation: Sendable {
    public var declaration: AWSOperationDeclaration
    public var handler: AWSOperationHandler?

    public init(_ declaration: AWSOperationDeclaration, handler: AWSOperationHandler? = nil) {
        self.declaration = declaration
        self.handler = handler
    }

    /// An operation whose handler calls the simulation, which throws its own ``ServiceError``:
    ///
    /// ```swift
    /// AWSOperation(LambdaOperations.getFunction) { request, context throws(ServiceError) in
    ///     try context.world.getFunction(named: request.string("FunctionName") ?? "").json
    /// }
    /// ```
    public init(_ declaration: AWSOperationDeclaration,
                simulation: @escaping @Sendable (AWSRequest, inout AWSCommandContext) throws(ServiceError) -> JSONValue?) {
        self.init(declaration) { request, context throws(AWSServiceError) in
            do throws(ServiceError) {
                return try simulation(request, &context)
            } catch {
                throw error.awsServiceError
            }
        }
    }
}

/// Every declared operation by service and CLI name. Build one from a list; add a service's
/// operations with ``adding(_:)``.
public struct AWSOperationRegistry: Sendable {
    private var operations: [String: AWSOperation] = [:]

    public init(_ operations: [AWSOperation] = []) {
        for operation in operations { register(operation) }
    }

    public mutating func register(_ operation: AWSOperation) {
        operations[Self.key(operation.declaration.service, operation.declaration.name)] = operation
    }

    public func adding(_ more: [AWSOperation]) -> AWSOperationRegistry {
        var copy = self
        for operation in more { copy.register(operation) }
        return copy
    }

    public func operation(service: String, name: String) -> AWSOperation? {
        operations[Self.key(service, name)]
    }

    /// The declared operations of `service`, sorted by name.
    public func operations(of service: String) -> [AWSOperation] {
        operations.values.filter { $0.declaration.service == service }.sorted { $0.declaration.name < $1.declaration.name }
    }

    /// Whether `service operation` runs here (declared with a handler).
    public func isSimulated(service: String, operation: String) -> Bool {
        self.operation(service: service, name: operation)?.handler != nil
    }

    private static func key(_ service: String, _ name: String) -> String { service + " " + name }

    /// The operations this module declares and simulates.
    public static let standard = AWSOperationRegistry(STSOperations.all + declaredOnly)

    /// The operations declared from botocore's models whose handlers the simulation has yet to register.
    public static let declaredOnly: [AWSOperation] = (LambdaOperations.declarations + IAMModel.declarations + LogsModel.declarations
        + SQSModel.declarations + SNSModel.declarations + EventsModel.declarations + S3Model.declarations
        + DynamoDBModel.declarations).map { AWSOperation($0) }
}
