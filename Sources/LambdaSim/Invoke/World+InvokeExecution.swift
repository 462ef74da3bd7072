// Running one invocation: choosing (or starting) an environment, INIT, INVOKE, logs, billing and the record.
import Foundation
import IAM
import MiniPython

/// One invocation being run: what was asked and what it resolved to.
struct InvocationRun {
    let version: FunctionVersion
    let request: InvokeRequest
    let reference: FunctionReference
    let invokedARN: String
    let routing: AliasRouting?
    let eventText: String
    /// The chain of requests this invocation belongs to (its own function counted).
    let chain: InvocationChain
}

/// A failed INIT: the runtime's error and how long it took.
struct InitFailure: Equatable {
    var errorType: String
    var errorMessage: String
    var stackTrace: [String]
    var timedOut = false
    var outOfMemory = false
}

/// What an INIT phase produced.
struct InitOutcome {
    var durationMicroseconds: Int64
    var failure: InitFailure?
    var events: [(timestamp: Int64, message: String)]
}

extension World {
    mutating func execute(_ run: inout InvocationRun, environments: ExecutionEnvironments) -> InvokeResponse {
        expireIdleEnvironments(environments)
        let version = run.version
        let memory = version.memorySize
        let requestID = makeRequestID()
        // What the function's own boto3 invokes belong to: this chain, called from this request.
        var chain = run.chain
        chain.callerRequestID = requestID
        let startInstant = clock.now
        var cursor = startInstant.millisecondsSinceEpoch * 1000
        var events: [(timestamp: Int64, message: String)] = []
        var (live, coldReason, carried) = chooseEnvironment(for: version, environments: environments)
        let cold = coldReason != nil
        var logExplanation: String?
        if live == nil {
            let started = startEnvironment(for: version, environments: environments)
            live = started.live
            logExplanation = started.explanation
        }
        guard let live else { fatalError("an environment was just started") }
        lambda.environments[live.id]?.state = .busy
        if logExplanation == nil, lambda.environments[live.id]?.logsAllowed == false {
            // IAM evaluates the role's policies at each request, so a role fixed since the environment started lets
            // this invocation's logs through. (A role that allowed logs is not asked again: revoking the permission
            // reaches a warm environment only when it is replaced; the README says so.)
            let (allowed, explanation) = executionRoleAllowsLogs(version, streamName: live.logStreamName)
            lambda.environments[live.id]?.logsAllowed = allowed
            logExplanation = explanation
        }
        let ensureASCII = ["python3.10", "python3.11"].contains(version.runtime.rawValue)

        // INIT: a new environment runs it in the init phase (Init Duration); a reset one inside the invocation.
        var initDuration: Int64?
        var reinitDuration: Int64 = 0
        var initFailure: InitFailure?
        // A failed INIT phase is reported by its INIT_REPORT line; the REPORT line then has no Init Duration.
        var initPhaseFailed = false
        if live.interpreter == nil || !live.initialized {
            let newEnvironment = lambda.environments[live.id]?.invocationCount == 0
            if newEnvironment {
                events.append((cursor / 1000, PlatformLog.initStart(runtime: version.runtime, region: region)))
                let outcome = lendingWorld(to: live, environments: environments, chain: chain) { world in world.runInit(live, at: cursor) }
                events += outcome.events
                if let failure = outcome.failure {
                    events.append(((cursor + outcome.durationMicroseconds) / 1000, PlatformLog.initReport(
                        microseconds: outcome.durationMicroseconds, phase: "init", timedOut: failure.timedOut, errorType: failure.errorType)))
                }
                initDuration = outcome.durationMicroseconds
                cursor += outcome.durationMicroseconds
                initFailure = outcome.failure
                initPhaseFailed = outcome.failure != nil
            }
            if !newEnvironment || initFailure != nil {
                // Lambda retries a failed INIT inside the invocation (a "suppressed init"), as it re-initialises a
                // reset environment: bounded by the function's timeout, not the 10 s INIT limit, and counted in the
                // invocation's Duration. An INIT slower than the timeout therefore times out every invocation: the
                // "doom loop" (facts §2.1, §2.3).
                let limit = Int64(version.timeout) * 1_000_000 - ExecutionModel.invokeOverhead(memoryMB: memory)
                let outcome = lendingWorld(to: live, environments: environments, chain: chain) { world in
                    world.runInit(live, at: cursor, limit: limit)
                }
                events += outcome.events
                reinitDuration = outcome.durationMicroseconds
                initFailure = outcome.failure
                if let failure = outcome.failure {
                    events.append(((cursor + outcome.durationMicroseconds) / 1000, PlatformLog.initReport(
                        microseconds: outcome.durationMicroseconds, phase: "invoke", timedOut: failure.timedOut, errorType: failure.errorType)))
                }
            }
        }

        // INVOKE
        let invokeStart = cursor
        events.append((invokeStart / 1000, PlatformLog.start(requestID: requestID, version: version.version)))
        let timeout = Int64(version.timeout) * 1_000_000
        let overhead = ExecutionModel.invokeOverhead(memoryMB: memory)
        var outcome = InvokeOutcome(duration: overhead + reinitDuration)
        if let initFailure {
            outcome.fail(initFailure, requestID: requestID, ensureASCII: ensureASCII)
        } else if let interpreter = live.interpreter {
            if !cold { carried = interpreter.dataGlobals(of: live.handlerModule) }
            live.clock.set(seconds: Double(invokeStart + reinitDuration) / 1_000_000)
            let eventText = run.eventText
            let result = lendingWorld(to: live, environments: environments, chain: chain) { _ in interpreter.callHandler(HandlerCallRequest(
                module: live.handlerModule, function: live.handlerFunction, eventJSON: eventText,
                contextModule: LambdaRuntimeSource.moduleName, contextClass: LambdaRuntimeSource.contextClass,
                contextArguments: [.string(requestID), .string(run.invokedARN), .int(Int((invokeStart + timeout) / 1000))],
                contextAttributes: [("aws_request_id", .string(requestID)), ("invoked_function_arn", .string(run.invokedARN)),
                                    ("_epoch_deadline_time_in_ms", .int(Int((invokeStart + timeout) / 1000)))],
                moduleGlobals: [(LambdaRuntimeSource.moduleName, LambdaRuntimeSource.requestIDGlobal, .string(requestID))],
                timeLimitSeconds: Double(timeout - overhead - reinitDuration) / 1_000_000, ensureASCII: ensureASCII)) }
            outcome.record(result, live: live, requestID: requestID, ensureASCII: ensureASCII)
            // The handler's SDK calls waited their modelled latency as a sleep: it is service time, not time.sleep.
            let waits = live.aws.takeWaits()
            outcome.sleptMicroseconds = max(0, outcome.sleptMicroseconds - waits.settled)
            outcome.duration += waits.unsettled
            events += live.capture.take()
        }
        if outcome.status == .timeout || outcome.duration > timeout {
            outcome.timeOut(requestID: requestID, timeoutSeconds: version.timeout)
            outcome.duration = timeout
            events.append(((invokeStart + timeout) / 1000, PlatformLog.taskTimedOut(
                at: SimulatedInstant(millisecondsSinceEpoch: (invokeStart + timeout) / 1000), requestID: requestID, timeoutSeconds: version.timeout)))
        }
        if let entry = outcome.errorEntry { events.append(((invokeStart + outcome.duration) / 1000, entry)) }
        if outcome.resets {
            live.interpreter = nil
            live.initialized = false
        }
        let end = invokeStart + outcome.duration
        let usedMB = outcome.status == .outOfMemory ? memory
            : ExecutionModel.memoryUsedMB(highWaterBytes: live.interpreter?.statistics.memoryHighWater ?? outcome.highWater, memorySizeMB: memory)
        let charge = recordCharge(durationMicroseconds: outcome.duration, initMicroseconds: initDuration ?? 0, memoryMB: memory,
                                  architecture: version.architecture)
        events.append((end / 1000, PlatformLog.end(requestID: requestID)))
        events.append((end / 1000, PlatformLog.report(
            requestID: requestID, durationMicroseconds: outcome.duration, billedMilliseconds: charge.billedMilliseconds,
            memorySizeMB: memory, maxMemoryUsedMB: usedMB, initMicroseconds: initPhaseFailed ? nil : initDuration,
            status: outcome.status, errorType: outcome.errorType)))

        // The world after the invocation: the clock, the environment, the logs, the record.
        let elapsed = end - startInstant.millisecondsSinceEpoch * 1000
        // (An invocation the handler made has already moved the clock part of the way.)
        let endMilliseconds = startInstant.millisecondsSinceEpoch + (elapsed + 999) / 1000
        if endMilliseconds > clock.now.millisecondsSinceEpoch {
            clock.advance(by: SimulatedDuration(milliseconds: endMilliseconds - clock.now.millisecondsSinceEpoch))
        }
        var logsAllowed = false
        if let index = lambda.environments.index(forKey: live.id) {
            let now = clock.now
            lambda.environments.values[index].state = .idle
            lambda.environments.values[index].lastUsedAt = now
            lambda.environments.values[index].busyUntil = now
            lambda.environments.values[index].invocationCount += 1
            logsAllowed = lambda.environments.values[index].logsAllowed
        }
        if logsAllowed { deliverLogEvents(events, groupName: version.logGroup, streamName: live.logStreamName) }
        let lines = events.map(\.message)
        let denied = live.aws.takeDeniedCalls()
        let invocation = InvocationRecord(
            requestID: requestID, functionName: version.functionName, qualifier: run.reference.qualifier,
            executedVersion: version.version, invokedFunctionARN: run.invokedARN, invocationType: run.request.invocationType,
            routing: run.routing, environmentID: live.id, logStreamName: live.logStreamName, cold: cold, coldReason: coldReason,
            start: startInstant, initDurationMicroseconds: initPhaseFailed ? nil : initDuration,
            durationMicroseconds: outcome.duration, billedDurationMilliseconds: charge.billedMilliseconds, memorySizeMB: memory,
            maxMemoryUsedMB: usedMB, architecture: version.architecture, cost: charge.total, steps: outcome.steps,
            sleptMicroseconds: outcome.sleptMicroseconds, status: outcome.status, errorType: outcome.errorType,
            carriedGlobals: carried, logLines: lines, logsDelivered: logsAllowed, logPermissionExplanation: logExplanation,
            invokedBy: run.chain.callerRequestID,
            deniedCalls: denied.isEmpty ? nil : denied)
        appendInvocation(invocation)
        return InvokeResponse(statusCode: 200, executedVersion: version.version.description,
                              functionError: outcome.status == .success ? nil : "Unhandled",
                              logResult: run.request.logType == .tail ? PlatformLog.tail(lines) : nil,
                              payload: outcome.payload, invocation: invocation, elapsedMicroseconds: elapsed)
    }

