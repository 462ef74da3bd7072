import Foundation
import Synchronization
import LambdaSim
import Testing
@testable import Shell

/// `explain last` for invocations that invoke each other through boto3.
@Suite("Explaining nested invocations")
struct NestedInvocationExplanationTests {
    @Test("The caller's explanation names the function it invoked and its share of the wait; the callee's names its caller")
    func callerAndCallee() throws {
        var world = World(configuration: .init(seed: 0))
        let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        _ = try world.createRole(CreateRoleRequest(roleName: "r", assumeRolePolicyDocument: trust))
        try world.putRolePolicy(roleName: "r", policyName: "invoke", policyDocument:
            #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"lambda:InvokeFunction","Resource":"*"}]}"#)
        let sources = [("orders", "import boto3\ndef lambda_handler(event, context):\n    return boto3.client('lambda').invoke(FunctionName='pricing')['StatusCode']\n"),
                       ("pricing", "def lambda_handler(event, context):\n    return 1\n")]
        for (name, source) in sources {
            _ = try world.createFunction(CreateFunctionRequest(
                functionName: name, runtime: "python3.12", role: "arn:aws:iam::123456789012:role/r",
                handler: "lambda_function.lambda_handler", zipFile: try CodePackage.zip(textFiles: [("lambda_function.py", source)])))
        }
        _ = try world.invoke(InvokeRequest(functionName: "orders"), environments: ExecutionEnvironments())
        let (callee, caller) = (world.lambda.invocations[0], world.lambda.invocations[1])
        func explained(_ record: InvocationRecord) -> String {
            let output = Mutex("")
            InvocationExplanation.render(record, in: world, on: Console(colorEnabled: false, width: 200) { _, text in output.withLock { $0 += text } })
            return output.withLock { $0 }
        }
        #expect(explained(caller).contains("  The service calls include invoking pricing (request \(callee.requestID)): Init Duration "
                                           + "\(InvocationView.milliseconds(callee.initDurationMicroseconds!)) + its Duration "
                                           + "\(InvocationView.milliseconds(callee.durationMicroseconds)) + 12.00 ms for the call.\n"))
        #expect(explained(callee).contains("  Invoked by the handler of orders (request \(caller.requestID)) through boto3, which waited for it.\n"))
    }
}
