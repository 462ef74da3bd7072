import LambdaSim

/// Runs one operation against the context: the returned value is printed as the CLI's output
/// (`nil` or `{}` prints nothing); a thrown ``AWSServiceError`` prints as the CLI's error line.
public typealias AWSOperationHandler = @Sendable (AWSRequest, inout AWSCommandContext) throws(AWSServiceError) -> JSONValue?

/// Runs a CLI customization that prints its own text instead of a JSON response and sets its own exit status
/// (`aws s3 cp`'s `upload: ./a.txt to s3://b/a.txt`, `make_bucket failed: …` with status 1).
public typealias AWSCustomCommandHandler = @Sendable (AWSRequest, inout AWSCommandContext) -> AWSCommandResult

/// An operation's declaration and, once the simulation supports it, its handler.
public struct AWSOperation: Sendable {
    public var declaration: AWSOperationDeclaration
    public var handler: AWSOperationHandler?
    /// For CLI customizations such as `aws s3 cp`: runs after parsing instead of ``handler`` and renders its own result.
    public var customHandler: AWSCustomCommandHandler?

    /// A customization (`aws s3 ls`) that prints text of its own.
    public static func customized(_ declaration: AWSOperationDeclaration, run: @escaping AWSCustomCommandHandler) -> AWSOperation {
        var operation = AWSOperation(declaration)
        operation.customHandler = run
        return operation
    }

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
        guard let found = self.operation(service: service, name: operation) else { return false }
        return found.handler != nil || found.customHandler != nil
    }

    private static func key(_ service: String, _ name: String) -> String { service + " " + name }

    /// The operations this module declares and simulates: every declaration, then the handlers
    /// registered over them (``simulated``).
    public static let standard = AWSOperationRegistry(declaredOnly).adding(simulated)

    /// The operations with handlers. A service issue appends its list here
    /// (`STSOperations.all + LambdaHandlers.all + ...`).
    static let simulated: [AWSOperation] = STSOperations.all + IAMHandlers.all + LambdaHandlers.all + LogsHandlers.all
        + S3Handlers.all + S3Commands.all + DynamoDBHandlers.all

    /// Every operation declared from botocore's models (with the CLI's customizations), before handlers.
    public static let declaredOnly: [AWSOperation] = (LambdaOperations.declarations + IAMModel.declarations + LogsModel.declarations
        + SQSModel.declarations + SNSModel.declarations + EventsModel.declarations + S3Operations.declarations
        + DynamoDBModel.declarations).map { AWSOperation($0) }
}
