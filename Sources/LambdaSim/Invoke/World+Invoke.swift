// `Invoke`: the request checks, the choice of an execution environment, and the run on the simulated clock.
import Foundation
import MiniPython

extension World {
    /// Idle environments expire after this much simulated idle time. AWS does not document the figure (observed
    /// lifetimes range from minutes to hours); the simulation uses 10 minutes so that `clock advance 10m` shows it.
    public static let environmentKeepAlive = SimulatedDuration.minutes(10)
    /// Synchronous request and response payloads are limited to 6 MB (6,291,456 bytes).
    public static let maximumSynchronousPayload = 6_291_456

    /// Runs one invocation to completion on the simulated clock: resolves the qualifier/alias (seeded routing),
    /// finds an idle warm environment or cold-starts one (INIT), runs the handler, writes logs (if the role allows),
    /// charges the cost, advances the clock, records an `InvocationRecord`. Service errors (no such function,
    /// bad payload, too large...) are thrown as Lambda's ServiceError; function errors are in the response.
    /// Does NOT check the caller's lambda:InvokeFunction permission: the CLI layer does that as for other ops.
    public mutating func invoke(_ request: InvokeRequest, environments: ExecutionEnvironments) throws(ServiceError) -> InvokeResponse {
        try invoke(request, environments: environments, chain: InvocationChain())
    }

    /// ``invoke(_:environments:)`` as one link of a chain of requests: a handler's `boto3` invoke passes its own
    /// invocation's chain, so a function invoked more than ``recursiveInvocationLimit`` times in it is refused.
    mutating func invoke(_ request: InvokeRequest, environments: ExecutionEnvironments, chain: InvocationChain) throws(ServiceError) -> InvokeResponse {
        let reference: FunctionReference
        if let plain = Self.plainName(request) {
            reference = plain
        } else {
            reference = try functionReference(request.functionName, qualifier: request.qualifier, usage: .read, operation: "Invoke")
        }
        let function = try existingFunction(reference)
        var alias: FunctionAlias?
        var version: FunctionVersion
        switch reference.qualifier {
        case nil, "$LATEST":
            version = function.latest
        case let qualifier?:
            if Int(qualifier) == nil {
                guard let found = function.aliases[qualifier] else {
                    throw .lambda(.resourceNotFound, "Function not found: \(functionARN(reference.name, qualifier: qualifier))")
                }
                alias = found
            }
            version = try resolveVersion(reference)
        }
        if request.payload.count > World.maximumSynchronousPayload, request.invocationType != .event {
            throw .lambda(.requestEntityTooLarge,
                          "Request must be smaller than \(World.maximumSynchronousPayload) bytes for the InvokeFunction operation")
        }
        let eventText = try Self.eventText(request.payload)
        switch request.invocationType {
        case .dryRun:
            return InvokeResponse(statusCode: 204, executedVersion: nil, functionError: nil, logResult: nil, payload: [], invocation: nil)
        case .event:
            throw .lambda(.invalidParameterValue,
                          "Asynchronous invocation (--invocation-type Event) is not simulated yet: it arrives with "
                              + "Lambda's internal queue in a later issue. Use RequestResponse (the default) for now.")
        case .requestResponse:
            break
        }
        // Reserved concurrency caps the environments busy at once (a handler invoking its own function needs two).
        if let reserved = function.reservedConcurrency,
           reserved == 0 || lambda.environments.values.count(where: { $0.key.functionName == function.name && $0.state == .busy }) >= reserved {
            throw .lambda(ServiceError.Code("TooManyRequestsException", httpStatus: 429), "Rate Exceeded.",
                          reason: "ReservedFunctionConcurrentInvocationLimitExceeded")
        }
        var chain = chain
        let count = (chain.invocations[function.name] ?? 0) + 1
        if count > World.recursiveInvocationLimit { throw World.recursiveInvocation() }
        chain.invocations[function.name] = count
        var routing: AliasRouting?
        if let alias {
            let chosen = routeInvocation(through: alias)
            routing = chosen
            if let routed = function.version(chosen.chosen) { version = routed }
        }
        let invokedARN = functionARN(function.name, qualifier: reference.qualifier)
        var run = InvocationRun(version: version, request: request, reference: reference, invokedARN: invokedARN,
                                routing: routing, eventText: eventText, chain: chain)
        return execute(&run, environments: environments)
    }

    /// A bare function name with no qualifier (the common case) needs none of ``functionReference``'s parsing.
    static func plainName(_ request: InvokeRequest) -> FunctionReference? {
        let name = request.functionName
        guard request.qualifier == nil, !name.isEmpty, name.utf8.count <= 64,
              name.utf8.allSatisfy({ $0 == 45 || $0 == 95 || (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) })
        else { return nil }
        return FunctionReference(name: name, qualifier: nil)
    }

    /// The event's JSON text: `{}` for an empty body; Lambda refuses a body that is not JSON.
    static func eventText(_ payload: [UInt8]) throws(ServiceError) -> String {
        if payload.isEmpty { return "{}" }
        guard let text = String(validating: payload, as: UTF8.self) else {
            throw .lambda(ServiceError.Code("InvalidRequestContentException", httpStatus: 400),
                          "Could not parse request body into json: Invalid UTF-8 start byte")
        }
        if !RequestJSONCheck.isValid(payload) {
            let problem = RequestJSONCheck.problem(in: text)
            throw .lambda(ServiceError.Code("InvalidRequestContentException", httpStatus: 400),
                          "Could not parse request body into json: Could not parse payload into json: \(problem)")
        }
        return text
    }

