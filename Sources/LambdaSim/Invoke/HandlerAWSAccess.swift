// What a handler's boto3 calls reach: the world, lent to the environment for the duration of one handler call,
// and the operations run in it as the execution role.
import Crypto
import Foundation
import IAM
import MiniPython
import Synchronization

/// The world as a handler's SDK calls see it. `World.lendingWorld(to:environments:chain:_:)` lends the world before
/// the function's code runs (INIT, then each handler call) and takes it back right after (``lend(_:principal:functionName:environments:chain:)``
/// / ``reclaim()``), so a call at any other time finds no world and fails instead of touching a stale copy.
///
/// Why the box is safe without unchecked annotations: the state sits in a `Mutex` (so the box is `Sendable` and the
/// native function, an `@Sendable` closure, may capture it); the interpreter runs the code synchronously while the
/// thread that called `execute` waits, and the lock of this box is never taken twice: a native call that runs other
/// code (a Lambda `Invoke`) runs it in another environment, with its own box, because this environment is busy.
/// (The live environments it lends for that are wrapped in ``LentEnvironments``, which says why that is safe.)
/// Between `lend` and `reclaim` nothing but the SDK calls writes the world: the lent world is the one kept.
///
/// Every call also has a modelled latency (``ExecutionModel/sdkCallMicroseconds(service:operation:requestBytes:responseBytes:)``,
/// plus the callee's time for an `Invoke`). The Python client waits it out right after the call (`_workbook_aws.wait()`
/// hands it over, then `time.sleep`), so it counts in the Duration and the handler's clock moves by it.
final class HandlerAWSAccess: Sendable {
    private struct Loan {
        var world: World
        var principal: Principal
        var functionName: String
        var environments: LentEnvironments
        var chain: InvocationChain
    }
    /// Modelled SDK wait of the current phase, in µs: handed to the code (`settled`) or not yet (`pending`).
    private struct Waits {
        var pending: Int64 = 0
        var settled: Int64 = 0
    }
    private let loan = Mutex<Loan?>(nil)
    private let waits = Mutex(Waits())
    /// The environment's clock: where on the simulated clock the code is when it makes a call.
    private let clock: SimulatedClock
    /// The calls IAM denied since the last ``takeDeniedCalls()``. Only `perform` (holding `loan`'s lock) appends and
    /// only the invocation, between handler calls, takes: the two locks are never waited for in the other order.
    private let denied = Mutex<[DeniedSDKCall]>([])

    init(clock: SimulatedClock) { self.clock = clock }

    func lend(_ world: World, principal: Principal, functionName: String, environments: ExecutionEnvironments, chain: InvocationChain) {
        let lent = LentEnvironments(environments)
        loan.withLock { $0 = Loan(world: world, principal: principal, functionName: functionName, environments: lent, chain: chain) }
        waits.withLock { $0 = Waits() }
    }

    /// The world as the handler left it.
    func reclaim() -> World? {
        loan.withLock { loan in
            defer { loan = nil }
            return loan?.world
        }
    }

    /// The modelled SDK wait of the phase that just ended: what the code waited out (`time.sleep` counted it as
    /// slept) and what it did not (a call made without the Python client's wait).
    func takeWaits() -> (settled: Int64, unsettled: Int64) {
        waits.withLock { waits in
            defer { waits = Waits() }
            return (waits.settled, waits.pending)
        }
    }

    /// The calls IAM denied since the last time they were taken (the invocation takes them when it ends).
    func takeDeniedCalls() -> [DeniedSDKCall] {
        denied.withLock { calls in
            defer { calls = [] }
            return calls
        }
    }

    /// `_workbook_aws`: `call(service, operation, params)` returns `(True, response)` or `(False, error_response)`;
    /// `wait()` returns the seconds the calls since the last `wait()` took (the client sleeps that long).
    var nativeModule: NativeModule {
        NativeModule(name: Boto3Source.nativeModuleName, functions: [
            "call": { [self] call in
                guard call.arguments.count == 3, case .string(let service) = call.arguments[0],
                      case .string(let operation) = call.arguments[1], case .dict(let entries) = call.arguments[2] else {
                    throw NativeError(type: "TypeError", message: "call(service, operation, params) takes two strings and a dict")
                }
                var params: [String: PythonValue] = [:]
                for entry in entries {
                    guard case .string(let key) = entry.key else { continue }
                    params[key] = entry.value
                }
                return try perform(service: service, operation: operation, params: params)
            },
            "wait": { [self] _ in
                let microseconds = waits.withLock { waits in
                    defer { waits.settled += waits.pending; waits.pending = 0 }
                    return waits.pending
                }
                return .float(Double(microseconds) / 1_000_000)
            },
        ])
    }

