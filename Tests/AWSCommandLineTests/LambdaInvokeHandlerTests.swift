import Foundation
import Synchronization
import Testing
@testable import AWSCommandLine
import LambdaSim

/// A workspace in memory that remembers what commands write (`invoke`'s outfile).
final class WrittenFiles: Sendable {
    private let files = Mutex<[String: [UInt8]]>([:])
    let readable: [String: [UInt8]]

    init(_ readable: [String: [UInt8]] = [:]) { self.readable = readable }

    subscript(path: String) -> String? { files.withLock { $0[path] }.map { String(decoding: $0, as: UTF8.self) } }

    var access: FileAccess {
        FileAccess(read: { [readable] path in readable[path].map { .success($0) } ?? .failure(.notFound) },
                   write: { [self] path, bytes in
                       files.withLock { $0[path] = bytes }
                       return .success(())
                   })
    }
}

/// An account with `hello` created from `source`, its role allowed to write logs.
func invokeAccount(_ source: String, files: WrittenFiles) -> SimulatedAccount {
    let zip = (try? CodePackage.zip(textFiles: [("lambda_function.py", source)])) ?? Data()
    var readable = files.readable
    readable["function.zip"] = Array(zip)
    let workspace = WrittenFiles(readable)
    var account = SimulatedAccount(files: FileAccess(read: workspace.access.read, write: files.access.write))
    account.prepare([
        "aws iam create-role --role-name hello-role --assume-role-policy-document '\(lambdaTrust)'",
        "aws iam attach-role-policy --role-name hello-role --policy-arn \(basicExecution)",
        createHello,
    ])
    return account
}

@Suite("aws lambda invoke")
struct LambdaInvokeHandlerTests {
    @Test("invoke writes the response to the outfile and prints StatusCode and ExecutedVersion")
    func invokeHello() {
        let files = WrittenFiles()
        var account = invokeAccount("def lambda_handler(event, context):\n    return {'hello': event['name']}\n", files: files)
        let result = account.run(#"aws lambda invoke --function-name hello --cli-binary-format raw-in-base64-out --payload '{"name": "Ada"}' out.json"#)
        #expect(result.exitStatus == 0)
        #expect(result.output == "{\n    \"StatusCode\": 200,\n    \"ExecutedVersion\": \"$LATEST\"\n}\n")
        #expect(files["out.json"] == #"{"hello": "Ada"}"#)
    }

    @Test("Without raw-in-base64-out the payload is base64, as in AWS CLI v2")
    func base64Payload() {
        let files = WrittenFiles()
        var account = invokeAccount("def lambda_handler(event, context):\n    return event\n", files: files)
        let encoded = Data(#"{"a": 1}"#.utf8).base64EncodedString()
        let result = account.run("aws lambda invoke --function-name hello --payload \(encoded) out.json")
        #expect(result.exitStatus == 0)
        #expect(files["out.json"] == #"{"a": 1}"#)
    }

    @Test("A failing function answers FunctionError Unhandled and, with --log-type Tail, the log's tail in base64")
    func unhandledWithTail() throws {
        let files = WrittenFiles()
        var account = invokeAccount("def lambda_handler(event, context):\n    return event['action']\n", files: files)
        let result = account.run("aws lambda invoke --function-name hello --log-type Tail out.json")
        #expect(result.exitStatus == 0)
        #expect(result.output.contains("\"FunctionError\": \"Unhandled\""))
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines[1] == "    \"StatusCode\": 200,")
        #expect(lines[2] == "    \"FunctionError\": \"Unhandled\",")
        #expect(lines[3].hasPrefix("    \"LogResult\": \""))
        #expect(lines[4] == "    \"ExecutedVersion\": \"$LATEST\"")
        let encoded = lines[3].dropFirst("    \"LogResult\": \"".count).dropLast(2)
        let tail = String(decoding: Data(base64Encoded: String(encoded)) ?? Data(), as: UTF8.self)
        #expect(tail.contains("[ERROR] KeyError: 'action'\rTraceback (most recent call last):"))
        #expect(tail.contains("REPORT RequestId: "))
        #expect(files["out.json"]?.hasPrefix(#"{"errorMessage": "'action'", "errorType": "KeyError", "requestId": ""#) == true)
    }

    @Test("The second invoke from the CLI reuses the warm environment the first one started")
    func warmAcrossCommands() {
        let files = WrittenFiles()
        var account = invokeAccount("count = 0\ndef lambda_handler(event, context):\n    global count\n    count += 1\n    return count\n", files: files)
        account.run("aws lambda invoke --function-name hello out.json")
        account.run("aws lambda invoke --function-name hello out.json")
        #expect(files["out.json"] == "2")
    }

    @Test("invoke checks the caller's lambda:InvokeFunction permission")
    func denied() {
        let files = WrittenFiles()
        var account = invokeAccount(noneHandler, files: files)
        account.prepare([
            "aws iam create-role --role-name reader --assume-role-policy-document '\(lambdaTrust)'",
            "aws iam put-role-policy --role-name reader --policy-name logs --policy-document '\(readLogs)'",
        ])
        try? account.world.assumeRole(named: "reader")
        let result = account.run("aws lambda invoke --function-name hello out.json")
        #expect(result.exitStatus != 0)
        #expect(result.errorLines.joined().contains("(AccessDeniedException) when calling the Invoke operation"))
        #expect(result.errorLines.joined().contains("lambda:InvokeFunction"))
    }

    @Test("DryRun answers 204 without running the function")
    func dryRun() {
        let files = WrittenFiles()
        var account = invokeAccount(noneHandler, files: files)
        let result = account.run("aws lambda invoke --function-name hello --invocation-type DryRun out.json")
        #expect(result.output == "{\n    \"StatusCode\": 204\n}\n")
        #expect(account.world.lambda.invocations.isEmpty)
    }
}

let noneHandler = "def lambda_handler(event, context):\n    return None\n"
