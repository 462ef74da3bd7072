import Foundation
import Testing
@testable import LambdaSim

@Suite("Invoke: environments, cold and warm starts")
struct InvokeLifecycleTests {
    static let counter = "count = 0\ndef lambda_handler(event, context):\n    global count\n    count += 1\n    return count\n"

    @Test("The first invoke is a cold start with INIT_START and Init Duration; the second reuses the environment")
    func coldThenWarm() throws {
        var harness = try InvokeHarness()
        let first = try harness.invoke()
        #expect(first.statusCode == 200)
        #expect(first.body == #"{"statusCode": 200}"#)
        #expect(first.executedVersion == "$LATEST")
        #expect(first.functionError == nil)
        let cold = harness.last
        #expect(cold.cold)
        #expect(cold.coldReason == .firstInvocation)
        #expect(cold.environmentID == "env-1")
        #expect(cold.logLines.first!.hasPrefix("INIT_START Runtime Version: python:3.12"))
        #expect(cold.logLines.last!.contains("\tInit Duration: "))
        try harness.invoke()
        let warm = harness.last
        #expect(!warm.cold)
        #expect(warm.coldReason == nil)
        #expect(warm.environmentID == cold.environmentID)
        #expect(!warm.logLines.last!.contains("Init Duration"))
        #expect(warm.logLines.first == "START RequestId: \(warm.requestID) Version: $LATEST")
    }

    @Test("Globals survive between warm invocations and are listed as carried over")
    func globalsSurvive() throws {
        var harness = try InvokeHarness(Self.counter)
        #expect(try harness.invoke().body == "1")
        #expect(try harness.invoke().body == "2")
        #expect(harness.last.carriedGlobals == ["count"])
        #expect(try harness.invoke().body == "3")
    }

