import Foundation
import Testing
@testable import LambdaSim

@Suite("Invoke: errors as Lambda reports them")
struct InvokeErrorTests {
    @Test("An uncaught exception answers errorMessage, errorType, requestId and stackTrace, and logs the [ERROR] entry")
    func uncaughtException() throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    return event['action']\n")
        let response = try harness.invoke()
        let id = harness.last.requestID
        #expect(response.functionError == "Unhandled")
        #expect(response.body == #"{"errorMessage": "'action'", "errorType": "KeyError", "requestId": "\#(id)", "stackTrace": ["  File \"/var/task/lambda_function.py\", line 2, in lambda_handler\n    return event['action']\n"]}"#)
        #expect(harness.last.logLines.contains(
            "[ERROR] KeyError: 'action'\rTraceback (most recent call last):\r\u{A0}\u{A0}File \"/var/task/lambda_function.py\", line 2, in lambda_handler\r\u{A0}\u{A0}\u{A0}\u{A0}return event['action']"))
        #expect(harness.last.status == .unhandled)
        #expect(harness.last.errorType == "KeyError")
        #expect(!harness.last.logLines.last!.contains("Status"))
    }

    @Test("A timeout answers Sandbox.Timedout, logs 'Task timed out' and a REPORT with Status: timeout and Duration = timeout")
    func timeout() throws {
        var harness = try InvokeHarness("import time\ndef lambda_handler(event, context):\n    time.sleep(10)\n")
        let response = try harness.invoke()
        let id = harness.last.requestID
        #expect(response.body == #"{"errorType":"Sandbox.Timedout","errorMessage":"RequestId: \#(id) Error: Task timed out after 3.00 seconds"}"#)
        #expect(response.functionError == "Unhandled")
        let lines = harness.last.logLines
        #expect(lines.contains { $0.hasSuffix(" \(id) Task timed out after 3.00 seconds") })
        #expect(lines.last!.hasPrefix("REPORT RequestId: \(id)\tDuration: 3000.00 ms\tBilled Duration: "))
        #expect(lines.last!.hasSuffix("\tStatus: timeout"))
        #expect(harness.last.durationMicroseconds == 3_000_000)
    }

    @Test("A CPU-bound loop times out on the simulated clock too")
    func cpuTimeout() throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    while True:\n        pass\n", timeout: 1)
        try harness.invoke()
        #expect(harness.last.status == .timeout)
        #expect(harness.last.durationMicroseconds == 1_000_000)
    }

    @Test("Running out of memory answers Runtime.OutOfMemory with Max Memory Used equal to the memory size")
    func outOfMemory() throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    x = []\n    while True:\n        x.append('a' * 1000000)\n")
        let response = try harness.invoke()
        #expect(response.functionError == "Unhandled")
        #expect(harness.last.status == .outOfMemory)
        #expect(harness.last.maxMemoryUsedMB == 128)
        #expect(harness.last.logLines.last!.contains("\tMax Memory Used: 128 MB\t"))
        #expect(harness.last.logLines.last!.hasSuffix("\tStatus: error\tError Type: Runtime.OutOfMemory"))
        #expect(response.body.contains(#""errorType":"Runtime.OutOfMemory""#))
    }

    @Test("A return value JSON cannot hold answers Runtime.MarshalError with the runtime's message")
    func marshalError() throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    return {1, 2}\n")
        let response = try harness.invoke()
        let id = harness.last.requestID
        #expect(response.body == #"{"errorMessage": "Unable to marshal response: Object of type set is not JSON serializable", "errorType": "Runtime.MarshalError", "requestId": "\#(id)", "stackTrace": []}"#)
        #expect(harness.last.logLines.contains("[ERROR] Runtime.MarshalError: Unable to marshal response: Object of type set is not JSON serializable\rTraceback (most recent call last):"))
    }

    @Test("None becomes null, and Python 3.12 keeps non-ASCII text as UTF-8")
    func returnValues() throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    return None if event.get('none') else {'name': 'José'}\n")
        #expect(try harness.invoke(#"{"none": true}"#).body == "null")
        #expect(try harness.invoke().body == #"{"name": "José"}"#)
        var older = try InvokeHarness("def lambda_handler(event, context):\n    return 'José'\n", runtime: "python3.11")
        #expect(try older.invoke().body == #""Jos\u00e9""#)
    }

    @Test("A handler string without a dot fails INIT with Runtime.MalformedHandlerName")
    func malformedHandler() throws {
        var harness = try InvokeHarness(handler: "lambda_handler")
        let response = try harness.invoke()
        #expect(response.body == #"{"errorMessage": "Bad handler 'lambda_handler': not enough values to unpack (expected 2, got 1)", "errorType": "Runtime.MalformedHandlerName", "requestId": "", "stackTrace": []}"#)
        #expect(response.functionError == "Unhandled")
        #expect(harness.last.status == .initError)
    }

    @Test("A module that cannot be imported fails INIT with Runtime.ImportModuleError, INIT_REPORT lines and the LAMBDA_WARNING")
    func importError() throws {
        var harness = try InvokeHarness(handler: "app.lambda_handler")
        let response = try harness.invoke()
        #expect(response.body == #"{"errorMessage": "Unable to import module 'app': No module named 'app'", "errorType": "Runtime.ImportModuleError", "requestId": "", "stackTrace": []}"#)
        let lines = harness.last.logLines
        #expect(lines.contains { $0.hasPrefix("[WARNING]\t2026-01-01T00:00:00.") && $0.contains("Z\t\tLAMBDA_WARNING: Unhandled exception. ") })
        #expect(lines.contains("[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'app'\rTraceback (most recent call last):"))
        #expect(lines.contains { $0.hasPrefix("INIT_REPORT Init Duration: ") && $0.hasSuffix("\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError") })
        #expect(lines.contains { $0.hasPrefix("INIT_REPORT Init Duration: ") && $0.hasSuffix("\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError") })
        #expect(lines.last!.hasSuffix("\tStatus: error\tError Type: Runtime.ImportModuleError"))
    }

    @Test("An import inside the module that fails is an ImportModuleError naming the missing module")
    func nestedImportError() throws {
        var harness = try InvokeHarness("import requests\ndef lambda_handler(event, context):\n    return 1\n")
        #expect(try harness.invoke().body.hasPrefix(#"{"errorMessage": "Unable to import module 'lambda_function': No module named 'requests'""#))
    }

    @Test("A syntax error fails INIT with Runtime.UserCodeSyntaxError and the runtime's one-frame trace")
    func syntaxError() throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    return (1\n")
        let response = try harness.invoke()
        #expect(response.body == #"{"errorMessage": "Syntax error in module 'lambda_function': '(' was never closed (lambda_function.py, line 2)", "errorType": "Runtime.UserCodeSyntaxError", "requestId": "", "stackTrace": ["  File \"/var/task/lambda_function.py\" Line 2\n        return (1\n"]}"#)
    }

    @Test("A handler missing from the module fails INIT with Runtime.HandlerNotFound")
    func handlerNotFound() throws {
        var harness = try InvokeHarness(handler: "lambda_function.handler")
        #expect(try harness.invoke().body == #"{"errorMessage": "Handler 'handler' missing on module 'lambda_function'", "errorType": "Runtime.HandlerNotFound", "requestId": "", "stackTrace": []}"#)
    }

    @Test("An exception in top-level code fails INIT with the exception's own type and message")
    func initException() throws {
        var harness = try InvokeHarness("x = 1 / 0\ndef lambda_handler(event, context):\n    return 1\n")
        let body = try harness.invoke().body
        #expect(body.hasPrefix(#"{"errorMessage": "division by zero", "errorType": "ZeroDivisionError", "requestId": "", "stackTrace": ["  File \"/var/task/lambda_function.py\", line 1, in <module>\n"#))
    }

    @Test("A payload that is not JSON is refused with InvalidRequestContentException before anything runs")
    func payloadNotJSON() throws {
        var harness = try InvokeHarness()
        let error = serviceError { () throws(ServiceError) in try harness.world.invoke(
            InvokeRequest(functionName: "my-function", payload: Array("value".utf8)), environments: harness.environments) }
        #expect(error?.code == "InvalidRequestContentException")
        #expect(error?.httpStatus == 400)
        #expect(error?.message.hasPrefix("Could not parse request body into json: Could not parse payload into json: Unrecognized token 'value'") == true)
        #expect(harness.world.lambda.invocations.isEmpty)
    }

    @Test("The payload check accepts JSON as Lambda's parser does (no NaN, no trailing commas, no leading zeros)",
          arguments: [(#"{"a": [1, 2.5e3, -0, true, false, null, "x\u00e9\n"]}"#, true), (" [ ] ", true), ("\"text\"", true),
                      ("-12.5E-3", true), ("{}", true), ("{\"a\":}", false), ("[1,]", false), ("01", false), ("NaN", false),
                      (#""\x""#, false), (#"{"a" 1}"#, false), ("1 2", false), ("tru", false), ("[", false), ("{\"a\": 1,}", false),
                      ("1.", false), ("-", false), (#""\u12""#, false)])
    func payloadCheck(_ text: String, _ valid: Bool) {
        #expect(RequestJSONCheck.isValid(Array(text.utf8)) == valid)
    }

    @Test("A payload over 6 MB is refused with RequestEntityTooLargeException and Lambda's message")
    func payloadTooLarge() throws {
        var harness = try InvokeHarness()
        let big = Array(("\"" + String(repeating: "a", count: 6_291_456) + "\"").utf8)
        let error = serviceError { () throws(ServiceError) in try harness.world.invoke(
            InvokeRequest(functionName: "my-function", payload: big), environments: harness.environments) }
        #expect(error?.code == "RequestEntityTooLargeException")
        #expect(error?.httpStatus == 413)
        #expect(error?.message == "Request must be smaller than 6291456 bytes for the InvokeFunction operation")
    }

    @Test("A response over 6 MB answers Function.ResponseSizeTooLarge")
    func responseTooLarge() throws {
        var harness = try InvokeHarness("def lambda_handler(event, context):\n    return 'a' * 6291456\n", memorySize: 1024)
        let response = try harness.invoke()
        #expect(response.functionError == "Unhandled")
        #expect(response.body == #"{"errorType":"Function.ResponseSizeTooLarge","errorMessage":"Response payload size (6291458 bytes) exceeded maximum allowed payload size (6291456 bytes)."}"#)
    }

    @Test("Event invocations say plainly that they arrive in a later issue; DryRun answers 204 without running")
    func invocationTypes() throws {
        var harness = try InvokeHarness()
        let error = serviceError { () throws(ServiceError) in try harness.world.invoke(
            InvokeRequest(functionName: "my-function", invocationType: .event), environments: harness.environments) }
        #expect(error?.message.contains("not simulated yet") == true)
        let dry = try harness.world.invoke(InvokeRequest(functionName: "my-function", invocationType: .dryRun), environments: harness.environments)
        #expect(dry.statusCode == 204)
        #expect(harness.world.lambda.invocations.isEmpty)
    }

    @Test("An unknown function is ResourceNotFoundException")
    func unknownFunction() throws {
        var harness = try InvokeHarness()
        let error = serviceError { () throws(ServiceError) in try harness.invoke(name: "nope") }
        #expect(error?.code == "ResourceNotFoundException")
    }
}
