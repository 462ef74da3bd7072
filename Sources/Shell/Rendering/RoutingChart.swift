import LambdaSim

/// The horizontal bar chart `routing` draws: one bar per version the alias routes to, with the count, the share
/// of invocations it served and the share the alias's weights ask for. `█`/`░` with colour, `#`/`.` without.
struct RoutingChart {
    var alias: FunctionAlias
    var served: [FunctionVersionID: Int]
    var total: Int
    var color: Bool
    var barWidth = 40

    /// The alias's versions first (primary, then the additional one), then any other version that ran.
    var versions: [FunctionVersionID] {
        let referenced = alias.referencedVersions
        return referenced + served.keys.filter { !referenced.contains($0) }.sorted { $0.description < $1.description }
    }

    /// The share of traffic the alias's weights ask `version` for.
    func askedShare(_ version: FunctionVersionID) -> Double {
        guard let additional = alias.additionalVersion else { return version == alias.functionVersion ? 1 : 0 }
        if version == .published(additional.version) { return additional.weight }
        return version == alias.functionVersion ? 1 - additional.weight : 0
    }

    /// `Alias live sends 90% to version 1 and 10% to version 2 (AdditionalVersionWeights {"2": 0.1}).`
    var weightsSentence: String {
        guard let additional = alias.additionalVersion else {
            return "Alias \(alias.name) points to version \(alias.functionVersion) with no routing: every invocation runs it."
        }
        return "Alias \(alias.name) sends \(Self.percent(1 - additional.weight)) to version \(alias.functionVersion) and "
            + "\(Self.percent(additional.weight)) to version \(additional.version) "
            + "(AdditionalVersionWeights {\"\(additional.version)\": \(Self.weightText(additional.weight))})."
    }

    func lines() -> [StyledText] {
        let labels = versions.map { "version \($0)" }
        let labelWidth = labels.map(\.count).max() ?? 0
        let countWidth = String(total).count
        let filled = color ? "█" : "#"
        let empty = color ? "░" : "."
        return zip(versions, labels).map { version, label in
            let count = served[version] ?? 0
            let share = total == 0 ? 0 : Double(count) / Double(total)
            let cells = min(barWidth, Int((share * Double(barWidth)).rounded()))
            let countText = String(repeating: " ", count: countWidth - String(count).count) + String(count)
            let shareText = Self.percent(share, decimals: 1)
            return StyledText("  " + label + String(repeating: " ", count: labelWidth - label.count) + "  ")
                + .styled(String(repeating: filled, count: cells), .success)
                + .styled(String(repeating: empty, count: barWidth - cells), .dim)
                + "  \(countText)  " + String(repeating: " ", count: max(0, 6 - shareText.count)) + shareText
                + .styled("  (weight asks \(Self.percent(askedShare(version))))", .dim)
        }
    }

    /// `10%`, `12.5%`; with `decimals`, always that many (`9.8%`, `100.0%`).
    static func percent(_ share: Double, decimals: Int? = nil) -> String {
        let hundredths = (share * 10_000).rounded()
        if let decimals, decimals == 1 {
            let tenths = Int((share * 1000).rounded())
            return "\(tenths / 10).\(tenths % 10)%"
        }
        let whole = Int(hundredths) / 100
        let fraction = Int(hundredths) % 100
        if fraction == 0 { return "\(whole)%" }
        let text = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return "\(whole).\(text)%"
    }

    /// A weight as the CLI prints it: `0.1`, `0.25`, `1.0`.
    static func weightText(_ weight: Double) -> String {
        let text = "\(weight)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }
}
