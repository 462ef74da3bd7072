import Foundation
import Testing
import IAM
@testable import LambdaSim

@Suite("Invoke: the handler's world, logs, time and cost")
struct InvokeWorldTests {
    @Test("The context has every member of the Python runtime's, with their types")
    func context() throws {
        let source = """
        def lambda_handler(event, context):
            return {
                'aws_request_id': context.aws_request_id,
                'function_name': context.function_name,
                'function_version': context.function_version,
                'invoked_function_arn': context.invoked_function_arn,
                'memory_limit_in_mb': context.memory_limit_in_mb,
                'log_group_name': context.log_group_name,
                'log_stream_name': context.log_stream_name,
                'identity': [context.identity.cognito_identity_id, context.identity.cognito_identity_pool_id],
                'client_context': context.client_context,
                'remaining': context.get_remaining_time_in_millis(),
                'types': [type(context.memory_limit_in_mb).__name__, type(context.get_remaining_time_in_millis()).__name__],
            }
        """
        var harness = try InvokeHarness(source)
        let body = try harness.invoke().body
        let record = harness.last
        #expect(body == #"{"aws_request_id": "\#(record.requestID)", "function_name": "my-function", "function_version": "$LATEST", "invoked_function_arn": "arn:aws:lambda:us-east-1:123456789012:function:my-function", "memory_limit_in_mb": "128", "log_group_name": "/aws/lambda/my-function", "log_stream_name": "\#(record.logStreamName)", "identity": [null, null], "client_context": null, "remaining": 3000, "types": ["str", "int"]}"#)
    }

    @Test("get_remaining_time_in_millis follows the simulated clock, time.sleep included")
    func remainingTime() throws {
        var harness = try InvokeHarness("import time\ndef lambda_handler(event, context):\n    time.sleep(1.25)\n    return context.get_remaining_time_in_millis()\n")
        #expect(try harness.invoke().body == "1750")
        #expect(harness.last.sleptMicroseconds == 1_250_000)
    }

    @Test("os.environ holds Lambda's reserved variables and the function's own")
    func environment() throws {
        var harness = try InvokeHarness("import os\ndef lambda_handler(event, context):\n    return [os.environ['AWS_LAMBDA_FUNCTION_NAME'], os.environ['AWS_REGION'], os.environ['_HANDLER'], os.environ['LAMBDA_TASK_ROOT']]\n")
        #expect(try harness.invoke().body == #"["my-function", "us-east-1", "lambda_function.lambda_handler", "/var/task"]"#)
    }