    @Test("An ordinary exception does not reset the environment: globals stay")
    func exceptionKeepsGlobals() throws {
        let source = Self.counter.replacingOccurrences(of: "    return count\n", with: "    if event.get('fail'):\n        raise ValueError('no')\n    return count\n")
        var harness = try InvokeHarness(source)
        try harness.invoke()
        let failed = try harness.invoke(#"{"fail": true}"#)
        #expect(failed.functionError == "Unhandled")
        #expect(try harness.invoke().body == "3")
        #expect(!harness.last.cold)
    }

    @Test("A timeout resets the environment: globals are lost but /tmp is kept, and the next invoke re-initialises")
    func timeoutResetKeepsTmp() throws {
        let source = """
        import os, time
        count = 0
        def lambda_handler(event, context):
            global count
            count += 1
            if event.get('write'):
                with open('/tmp/state.txt', 'w') as f:
                    f.write('kept')
            if event.get('sleep'):
                time.sleep(5)
            return {'count': count, 'tmp': open('/tmp/state.txt').read() if os.path.exists('/tmp/state.txt') else None}
        """
        var harness = try InvokeHarness(source)
        #expect(try harness.invoke(#"{"write": true}"#).body == #"{"count": 1, "tmp": "kept"}"#)
        let timedOut = try harness.invoke(#"{"sleep": true}"#)
        #expect(timedOut.functionError == "Unhandled")
        #expect(harness.last.status == .timeout)
        let after = try harness.invoke()
        #expect(after.body == #"{"count": 1, "tmp": "kept"}"#)
        #expect(harness.last.environmentID == "env-1")
        #expect(harness.last.cold)
        #expect(harness.last.coldReason == .resetAfterFailure)
    }

    @Test("Idle environments expire after the keep-alive: the next invoke is cold in a new environment")
    func keepAliveExpiry() throws {
        var harness = try InvokeHarness(Self.counter)
        try harness.invoke()
        harness.world.advanceClock(by: .minutes(9))
        try harness.invoke()
        #expect(!harness.last.cold)
        harness.world.advanceClock(by: World.environmentKeepAlive)
        #expect(harness.world.lambda.environments["env-1"]?.state == .expired)
        #expect(try harness.invoke().body == "1")
        #expect(harness.last.cold)
        #expect(harness.last.environmentID == "env-2")
        guard case .expired? = harness.last.coldReason else {
            Issue.record("expected an expiry, got \(String(describing: harness.last.coldReason))")
            return
        }
    }

    @Test("Updating the configuration retires the environments: the next invoke is cold with the new settings")
    func retireOnUpdate() throws {
        var harness = try InvokeHarness("import os\ndef lambda_handler(event, context):\n    return os.environ.get('STAGE')\n")
        #expect(try harness.invoke().body == "null")
        try harness.world.updateFunctionConfiguration(UpdateFunctionConfigurationRequest(
            functionName: "my-function", environment: [EnvironmentVariable("STAGE", "prod")]))
        #expect(harness.world.lambda.environments["env-1"]?.state == .retired(reason: "the function's configuration was updated"))
        #expect(try harness.invoke().body == #""prod""#)
        #expect(harness.last.cold)
        #expect(harness.last.coldReason == .codeOrConfigurationChanged)
        #expect(harness.last.environmentID == "env-2")
        #expect(harness.environments.count == 1)
    }

    @Test("New code retires the environments too")
    func retireOnNewCode() throws {
        var harness = try InvokeHarness(Self.counter)
        try harness.invoke()
        try harness.world.updateFunctionCode(UpdateFunctionCodeRequest(
            functionName: "my-function", zipFile: Fixtures.zip("def lambda_handler(event, context):\n    return 'v2'\n")))
        #expect(try harness.invoke().body == #""v2""#)
        #expect(harness.last.coldReason == .codeOrConfigurationChanged)
    }

    @Test("After the live environments are dropped (open, undo) the first invoke is cold")
    func droppedEnvironments() throws {
        var harness = try InvokeHarness(Self.counter)
        try harness.invoke()
        harness.environments.removeAll()
        #expect(try harness.invoke().body == "1")
        #expect(harness.last.cold)
        let snapshot = try World(snapshot: try harness.world.snapshot())
        #expect(snapshot.lambda.environments.isEmpty)
        #expect(snapshot.lambda.invocations == harness.world.lambda.invocations)
    }

    @Test("Invoking through an alias reports the executed version, and the context's ARN ends in the alias")
    func aliasInvoke() throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    return [context.invoked_function_arn, context.function_version]\n")
        _ = try harness.world.publishVersion(functionName: "my-function")
        _ = try harness.world.createAlias(functionName: "my-function", name: "prod", functionVersion: "1")
        let response = try harness.invoke(qualifier: "prod")
        #expect(response.executedVersion == "1")
        #expect(response.body == #"["arn:aws:lambda:us-east-1:123456789012:function:my-function:prod", "1"]"#)
        #expect(harness.last.routing?.alias == "prod")
        #expect(harness.last.qualifier == "prod")
        #expect(harness.last.logLines.contains { $0.hasPrefix("START RequestId: ") && $0.hasSuffix(" Version: 1") })
        #expect(harness.last.logStreamName.contains("[1]"))
    }

    @Test("The same seed and the same commands give byte-identical logs")
    func determinism() throws {
        func run() throws -> [String] {
            var harness = try InvokeHarness("import logging\nlogging.getLogger().setLevel('INFO')\ndef lambda_handler(event, context):\n    logging.info('hi %s', event)\n    print('x')\n    return 1\n", seed: 7)
            try harness.invoke(#"{"a": 1}"#)
            try harness.invoke(#"{"a": 2}"#)
            return harness.world.lambda.invocations.flatMap(\.logLines)
        }
        let first = try run()
        #expect(first == (try run()))
        #expect(first.count == 11)
    }

    @Test("Invocation records are bounded; the newest are kept")
    func boundedRecords() throws {
        var harness = try InvokeHarness()
        for _ in 0..<1_150 { try harness.invoke() }
        #expect(harness.world.lambda.invocations.count >= LambdaState.retainedInvocationLimit)
        #expect(harness.world.lambda.invocations.count < LambdaState.retainedInvocationLimit + LambdaState.retainedInvocationLimit / 10)
        #expect(harness.world.billing.requests == 1_150)
    }
}
