// Execution environments: reusing an idle one, starting a new one, and INIT (the runtime, then the function's module).
import IAM
import MiniPython

extension World {
    /// An idle environment of `version` that can take the invocation (nil: a cold start is needed, and why).
    /// Records whose interpreter is gone (after `open` or `undo`) are dropped; environments of an older
    /// configuration are retired.
    func chooseEnvironmentCandidate(for version: FunctionVersion, environments: ExecutionEnvironments)
        -> (id: String?, reason: ColdStartReason?, stale: [String], retire: [String]) {
        var best: ExecutionEnvironmentRecord?
        var reason: ColdStartReason = .firstInvocation
        var newestEnd: SimulatedInstant?
        var stale: [String] = []
        var retire: [String] = []
        for record in lambda.environments.values where record.key == version.key {
            switch record.state {
            case .idle:
                guard let live = environments.environment(for: record) else { stale.append(record.id); continue }
                guard live.version.hasSameContent(as: version) else {
                    retire.append(record.id)
                    if newestEnd.map({ record.lastUsedAt >= $0 }) ?? true { newestEnd = record.lastUsedAt; reason = .codeOrConfigurationChanged }
                    continue
                }
                if let current = best, (current.lastUsedAt, record.id) > (record.lastUsedAt, current.id) { continue }
                best = record
            case .busy:
                reason = .noIdleEnvironment
            case .expired:
                if newestEnd.map({ record.lastUsedAt >= $0 }) ?? true { newestEnd = record.lastUsedAt; reason = .expired(idleSince: record.lastUsedAt) }
            case .retired:
                if newestEnd.map({ record.lastUsedAt >= $0 }) ?? true { newestEnd = record.lastUsedAt; reason = .codeOrConfigurationChanged }
            }
        }
        return (best?.id, best == nil ? reason : nil, stale, retire)
    }

    /// The environment to run in: an idle warm one, or nil with the reason a new one is needed. A reset
    /// environment (no interpreter) is reused but counts as cold.
    mutating func chooseEnvironment(for version: FunctionVersion, environments: ExecutionEnvironments)
        -> (live: LiveEnvironment?, coldReason: ColdStartReason?, carried: [String]) {
        let choice = chooseEnvironmentCandidate(for: version, environments: environments)
        for id in choice.stale { lambda.environments[id] = nil }
        for id in choice.retire {
            lambda.environments[id]?.state = .retired(reason: "the function's code or configuration changed")
            environments.live[id] = nil
        }
        pruneFinishedEnvironments()
        guard let id = choice.id, let live = environments.live[id] else { return (nil, choice.reason ?? .firstInvocation, []) }
        if live.interpreter == nil {
            return (live, lambda.environments[id]?.invocationCount == 0 ? .initializationFailed : .resetAfterFailure, [])
        }
        return (live, nil, [])
    }

    /// Keeps at most 50 expired or retired records (the newest), so `state` can still tell what happened.
    private mutating func pruneFinishedEnvironments() {
        guard lambda.environments.count > 64 else { return }
        let finished = lambda.environments.values.filter { $0.state != .idle && $0.state != .busy }
            .sorted { ($0.lastUsedAt, $0.id) > ($1.lastUsedAt, $1.id) }
        for record in finished.dropFirst(50) { lambda.environments[record.id] = nil }
    }

    /// A new environment for `version`: its id, log stream, variables, seed and the role's decision on logs.
    mutating func startEnvironment(for version: FunctionVersion, environments: ExecutionEnvironments)
        -> (live: LiveEnvironment, explanation: String) {
        let id = "env-\(lambda.nextEnvironmentNumber)"
        lambda.nextEnvironmentNumber += 1
        let stream = makeLogStreamName(for: version.version)
        let variables = makeRuntimeEnvironment(for: version, logStreamName: stream).map { ($0.name, $0.value) }
        let seed = random.next()
        let (allowed, explanation) = executionRoleAllowsLogs(version, streamName: stream)
        let handler = version.handler
        var module = ""
        var function = ""
        if let dot = handler.lastIndex(of: ".") {
            module = String(handler[..<dot]).replacingOccurrences(of: "/", with: ".")
            function = String(handler[handler.index(after: dot)...])
        }
        let live = LiveEnvironment(id: id, logStreamName: stream, version: version, environmentVariables: variables, seed: seed,
                                   handlerModule: module, handlerFunction: function)
        environments.live[id] = live
        lambda.environments[id] = ExecutionEnvironmentRecord(
            id: id, key: version.key, logStreamName: stream, createdAt: clock.now, lastUsedAt: clock.now, busyUntil: clock.now,
            invocationCount: 0, state: .busy, logsAllowed: allowed)
        return (live, explanation)
    }

