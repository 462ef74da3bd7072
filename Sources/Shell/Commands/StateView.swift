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
    }

    /// `live → 2`, or `live → 1 (90%), 2 (10%)` for a weighted alias.
    static func describe(_ alias: FunctionAlias) -> String {
        guard let extra = alias.additionalVersion else { return "\(alias.name) → \(alias.functionVersion)" }
        let share = Int((extra.weight * 100).rounded())
        return "\(alias.name) → \(alias.functionVersion) (\(100 - share)%), \(extra.version) (\(share)%)"
    }
}