    @Test("print lines go to the log as they are; logging uses the runtime's [LEVEL] time request-id format")
    func printAndLogging() throws {
        let source = "import logging\nlogger = logging.getLogger()\nlogger.setLevel(logging.INFO)\ndef lambda_handler(event, context):\n    print('hello', event['name'])\n    logger.info('got %s', event['name'])\n    logger.debug('hidden')\n    return 1\n"
        var harness = try InvokeHarness(source)
        try harness.invoke(#"{"name": "Ada"}"#)
        let lines = harness.last.logLines
        let id = harness.last.requestID
        #expect(lines[2] == "hello Ada")
        #expect(lines[3] == "[INFO]\t2026-01-01T00:00:00.116Z\t\(id)\tgot Ada")
        #expect(lines.count == 6)
    }

    @Test("Logs are delivered to /aws/lambda/NAME and the environment's stream when the role allows it")
    func logsDelivered() throws {
        var harness = try InvokeHarness()
        try harness.invoke()
        let record = harness.last
        #expect(record.logsDelivered)
        #expect(record.logStreamName.hasPrefix("2026/01/01/[$LATEST]"))
        let events = try harness.world.getLogEvents(groupName: "/aws/lambda/my-function", streamName: record.logStreamName, startFromHead: true)
        #expect(events.events.map(\.message) == record.logLines)
    }

    @Test("Without logs permissions on the execution role the invoke works but no logs appear; explain still tells about the invoke")
    func logsDenied() throws {
        var harness = try InvokeHarness()
        try harness.world.detachRolePolicy(roleName: "lambda-ex", policyARN: Fixtures.basicExecutionARN)
        try harness.world.authorizeCaller(action: "lambda:InvokeFunction", resource: harness.world.functionARN("my-function"), service: .lambda)
        let before = harness.world.lastAuthorization
        #expect(try harness.invoke().body == #"{"statusCode": 200}"#)
        #expect(!harness.last.logsDelivered)
        #expect(harness.last.logPermissionExplanation?.contains("cannot write logs") == true)
        #expect(harness.world.logs.groups["/aws/lambda/my-function"] == nil)
        #expect(harness.world.lastAuthorization == before)
        #expect(!harness.last.logLines.isEmpty)
    }

    @Test("Logs start to arrive from a warm environment as soon as the role is given the permissions, as IAM decides per request")
    func logsAfterTheRoleIsFixed() throws {
        var harness = try InvokeHarness()
        try harness.world.detachRolePolicy(roleName: "lambda-ex", policyARN: Fixtures.basicExecutionARN)
        try harness.invoke()
        #expect(!harness.last.logsDelivered)
        try harness.invoke()
        #expect(!harness.last.logsDelivered)
        #expect(harness.last.logPermissionExplanation?.contains("cannot write logs") == true, "a warm invocation says why too")
        try harness.world.attachRolePolicy(roleName: "lambda-ex", policyARN: Fixtures.basicExecutionARN)
        try harness.invoke()
        #expect(!harness.last.cold, "the same environment")
        #expect(harness.last.logsDelivered)
        let stream = harness.world.logs.groups["/aws/lambda/my-function"]?.streams[harness.last.logStreamName]
        #expect(stream?.events.contains { $0.message.hasPrefix("START RequestId: \(harness.last.requestID)") } == true)
    }

    @Test("Duration scales with the CPU share the memory buys; above 1,769 MB single-threaded code gains nothing")
    func cpuShare() throws {
        let loop = "def lambda_handler(event, context):\n    total = 0\n    for i in range(100000):\n        total += i\n    return total\n"
        func duration(_ memory: Int) throws -> Int64 {
            var harness = try InvokeHarness(loop, memorySize: memory)
            try harness.invoke()
            try harness.invoke()
            return harness.last.durationMicroseconds - ExecutionModel.invokeOverhead(memoryMB: memory)
        }
        let small = try duration(128)
        let vcpu = try duration(1769)
        let big = try duration(3538)
        #expect(vcpu == big)
        #expect(small / vcpu == 13)
    }

    @Test("Billed duration is the whole milliseconds of Duration plus INIT, and the clock moves by the invocation's time")
    func billing() throws {
        var harness = try InvokeHarness()
        let start = harness.world.clock.now
        try harness.invoke()
        let cold = harness.last
        let total = cold.durationMicroseconds + (cold.initDurationMicroseconds ?? 0)
        #expect(cold.billedDurationMilliseconds == (total + 999) / 1000)
        #expect(harness.world.clock.now.millisecondsSinceEpoch - start.millisecondsSinceEpoch == (total + 999) / 1000)
        #expect(cold.logLines.last!.contains("\tBilled Duration: \(cold.billedDurationMilliseconds) ms\t"))
        #expect(harness.world.billing.requests == 1)
        #expect(cold.cost == harness.world.billing.total)
    }

    @Test("A hello world at 128 MB looks like real Lambda: about 1.2 ms warm, 100-150 ms INIT, 35-45 MB used")
    func helloWorldFigures() throws {
        var harness = try InvokeHarness()
        try harness.invoke()
        let cold = harness.last
        try harness.invoke()
        let warm = harness.last
        #expect((100_000...150_000).contains(cold.initDurationMicroseconds ?? 0))
        #expect((1_000...2_000).contains(warm.durationMicroseconds))
        #expect((35...45).contains(warm.maxMemoryUsedMB))
        #expect(warm.billedDurationMilliseconds == 2)
    }

    @Test("With --log-type Tail the response carries the base64 of the invocation's log")
    func logTail() throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    print('x' * 5000)\n    return 1\n")
        let response = try harness.invoke(logType: .tail)
        let tail = Data(base64Encoded: response.logResult ?? "") ?? Data()
        #expect(tail.count == 4096)
        #expect(String(decoding: tail, as: UTF8.self).hasSuffix("\tInit Duration: \(PlatformLog.milliseconds(harness.last.initDurationMicroseconds!)) ms\t\n"))
    }
}