    /// Whether the execution role lets the environment write its logs: logs:CreateLogStream and logs:PutLogEvents
    /// (and logs:CreateLogGroup when the group does not exist yet), as the role's session
    /// `arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION`. Decided when the environment starts, as its credentials
    /// are; `lastAuthorization` (what `explain` tells) is left as it was.
    mutating func executionRoleAllowsLogs(_ version: FunctionVersion, streamName: String) -> (Bool, String) {
        let saved = lastAuthorization
        defer { lastAuthorization = saved }
        guard let principal = executionPrincipal(for: version) else {
            return (false, "the execution role \(version.role) is not a role ARN")
        }
        let streamARN = "\(logGroupARN(version.logGroup)):log-stream:\(streamName)"
        var actions = ["logs:CreateLogStream", "logs:PutLogEvents"]
        if logs.groups[version.logGroup] == nil { actions.insert("logs:CreateLogGroup", at: 0) }
        for action in actions {
            let resource = action == "logs:CreateLogGroup" ? "\(logGroupARN(version.logGroup)):*" : streamARN
            let evaluation = authorize(principal: principal, action: action, resource: resource)
            if !evaluation.decision.isAllowed {
                return (false, "The execution role cannot write logs: \(evaluation.explanation)")
            }
        }
        return (true, "The execution role allows \(actions.joined(separator: ", ")) on \(version.logGroup).")
    }

    /// INIT in a (new or reset) environment starting at `start` µs: the runtime boots, then the function's module
    /// is imported and its top-level code runs. Failures are the runtime's init errors (facts §1.1).
    /// Runs INIT in a new interpreter from `start`, stopping it at `limit` microseconds: the 10 s INIT limit in the init
    /// phase, the function's timeout (less the invoke overhead) when Lambda retries INIT inside an invocation.
    func runInit(_ live: LiveEnvironment, at start: Int64, limit: Int64 = ExecutionModel.initTimeLimitMicroseconds) -> InitOutcome {
        let interpreter = live.startInterpreter()
        let memory = live.version.memorySize
        let boot = ExecutionModel.runtimeBoot(memoryMB: memory)
        live.clock.set(seconds: Double(start) / 1_000_000)
        _ = live.capture.take()
        interpreter.beginPhase(timeLimitSeconds: nil)
        guard interpreter.importModule(LambdaRuntimeSource.moduleName) == .completed else {
            fatalError("the simulated runtime module failed to load")
        }
        live.clock.set(seconds: Double(start + boot) / 1_000_000)
        interpreter.beginPhase(timeLimitSeconds: Double(max(0, limit - boot)) / 1_000_000)
        var failure = InitFailure.handlerProblem(live.version.handler, module: live.handlerModule)
        if failure == nil {
            let termination = interpreter.importModule(live.handlerModule)
            failure = InitFailure.classify(termination, module: live.handlerModule)
            if failure == nil, !interpreter.hasAttribute(module: live.handlerModule, name: live.handlerFunction) {
                failure = InitFailure(errorType: "Runtime.HandlerNotFound",
                                      errorMessage: "Handler '\(live.handlerFunction)' missing on module '\(live.handlerModule)'", stackTrace: [])
            }
        }
        let steps = interpreter.statistics.steps
        var duration = boot + ExecutionModel.work(steps: steps, nanosecondsPerStep: live.nanosecondsPerStep,
                                                  sleptSeconds: interpreter.sleptSeconds)
        if failure?.timedOut == true { duration = limit }
        var events = live.capture.take()
        if let failure {
            live.clock.set(seconds: Double(start + duration) / 1_000_000)
            interpreter.beginPhase(timeLimitSeconds: nil)
            if !failure.timedOut {
                _ = interpreter.callFunction(module: LambdaRuntimeSource.moduleName, name: "_log_unhandled_warning", arguments: [])
            }
            events += live.capture.take()
            if !failure.timedOut {
                events.append(((start + duration) / 1000, PlatformLog.errorEntry(
                    errorType: failure.errorType, errorMessage: failure.errorMessage, stackTrace: failure.stackTrace)))
            }
            live.interpreter = nil
            live.initialized = false
        } else {
            live.initialized = true
        }
        return InitOutcome(durationMicroseconds: duration, failure: failure, events: events)
    }
}

