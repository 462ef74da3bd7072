import LambdaSim

/// `invoke`, `logs` and `timeline`: functions as the learner sees them run.
enum FunctionCommands {
    static let all: [WorkbookCommand] = [invoke, logs, timeline]

    static let invoke = WorkbookCommand(CommandSpec(
        "invoke", group: .functions,
        summary: "Invoke a function and show what happened.",
        discussion: "Runs the function synchronously on the simulated clock, as 'aws lambda invoke' does, then prints the "
            + "response (or the function's error and stack), the invocation's log, and a summary: cold or warm start, "
            + "the execution environment, duration, billed duration, memory used and cost. 'explain last' tells why.",
        arguments: [
            ArgumentSpec("NAME", help: "the function's name (or name:qualifier, or ARN)", completion: .functionName),
            ArgumentSpec("JSON", .optional, help: "the event, as JSON or file://event.json (default {})", completion: .workspacePath),
        ],
        options: [OptionSpec("--qualifier", value: "Q", help: "a version number or alias name")],
        examples: ["invoke my-function", #"invoke my-function '{"name": "Ada"}'"#, "invoke my-function file://event.json --qualifier live"]
    )) { arguments, session in
        let name = arguments.value("NAME")!
        var payload: [UInt8] = []
        if let json = arguments.value("JSON") {
            payload = json.hasPrefix("file://") ? try session.workspace.read(String(json.dropFirst("file://".count))) : Array(json.utf8)
        }
        let qualifier = arguments.option("--qualifier")
        let response: InvokeResponse
        do throws(ServiceError) {
            try session.world.authorizeInvoke(functionName: name, qualifier: qualifier)
            response = try session.world.invoke(InvokeRequest(functionName: name, qualifier: qualifier, payload: payload),
                                                environments: session.environments)
        } catch {
            // An AccessDenied's step-by-step explanation is what 'explain last' shows; keep the error to AWS's line.
            throw ShellError(error.cliMessage(operation: "Invoke"),
                             hint: error.explanation == nil ? nil : "Type 'explain last' to see why, policy by policy.")
        }
        InvocationView.render(response, on: session.console)
        return .success
    }

    static let logs = WorkbookCommand(CommandSpec(
        "logs", group: .functions,
        summary: "Show a function's logs, invocation by invocation.",
        discussion: "Reads the function's CloudWatch log group (/aws/lambda/FUNCTION), one execution environment's stream "
            + "at a time; START, END and REPORT lines are dimmed and REPORT's fields lined up. 'aws logs tail "
            + "/aws/lambda/FUNCTION' shows the same events as the AWS CLI prints them.",
        arguments: [ArgumentSpec("FUNCTION", help: "the function's name", completion: .functionName)],
        options: [
            OptionSpec("--since", value: "DURATION", help: "only events from the last DURATION (10m, 1h, 2d)"),
            OptionSpec("--request-id", value: "ID", help: "only the invocation with this request id"),
        ],
        examples: ["logs my-function", "logs my-function --since 10m"]
    )) { arguments, session in
        let name = arguments.value("FUNCTION")!
        var since: SimulatedDuration?
        if let text = arguments.option("--since") {
            guard let duration = SimulatedDuration(parsing: text) else {
                throw ShellError("'\(Printable.truncated(text))' is not a duration.", hint: "Write a number and a unit: 90s, 10m, 1h, 2d.")
            }
            since = duration
        }
        let group = session.world.lambda.functions[name]?.latest.logGroup ?? "/aws/lambda/\(name)"
        guard let logGroup = session.world.logs.groups[group] else {
            let exists = session.world.lambda.functions[name] != nil
            throw ShellError(exists ? "\(name) has no logs yet: the log group \(group) does not exist."
                                    : "There is no function named '\(Printable.truncated(name))', and no log group \(group).",
                             hint: exists ? "Logs appear after an invoke, if the execution role may write them "
                                + "(AWSLambdaBasicExecutionRole allows it)." : "'state' lists the functions.")
        }
        let start = since.map { session.world.clock.now.millisecondsSinceEpoch - $0.milliseconds } ?? Int64.min
        let blocks = LogView.blocks(of: logGroup, since: start, requestID: arguments.option("--request-id"))
        guard !blocks.isEmpty else {
            var message = "No log events in \(group)"
            if let since { message += " in the last \(since)" }
            if let id = arguments.option("--request-id") { message += " for request \(Printable.truncated(id))" }
            session.console.line(.styled(message + ".", .dim))
            return .success
        }
        LogView.render(blocks, on: session.console)
        return .success
    }
}

extension FunctionCommands {
    static let timeline = WorkbookCommand(CommandSpec(
        "timeline", group: .functions,
        summary: "Draw recent invocations per environment over time.",
        discussion: "One row per execution environment; each invocation is a bar as long as it ran, its INIT (cold start) "
            + "drawn apart. Idle stretches between bursts are cut out and marked, so short invocations stay visible.",
        arguments: [ArgumentSpec("FUNCTION", .optional, help: "only this function's invocations", completion: .functionName)],
        options: [OptionSpec("--last", value: "N", help: "how many recent invocations (default 20)")],
        examples: ["timeline", "timeline my-function --last 5"]
    )) { arguments, session in
        var count = 20
        if let text = arguments.option("--last") {
            guard let value = Int(text), value > 0 else {
                throw UsageError(commandName: "timeline", usage: "timeline [--last N] [FUNCTION]",
                                 message: "N must be a whole number above 0, not '\(Printable.truncated(text))'")
            }
            count = value
        }
        var records = session.world.lambda.invocations
        if let name = arguments.value("FUNCTION") { records = records.filter { $0.functionName == name } }
        records = Array(records.suffix(count))
        guard !records.isEmpty else {
            session.console.line(.styled("No invocations yet\(arguments.value("FUNCTION").map { " of \($0)" } ?? ""). "
                                         + "Run one with 'invoke NAME'.", .dim))
            return .success
        }
        for line in TimelineChart(records: records, width: session.console.width, color: session.console.colorEnabled).lines() {
            session.console.line(line)
        }
        return .success
    }
}
