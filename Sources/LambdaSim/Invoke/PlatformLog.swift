// Lambda's platform log lines (facts §3.2) and the runtime's error entry (§3.3), in the text log format.
import Foundation
import MiniPython

enum PlatformLog {
    /// `15.74` from 15,740 µs: two decimals, rounded down as the REPORT line shows them.
    static func milliseconds(_ microseconds: Int64) -> String {
        let hundredths = microseconds / 10
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    static func initStart(runtime: Runtime, region: RegionName) -> String {
        let version = ExecutionModel.runtimeVersion(runtime)
        return "INIT_START Runtime Version: \(version)\tRuntime Version ARN: arn:aws:lambda:\(region)::runtime:\(runtimeHash(version))"
    }

    static func start(requestID: String, version: FunctionVersionID) -> String {
        "START RequestId: \(requestID) Version: \(version)"
    }

    static func end(requestID: String) -> String { "END RequestId: \(requestID)" }

    /// `REPORT RequestId: …\tDuration: …\tBilled Duration: …\tMemory Size: …\tMax Memory Used: …\t[Init Duration: …\t][Status: …]`.
    static func report(requestID: String, durationMicroseconds: Int64, billedMilliseconds: Int64, memorySizeMB: Int,
                       maxMemoryUsedMB: Int, initMicroseconds: Int64?, status: InvocationStatus, errorType: String?) -> String {
        var line = "REPORT RequestId: \(requestID)\tDuration: \(milliseconds(durationMicroseconds)) ms\tBilled Duration: \(billedMilliseconds) ms"
            + "\tMemory Size: \(memorySizeMB) MB\tMax Memory Used: \(maxMemoryUsedMB) MB\t"
        if let initMicroseconds { line += "Init Duration: \(milliseconds(initMicroseconds)) ms\t" }
        switch status {
        case .success, .unhandled: break
        case .timeout: line += "Status: timeout"
        case .outOfMemory, .initError, .crashed: line += "Status: error\tError Type: \(errorType ?? "Runtime.Unknown")"
        }
        return line
    }

    /// `INIT_REPORT Init Duration: …\tPhase: init\tStatus: error\tError Type: …`.
    static func initReport(microseconds: Int64, phase: String, timedOut: Bool, errorType: String) -> String {
        "INIT_REPORT Init Duration: \(milliseconds(microseconds)) ms\tPhase: \(phase)\t"
            + (timedOut ? "Status: timeout" : "Status: error\tError Type: \(errorType)")
    }

    /// The runtime's `[ERROR]` entry: one event whose lines are joined by `\r`, frames indented with no-break spaces.
    static func errorEntry(errorType: String, errorMessage: String, stackTrace: [String]) -> String {
        var description = "[ERROR]"
        if !errorType.isEmpty { description += " " + errorType }
        if !errorMessage.isEmpty { description += (errorType.isEmpty ? "" : ":") + " " + errorMessage }
        var lines = [description, "Traceback (most recent call last):"]
        for element in stackTrace {
            if element.isEmpty { lines.append(""); continue }
            for line in element.split(separator: "\n", omittingEmptySubsequences: false).dropLast(element.hasSuffix("\n") ? 1 : 0) {
                let indent = line.prefix { $0 == " " }.count
                lines.append(String(repeating: "\u{00A0}", count: indent) + line.dropFirst(indent))
            }
        }
        return lines.joined(separator: "\r")
    }

    /// `<ISO time> <request id> Task timed out after 3.00 seconds`.
    static func taskTimedOut(at instant: SimulatedInstant, requestID: String, timeoutSeconds: Int) -> String {
        "\(instant) \(requestID) Task timed out after \(timeoutSeconds).00 seconds"
    }

    /// A stable 64-hex-digit id for a runtime version's ARN (FNV-1a over the name, four times).
    private static func runtimeHash(_ text: String) -> String {
        var out = ""
        for salt in 0..<4 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(salt)
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            let digits = String(hash, radix: 16)
            out += String(repeating: "0", count: 16 - digits.count) + digits
        }
        return out
    }

    /// The base64 of the last 4 KB of `lines` joined as a log tail (`X-Amz-Log-Result`).
    static func tail(_ lines: [String]) -> String {
        var bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        if bytes.count > 4096 { bytes = Array(bytes.suffix(4096)) }
        return Data(bytes).base64EncodedString()
    }
}

/// JSON text as Python's `json.dumps` writes it (`", "` and `": "` separators), for the runtime's error payloads.
enum PythonJSON {
    static func string(_ text: String, ensureASCII: Bool = true) -> String {
        PyJSONEncoder.encodeString(text, ensureASCII: ensureASCII)
    }

    /// The runtime's error payload: `{"errorMessage": …, "errorType": …, "requestId": …, "stackTrace": […]}`.
    static func errorPayload(message: String, type: String, requestID: String, stackTrace: [String], ensureASCII: Bool) -> String {
        "{\"errorMessage\": \(string(message, ensureASCII: ensureASCII)), \"errorType\": \(string(type, ensureASCII: ensureASCII)), "
            + "\"requestId\": \(string(requestID, ensureASCII: ensureASCII)), \"stackTrace\": ["
            + stackTrace.map { string($0, ensureASCII: ensureASCII) }.joined(separator: ", ") + "]}"
    }

    /// A platform error payload (timeouts, crashes): `{"errorType":"Sandbox.Timedout","errorMessage":"…"}`.
    static func platformErrorPayload(type: String, message: String) -> String {
        "{\"errorType\":\(string(type)),\"errorMessage\":\(string(message))}"
    }
}