    /// Moves the clock on and expires environments idle longer than the keep-alive (`clock advance 10m`).
    public mutating func advanceClock(by duration: SimulatedDuration, environments: ExecutionEnvironments? = nil) {
        clock.advance(by: duration)
        expireIdleEnvironments(environments)
    }

    /// Moves the clock on and expires environments idle longer than the keep-alive. Their live interpreters are
    /// dropped at the next invoke (or at once with ``advanceClock(by:environments:)``).
    public mutating func advanceClock(by duration: SimulatedDuration) {
        advanceClock(by: duration, environments: nil)
    }

    /// Marks environments idle for longer than the keep-alive as expired.
    mutating func expireIdleEnvironments(_ environments: ExecutionEnvironments?) {
        let now = clock.now
        for (id, record) in lambda.environments where record.state == .idle && record.lastUsedAt.advanced(by: World.environmentKeepAlive) <= now {
            lambda.environments[id]?.state = .expired
        }
        guard let environments else { return }
        // Interpreters of environments that ended (expired, retired, or unknown after `undo`) are dropped.
        for id in environments.live.keys {
            switch lambda.environments[id]?.state {
            case .idle?, .busy?: continue
            default: environments.live[id] = nil
            }
        }
    }

    /// Retires the environments of `functionName` (all versions, or `$LATEST` only) after a change or a delete.
    mutating func retireEnvironments(of functionName: String, version: FunctionVersionID? = nil, reason: String) {
        for (id, record) in lambda.environments where record.key.functionName == functionName
            && (version == nil || record.key.version == version) && (record.state == .idle || record.state == .busy) {
            lambda.environments[id]?.state = .retired(reason: reason)
        }
    }
}

/// Lambda's JSON check of an Invoke body (a Jackson parser): the first problem, in Jackson's words, or nil.
enum RequestJSONCheck {
    /// Whether `bytes` are one JSON value (RFC 8259, surrounding white space allowed), checked without building it.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            func skipSpace() {
                while index < buffer.count, buffer[index] == 32 || buffer[index] == 9 || buffer[index] == 10 || buffer[index] == 13 { index += 1 }
            }
            func literal(_ word: StaticString) -> Bool {
                let count = word.utf8CodeUnitCount
                guard index + count <= buffer.count else { return false }
                for offset in 0..<count where buffer[index + offset] != word.utf8Start[offset] { return false }
                index += count
                return true
            }
            func string() -> Bool {
                index += 1
                while index < buffer.count {
                    let byte = buffer[index]
                    if byte == 34 { index += 1; return true }
                    if byte < 32 { return false }
                    if byte == 92 {
                        index += 1
                        guard index < buffer.count else { return false }
                        switch buffer[index] {
                        case 34, 92, 47, 98, 102, 110, 114, 116: index += 1
                        case 117:
                            guard index + 4 < buffer.count else { return false }
                            for offset in 1...4 where !isHex(buffer[index + offset]) { return false }
                            index += 5
                        default: return false
                        }
                    } else {
                        index += 1
                    }
                }
                return false
            }
            func digits() -> Bool {
                let start = index
                while index < buffer.count, (48...57).contains(buffer[index]) { index += 1 }
                return index > start
            }
            func number() -> Bool {
                if buffer[index] == 45 { index += 1 }
                guard index < buffer.count else { return false }
                if buffer[index] == 48 { index += 1 } else if !digits() { return false }
                if index < buffer.count, buffer[index] == 46 { index += 1; guard digits() else { return false } }
                if index < buffer.count, buffer[index] == 101 || buffer[index] == 69 {
                    index += 1
                    if index < buffer.count, buffer[index] == 43 || buffer[index] == 45 { index += 1 }
                    guard digits() else { return false }
                }
                return true
            }
            func value(_ depth: Int) -> Bool {
                skipSpace()
                guard index < buffer.count, depth < 1_000 else { return false }
                switch buffer[index] {
                case 34: return string()
                case 123, 91:
                    let close: UInt8 = buffer[index] == 123 ? 125 : 93
                    index += 1
                    skipSpace()
                    if index < buffer.count, buffer[index] == close { index += 1; return true }
                    while true {
                        if close == 125 {
                            skipSpace()
                            guard index < buffer.count, buffer[index] == 34, string() else { return false }
                            skipSpace()
                            guard index < buffer.count, buffer[index] == 58 else { return false }
                            index += 1
                        }
                        guard value(depth + 1) else { return false }
                        skipSpace()
                        guard index < buffer.count else { return false }
                        if buffer[index] == close { index += 1; return true }
                        guard buffer[index] == 44 else { return false }
                        index += 1
                    }
                case 116: return literal("true")
                case 102: return literal("false")
                case 110: return literal("null")
                default: return number()
                }
            }
            guard value(0) else { return false }
            skipSpace()
            return index == buffer.count
        }
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)
    }

    static func problem(in text: String) -> String {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = trimmed.first else { return "No content to map due to end-of-input" }
        if first.isLetter {
            let token = trimmed.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if token == "NaN" || token == "Infinity" {
                return "Non-standard token '\(token)': enable JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS to allow"
            }
            return "Unrecognized token '\(token)': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
        }
        if "{[\"-0123456789".contains(first) { return "Unexpected end-of-input or character in the JSON document" }
        let code = first.unicodeScalars.first!.value
        return "Unexpected character ('\(first)' (code \(code))): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
    }
}
