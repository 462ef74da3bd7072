import LambdaSim

/// How `invoke` shows an invocation: the response, the function's log, and a one-line summary.
enum InvocationView {
    static func render(_ response: InvokeResponse, on console: Console) {
        let payload = String(decoding: response.payload, as: UTF8.self)
        let parsed = try? JSONValue(parsing: payload)
        if response.functionError != nil, let error = parsed, let type = error["errorType"]?.stringValue {
            let message = error["errorMessage"]?.stringValue ?? ""
            console.line(.styled("Function error (\(response.functionError!)): ", .error) + .styled("\(type): \(message)", .error))
            let stack = error["stackTrace"]?.arrayValue?.compactMap(\.stringValue) ?? []
            if !stack.isEmpty {
                console.line(.styled("Traceback (most recent call last):", .dim))
                for frame in stack {
                    for line in frame.split(separator: "\n") { console.line(.styled(Printable.escaped(String(line)), .dim)) }
                }
            }
        } else if let parsed {
            console.line(StyledText(Printable.escaped(parsed.rendered(indent: 4))))
        } else if !payload.isEmpty {
            console.line(StyledText(Printable.escaped(payload)))
        }
        guard let record = response.invocation else { return }
        console.line()
        let where_ = record.logsDelivered ? "log stream \(record.logStreamName)"
            : "not delivered to CloudWatch Logs: the execution role may not write logs ('explain last' says why)"
        console.line(.styled("Log (\(where_)):", .dim))
        let widths = LogView.reportColumnWidths(record.logLines)
        for line in record.logLines { console.line(StyledText("  ") + LogView.styledMessage(line, reportWidths: widths)) }
        console.line()
        console.line(summary(record))
    }

    /// `Cold start · env-1 · duration 1.23 ms · billed 118 ms · memory 37 of 128 MB · $0.0000004458`.
    static func summary(_ record: InvocationRecord) -> StyledText {
        let temperature: StyledText = record.cold ? .styled("Cold start", .warning) : .styled("Warm start", .success)
        var text = temperature + " · \(record.environmentID) · duration \(milliseconds(record.durationMicroseconds))"
        if let initDuration = record.initDurationMicroseconds { text = text + " (+ init \(milliseconds(initDuration)))" }
        text = text + " · billed \(record.billedDurationMilliseconds) ms · memory \(record.maxMemoryUsedMB) of \(record.memorySizeMB) MB"
        text = text + " · " + dollars(record.cost)
        if record.status != .success { text = text + " · " + .styled(statusText(record), .error) }
        return text
    }

    static func statusText(_ record: InvocationRecord) -> String {
        switch record.status {
        case .success: "succeeded"
        case .unhandled: "failed: \(record.errorType ?? "error")"
        case .timeout: "timed out"
        case .outOfMemory: "ran out of memory"
        case .initError: "INIT failed: \(record.errorType ?? "error")"
        case .crashed: "the runtime exited: \(record.errorType ?? "error")"
        }
    }

    /// `15.74 ms`, as REPORT prints durations (rounded down).
    static func milliseconds(_ microseconds: Int64) -> String {
        let hundredths = microseconds / 10
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) ms"
    }

    /// Dollars with four significant digits: `$0.0000004458`, `$0.0021`, `$0`.
    static func dollars(_ money: Money) -> String {
        guard money != .zero else { return "$0" }
        for decimals in 2...Money.scaleDigits {
            let text = money.formatted(decimals: decimals)
            let significant = text.drop { $0 == "$" || $0 == "0" || $0 == "." }.filter(\.isNumber)
            if significant.count >= 4 || decimals == Money.scaleDigits {
                var trimmed = text
                while trimmed.hasSuffix("0") { trimmed.removeLast() }
                if trimmed.hasSuffix(".") { trimmed.removeLast() }
                return trimmed
            }
        }
        return money.description
    }
}
