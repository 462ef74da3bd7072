import LambdaSim
import Testing
@testable import Shell

@Suite("Routing chart")
struct RoutingChartTests {
    static let canary = FunctionAlias(name: "live", functionVersion: .published(1), description: "",
                                      additionalVersion: AdditionalVersionWeight(version: 2, weight: 0.1), revisionID: "r")

    @Test("Bars are plain ASCII without colour and block characters with it, with counts and percentages")
    func bars() {
        var chart = RoutingChart(alias: Self.canary, served: [.published(1): 896, .published(2): 104], total: 1000, color: false)
        let plain = chart.lines().map(\.plainText)
        #expect(plain == [
            "  version 1  ####################################....   896   89.6%  (weight asks 90%)",
            "  version 2  ####....................................   104   10.4%  (weight asks 10%)",
        ])
        #expect(plain.allSatisfy { $0.allSatisfy(\.isASCII) })
        chart.color = true
        #expect(chart.lines()[0].plainText.hasPrefix("  version 1  ████████████████████████████████████░░░░"))
    }

    @Test("The weights sentence names both versions and their shares, or says there is no routing")
    func sentence() {
        #expect(RoutingChart(alias: Self.canary, served: [:], total: 0, color: false).weightsSentence
                == #"Alias live sends 90% to version 1 and 10% to version 2 (AdditionalVersionWeights {"2": 0.1})."#)
        var plain = Self.canary
        plain.additionalVersion = nil
        let chart = RoutingChart(alias: plain, served: [.published(1): 3], total: 3, color: false)
        #expect(chart.weightsSentence == "Alias live points to version 1 with no routing: every invocation runs it.")
        #expect(chart.lines().map(\.plainText) == ["  version 1  ########################################  3  100.0%  (weight asks 100%)"])
    }

    @Test("Percentages drop needless decimals for weights and keep one for counts")
    func percentages() {
        #expect(RoutingChart.percent(0.1) == "10%")
        #expect(RoutingChart.percent(0.125) == "12.5%")
        #expect(RoutingChart.percent(0.9) == "90%")
        #expect(RoutingChart.percent(0.0505) == "5.05%")
        #expect(RoutingChart.percent(0.098, decimals: 1) == "9.8%")
        #expect(RoutingChart.percent(1, decimals: 1) == "100.0%")
    }
}
