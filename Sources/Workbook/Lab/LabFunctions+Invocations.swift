import Foundation
import LambdaSim
import MiniPython

// `lab.invoke`, `lab.invocations`, `lab.logs` and `lab.report`.
extension LabFunctions {
    static let invocation: [(String, Function)] = [
        ("invoke", { lab, arguments throws(NativeError) in
            let name = try arguments.string(0, "function")
            let event = try arguments.optionalString(1, "event")
            let qualifier = try arguments.optionalString(2, "qualifier")
            let typeName = try arguments.string(3, "invocation_type")
            guard let type = InvocationType(rawValue: typeName) else {
                throw NativeError(type: "ValueError", message: "lab.invoke(): invocation_type must be 'RequestResponse', 'Event' or 'DryRun'")
            }
            let request = InvokeRequest(functionName: name, qualifier: qualifier, payload: Array((event ?? "").utf8),
                                        invocationType: type, logType: type == .requestResponse ? .tail : .none)
            return try lab.withWorldAndEnvironments { world, environments throws(NativeError) in
                do throws(ServiceError) {
                    let response = try world.invoke(request, environments: environments)
                    return invokeResult(response)
                } catch {
                    return .object([
                        ("status_code", .int(error.httpStatus)), ("raw_payload", .string("")),
                        ("function_error", .none), ("executed_version", .none), ("request_id", .none),
                        ("log_tail", .string("")), ("error", .string(error.code)),
                    ])
                }
            }
        }),
        ("invocations", { lab, arguments throws(NativeError) in
            let name = try arguments.optionalString(0, "function")
            return try lab.withWorld { world throws(NativeError) in
                .list(world.lambda.invocations.filter { name == nil || $0.functionName == name }.map { invocationFields($0, worldStart: world.configuration.start) })
            }
        }),
        ("logs", { lab, arguments throws(NativeError) in
            let name = try arguments.string(0, "function")
            let requestID = try arguments.optionalString(1, "request_id")
            return try lab.withWorld { world throws(NativeError) in .strings(logLines(of: name, requestID: requestID, in: world)) }
        }),
        ("report", { lab, arguments throws(NativeError) in
            let name = try arguments.string(0, "function")
            let requestID = try arguments.optionalString(1, "request_id")
            return try lab.withWorld { world throws(NativeError) in
                let lines = logLines(of: name, requestID: requestID, in: world)
                guard let line = lines.last(where: { $0.hasPrefix("REPORT RequestId:") }) else { return .none }
                return parseReport(line)
            }
        }),
    ]

    /// The fields of `lab.InvokeResult` (the Python half decodes `payload` from `raw_payload`).
    static func invokeResult(_ response: InvokeResponse) -> PythonValue {
        let tail = response.logResult.flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return .object([
            ("status_code", .int(response.statusCode)),
            ("raw_payload", .string(String(decoding: response.payload, as: UTF8.self))),
            ("function_error", .optional(response.functionError)),
            ("executed_version", .optional(response.executedVersion)),
            ("request_id", .optional(response.invocation?.requestID)),
            ("log_tail", .string(tail)),
            ("error", .none),
        ])
    }

    /// The fields of `lab.Invocation`.
    static func invocationFields(_ record: InvocationRecord, worldStart: SimulatedInstant) -> PythonValue {
        let status = switch record.status {
        case .success: "Success"
        case .unhandled: "Unhandled"
        case .timeout: "Timeout"
        case .outOfMemory: "OutOfMemory"
        case .initError: "InitError"
        case .crashed: "Crashed"
        }
        return .object([
            ("function", .string(record.functionName)),
            ("version", .string(record.executedVersion.description)),
            ("qualifier", .optional(record.qualifier)),
            ("request_id", .string(record.requestID)),
            ("invocation_type", .string(record.invocationType.rawValue)),
            ("cold", .bool(record.cold)),
            ("environment", .string(record.environmentID)),
            ("status", .string(status)),
            ("error_type", .optional(record.errorType)),
            ("start_ms", .int(Int(record.start.millisecondsSinceEpoch - worldStart.millisecondsSinceEpoch))),
            ("duration_ms", .float(reportMilliseconds(record.durationMicroseconds))),
            ("billed_duration_ms", .int(Int(record.billedDurationMilliseconds))),
            ("init_duration_ms", record.initDurationMicroseconds.map { .float(reportMilliseconds($0)) } ?? .none),
            ("memory_size_mb", .int(record.memorySizeMB)),
            ("max_memory_used_mb", .int(record.maxMemoryUsedMB)),
            ("attempt", .int(1)),
            ("cost", .float(Double(record.cost.units) / 1e24)),
        ])
    }

    /// Milliseconds with two decimals, rounded down, exactly as the REPORT line shows them.
    static func reportMilliseconds(_ microseconds: Int64) -> Double {
        Double(microseconds / 10) / 100
    }

    /// The log lines CloudWatch Logs holds for a function (its log group, every stream, in time
    /// order), or only those of one invocation: from its `START` line to its `REPORT` line.
    static func logLines(of function: String, requestID: String?, in world: World) -> [String] {
        let groupName = world.lambda.functions[function]?.latest.logGroup ?? "/aws/lambda/\(function)"
        guard let group = world.logs.groups[groupName] else { return [] }
        var events: [(timestamp: Int64, stream: String, index: Int, message: String)] = []
        for stream in group.streams.values {
            for (index, event) in stream.events.enumerated() {
                events.append((event.timestamp, stream.name, index, event.message))
            }
        }
        events.sort { ($0.timestamp, $0.stream, $0.index) < ($1.timestamp, $1.stream, $1.index) }
        let messages = events.map { $0.message.hasSuffix("\n") ? String($0.message.dropLast()) : $0.message }
        guard let requestID else { return messages }
        // One invocation's lines are contiguous in its stream: START … REPORT.
        for stream in group.streams.values.sorted(by: { $0.name < $1.name }) {
            let lines = stream.events.map { $0.message.hasSuffix("\n") ? String($0.message.dropLast()) : $0.message }
            guard let start = lines.firstIndex(where: { $0.hasPrefix("START RequestId: \(requestID)") }) else { continue }
            let end = lines[start...].firstIndex { $0.hasPrefix("REPORT RequestId: \(requestID)") } ?? lines.count - 1
            return Array(lines[start...end])
        }
        return []
    }

    /// `REPORT RequestId: …\tDuration: 12.50 ms\tBilled Duration: 13 ms\t…` as a dict of numbers.
    static func parseReport(_ line: String) -> PythonValue {
        var fields: [(String, PythonValue)] = []
        for part in line.split(separator: "\t").dropFirst() {
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2 else { continue }
            let number = pieces[1].split(separator: " ").first.map(String.init) ?? pieces[1]
            if !number.contains("."), let whole = Int(number) {
                fields.append((pieces[0], .int(whole)))
            } else if let decimal = Double(number) {
                fields.append((pieces[0], .float(decimal)))
            } else {
                fields.append((pieces[0], .string(pieces[1])))
            }
        }
        return .object(fields)
    }
}

/// Moves a lab world's clock: environments idle for longer than the keep-alive expire.
enum LabClock {
    static func advance(_ world: inout World, environments: ExecutionEnvironments, by duration: SimulatedDuration) {
        world.advanceClock(by: duration, environments: environments)
    }
}
