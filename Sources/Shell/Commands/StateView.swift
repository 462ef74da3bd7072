import LambdaSim

/// What `state` shows: the functions of the simulated account, then its live execution environments.
enum StateView {
    static func render(_ world: World, on console: Console) {
        console.line(.styled("Clock: ", .dim) + StyledText(world.clock.now.description))
        let functions = world.lambda.sortedFunctions
        guard !functions.isEmpty else {
            console.line(StyledText("No functions yet. Create one with ") + .styled("aws lambda create-function", .code) + ".")
            return
        }
        console.line(.styled("Functions", .heading))
        var table = TextTable(["NAME", "RUNTIME", "MEMORY", "TIMEOUT", "VERSIONS", "ALIASES"],
                              alignments: [.left, .left, .right, .right, .left, .left])
        for function in functions {
            let versions = ([function.latest] + function.versions).map(\.version.description).joined(separator: ", ")
            let aliases = function.aliases.values.sorted { $0.name < $1.name }.map(describe).joined(separator: ", ")
            table.add([function.name, function.latest.runtime.rawValue, "\(function.latest.memorySize) MB",
                       "\(function.latest.timeout) s", versions, aliases.isEmpty ? "-" : aliases])
        }
        for line in table.lines() { console.line(line) }
        renderEnvironments(world, on: console)
    }

    static func renderEnvironments(_ world: World, on console: Console) {
        let records = world.lambda.sortedEnvironments
        let live = records.filter { $0.state == .idle || $0.state == .busy }
        guard !live.isEmpty else {
            console.line(.styled("No live execution environments: the next invoke of each function is a cold start.", .dim))
            return
        }
        console.line(.styled("Execution environments", .heading))
        var table = TextTable(["ID", "FUNCTION:VERSION", "STATE", "INVOCATIONS", "IDLE SINCE"],
                              alignments: [.left, .left, .left, .right, .left])
        let now = world.clock.now
        for record in live {
            let busy = record.state == .busy && record.busyUntil > now
            let idleFor = SimulatedDuration(milliseconds: max(0, now.millisecondsSinceEpoch - record.lastUsedAt.millisecondsSinceEpoch))
            table.add([record.id, record.key.description, busy ? "busy" : "idle", String(record.invocationCount),
                       busy ? "-" : "\(record.lastUsedAt) (\(idleFor))"])
        }
        for line in table.lines() { console.line(line) }
        let ended = records.count - live.count
        if ended > 0 {
            console.line(.styled("\(WorldCommands.counted(ended, "earlier environment")) ended (expired after \(World.environmentKeepAlive) "
                                 + "idle, or retired when the code or configuration changed).", .dim))
        }
    }

    /// `live → 2`, or `live → 1 (90%), 2 (10%)` for a weighted alias.
    static func describe(_ alias: FunctionAlias) -> String {
        guard let extra = alias.additionalVersion else { return "\(alias.name) → \(alias.functionVersion)" }
        let share = Int((extra.weight * 100).rounded())
        return "\(alias.name) → \(alias.functionVersion) (\(100 - share)%), \(extra.version) (\(share)%)"
    }
}
