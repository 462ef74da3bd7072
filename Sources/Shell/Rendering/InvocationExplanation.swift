import LambdaSim

/// `explain last` after an invoke: why it was cold or warm, where it ran, how its duration and cost arose,
/// which globals carried over, and (through an alias) which version was chosen.
enum InvocationExplanation {
    static func render(_ record: InvocationRecord, in world: World, on console: Console) {
        func heading(_ text: String) { console.line(.styled(text, .heading)) }
        func line(_ text: String) { console.line(StyledText("  " + Printable.escaped(text))) }
        let ms = InvocationView.milliseconds

        heading("Invocation \(record.requestID) of \(record.functionName):\(record.executedVersion):")
        line("Invoked as \(record.invokedFunctionARN) at \(record.start).")
        if let caller = record.invokedBy {
            let name = world.lambda.invocations.last { $0.requestID == caller }?.functionName
            line("Invoked by the handler of \(name ?? "another function") (request \(caller)) through boto3, which waited for it.")
        }
        if let routing = record.routing { line("Version \(record.executedVersion) ran because \(routing.explanation).") }

        heading(record.cold ? "Why it was a cold start:" : "Why it was a warm start:")
        if record.cold {
            line(coldReason(record.coldReason ?? .firstInvocation) + ".")
            line("So Lambda started execution environment \(record.environmentID) and ran INIT: the runtime booted and "
                 + "the handler's module was imported (its top-level code ran) before the handler was called.")
        } else {
            line("Execution environment \(record.environmentID) of \(record.functionName):\(record.executedVersion) was idle, "
                 + "had not been idle longer than the keep-alive (\(World.environmentKeepAlive)), and runs the same code "
                 + "and configuration, so Lambda reused it: no INIT, the module was not imported again.")
        }
        line("Its log stream is \(record.logStreamName).")

        heading("How long it took:")
        let memory = record.memorySizeMB
        let perVCPU = ExecutionModel.megabytesPerVCPU
        let share = Double(min(memory, perVCPU)) / Double(perVCPU)
        let nanosecondsPerStep = ExecutionModel.costPerStepAtOneVCPUNanoseconds * perVCPU / min(memory, perVCPU)
        if memory >= perVCPU {
            line("\(memory) MB buys a full vCPU (\(perVCPU) MB and above), so one interpreter step takes "
                 + "\(ExecutionModel.costPerStepAtOneVCPUNanoseconds) ns; single-threaded code gains nothing above it.")
        } else {
            line("\(memory) MB buys \(fraction(share)) of a vCPU (\(memory) ÷ \(perVCPU) MB), so one interpreter step takes "
                 + "\(ExecutionModel.costPerStepAtOneVCPUNanoseconds) ns ÷ \(fraction(share)) = \(nanosecondsPerStep) ns.")
        }
        if let initDuration = record.initDurationMicroseconds {
            let boot = ExecutionModel.runtimeBootFixedMicroseconds
                + ExecutionModel.runtimeBootCPUMicroseconds * Int64(perVCPU) / Int64(min(memory, perVCPU))
            line("INIT \(ms(initDuration)): the runtime's boot \(ms(boot)) (\(ms(ExecutionModel.runtimeBootFixedMicroseconds)) "
                 + "+ \(ms(ExecutionModel.runtimeBootCPUMicroseconds)) of CPU ÷ the share), the rest the module's top-level code.")
        }
        let overhead = ExecutionModel.invokeOverheadFixedMicroseconds
            + ExecutionModel.invokeOverheadCPUMicroseconds * Int64(perVCPU) / Int64(min(memory, perVCPU))
        let work = Int64(record.steps) * Int64(nanosecondsPerStep) / 1000
        if record.status == .timeout {
            line("The handler was stopped at the timeout, so Duration is the timeout: \(ms(record.durationMicroseconds)).")
        } else {
            var parts = ["\(grouped(record.steps)) \(record.steps == 1 ? "step" : "steps") × \(nanosecondsPerStep) ns = \(ms(work))",
                         "the runtime's overhead \(ms(overhead))"]
            if record.sleptMicroseconds > 0 { parts.append("time.sleep \(ms(record.sleptMicroseconds))") }
            let rest = record.durationMicroseconds - work - overhead - record.sleptMicroseconds
            if rest > 0 { parts.append("modelled service calls \(ms(rest))") }
            line("Duration \(ms(record.durationMicroseconds)) = " + parts.joined(separator: " + ") + ".")
            for callee in world.lambda.invocations where callee.invokedBy == record.requestID {
                let initPart = callee.initDurationMicroseconds.map { "Init Duration \(ms($0)) + " } ?? ""
                line("The service calls include invoking \(callee.functionName) (request \(callee.requestID)): \(initPart)"
                     + "its Duration \(ms(callee.durationMicroseconds)) + \(ms(ExecutionModel.lambdaInvokeOverheadMicroseconds)) for the call.")
            }
        }
        let initNote = record.initDurationMicroseconds != nil ? " + INIT (billed on cold starts)" : ""
        line("Billed Duration \(record.billedDurationMilliseconds) ms: Duration\(initNote), rounded up to a whole millisecond.")
        line("Max Memory Used \(record.maxMemoryUsedMB) MB of \(memory) MB: the runtime's \(ExecutionModel.runtimeBaselineMB) MB "
             + "plus what the code allocated.")

        heading("What it cost:")
        let prices = PriceTable.usEast1
        let perGBSecond = prices.tiers(for: record.architecture)[0].pricePerGBSecond
        let megabyteMilliseconds = Int64(memory) * record.billedDurationMilliseconds
        let durationCost = Money(units: record.cost.units - prices.requestPrice.units)
        line("Request: \(prices.requestPrice) ($0.20 per million requests).")
        line("Duration: \(memory) MB × \(record.billedDurationMilliseconds) ms = \(gigabyteSeconds(megabyteMilliseconds)) GB-s "
             + "× \(perGBSecond) per GB-s (\(record.architecture.rawValue)) = \(InvocationView.dollars(durationCost)).")
        line("Total: \(InvocationView.dollars(record.cost)) (the free tier is not subtracted).")

        heading("Globals carried over:")
        if record.cold {
            line("None: a cold start begins with a fresh module.")
        } else if record.carriedGlobals.isEmpty {
            line("None: the module defines no data at its top level, only functions and imports.")
        } else {
            line(record.carriedGlobals.joined(separator: ", ") + ": module-level names that earlier invocations in "
                 + "\(record.environmentID) left behind, still there for this one (and /tmp too).")
        }

        heading("Logs:")
        if record.logsDelivered {
            line("Delivered to \(world.lambda.functions[record.functionName]?.latest.logGroup ?? "/aws/lambda/\(record.functionName)").")
        } else {
            line("Not delivered: the execution role may not create log streams or put log events.")
        }
        if let explanation = record.logPermissionExplanation, !record.logsDelivered {
            for text in explanation.split(separator: "\n") { console.line(StyledText("    " + Printable.escaped(String(text)))) }
        }
    }

