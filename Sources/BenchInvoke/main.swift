// bench-invoke: warm synchronous invokes per second of a hello-world handler through the whole path (JSON payload
// in, environment, context, handler, JSON out, log lines, record, billing), against a python3 loop doing
// json.loads + the same handler + json.dumps; then the peak RSS over 1,000,000 invokes. Run by scripts/bench-invoke.
import Foundation
import LambdaSim
import MiniPython

let handlerSource = """
import json

def lambda_handler(event, context):
    return {
        'statusCode': 200,
        'body': json.dumps('Hello from Lambda!')
    }
"""
let payload = #"{"key1": "value1", "key2": "value2", "key3": "value3"}"#
let trustPolicy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#

struct Options {
    var invokes = 200_000
    var memoryInvokes = 1_000_000
    var python = "python3"
}

func parseOptions() -> Options {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst().makeIterator()
    while let argument = arguments.next() {
        switch argument {
        case "--invokes": options.invokes = arguments.next().flatMap(Int.init) ?? options.invokes
        case "--memory-invokes": options.memoryInvokes = arguments.next().flatMap(Int.init) ?? options.memoryInvokes
        case "--python": options.python = arguments.next() ?? options.python
        default:
            FileHandle.standardError.write(Data("usage: bench-invoke [--invokes N] [--memory-invokes N] [--python PATH]\n".utf8))
            exit(2)
        }
    }
    return options
}

/// The peak resident set size of this process so far, in MB.
func maxRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func makeWorld() throws -> World {
    var world = World()
    try world.createRole(CreateRoleRequest(roleName: "lambda-ex", assumeRolePolicyDocument: trustPolicy))
    try world.attachRolePolicy(roleName: "lambda-ex", policyARN: "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
    let zip = try CodePackage.zip(textFiles: [("lambda_function.py", handlerSource)])
    try world.createFunction(CreateFunctionRequest(functionName: "hello", runtime: "python3.12", role: "arn:aws:iam::123456789012:role/lambda-ex",
                                                   handler: "lambda_function.lambda_handler", zipFile: zip))
    return world
}

/// Invokes per second of python3 running json.loads + the handler + json.dumps in a loop.
func pythonRate(_ python: String, iterations: Int) -> Double? {
    let script = handlerSource + """

import time
payload = '\(payload)'
def run(n):
    for _ in range(n):
        json.dumps(lambda_handler(json.loads(payload), None))
run(10000)
best = 0.0
for _ in range(3):
    start = time.perf_counter()
    run(\(iterations))
    best = max(best, \(iterations) / (time.perf_counter() - start))
print(best)
"""
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [python, "-c", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}

func run() throws {
    let options = parseOptions()
    var world = try makeWorld()
    let environments = ExecutionEnvironments()
    let request = InvokeRequest(functionName: "hello", payload: Array(payload.utf8))
    var failure: (any Error)?
    var rate = 0.0
    var rssAt100k = 0.0
    var rssAtEnd = 0.0
    var sample = ""
    withInterpreterStack {
        do {
            let first = try world.invoke(request, environments: environments)
            sample = String(decoding: first.payload, as: UTF8.self)
            for _ in 0..<1_000 { _ = try world.invoke(request, environments: environments) }
            var done = 1_001
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<options.invokes {
                _ = try world.invoke(request, environments: environments)
                done += 1
                if done == 100_000 { rssAt100k = maxRSSMegabytes() }
            }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            rate = Double(options.invokes) / elapsed
            while done < options.memoryInvokes {
                _ = try world.invoke(request, environments: environments)
                done += 1
                if done == 100_000 { rssAt100k = maxRSSMegabytes() }
            }
            rssAtEnd = maxRSSMegabytes()
        } catch {
            failure = error
        }
    }
    if let failure { throw failure }
    let last = world.lambda.invocations.last
    print("handler response: \(sample)")
    print("last REPORT: \(last?.logLines.last ?? "?")")
    print(String(format: "MiniPython (whole invoke path, warm): %.0f invokes/s", rate))
    if let python = pythonRate(options.python, iterations: max(options.invokes, 100_000)) {
        print(String(format: "python3 (json.loads + handler + json.dumps): %.0f iterations/s", python))
        print(String(format: "ratio python3 / MiniPython: %.2f", python / rate))
    } else {
        print("python3: not available")
    }
    print(String(format: "max RSS after 100,000 invokes: %.1f MB", rssAt100k))
    print(String(format: "max RSS after %d invokes: %.1f MB", max(options.memoryInvokes, 1_001 + options.invokes), rssAtEnd))
    print("invocation records kept: \(world.lambda.invocations.count); log events kept in the stream: "
          + "\(world.logs.groups["/aws/lambda/hello"]?.streams.values.first?.events.count ?? 0)")
    print(rate >= 50_000 ? "target (>= 50,000 invokes/s): met" : "target (>= 50,000 invokes/s): NOT met")
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("bench-invoke: \(error)\n".utf8))
    exit(1)
}
