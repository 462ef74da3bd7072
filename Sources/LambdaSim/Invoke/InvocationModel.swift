// The values of the invoke API: requests, responses, the record every invocation leaves, and the metadata of
// execution environments kept in the world.

/// `X-Amz-Invocation-Type`.
public enum InvocationType: String, Sendable, Codable, Hashable {
    case requestResponse = "RequestResponse", event = "Event", dryRun = "DryRun"
}

/// `X-Amz-Log-Type`.
public enum LogType: String, Sendable, Hashable {
    case none = "None", tail = "Tail"
}

/// One `Invoke` request, as the CLI layer hands it over.
public struct InvokeRequest: Sendable {
    /// A name, `name:qualifier`, a partial ARN or a full ARN.
    public var functionName: String
    public var qualifier: String?
    /// The raw request body (already un-base64'd by the CLI layer); empty means no payload (the event is `{}`).
    public var payload: [UInt8]
    public var invocationType: InvocationType
    public var logType: LogType

    public init(functionName: String, qualifier: String? = nil, payload: [UInt8] = [],
                invocationType: InvocationType = .requestResponse, logType: LogType = .none) {
        self.functionName = functionName
        self.qualifier = qualifier
        self.payload = payload
        self.invocationType = invocationType
        self.logType = logType
    }
}

/// What `Invoke` answers: the status, headers and body.
public struct InvokeResponse: Sendable, ResponseConvertible {
    /// 200, or 204 for DryRun.
    public var statusCode: Int
    /// `X-Amz-Executed-Version`: `$LATEST` or `3`.
    public var executedVersion: String?
    /// `X-Amz-Function-Error`: `Unhandled` when the function failed.
    public var functionError: String?
    /// `X-Amz-Log-Result`: base64 of the last 4 KB of the invocation's log, when the log type is `Tail`.
    public var logResult: String?
    /// The response body.
    public var payload: [UInt8]
    /// The invocation's record (`nil` for DryRun).
    public var invocation: InvocationRecord?
    /// How long the caller waited, in µs: INIT (on a cold start) plus Duration.
    var elapsedMicroseconds: Int64 = 0

    /// The CLI's output object, in the AWS CLI's key order.
    public var response: ResponseValue {
        var members = [ResponseMember("StatusCode", .integer(Int64(statusCode)))]
        if let functionError { members.append(ResponseMember("FunctionError", .string(functionError))) }
        if let logResult { members.append(ResponseMember("LogResult", .string(logResult))) }
        if let executedVersion { members.append(ResponseMember("ExecutedVersion", .string(executedVersion))) }
        return .object(members)
    }
}

/// How an invocation ended.
public enum InvocationStatus: String, Sendable, Codable, Hashable {
    /// The handler returned a value.
    case success
    /// The handler raised (or its result could not be serialised): the environment stays as it was.
    case unhandled
    /// The function ran past its timeout: `Sandbox.Timedout`, the environment is reset.
    case timeout
    /// The function ran out of memory: `Runtime.OutOfMemory`, the environment is reset.
    case outOfMemory
    /// INIT failed (bad handler, import or syntax error, an exception in top-level code).
    case initError
    /// The runtime exited (`sys.exit`) or the response was too large: the environment is reset.
    case crashed
}

/// Why an invocation needed a new (or re-initialised) execution environment.
public enum ColdStartReason: Sendable, Codable, Hashable {
    /// The version had no environment yet.
    case firstInvocation
    /// Every environment of the version was busy.
    case noIdleEnvironment
    /// The function's code or configuration changed since its environments started.
    case codeOrConfigurationChanged
    /// The last environment was idle longer than the keep-alive (since the instant given).
    case expired(idleSince: SimulatedInstant)
    /// The environment was reset after a timeout or running out of memory (globals lost, /tmp kept).
    case resetAfterFailure
    /// The environment's initialisation failed earlier.
    case initializationFailed
}

