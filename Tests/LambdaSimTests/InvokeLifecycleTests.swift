import Foundation
import Testing
@testable import LambdaSim

@Suite("Invoke: environments, cold and warm starts")
struct InvokeLifecycleTests {
    @Test("The first invoke is a cold start with INIT_START and Init Duration; the second reuses the environment")
    func coldThenWarm() throws {
        var harness = try InvokeHarness()
        let first = try harness.invoke()
        print(first.body, first.invocation!.logLines)
        #expect(first.statusCode == 200)
        #expect(first.body == #"{"statusCode": 200}"#)
        #expect(first.executedVersion == "$LATEST")
        let cold = harness.last
        #expect(cold.cold)
        #expect(cold.coldReason == .firstInvocation)
        #expect(cold.logLines.first!.hasPrefix("INIT_START Runtime Version: python:3.12"))
        #expect(cold.logLines.last!.contains("\tInit Duration: "))
        try harness.invoke()
        let warm = harness.last
        print(warm.logLines)
        #expect(!warm.cold)
        #expect(warm.environmentID == cold.environmentID)
        #expect(!warm.logLines.last!.contains("Init Duration"))
        #expect(warm.logLines.first == "START RequestId: \(warm.requestID) Version: $LATEST")
    }
}