    private func perform(service: String, operation: String, params: [String: PythonValue]) throws -> PythonValue {
        let callerMicroseconds = Int64((clock.now() * 1_000_000).rounded())
        let (value, wait) = try loan.withLock { loan -> (PythonValue, Int64) in
            guard var current = loan.take() else {
                throw NativeError(type: "RuntimeError", message:
                    "Lambda Workbook runs boto3 calls only while the function's code runs (INIT or the handler).")
            }
            defer { loan = current }
            let requestID = current.world.makeRequestID()
            var reply = SDKReply()
            let result: Result<ResponseValue, ServiceError>
            do throws(ServiceError) {
                if service == "lambda" {
                    let caller = SDKCaller(environments: current.environments.environments, chain: current.chain,
                                           nowMicroseconds: callerMicroseconds)
                    result = .success(try current.world.runLambdaSDKOperation(operation, params: params, principal: current.principal,
                                                                              caller: caller, reply: &reply))
                } else {
                    result = .success(try current.world.runSDKOperation(
                        service: service, operation: operation, params: params, principal: current.principal,
                        functionName: current.functionName, status: &reply.status, body: &reply.body))
                }
            } catch {
                result = .failure(error)
                if let call = HandlerAWSAccess.deniedCall(error, service: service, operation: operation, in: current.world) {
                    denied.withLock { $0.append(call) }
                }
            }
            var wait: Int64 = 0
            if case .failure(let error) = result, error.code == "ParamValidationError" {
                wait = 0  // botocore refuses the call before sending it
            } else {
                wait = ExecutionModel.sdkCallMicroseconds(service: service, operation: operation,
                                                          requestBytes: HandlerAWSAccess.bodySize(params["Body"]),
                                                          responseBytes: reply.body?.count ?? 0) + reply.calleeMicroseconds
            }
            return (HandlerAWSAccess.reply(result, service: service, requestID: requestID, status: reply.status, body: reply.body), wait)
        }
        waits.withLock { $0.pending += wait }
        return value
    }

    private static func bodySize(_ value: PythonValue?) -> Int {
        switch value {
        case .bytes(let bytes): bytes.count
        case .string(let text): text.utf8.count
        default: 0
        }
    }

    /// The Python value botocore would give: the response (Lambda's with `ResponseMetadata` first, as botocore's
    /// REST parsers put it, and the `Payload`), or the error response a `ClientError` carries.
    private static func reply(_ result: Result<ResponseValue, ServiceError>, service: String, requestID: String, status: Int,
                              body: Data?) -> PythonValue {
        let metadata = { (status: Int) -> PythonValue in
            .object([("RequestId", .string(requestID)), ("HTTPStatusCode", .int(status)),
                     ("HTTPHeaders", .object([])), ("RetryAttempts", .int(0))])
        }
        // S3 adds the extended request id (`x-amz-id-2`) as HostId: here a digest of the request id, so it is stable.
        let s3Metadata = { (status: Int) -> PythonValue in
            .object([("RequestId", .string(requestID)), ("HostId", .string(Data(SHA256.hash(data: Data(requestID.utf8))).base64EncodedString())),
                     ("HTTPStatusCode", .int(status)), ("HTTPHeaders", .object([])), ("RetryAttempts", .int(0))])
        }
        switch result {
        case .success(let response):
            let converted = python(response)
            guard case .dict(var entries) = service == "dynamodb" ? binaryAttributes(converted) : converted else { return .tuple([.bool(true), .object([])]) }
            // botocore's REST parsers (S3's rest-xml, Lambda's rest-json) put ResponseMetadata first, then the header
            // members, then the payload (`Body`, `Payload`); the JSON and query parsers (DynamoDB, STS) put it last.
            switch service {
            case "lambda":
                entries.insert(.init(.string("ResponseMetadata"), metadata(status)), at: 0)
                if let body { entries.append(.init(.string("Payload"), .bytes(Array(body)))) }
            case "s3":
                entries.insert(.init(.string("ResponseMetadata"), s3Metadata(status)), at: 0)
                if let body { entries.append(.init(.string("Body"), .bytes(Array(body)))) }
            default:
                if let body { entries.append(.init(.string("Body"), .bytes(Array(body)))) }
                entries.append(.init(.string("ResponseMetadata"), metadata(status)))
            }
            return .tuple([.bool(true), .dict(entries)])
        case .failure(let failure):
            // botocore's JSON parsers (DynamoDB's json, Lambda's rest-json) fill in Message before Code; the XML
            // parsers (S3, STS) keep the order of the XML body: Code, then Message.
            let json = service == "dynamodb" || service == "lambda"
            let error = json ? PythonValue.object([("Message", .string(failure.message)), ("Code", .string(failure.code))])
                : PythonValue.object([("Code", .string(failure.code)), ("Message", .string(failure.message))])
            var members: [(String, PythonValue)] = [("Error", error), ("ResponseMetadata", service == "s3" ? s3Metadata(failure.httpStatus) : metadata(failure.httpStatus))]
            if service == "lambda" { members += lambdaModeledErrorFields(failure) }
            return .tuple([.bool(false), .object(members)])
        }
    }

