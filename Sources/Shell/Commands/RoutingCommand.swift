import LambdaSim

/// `routing F:ALIAS [--invocations N]`: invokes a function through an alias N times and draws how the alias's
/// weights split them between versions.
enum RoutingCommand {
    static let all: [WorkbookCommand] = [routing]

    static let defaultInvocations = 1000
    static let maximumInvocations = 10_000

    static let routing = WorkbookCommand(CommandSpec(
        "routing", group: .functions,
        summary: "Chart which versions an alias sends invocations to.",
        discussion: "Really invokes function F through ALIAS N times (default \(defaultInvocations)), one after another on the simulated "
            + "clock, each with the event {}: they appear in 'timeline', 'logs' and the invocation log, and 'undo' takes "
            + "them all back. Each invocation's version is drawn from the world's seed, so the same session splits "
            + "the same way every time. The chart shows how many invocations each version served beside the share the "
            + "alias's weights ask for.",
        arguments: [ArgumentSpec("F:ALIAS", help: "the function and the alias to invoke through, e.g. hello:live")],
        options: [OptionSpec("--invocations", value: "N", help: "how many invocations (1 to \(maximumInvocations), default \(defaultInvocations))")],
        examples: ["routing hello:live", "routing hello:live --invocations 200"]
    )) { arguments, session in
        let target = arguments.value("F:ALIAS")!
        let count = try invocationCount(arguments.option("--invocations"))
        let (function, alias) = try resolve(target, in: session.world)
        let before = session.world.clock.now
        var served: [FunctionVersionID: Int] = [:]
        var failed = 0
        do throws(ServiceError) {
            try session.world.authorizeInvoke(functionName: function.name, qualifier: alias.name)
            for _ in 0..<count {
                let response = try session.world.invoke(InvokeRequest(functionName: function.name, qualifier: alias.name),
                                                        environments: session.environments)
                guard let record = response.invocation else { continue }
                served[record.executedVersion, default: 0] += 1
                if record.status != .success { failed += 1 }
            }
        } catch {
            throw ShellError(error.cliMessage(operation: "Invoke"), hint: error.explanation)
        }
        render(RoutingChart(alias: alias, served: served, total: count, color: session.console.colorEnabled),
               function: function.name, on: session.console)
        if failed > 0 {
            session.console.line(.styled("\(failed) of them ended in an error: 'timeline \(function.name)' shows which.", .warning))
        }
        session.console.line(.styled("The clock moved from \(before) to \(session.world.clock.now); 'timeline \(function.name)' "
                                     + "shows the invocations and 'explain last' the last one's route.", .dim))
        return .success
    }

    static func invocationCount(_ text: String?) throws -> Int {
        guard let text else { return defaultInvocations }
        guard let count = Int(text), (1...maximumInvocations).contains(count) else {
            throw ShellError("--invocations takes a whole number from 1 to \(maximumInvocations), not '\(Printable.truncated(text))'.")
        }
        return count
    }

    /// The function and alias `text` names (`hello:live`, or an alias ARN), with a plain message for each mistake.
    static func resolve(_ text: String, in world: World) throws -> (LambdaFunction, FunctionAlias) {
        let reference: FunctionReference
        do throws(ServiceError) {
            reference = try world.functionReference(text, usage: .read, operation: "Invoke")
        } catch {
            throw ShellError(error.cliMessage(operation: "Invoke"))
        }
        guard let function = world.lambda.functions[reference.name] else {
            throw ShellError("There is no function named '\(Printable.truncated(reference.name))'.", hint: "'state' lists the functions.")
        }
        let aliases = function.aliases.keys.sorted()
        let known = aliases.isEmpty ? "\(function.name) has no aliases yet: create one with aws lambda create-alias."
            : "Aliases of \(function.name): \(aliases.joined(separator: ", "))."
        guard let qualifier = reference.qualifier else {
            throw ShellError("routing invokes through an alias: write FUNCTION:ALIAS, such as \(function.name):\(aliases.first ?? "live").",
                             hint: known)
        }
        if qualifier == "$LATEST" || Int(qualifier) != nil {
            throw ShellError("\(function.name):\(qualifier) names a version, not an alias: every invocation would run version \(qualifier).",
                             hint: known)
        }
        guard let alias = function.aliases[qualifier] else {
            throw ShellError("\(function.name) has no alias named '\(Printable.truncated(qualifier))'.", hint: known)
        }
        return (function, alias)
    }

    static func render(_ chart: RoutingChart, function: String, on console: Console) {
        console.line(StyledText("Invoked ") + .styled("\(function):\(chart.alias.name)", .code)
                     + " \(chart.total) time\(chart.total == 1 ? "" : "s"), routed by the world's seed.")
        console.line(StyledText(chart.weightsSentence))
        console.line("")
        for line in chart.lines() { console.line(line) }
        console.line("")
    }
}
