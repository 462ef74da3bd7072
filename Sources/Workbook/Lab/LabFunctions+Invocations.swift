import Foundation
import LambdaSim
import MiniPython

// `lab.invoke`, `lab.invocations`, `lab.logs` and `lab.report`.
extension LabFunctions {
    static let invocation: [(String, Function)] = [
        ("invoke", { _, _ throws(NativeError) in
            throw NativeError(type: "NotImplementedError", message: "lab.invoke(): invoking is not simulated yet")
        }),
        ("invocations", { _, _ throws(NativeError) in .list([]) }),
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

/// Moves a lab world's clock.
enum LabClock {
    static func advance(_ world: inout World, by duration: SimulatedDuration) {
        world.clock.advance(by: duration)
    }
}