    /// The members botocore adds to a Lambda error response when the error's shape is in its model (facts §8.1: most
    /// shapes spell `message`, a few `Message`). AccessDeniedException is not modelled for Lambda: nothing is added.
    private static func lambdaModeledErrorFields(_ error: ServiceError) -> [(String, PythonValue)] {
        let type = PythonValue.string(error.type ?? "User")
        switch error.code {
        case "ResourceNotFoundException", "RecursiveInvocationException":
            return [("Type", type), ("Message", .string(error.message))]
        case "InvalidParameterValueException", "InvalidRequestContentException":
            return [("Type", type), ("message", .string(error.message))]
        case "TooManyRequestsException":
            return [("Type", type), ("message", .string(error.message))] + (error.reason.map { [("Reason", PythonValue.string($0))] } ?? [])
        default:
            return []
        }
    }

    /// The denial behind `error`, when it is an access-denied answer: every denial is the world's newest authorization
    /// decision (``World/requireAuthorization(principal:action:resource:context:resourcePolicy:service:resourceName:)``
    /// records it, then throws).
    static func deniedCall(_ error: ServiceError, service: String, operation: String, in world: World) -> DeniedSDKCall? {
        guard ["AccessDenied", "AccessDeniedException", "403"].contains(error.code), let record = world.lastAuthorization,
              !record.evaluation.decision.isAllowed else { return nil }
        let request = record.evaluation.request
        var explicit = false
        if case .explicitlyDenied = record.evaluation.decision { explicit = true }
        return DeniedSDKCall(service: service, operation: operation, errorCode: error.code, errorMessage: error.message,
                             principal: request.principal.arn, action: request.action, resource: request.resource,
                             explicit: explicit, note: record.note, explanation: record.evaluation.explanation)
    }

    /// DynamoDB's `B` and `BS` values as botocore gives them: bytes (the wire carries them in base64).
    static func binaryAttributes(_ value: PythonValue) -> PythonValue {
        switch value {
        case .list(let items): return .list(items.map(binaryAttributes))
        case .dict(let entries):
            if entries.count == 1, case .string(let type) = entries[0].key {
                let decode = { (item: PythonValue) -> PythonValue in
                    guard case .string(let text) = item, let data = Data(base64Encoded: text) else { return item }
                    return .bytes(Array(data))
                }
                if type == "B" { return .dict([.init(entries[0].key, decode(entries[0].value))]) }
                if type == "BS", case .list(let items) = entries[0].value { return .dict([.init(entries[0].key, .list(items.map(decode)))]) }
            }
            return .dict(entries.map { .init($0.key, binaryAttributes($0.value)) })
        default: return value
        }
    }

    /// A response as the Python dict botocore would give (numbers as ints, timestamps as their text).
    static func python(_ value: ResponseValue) -> PythonValue {
        switch value {
        case .null: .none
        case .bool(let flag): .bool(flag)
        case .integer(let number): .int(Int(number))
        case .decimal(let text): Double(text).map(PythonValue.float) ?? .string(text)
        case .string(let text): .string(text)
        case .list(let items): .list(items.map(python))
        case .object(let members): .dict(members.map { .init(.string($0.key), python($0.value)) })
        }
    }
}

/// The session's live environments, reachable from a handler's SDK calls (a nested `Invoke` needs one of them).
///
/// Why `@unchecked Sendable` is safe: ``ExecutionEnvironments`` is used from one thread at a time. A handle is made
/// by `execute` when it lends the world for one phase and is dropped when the world is taken back. The SDK calls that
/// use it run on the interpreter's thread while the thread that called `execute` waits for that interpreter to
/// finish (`runOnLargeStack` joins it), or on that same thread; so no two threads ever touch the environments at once.
final class LentEnvironments: @unchecked Sendable {
    let environments: ExecutionEnvironments
    init(_ environments: ExecutionEnvironments) { self.environments = environments }
}

/// What a Lambda call made from a handler needs of the invocation that makes it.
struct SDKCaller {
    var environments: ExecutionEnvironments
    var chain: InvocationChain
    /// Where the caller is on the simulated clock (µs since the epoch): a nested invocation starts there.
    var nowMicroseconds: Int64
}

/// What an SDK operation answers besides its response: the HTTP status, a body (S3's `Body`, Lambda's `Payload`),
/// and the time the invoked function took (a Lambda `Invoke` waits for it).
struct SDKReply {
    var status = 200
    var body: Data?
    var calleeMicroseconds: Int64 = 0
}

extension PythonValue {
    /// The text of a `str` parameter, or nil for anything else (a missing or mistyped parameter).
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