    /// A boto3 call of the invocation that IAM denied: which call, the error the handler got, and the evaluator's trace.
    static func renderDenied(_ call: DeniedSDKCall, number: Int, of record: InvocationRecord, on console: Console) {
        func line(_ text: String) { console.line(StyledText("  " + Printable.escaped(text))) }
        let count = record.deniedCalls?.count ?? 1
        let which = count > 1 ? " (\(number) of \(count))" : ""
        console.line(.styled("Denied boto3 call\(which) in invocation \(record.requestID) of "
                             + "\(record.functionName):\(record.executedVersion):", .heading))
        line("The handler called \(call.service) \(call.operation) as the execution role's session \(call.principal), and got "
             + "\(call.errorCode): \(call.errorMessage)")
        if let note = call.note { line(note) }
        line("IAM asked: may it perform \(call.action) on \(call.resource)? "
             + (call.explicit ? "No: an explicit deny, a Deny statement matched (a Deny beats every Allow)."
                              : "No: an implicit deny, no statement of the role's policies allows it."))
        console.line("")
        IdentityCommands.render(explanation: call.explanation, on: console)
    }

    static func coldReason(_ reason: ColdStartReason) -> String {
        switch reason {
        case .firstInvocation: "This version had no execution environment yet (its first invocation, or the first since 'open' or 'undo')"
        case .noIdleEnvironment: "Every environment of this version was busy with another request (one request at a time each)"
        case .codeOrConfigurationChanged: "The function's code or configuration changed, which retires its environments"
        case .expired(let idleSince): "The last environment had been idle since \(idleSince), longer than the keep-alive (\(World.environmentKeepAlive)), and expired"
        case .resetAfterFailure: "The environment was reset after a timeout or running out of memory (globals lost, /tmp kept)"
        case .initializationFailed: "The environment's INIT failed earlier, so it had to initialise again"
        }
    }

    /// `0.0724`.
    static func fraction(_ value: Double) -> String {
        let tenThousandths = Int((value * 10_000).rounded())
        let digits = String(tenThousandths)
        return "0." + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// `12,345`.
    static func grouped(_ value: Int) -> String {
        var digits = String(value)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: ",")
    }

    /// MB-ms as GB-s with six decimals: `0.014750`.
    static func gigabyteSeconds(_ megabyteMilliseconds: Int64) -> String {
        let micro = (megabyteMilliseconds * 1_000_000 + 512_000) / 1_024_000
        let whole = micro / 1_000_000
        let fraction = String(micro % 1_000_000)
        return "\(whole)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