/// One invocation, as `explain last`, `timeline`, `lab.invocations()` and lesson checks see it.
/// Kept in `world.lambda.invocations` (oldest first, bounded to the newest ``LambdaState/retainedInvocationLimit``).
public struct InvocationRecord: Hashable, Sendable, Codable {
    public var requestID: String
    public var functionName: String
    /// What the caller asked for: nil, "2", "prod".
    public var qualifier: String?
    public var executedVersion: FunctionVersionID
    public var invokedFunctionARN: String
    public var invocationType: InvocationType
    /// When invoked through an alias: the seeded choice and its explanation.
    public var routing: AliasRouting?
    /// Short stable id (`env-1`), numbered per world: the same id means the environment was reused.
    public var environmentID: String
    public var logStreamName: String
    public var cold: Bool
    public var coldReason: ColdStartReason?
    /// When INVOKE (or INIT, for cold starts) began.
    public var start: SimulatedInstant
    public var initDurationMicroseconds: Int64?
    /// As in REPORT's Duration (µs, so `15.74 ms` is exact).
    public var durationMicroseconds: Int64
    public var billedDurationMilliseconds: Int64
    public var memorySizeMB: Int
    public var maxMemoryUsedMB: Int
    public var architecture: Architecture
    /// Request plus duration charge of this invocation.
    public var cost: Money
    /// Interpreter steps the handler took.
    public var steps: Int
    /// Simulated time the handler slept (`time.sleep`).
    public var sleptMicroseconds: Int64
    public var status: InvocationStatus
    /// `KeyError`, `Runtime.HandlerNotFound`, `Sandbox.Timedout`…
    public var errorType: String?
    /// Warm starts: the module-level data names that existed before this invoke.
    public var carriedGlobals: [String]
    /// This invocation's log events (INIT_START/START … REPORT), even when they were not delivered.
    public var logLines: [String]
    /// False when the execution role lacks logs:CreateLogStream / logs:PutLogEvents.
    public var logsDelivered: Bool
    /// The execution role's decision on writing logs (for `explain`); nil when the environment's cached decision was reused.
    public var logPermissionExplanation: String?
    /// The request ID of the invocation whose handler invoked this one through `boto3` (nil when the learner did).
    public var invokedBy: String?
    /// The boto3 calls of this invocation (INIT included) that the execution role was not allowed to make, oldest
    /// first; nil when there were none (and in snapshots saved before they were recorded).
    public var deniedCalls: [DeniedSDKCall]?
}

/// A boto3 call a handler made that IAM denied to the execution role, as `explain last` tells it.
public struct DeniedSDKCall: Hashable, Sendable, Codable {
    /// `s3`, `dynamodb`.
    public var service: String
    /// The API operation: `GetObject`, `PutItem`.
    public var operation: String
    /// The error the handler got: `AccessDenied`, `AccessDeniedException`, or `403` for a HEAD request.
    public var errorCode: String
    /// The error message, as botocore's `e.response['Error']['Message']` gives it.
    public var errorMessage: String
    /// The IAM request: the role's session (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION`), action and resource.
    public var principal: String
    public var action: String
    public var resource: String
    /// True for an explicit deny (a Deny statement matched), false for an implicit one (no statement allowed it).
    public var explicit: Bool
    /// Why the service asked this question, when the call did not name it (S3 asks `s3:ListBucket` for a missing key).
    public var note: String?
    /// The policy evaluator's full trace: every policy and statement and what matched.
    public var explanation: String

    public init(service: String, operation: String, errorCode: String, errorMessage: String, principal: String, action: String,
                resource: String, explicit: Bool, note: String?, explanation: String) {
        self.service = service
        self.operation = operation
        self.errorCode = errorCode
        self.errorMessage = errorMessage
        self.principal = principal
        self.action = action
        self.resource = resource
        self.explicit = explicit
        self.note = note
        self.explanation = explanation
    }
}

/// The life of an execution environment.
public enum EnvironmentState: Sendable, Hashable {
    case idle
    case busy
    /// Replaced because the code or configuration changed, or the function was deleted.
    case retired(reason: String)
    /// Shut down after the keep-alive.
    case expired
}

/// Metadata of a live environment, in `world.lambda.environments` (not saved in snapshots: after `open`, none).
public struct ExecutionEnvironmentRecord: Hashable, Sendable {
    /// `env-1`.
    public var id: String
    public var key: FunctionVersionKey
    public var logStreamName: String
    public var createdAt: SimulatedInstant
    public var lastUsedAt: SimulatedInstant
    public var busyUntil: SimulatedInstant
    public var invocationCount: Int
    public var state: EnvironmentState
    /// Whether the execution role let this environment write logs (decided when it started, like its credentials).
    public var logsAllowed: Bool
}
