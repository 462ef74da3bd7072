import LambdaSim

/// `logs` (and, with the invoke engine, `invoke` and `timeline`): one function as the learner sees it run.
enum FunctionCommands {
    static let all: [WorkbookCommand] = [logs]

    static let logs = WorkbookCommand(CommandSpec(
        "logs", group: .functions,
        summary: "Show a function's logs, invocation by invocation.",
        discussion: "Reads the function's CloudWatch log group (/aws/lambda/FUNCTION), one execution environment's stream "
            + "at a time; START, END and REPORT lines are dimmed and REPORT's fields lined up. 'aws logs tail "
            + "/aws/lambda/FUNCTION' shows the same events as the AWS CLI prints them.",
        arguments: [ArgumentSpec("FUNCTION", help: "the function's name")],
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