    /// Runs the function's code (`body`, given the world as it is now) with this world and the live environments
    /// lent to the environment's boto3 (``HandlerAWSAccess``), then takes back the world as the code's SDK calls
    /// (and the invocations they made) left it.
    mutating func lendingWorld<T>(to live: LiveEnvironment, environments: ExecutionEnvironments, chain: InvocationChain,
                                  _ body: (World) -> T) -> T {
        let current = self
        guard let principal = executionPrincipal(for: live.version) else { return body(current) }
        live.aws.lend(current, principal: principal, functionName: live.version.functionName, environments: environments, chain: chain)
        let result = body(current)
        if let world = live.aws.reclaim() { self = world }
        return result
    }

    /// Keeps the newest ``LambdaState/retainedInvocationLimit`` records (trimmed in batches of a tenth, so that
    /// appending stays cheap: between 1,000 and 1,099 are kept).
    mutating func appendInvocation(_ record: InvocationRecord) {
        lambda.invocations.append(record)
        let limit = LambdaState.retainedInvocationLimit
        if lambda.invocations.count >= limit + limit / 10 {
            lambda.invocations.removeFirst(lambda.invocations.count - limit)
        }
    }

    /// Appends events to a stream in place (creating the group and stream when missing), each with its timestamp.
    mutating func deliverLogEvents(_ events: [(timestamp: Int64, message: String)], groupName: String, streamName: String) {
        guard let first = events.first else { return }
        if logs.groups[groupName] == nil {
            logs.groups[groupName] = LogGroup(name: groupName, creationTime: first.timestamp, retentionInDays: nil, arn: logGroupARN(groupName))
        }
        if logs.groups[groupName]?.streams[streamName] == nil {
            logs.groups[groupName]?.streams[streamName] = LogStream(name: streamName, creationTime: first.timestamp)
        }
        let ingestion = clock.now.millisecondsSinceEpoch
        guard let group = logs.groups.index(forKey: groupName),
              let stream = logs.groups.values[group].streams.index(forKey: streamName) else { return }
        for event in events {
            logs.groups.values[group].streams.values[stream].appendDeferringTrim(
                LogEvent(timestamp: event.timestamp, message: event.message, ingestionTime: ingestion))
        }
    }
}
