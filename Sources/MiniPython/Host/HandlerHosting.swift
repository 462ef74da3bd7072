// Hosting a request handler (LambdaSim's invoker): one call per invocation that decodes the event, builds the
// context, runs the handler on a fresh per-invocation budget and serialises the result, without converting
// values to `PythonValue` and back.

/// What the embedder asks for one handler call.
package struct HandlerCallRequest: Sendable {
    /// The module holding the handler and its attribute name.
    package var module: String
    package var function: String
    /// The event as JSON text, decoded with `json.loads`.
    package var eventJSON: String
    /// The module and class that build the context: `ContextClass(*contextArguments)`.
    package var contextModule: String
    package var contextClass: String
    package var contextArguments: [PythonValue]
    /// The same values by attribute name, set on the context object when it is reused.
    package var contextAttributes: [(String, PythonValue)]
    /// Module-level names set before the call (e.g. the request id the log formatter prints).
    package var moduleGlobals: [(module: String, name: String, value: PythonValue)]
    /// Virtual seconds the handler may use (steps × cost + sleeps) before it is stopped.
    package var timeLimitSeconds: Double?
    /// Serialise the result with `ensure_ascii=False` (Lambda's Python 3.12+ runtimes).
    package var ensureASCII: Bool

    package init(module: String, function: String, eventJSON: String, contextModule: String, contextClass: String,
                 contextArguments: [PythonValue], contextAttributes: [(String, PythonValue)], moduleGlobals: [(module: String, name: String, value: PythonValue)],
                 timeLimitSeconds: Double?, ensureASCII: Bool) {
        self.module = module
        self.function = function
        self.eventJSON = eventJSON
        self.contextModule = contextModule
        self.contextClass = contextClass
        self.contextArguments = contextArguments
        self.contextAttributes = contextAttributes
        self.moduleGlobals = moduleGlobals
        self.timeLimitSeconds = timeLimitSeconds
        self.ensureASCII = ensureASCII
    }
}

/// How a handler call ended, and what it cost.
package struct HandlerCallResult: Sendable {
    package enum Outcome: Sendable, Equatable {
        /// The result serialised as JSON text.
        case returned(String)
        /// The handler returned `bytes`: passed through unchanged.
        case returnedBytes([UInt8])
        /// The event was not JSON `json.loads` accepts: the message of its error.
        case unmarshalFailed(String)
        /// The result could not be serialised: `str()` of the error (`Object of type set is not JSON serializable`).
        case marshalFailed(String)
        case raised(PythonException)
        case exited(Int32)
        case timedOut
        case outOfMemory
        case stepBudgetExhausted
    }
    package var outcome: Outcome
    /// Steps the handler took (context construction not included).
    package var steps: Int
    /// Seconds the handler slept (`time.sleep`).
    package var sleptSeconds: Double
    /// The interpreter's allocation high-water mark in bytes (over its whole life).
    package var memoryHighWater: Int
}

extension Interpreter {
    /// Starts a new phase: step and sleep counters back to zero, a fresh virtual time limit (`nil`: none).
    /// The embedder sets its `SimulatedClock` to the phase's start before.
    public func beginPhase(timeLimitSeconds: Double?) {
        rt.steps = 0
        rt.host.sleptSeconds = 0
        rt.host.deadlineSeconds = timeLimitSeconds
        rt.host.deadlineHit = false
        rt.setStepLimit(rt.host.stepLimit())
    }

    /// Seconds slept (`time.sleep`) since the phase began.
    public var sleptSeconds: Double { rt.host.sleptSeconds }

    /// Module-level names of `module` that hold data (not modules, functions or classes), in definition order:
    /// what a warm invocation finds left over from earlier ones.
    package func dataGlobals(of module: String) -> [String] {
        guard let globals = rt.modules[module]?.globals else { return [] }
        return globals.definedNames.filter { name in
            if name.hasPrefix("__") { return false }
            guard let value = globals[name] else { return false }
            if case .object(let object) = value {
                if object is PyModule || object is PyFunction || object is PyType || object is PyBuiltinFunction { return false }
            }
            return true
        }
    }

    /// Runs one handler call: decodes the event, builds the context, begins a new phase (counters at zero, the
    /// time limit), calls `module.function(event, context)` and serialises what it returns.
    package func callHandler(_ request: HandlerCallRequest) -> HandlerCallResult {
        var steps = 0
        var slept = 0.0
        var settled: HandlerCallResult.Outcome? = nil
        let outcome = perform { rt -> Value in
            for global in request.moduleGlobals {
                guard let module = rt.modules[global.module] else { continue }
                module.globals[global.name] = try rt.value(from: global.value)
            }
            guard let module = rt.modules[request.module], let handler = module.globals[request.function] else {
                throw rt.attributeError("module '\(request.module)' has no attribute '\(request.function)'")
            }
            let event: Value
            do {
                event = try rt.jsonLoads(request.eventJSON, Args(rt, "loads", [], []))
            } catch let error as PyError {
                settled = .unmarshalFailed(rt.pythonException(error.exception).errorMessage)
                return .none
            }
            guard let contextClass = rt.modules[request.contextModule]?.globals[request.contextClass] else {
                throw rt.attributeError("module '\(request.contextModule)' has no attribute '\(request.contextClass)'")
            }
            // One context object per interpreter: made with the first call's arguments, then given each call's
            // per-invocation attributes (the handler cannot tell it from a new object with the same values).
            let context: Value
            if let existing = self.hostedContext {
                context = existing
                for (name, value) in request.contextAttributes { try rt.setAttribute(existing, name, try rt.value(from: value)) }
            } else {
                context = try rt.call(contextClass, try request.contextArguments.map { try rt.value(from: $0) })
                self.hostedContext = context
            }
            rt.steps = 0
            rt.host.sleptSeconds = 0
            rt.host.deadlineSeconds = request.timeLimitSeconds
            rt.host.deadlineHit = false
            rt.setStepLimit(rt.host.stepLimit())
            let value: Value
            do {
                value = try rt.call(handler, [event, context])
            } catch {
                steps = rt.steps
                slept = rt.host.sleptSeconds
                throw error
            }
            steps = rt.steps
            slept = rt.host.sleptSeconds
            if case .object(let bytes as PyBytes) = value {
                settled = .returnedBytes(bytes.bytes)
                return .none
            }
            do {
                let kw: [(String, Value)] = [("ensure_ascii", .bool(request.ensureASCII))]
                settled = .returned(try rt.jsonDumps(value, Args(rt, "dumps", [], kw)))
            } catch let error as PyError {
                let exception = rt.pythonException(error.exception)
                settled = exception.errorType == "MemoryError" ? .outOfMemory : .marshalFailed(exception.errorMessage)
            }
            return .none
        }
        let result: HandlerCallResult.Outcome
        switch outcome.termination {
        case .completed: result = settled ?? .returned("null")
        case .exited(let status): result = .exited(status)
        case .uncaughtException(let exception):
            result = exception.errorType == "MemoryError" ? .outOfMemory : .raised(exception)
        case .syntaxError(let diagnostic):
            result = .raised(PythonException(errorType: diagnostic.kind.rawValue, errorMessage: diagnostic.message, stackTrace: [],
                                             formatted: diagnostic.rendered))
        case .stepBudgetExhausted: result = .stepBudgetExhausted
        case .deadlineExceeded: result = .timedOut
        }
        return HandlerCallResult(outcome: result, steps: steps, sleptSeconds: slept, memoryHighWater: rt.meter.highWater)
    }
}
