import LambdaSim

/// A function's log events made readable for `logs` (and `invoke`'s log tail): grouped by stream and invocation,
/// START/END/REPORT dimmed, REPORT's tab-separated fields lined up in columns.
enum LogView {
    /// The events of one invocation (INIT lines go with the invocation they precede) in one stream.
    struct Block: Equatable {
        var streamName: String
        var requestID: String?
        var events: [LogEvent]
    }

    /// The group's events at or after `start`, as invocation blocks; streams in the order they were first written.
    static func blocks(of group: LogGroup, since start: Int64, requestID: String? = nil) -> [Block] {
        let streams = group.streams.values.sorted {
            ($0.firstEventTimestamp ?? $0.creationTime, $0.name) < ($1.firstEventTimestamp ?? $1.creationTime, $1.name)
        }
        var blocks: [Block] = []
        for stream in streams {
            var current = Block(streamName: stream.name, requestID: nil, events: [])
            for event in stream.events where event.timestamp >= start {
                current.events.append(event)
                if current.requestID == nil, let id = Self.requestID(in: event.message, after: "START RequestId: ") {
                    current.requestID = id
                }
                if event.message.hasPrefix("REPORT RequestId: ") {
                    blocks.append(current)
                    current = Block(streamName: stream.name, requestID: nil, events: [])
                }
            }
            if !current.events.isEmpty { blocks.append(current) }
        }
        guard let requestID else { return blocks }
        return blocks.filter { $0.requestID == requestID }
    }

    /// The id after `prefix` (`START RequestId: 8f5c… Version: $LATEST`).
    static func requestID(in message: String, after prefix: String) -> String? {
        guard message.hasPrefix(prefix) else { return nil }
        let rest = message.dropFirst(prefix.count)
        let id = rest.prefix { !$0.isWhitespace }
        return id.isEmpty ? nil : String(id)
    }

    static func render(_ blocks: [Block], on console: Console, showStreams: Bool = true) {
        let widths = reportColumnWidths(blocks.flatMap(\.events).map(\.message))
        var stream: String?
        for (index, block) in blocks.enumerated() {
            if showStreams, block.streamName != stream {
                stream = block.streamName
                if index > 0 { console.line() }
                console.line(.styled("── \(block.streamName)", .heading))
            } else if index > 0 {
                console.line()
            }
            for event in block.events { console.line(line(for: event, reportWidths: widths)) }
        }
    }

    /// `00:00:01.250  message`, styled by kind of line.
    static func line(for event: LogEvent, reportWidths: [Int]) -> StyledText {
        let time = String(CivilTime(millisecondsSinceEpoch: event.timestamp).iso8601.dropFirst(11).prefix(12))
        return StyledText.styled(time, .dim) + "  " + styledMessage(event.message, reportWidths: reportWidths, indent: 14)
    }

    /// One log message: START/END/INIT lines dimmed, REPORT's fields in columns, errors in red.
    static func styledMessage(_ message: String, reportWidths: [Int], indent: Int = 2) -> StyledText {
        if message.hasPrefix("REPORT ") {
            let fields = reportFields(message)
            var text = StyledText()
            for (index, field) in fields.enumerated() {
                let isLast = index == fields.count - 1
                let width = index < reportWidths.count ? reportWidths[index] : field.count
                let padding = isLast ? "" : String(repeating: " ", count: max(0, width - field.count) + 2)
                if let colon = field.range(of: ": ") {
                    text = text + .styled(String(field[..<colon.upperBound]), .dim) + Printable.escaped(String(field[colon.upperBound...])) + padding
                } else {
                    text = text + .styled(field, .dim) + padding
                }
            }
            return text
        }
        // The Python runtime writes a multi-line entry (a traceback) as one event with `\r` between its lines.
        let lines = message.replacingTabs().split(separator: "\r", omittingEmptySubsequences: false).joined(separator: "\n")
        let shown = Printable.escaped(lines).replacingNewlines(indent: indent)
        if message.hasPrefix("START ") || message.hasPrefix("END ") || message.hasPrefix("INIT_START ") || message.hasPrefix("INIT_REPORT ") {
            return .styled(shown, .dim)
        }
        if message.hasPrefix("[ERROR]") || message.hasPrefix("{\"errorMessage\"") || message.contains("Task timed out") {
            return .styled(shown, .error)
        }
        if message.hasPrefix("[WARNING]") { return .styled(shown, .warning) }
        return StyledText(shown)
    }

    /// `REPORT RequestId: x`, `Duration: 1.23 ms`, ...: the REPORT line's tab-separated fields.
    static func reportFields(_ message: String) -> [String] {
        message.split(separator: "\t").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// The width of each REPORT field column across `messages`, so REPORT lines line up.
    static func reportColumnWidths(_ messages: [String]) -> [Int] {
        var widths: [Int] = []
        for message in messages where message.hasPrefix("REPORT ") {
            for (index, field) in reportFields(message).enumerated() {
                if index < widths.count { widths[index] = max(widths[index], field.count) } else { widths.append(field.count) }
            }
        }
        return widths
    }
}

extension String {
    /// Tabs shown as two spaces (Lambda's log lines separate their fields with tabs).
    func replacingTabs() -> String {
        split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "  ")
    }

    /// Later lines of a multi-line message indented under the first.
    func replacingNewlines(indent: Int) -> String {
        let lines = split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1 else { return self }
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }
}
