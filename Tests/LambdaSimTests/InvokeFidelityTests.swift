import Foundation
import Testing
@testable import LambdaSim

/// The rows of the README's fidelity table that the other invoke suites do not cover.
@Suite("Invoke: the rest of the fidelity table")
struct InvokeFidelityTests {
    @Test("A handler module named like a built-in module fails INIT with Runtime.BuiltInModuleConflict")
    func builtInModuleConflict() throws {
        var harness = try InvokeHarness(handler: "sys.lambda_handler")
        let response = try harness.invoke()
        #expect(response.functionError == "Unhandled")
        #expect(response.body.contains(#""errorType": "Runtime.BuiltInModuleConflict""#))
        #expect(response.body.contains("Cannot use built-in module sys as a handler module"))
        #expect(harness.last.logLines.contains { $0.hasPrefix("INIT_REPORT ") && $0.hasSuffix("Error Type: Runtime.BuiltInModuleConflict") })
    }

    @Test("sys.exit in the handler answers Runtime.ExitError and resets the environment: globals are lost")
    func exitResetsTheEnvironment() throws {
        let source = """
        import sys
        count = 0
        def lambda_handler(event, context):
            global count
            count += 1
            if event.get('exit'):
                sys.exit(1)
            return count
        """
        var harness = try InvokeHarness(source)
        #expect(try harness.invoke().body == "1")
        #expect(try harness.invoke().body == "2")
        let exited = try harness.invoke(#"{"exit": true}"#)
        let id = harness.last.requestID
        #expect(exited.functionError == "Unhandled")
        #expect(exited.body == #"{"errorType":"Runtime.ExitError","errorMessage":"RequestId: \#(id) Error: Runtime exited with error: exit status 1"}"#)
        #expect(harness.last.errorType == "Runtime.ExitError")
        #expect(try harness.invoke().body == "1", "the module's globals start again after the reset")
    }

    @Test("INIT that runs past 10 seconds times out in the init phase and is retried inside the invocation under the function's timeout")
    func initTimeLimit() throws {
        var harness = try InvokeHarness("import time\ntime.sleep(11)\ndef lambda_handler(event, context):\n    return 1\n",
                                        timeout: 30)
        let response = try harness.invoke()
        #expect(response.functionError == nil, "the retry has 30 s, enough for an 11 s INIT")
        #expect(response.body == "1")
        let initReports = harness.last.logLines.filter { $0.hasPrefix("INIT_REPORT ") }
        #expect(initReports == ["INIT_REPORT Init Duration: 10000.00 ms\tPhase: init\tStatus: timeout"])
        #expect(harness.last.initDurationMicroseconds == nil, "a failed INIT gives no Init Duration field")
        #expect(harness.last.durationMicroseconds > 11_000_000, "the retried INIT counts in the invocation's Duration")
        #expect(try harness.invoke().body == "1")
        #expect(harness.last.durationMicroseconds < 10_000, "the retried INIT left a warm environment")
    }

    @Test("A re-INIT slower than the function's timeout times out every invocation after a reset: the doom loop")
    func doomLoop() throws {
        let source = """
        import time
        time.sleep(4)
        def lambda_handler(event, context):
            if event.get('slow'):
                time.sleep(5)
            return 'ok'
        """
        var harness = try InvokeHarness(source, timeout: 3)
        #expect(try harness.invoke().body == "\"ok\"", "the first INIT has its own 10 s limit")
        #expect(harness.last.initDurationMicroseconds.map { $0 > 4_000_000 } == true)
        let slow = try harness.invoke(#"{"slow": true}"#)
        #expect(slow.body.contains("Sandbox.Timedout"))
        for _ in 0..<2 {
            let looped = try harness.invoke()
            let id = harness.last.requestID
            #expect(looped.functionError == "Unhandled")
            #expect(looped.body == #"{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: \#(id) Error: Task timed out after 3.00 seconds"}"#)
            #expect(harness.last.durationMicroseconds == 3_000_000)
            let lines = harness.last.logLines
            #expect(lines.contains { $0.hasPrefix("INIT_REPORT Init Duration: ") && $0.hasSuffix("\tPhase: invoke\tStatus: timeout") })
            #expect(lines.contains { $0.hasPrefix("REPORT RequestId: \(id)\tDuration: 3000.00 ms\tBilled Duration: 3000 ms") && $0.hasSuffix("Status: timeout") })
        }
    }

    @Test("The event is whatever JSON the caller sent: a list, a string, a number, true or null", arguments: [
        ("[1, 2]", "list"), (#""text""#, "str"), ("42", "int"), ("1.5", "float"), ("true", "bool"), ("null", "NoneType"),
    ])
    func eventOfAnyJSONType(payload: String, typeName: String) throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    return type(event).__name__\n")
        #expect(try harness.invoke(payload).body == "\"\(typeName)\"")
    }
}
