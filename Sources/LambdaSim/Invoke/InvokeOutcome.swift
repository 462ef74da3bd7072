// What the INVOKE phase produced, mapped to Lambda's answers: the payload, the error type, the status and whether
// the environment must be reset.
import MiniPython

struct InvokeOutcome {
    /// Microseconds so far (overhead and any re-initialisation, then the handler's work).
    var duration: Int64
    var status: InvocationStatus = .success
    var errorType: String?
    var payload: [UInt8] = Array("null".utf8)
    /// The runtime's `[ERROR]` log entry, if any.
    var errorEntry: String?
    /// Timeouts, running out of memory and exits reset the environment (globals lost, /tmp kept).
    var resets = false
    var steps = 0
    var sleptMicroseconds: Int64 = 0
    var highWater = 0

    init(duration: Int64) { self.duration = duration }

    /// A failed INIT answers the runtime's init error (request id "", as the runtime has no invocation yet).
    mutating func fail(_ failure: InitFailure, requestID: String, ensureASCII: Bool) {
        errorType = failure.errorType
        resets = true
        if failure.timedOut {
            status = .timeout
        } else if failure.outOfMemory {
            status = .outOfMemory
            payload = Array(PythonJSON.platformErrorPayload(
                type: "Runtime.OutOfMemory", message: "RequestId: \(requestID) Error: Runtime exited with error: signal: killed").utf8)
        } else {
            status = .initError
            payload = Array(PythonJSON.errorPayload(message: failure.errorMessage, type: failure.errorType, requestID: "",
                                                    stackTrace: failure.stackTrace, ensureASCII: ensureASCII).utf8)
        }
    }

    mutating func record(_ result: HandlerCallResult, live: LiveEnvironment, requestID: String, ensureASCII: Bool) {
        steps = result.steps
        sleptMicroseconds = Int64((result.sleptSeconds * 1_000_000).rounded())
        highWater = result.memoryHighWater
        duration += ExecutionModel.work(steps: result.steps, nanosecondsPerStep: live.nanosecondsPerStep, sleptSeconds: result.sleptSeconds)
        switch result.outcome {
        case .returned(let json):
            respond(Array(json.utf8))
        case .returnedBytes(let bytes):
            respond(bytes)
        case .unmarshalFailed(let message):
            runtimeFault("Runtime.UnmarshalError", "Unable to unmarshal input: \(message)", requestID: requestID, ensureASCII: ensureASCII)
        case .marshalFailed(let message):
            runtimeFault("Runtime.MarshalError", "Unable to marshal response: \(message)", requestID: requestID, ensureASCII: ensureASCII)
        case .raised(let exception):
            let type = exception.errorType.split(separator: ".").last.map(String.init) ?? exception.errorType
            let trace = exception.stackTrace.filter { !$0.filename.hasPrefix("/var/runtime/") }.map(\.formatted)
            status = .unhandled
            errorType = type
            payload = Array(PythonJSON.errorPayload(message: exception.errorMessage, type: type, requestID: requestID,
                                                    stackTrace: trace, ensureASCII: ensureASCII).utf8)
            errorEntry = PlatformLog.errorEntry(errorType: type, errorMessage: exception.errorMessage, stackTrace: trace)
        case .exited(let code):
            status = .crashed
            errorType = "Runtime.ExitError"
            let reason = code == 0 ? "Runtime exited without providing a reason" : "Runtime exited with error: exit status \(code)"
            payload = Array(PythonJSON.platformErrorPayload(type: "Runtime.ExitError", message: "RequestId: \(requestID) Error: \(reason)").utf8)
            resets = true
        case .timedOut, .stepBudgetExhausted:
            status = .timeout
        case .outOfMemory:
            status = .outOfMemory
            errorType = "Runtime.OutOfMemory"
            payload = Array(PythonJSON.platformErrorPayload(
                type: "Runtime.OutOfMemory", message: "RequestId: \(requestID) Error: Runtime exited with error: signal: killed").utf8)
            resets = true
        }
    }

    /// The function ran past its timeout: `Sandbox.Timedout` (facts §3.4).
    mutating func timeOut(requestID: String, timeoutSeconds: Int) {
        status = .timeout
        errorType = "Sandbox.Timedout"
        payload = Array(PythonJSON.platformErrorPayload(
            type: "Sandbox.Timedout", message: "RequestId: \(requestID) Error: Task timed out after \(timeoutSeconds).00 seconds").utf8)
        errorEntry = nil
        resets = true
    }

    private mutating func respond(_ body: [UInt8]) {
        guard body.count > World.maximumSynchronousPayload else {
            payload = body
            return
        }
        status = .crashed
        errorType = "Function.ResponseSizeTooLarge"
        payload = Array(PythonJSON.platformErrorPayload(
            type: "Function.ResponseSizeTooLarge",
            message: "Response payload size (\(body.count) bytes) exceeded maximum allowed payload size (\(World.maximumSynchronousPayload) bytes).").utf8)
    }

    private mutating func runtimeFault(_ type: String, _ message: String, requestID: String, ensureASCII: Bool) {
        status = .unhandled
        errorType = type
        payload = Array(PythonJSON.errorPayload(message: message, type: type, requestID: requestID, stackTrace: [], ensureASCII: ensureASCII).utf8)
        errorEntry = PlatformLog.errorEntry(errorType: type, errorMessage: message, stackTrace: [])
    }
}
