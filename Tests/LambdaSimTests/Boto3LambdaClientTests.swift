import Foundation
import Testing
@testable import LambdaSim

@Suite("boto3.client('lambda') and modelled SDK latency")
struct Boto3LambdaClientTests {
    static let calleeARN = "arn:aws:lambda:us-east-1:123456789012:function:callee"
    static let invokeCallee = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["lambda:InvokeFunction","lambda:GetFunctionConfiguration"],"Resource":"arn:aws:lambda:us-east-1:123456789012:function:callee"}]}"#
    static let invokeAnything = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"lambda:*","Resource":"*"}]}"#

    static let calleeSource = """
    def lambda_handler(event, context):
        print('doubling', event['n'])
        if event['n'] < 0:
            raise ValueError('n must not be negative')
        return event['n'] * 2
    """

    /// `my-function` running `source`, the function `callee` (calleeSource), and `policy` on the shared role.
    static func harness(_ source: String, policy: String?, timeout: Int = 3) throws -> InvokeHarness {
        var harness = try InvokeHarness(source, timeout: timeout)
        try harness.world.createFunction(CreateFunctionRequest(
            functionName: "callee", runtime: "python3.12", role: Fixtures.roleARN, handler: "lambda_function.lambda_handler",
            zipFile: try CodePackage.zip(textFiles: [("lambda_function.py", calleeSource)])))
        if let policy { try harness.world.putRolePolicy(roleName: "lambda-ex", policyName: "lambda", policyDocument: policy) }
        return harness
    }

    static let invokeSource = """
    import json
    import boto3
    from botocore.exceptions import ClientError

    client = boto3.client('lambda')

    def lambda_handler(event, context):
        try:
            response = client.invoke(FunctionName=event.get('name', 'callee'), Payload=json.dumps({'n': event['n']}),
                                     **event.get('extra', {}))
        except ClientError as e:
            return {'code': e.response['Error']['Code'], 'message': e.response['Error']['Message'],
                    'status': e.response['ResponseMetadata']['HTTPStatusCode'], 'type': e.response.get('Type'), 'text': str(e)}
        result = {'keys': list(response.keys()), 'status': response['StatusCode'],
                  'payload': json.loads(response['Payload'].read() or 'null')}
        for key in ('ExecutedVersion', 'FunctionError', 'LogResult'):
            if key in response:
                result[key] = response[key]
        return result
    """

    /// (µs) the handler's SDK calls added: Duration minus the runtime's overhead and the steps' time.
    static func serviceTime(_ record: InvocationRecord) -> Int64 {
        let work = Int64(record.steps) * Int64(ExecutionModel.nanosecondsPerStep(memoryMB: record.memorySizeMB)) / 1000
        return record.durationMicroseconds - ExecutionModel.invokeOverhead(memoryMB: record.memorySizeMB) - work - record.sleptMicroseconds
    }

    @Test("A handler invokes another function, which runs in an environment of its own with its own logs and record")
    func invokesAnotherFunction() throws {
        var harness = try Self.harness(Self.invokeSource, policy: Self.invokeCallee)
        let response = try harness.invoke(#"{"n": 21}"#)
        #expect(response.body == #"{"keys": ["ResponseMetadata", "StatusCode", "ExecutedVersion", "Payload"], "status": 200, "payload": 42, "ExecutedVersion": "$LATEST"}"#)
        let records = harness.world.lambda.invocations
        #expect(records.map(\.functionName) == ["callee", "my-function"])
        let (callee, caller) = (records[0], records[1])
        #expect(callee.environmentID != caller.environmentID)
        #expect(callee.invokedBy == caller.requestID && caller.invokedBy == nil)
        #expect(callee.cold && caller.cold)
        #expect(callee.start >= caller.start)
        #expect(callee.logLines.first?.hasPrefix("INIT_START") == true)
        #expect(callee.logLines.contains("doubling 21"))
        #expect(callee.logLines.filter { $0.hasPrefix("START RequestId: \(callee.requestID)") }.count == 1)
        #expect(callee.logLines.last?.hasPrefix("REPORT RequestId: \(callee.requestID)") == true)
        #expect(harness.world.logs.groups["/aws/lambda/callee"]?.streams[callee.logStreamName] != nil)
        #expect(harness.world.lambda.environments.values.allSatisfy { $0.state == .idle })
        // The callee billed its own request, and its INIT and Duration count inside the caller's Duration.
        #expect(Self.serviceTime(caller) == ExecutionModel.lambdaInvokeOverheadMicroseconds + callee.initDurationMicroseconds! + callee.durationMicroseconds)
        #expect(harness.world.clock.now.millisecondsSinceEpoch
                == caller.start.millisecondsSinceEpoch + (caller.initDurationMicroseconds! + caller.durationMicroseconds + 999) / 1000)
    }

    @Test("A second invoke finds the callee's environment warm, and its shorter time is what the caller waits")
    func secondInvokeIsWarm() throws {
        var harness = try Self.harness(Self.invokeSource, policy: Self.invokeCallee)
        try harness.invoke(#"{"n": 1}"#)
        try harness.invoke(#"{"n": 2}"#)
        let records = harness.world.lambda.invocations
        #expect(records.map(\.functionName) == ["callee", "my-function", "callee", "my-function"])
        #expect(records[2].cold == false && records[2].environmentID == records[0].environmentID)
        #expect(Self.serviceTime(records[3]) == ExecutionModel.lambdaInvokeOverheadMicroseconds + records[2].durationMicroseconds)
    }

    @Test("A callee that raises answers FunctionError Unhandled with its error payload, and the caller goes on")
    func functionError() throws {
        var harness = try Self.harness(Self.invokeSource, policy: Self.invokeCallee)
        let response = try harness.invoke(#"{"n": -1}"#)
        let callee = harness.world.lambda.invocations[0]
        #expect(response.body == #"{"keys": ["ResponseMetadata", "StatusCode", "FunctionError", "ExecutedVersion", "Payload"], "status": 200, "payload": {"errorMessage": "n must not be negative", "errorType": "ValueError", "requestId": ""#
            + callee.requestID + #"", "stackTrace": ["  File \"/var/task/lambda_function.py\", line 4, in lambda_handler\n    raise ValueError('n must not be negative')\n"]}, "ExecutedVersion": "$LATEST", "FunctionError": "Unhandled"}"#)
        #expect(callee.status == .unhandled)
        #expect(harness.last.status == .success)
    }

    @Test("LogType Tail answers the base64 of the callee's log, as the CLI's invoke does")
    func tailLogs() throws {
        var harness = try Self.harness(Self.invokeSource, policy: Self.invokeCallee)
        let response = try harness.invoke(#"{"n": 5, "extra": {"LogType": "Tail"}}"#)
        let callee = harness.world.lambda.invocations[0]
        let tail = PlatformLog.tail(callee.logLines)
        #expect(response.body.contains(#""LogResult": ""# + tail + "\""))
        let decoded = String(decoding: Data(base64Encoded: tail)!, as: UTF8.self)
        #expect(decoded.contains("doubling 5\n") && decoded.contains("REPORT RequestId: \(callee.requestID)"))
    }

    @Test("Without lambda:InvokeFunction the caller gets Lambda's AccessDeniedException, naming the qualified ARN when a qualifier is used")
    func accessDenied() throws {
        var harness = try Self.harness(Self.invokeSource, policy: nil)
        let denied = "User: arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function is not authorized to perform: "
            + "lambda:InvokeFunction on resource: \(Self.calleeARN) because no identity-based policy allows the lambda:InvokeFunction action"
        #expect(try harness.invoke(#"{"n": 1}"#).body == #"{"code": "AccessDeniedException", "message": ""# + denied
            + #"", "status": 403, "type": null, "text": "An error occurred (AccessDeniedException) when calling the Invoke operation: "# + denied + #""}"#)
        #expect(harness.world.lambda.invocations.map(\.functionName) == ["my-function"])

        // A permission on the unqualified ARN does not cover `callee:$LATEST` (facts §9.3).
        harness = try Self.harness(Self.invokeSource, policy: Self.invokeCallee)
        let body = try harness.invoke(#"{"n": 1, "extra": {"Qualifier": "$LATEST"}}"#).body
        #expect(body.contains(#""code": "AccessDeniedException""#))
        #expect(body.contains("lambda:InvokeFunction on resource: \(Self.calleeARN):$LATEST because no identity-based policy allows"))
    }

    @Test("A Lambda error response is shaped as botocore parses rest-json: Error with Message then Code, and the modelled fields")
    func errorResponseShape() throws {
        var harness = try Self.harness("""
        import boto3
        from botocore.exceptions import ClientError
        def lambda_handler(event, context):
            try:
                boto3.client('lambda').get_function_configuration(FunctionName='nobody')
            except ClientError as e:
                return [list(e.response.keys()), list(e.response['Error'].keys()), e.response['Message']]
        """, policy: Self.invokeAnything)
        #expect(try harness.invoke().body == #"[["Error", "ResponseMetadata", "Type", "Message"], ["Message", "Code"], "Function not found: arn:aws:lambda:us-east-1:123456789012:function:nobody"]"#)
    }

    @Test("Invoking a function that does not exist is ResourceNotFoundException with Lambda's message and modelled fields")
    func notFound() throws {
        var harness = try Self.harness(Self.invokeSource, policy: Self.invokeAnything)
        let message = "Function not found: arn:aws:lambda:us-east-1:123456789012:function:nobody"
        #expect(try harness.invoke(#"{"n": 1, "name": "nobody"}"#).body == #"{"code": "ResourceNotFoundException", "message": ""#
            + message + #"", "status": 404, "type": "User", "text": "An error occurred (ResourceNotFoundException) when calling the Invoke operation: "# + message + #""}"#)
    }

    @Test("A function invoking itself gets a new environment each time and is stopped at the 17th invocation of the chain")
    func selfRecursionIsBounded() throws {
        var harness = try InvokeHarness("""
        import json
        import boto3
        from botocore.exceptions import ClientError

        client = boto3.client('lambda')

        def lambda_handler(event, context):
            depth = event.get('depth', 1)
            try:
                response = client.invoke(FunctionName=context.function_name, Payload=json.dumps({'depth': depth + 1}))
            except ClientError as e:
                return {'deepest': depth, 'code': e.response['Error']['Code'], 'message': e.response['Error']['Message']}
            return json.loads(response['Payload'].read())
        """, timeout: 60)
        try harness.world.putRolePolicy(roleName: "lambda-ex", policyName: "lambda", policyDocument: Self.invokeAnything)
        let response = try harness.invoke()
        #expect(response.body == #"{"deepest": 16, "code": "RecursiveInvocationException", "message": "Lambda has detected your function being invoked in a recursive loop with other Amazon Web Services resources and stopped your function's invocation."}"#)
        let records = harness.world.lambda.invocations
        #expect(records.count == World.recursiveInvocationLimit)
        #expect(Set(records.map(\.environmentID)).count == World.recursiveInvocationLimit)
        #expect(records.allSatisfy { $0.status == .success && $0.cold })
        #expect(harness.world.lambda.environments.values.allSatisfy { $0.state == .idle })
        // Each caller's Duration holds its callee's INIT and Duration.
        for (callee, caller) in zip(records, records.dropFirst()) {
            #expect(Self.serviceTime(caller) == ExecutionModel.lambdaInvokeOverheadMicroseconds + callee.initDurationMicroseconds! + callee.durationMicroseconds)
        }
        // The next chain starts afresh, on the warm environments.
        try harness.invoke()
        #expect(harness.world.lambda.invocations.suffix(World.recursiveInvocationLimit).allSatisfy { !$0.cold })
    }

    @Test("Two functions invoking each other are stopped when one of them would run a 17th time in the chain")
    func mutualRecursionIsBounded() throws {
        let source = """
        import json
        import boto3
        from botocore.exceptions import ClientError

        client = boto3.client('lambda')

        def lambda_handler(event, context):
            depth = event.get('depth', 1)
            other = 'callee' if context.function_name == 'my-function' else 'my-function'
            try:
                response = client.invoke(FunctionName=other, Payload=json.dumps({'depth': depth + 1}))
            except ClientError as e:
                return {'deepest': depth, 'code': e.response['Error']['Code']}
            return json.loads(response['Payload'].read())
        """
        var harness = try InvokeHarness(source, timeout: 120)
        try harness.world.createFunction(CreateFunctionRequest(
            functionName: "callee", runtime: "python3.12", role: Fixtures.roleARN, handler: "lambda_function.lambda_handler",
            zipFile: try CodePackage.zip(textFiles: [("lambda_function.py", source)]), timeout: 120))
        try harness.world.putRolePolicy(roleName: "lambda-ex", policyName: "lambda", policyDocument: Self.invokeAnything)
        #expect(try harness.invoke().body == #"{"deepest": 32, "code": "RecursiveInvocationException"}"#)
        let names = harness.world.lambda.invocations.map(\.functionName)
        #expect(names.count(where: { $0 == "my-function" }) == 16 && names.count(where: { $0 == "callee" }) == 16)
    }

    @Test("Reserved concurrency of 1 throttles a function that invokes itself")
    func reservedConcurrencyThrottlesSelfInvoke() throws {
        var harness = try Self.harness(Self.invokeSource, policy: Self.invokeAnything)
        _ = try harness.world.putFunctionConcurrency(functionName: "my-function", reservedConcurrentExecutions: 1)
        let body = try harness.invoke(#"{"n": 1, "name": "my-function"}"#).body
        #expect(body == #"{"code": "TooManyRequestsException", "message": "Rate Exceeded.", "status": 429, "type": "User", "text": "An error occurred (TooManyRequestsException) when calling the Invoke operation: Rate Exceeded."}"#)
    }

    @Test("DryRun answers 204 without running the callee; Event is refused with a clear not-simulated error")
    func dryRunAndEvent() throws {
        var harness = try Self.harness(Self.invokeSource, policy: Self.invokeCallee)
        #expect(try harness.invoke(#"{"n": 1, "extra": {"InvocationType": "DryRun"}}"#).body
            == #"{"keys": ["ResponseMetadata", "StatusCode", "Payload"], "status": 204, "payload": null}"#)
        let event = try harness.invoke(#"{"n": 1, "extra": {"InvocationType": "Event"}}"#).body
        #expect(event.contains(#""code": "InvalidParameterValueException", "message": "Asynchronous invocation (InvocationType='Event') is not simulated yet"#))
        #expect(harness.world.lambda.invocations.map(\.functionName) == ["my-function", "my-function"])
        let wrong = try harness.invoke(#"{"n": 1, "extra": {"InvocationType": "Sync"}}"#).body
        #expect(wrong.contains(#""code": "ValidationException", "message": "1 validation error detected: Value 'Sync' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]""#))
    }

    @Test("A Payload botocore cannot send raises ParamValidationError before any call")
    func payloadTypeIsValidated() throws {
        var harness = try Self.harness("""
        import boto3
        from botocore.exceptions import ParamValidationError
        def lambda_handler(event, context):
            try:
                boto3.client('lambda').invoke(FunctionName='callee', Payload={'n': 1})
            except ParamValidationError as e:
                return str(e)
        """, policy: Self.invokeCallee)
        #expect(try harness.invoke().body == #""Parameter validation failed:\nInvalid type for parameter Payload, value: {'n': 1}, type: <class 'dict'>, valid types: <class 'bytes'>, <class 'bytearray'>, file-like object""#)
        #expect(Self.serviceTime(harness.last) == 0)
    }

    @Test("get_function_configuration answers the CLI's configuration document, qualified ARN included, and is authorized")
    func getFunctionConfiguration() throws {
        let source = """
        import boto3
        from botocore.exceptions import ClientError
        def lambda_handler(event, context):
            try:
                config = boto3.client('lambda').get_function_configuration(FunctionName='callee', **event)
            except ClientError as e:
                return [e.response['Error']['Code'], e.response['Error']['Message']]
            return [list(config.keys()), config['FunctionArn'], config['MemorySize'], config['Handler'], config['Version']]
        """
        var harness = try Self.harness(source, policy: Self.invokeCallee)
        let document = try harness.world.getFunctionConfiguration(functionName: "callee").response
        guard case .object(let members) = document else { Issue.record("not an object"); return }
        let keys = (["ResponseMetadata"] + members.map(\.key)).map { "\"\($0)\"" }.joined(separator: ", ")
        #expect(try harness.invoke().body == "[[\(keys)], \"\(Self.calleeARN)\", 128, \"lambda_function.lambda_handler\", \"$LATEST\"]")

        // With a qualifier the role needs the permission on the qualified ARN.
        let denied = try harness.invoke(#"{"Qualifier": "$LATEST"}"#).body
        #expect(denied == #"["AccessDeniedException", "User: arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function is not authorized to perform: lambda:GetFunctionConfiguration on resource: "#
            + Self.calleeARN + #":$LATEST because no identity-based policy allows the lambda:GetFunctionConfiguration action"]"#)
        try harness.world.putRolePolicy(roleName: "lambda-ex", policyName: "lambda", policyDocument: Self.invokeAnything)
        #expect(try harness.invoke(#"{"Qualifier": "$LATEST"}"#).body.contains("\"\(Self.calleeARN):$LATEST\""))
    }

    @Test("The lambda client names its simulated methods when asked for another")
    func unsupportedMethod() throws {
        var harness = try Self.harness("""
        import boto3
        def lambda_handler(event, context):
            try:
                boto3.client('lambda').list_functions()
            except AttributeError as e:
                return str(e)
        """, policy: nil)
        #expect(try harness.invoke().body == #""'Lambda' object has no attribute 'list_functions'. Lambda Workbook simulates these methods of boto3.client('lambda'): get_function_configuration, invoke.""#)
    }

    @Test("A caller whose timeout passes while it waits times out, and the callee it started still finishes")
    func callerTimesOutWhileWaiting() throws {
        var harness = try Self.harness(Self.invokeSource, policy: Self.invokeCallee, timeout: 1)
        _ = try harness.world.updateFunctionCode(UpdateFunctionCodeRequest(functionName: "callee", zipFile: try CodePackage.zip(
            textFiles: [("lambda_function.py", "import time\ndef lambda_handler(event, context):\n    time.sleep(2)\n    return 'late'\n")])))
        let response = try harness.invoke(#"{"n": 1}"#)
        #expect(response.functionError == "Unhandled")
        #expect(response.body.contains("Task timed out after 1.00 seconds"))
        let records = harness.world.lambda.invocations
        #expect(records.map(\.functionName) == ["callee", "my-function"])
        #expect(records[0].status == .success && records[1].status == .timeout)
        #expect(records[1].durationMicroseconds == 1_000_000)
    }

    @Test("A function invoked at module top level (INIT) runs first, and the caller's Init Duration holds its time")
    func invokeDuringInit() throws {
        var harness = try Self.harness("""
        import json
        import boto3
        quote = json.loads(boto3.client('lambda').invoke(FunctionName='callee', Payload=b'{"n": 4}')['Payload'].read())
        def lambda_handler(event, context):
            return quote
        """, policy: Self.invokeCallee)
        #expect(try harness.invoke().body == "8")
        let (callee, caller) = (harness.world.lambda.invocations[0], harness.world.lambda.invocations[1])
        #expect(callee.functionName == "callee" && caller.functionName == "my-function")
        #expect(caller.initDurationMicroseconds! > ExecutionModel.lambdaInvokeOverheadMicroseconds + callee.initDurationMicroseconds! + callee.durationMicroseconds)
    }

    @Test("Invoking through an alias needs the permission on the alias ARN and answers the version it ran")
    func invokeThroughAlias() throws {
        var harness = try Self.harness(Self.invokeSource, policy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:123456789012:function:callee:live"}]}"#)
        _ = try harness.world.publishVersion(functionName: "callee")
        _ = try harness.world.createAlias(functionName: "callee", name: "live", functionVersion: "1")
        let body = try harness.invoke(#"{"n": 3, "extra": {"Qualifier": "live"}}"#).body
        #expect(body == #"{"keys": ["ResponseMetadata", "StatusCode", "ExecutedVersion", "Payload"], "status": 200, "payload": 6, "ExecutedVersion": "1"}"#)
        #expect(harness.world.lambda.invocations[0].invokedFunctionARN == Self.calleeARN + ":live")
        #expect(try harness.invoke(#"{"n": 3}"#).body.contains(#""code": "AccessDeniedException""#))
    }

    // MARK: Modelled latency

    @Test("An S3 get_object adds 20 ms plus 10 µs per KiB to the Duration, shown in REPORT, and not as time.sleep")
    func s3LatencyArithmetic() throws {
        var harness = try Boto3Tests.harness(Boto3Tests.getSource, policy: Boto3Tests.readReports)
        _ = try harness.world.putObject(bucket: "reports", key: "in/big.json", body: Data((#"{"total": 7, "pad": ""# + String(repeating: "x", count: 3000) + #""}"#).utf8))
        try harness.invoke(#"{"key": "in/a.json"}"#)
        #expect(Self.serviceTime(harness.last) == 20_000 + 10)
        #expect(harness.last.sleptMicroseconds == 0)
        try harness.invoke(#"{"key": "in/big.json"}"#)
        #expect(Self.serviceTime(harness.last) == 20_000 + 3 * 10)
        let report = try #require(harness.last.logLines.last)
        #expect(report.contains("\tDuration: \(PlatformLog.milliseconds(harness.last.durationMicroseconds)) ms\t"))
        #expect(harness.last.durationMicroseconds > 20_030)
    }

    @Test("A denied call still costs its round trip; put, get and a query on DynamoDB add 6, 4 and 8 ms")
    func deniedAndDynamoDBLatency() throws {
        var harness = try Boto3Tests.harness(Boto3Tests.getSource, policy: nil)
        try harness.invoke(#"{"key": "in/a.json"}"#)
        #expect(Self.serviceTime(harness.last) == ExecutionModel.s3GetObjectMicroseconds)

        harness = try Boto3Tests.ordersHarness("""
        import boto3
        db = boto3.client('dynamodb')
        def lambda_handler(event, context):
            db.put_item(TableName='Orders', Item={'customer': {'S': 'ann'}, 'order': {'N': '1'}})
            db.get_item(TableName='Orders', Key={'customer': {'S': 'ann'}, 'order': {'N': '1'}})
            db.query(TableName='Orders', KeyConditionExpression='customer = :c', ExpressionAttributeValues={':c': {'S': 'ann'}})
            return 'ok'
        """, policy: Boto3Tests.ordersPolicy)
        #expect(try harness.invoke().body == #""ok""#)
        #expect(Self.serviceTime(harness.last) == 6_000 + 4_000 + 8_000)
    }

    @Test("The handler's clock moves by the latency: time.time() and get_remaining_time_in_millis() see it")
    func clockSeesLatency() throws {
        var harness = try Boto3Tests.harness("""
        import time
        import boto3
        sts = boto3.client('sts')
        def lambda_handler(event, context):
            t0, r0 = time.time(), context.get_remaining_time_in_millis()
            sts.get_caller_identity()
            t1, r1 = time.time(), context.get_remaining_time_in_millis()
            time.sleep(0.5)
            return [round((t1 - t0) * 1000, 1), r0 - r1]
        """, policy: nil)
        #expect(try harness.invoke().body == "[10.0, 10]")
        #expect(harness.last.sleptMicroseconds == 500_000)
        #expect(Self.serviceTime(harness.last) == ExecutionModel.stsCallMicroseconds)
    }

    @Test("Latency constants give the documented figures")
    func latencyTable() {
        #expect(ExecutionModel.sdkCallMicroseconds(service: "s3", operation: "GetObject", responseBytes: 1_048_576) == 20_000 + 10_240)
        #expect(ExecutionModel.sdkCallMicroseconds(service: "s3", operation: "PutObject", requestBytes: 1) == 25_010)
        #expect(ExecutionModel.sdkCallMicroseconds(service: "s3", operation: "PutObject") == 25_000)
        #expect(ExecutionModel.sdkCallMicroseconds(service: "dynamodb", operation: "UpdateItem") == 6_000)
        #expect(ExecutionModel.sdkCallMicroseconds(service: "lambda", operation: "Invoke") == 12_000)
        #expect(ExecutionModel.sdkCallMicroseconds(service: "sqs", operation: "SendMessage") == 0)
    }
}