extension InitFailure {
    /// CPython's built-in modules: a handler module of that name cannot be imported from /var/task.
    static let builtInModules: Set<String> = [
        "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator", "_signal", "_sre",
        "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_typing", "_warnings", "_weakref",
        "atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time",
    ]

    /// A handler string the runtime refuses before importing anything.
    static func handlerProblem(_ handler: String, module: String) -> InitFailure? {
        guard handler.contains(".") else {
            return InitFailure(errorType: "Runtime.MalformedHandlerName",
                               errorMessage: "Bad handler '\(handler)': not enough values to unpack (expected 2, got 1)", stackTrace: [])
        }
        let rawModule = String(handler[..<handler.lastIndex(of: ".")!])
        if let first = rawModule.split(separator: ".", omittingEmptySubsequences: false).first, builtInModules.contains(String(first)) {
            return InitFailure(errorType: "Runtime.BuiltInModuleConflict",
                               errorMessage: "Cannot use built-in module \(rawModule) as a handler module", stackTrace: [])
        }
        return nil
    }

    /// The runtime's error for how importing the function's module ended (nil when it succeeded).
    static func classify(_ termination: Termination, module: String) -> InitFailure? {
        switch termination {
        case .completed:
            return nil
        case .syntaxError(let diagnostic):
            let name = diagnostic.filename.split(separator: "/").last.map(String.init) ?? diagnostic.filename
            let text = "\(diagnostic.message) (\(name), line \(diagnostic.line))"
            return InitFailure(errorType: "Runtime.UserCodeSyntaxError", errorMessage: "Syntax error in module '\(module)': \(text)",
                               stackTrace: ["  File \"\(diagnostic.filename)\" Line \(diagnostic.line)\n    \(diagnostic.sourceLine ?? "")\n"])
        case .uncaughtException(let exception):
            let type = exception.errorType.split(separator: ".").last.map(String.init) ?? exception.errorType
            switch type {
            case "ModuleNotFoundError", "ImportError":
                return InitFailure(errorType: "Runtime.ImportModuleError",
                                   errorMessage: "Unable to import module '\(module)': \(exception.errorMessage)", stackTrace: [])
            case "SyntaxError", "IndentationError", "TabError":
                return InitFailure(errorType: "Runtime.UserCodeSyntaxError",
                                   errorMessage: "Syntax error in module '\(module)': \(exception.errorMessage)", stackTrace: [])
            case "MemoryError":
                return InitFailure(errorType: "Runtime.OutOfMemory", errorMessage: "", stackTrace: [], outOfMemory: true)
            default:
                let trace = exception.stackTrace.filter { !$0.filename.hasPrefix("/var/runtime/") }.map(\.formatted)
                return InitFailure(errorType: type, errorMessage: exception.errorMessage, stackTrace: trace)
            }
        case .exited(let status):
            return InitFailure(errorType: "Runtime.ExitError",
                               errorMessage: status == 0 ? "Runtime exited without providing a reason" : "Runtime exited with error: exit status \(status)",
                               stackTrace: [])
        case .deadlineExceeded, .stepBudgetExhausted:
            return InitFailure(errorType: "Runtime.Unknown", errorMessage: "", stackTrace: [], timedOut: true)
        }
    }
}
