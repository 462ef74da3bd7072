// `aws logs create-log-group`, `create-log-stream`, `put-log-events`, `describe-log-groups`,
// `describe-log-streams`, `get-log-events`, `filter-log-events`, and the query behind `aws logs tail`.

/// `--order-by` of `describe-log-streams`.
public enum LogStreamOrder: String, Sendable, Hashable {
    case logStreamName = "LogStreamName"
    case lastEventTime = "LastEventTime"
}

extension World {
    private static let groupNotFound = ServiceError.logs(.logsResourceNotFound, "The specified log group does not exist.")
    private static let streamNotFound = ServiceError.logs(.logsResourceNotFound, "The specified log stream does not exist.")

    /// `arn:aws:logs:REGION:ACCOUNT:log-group:NAME`.
    public func logGroupARN(_ name: String) -> String { "arn:aws:logs:\(region):\(account):log-group:\(name)" }

    /// `aws logs create-log-group`.
    public mutating func createLogGroup(named name: String) throws(ServiceError) {
        try checkLogGroupName(name)
        if logs.groups[name] != nil {
            throw .logs(.logsResourceAlreadyExists, "The specified log group already exists")
        }
        logs.groups[name] = LogGroup(name: name, creationTime: clock.now.millisecondsSinceEpoch, retentionInDays: nil, arn: logGroupARN(name))
    }

    /// `aws logs create-log-stream`.
    public mutating func createLogStream(groupName: String, streamName: String) throws(ServiceError) {
        guard var group = logs.groups[groupName] else { throw World.groupNotFound }
        if streamName.isEmpty || streamName.count > 512 || streamName.contains(":") || streamName.contains("*") {
            throw .logs(.logsInvalidParameter, ServiceError.validationMessage(
                value: streamName, field: "logStreamName", constraint: "Member must satisfy regular expression pattern: [^:*]*"))
        }
        if group.streams[streamName] != nil {
            throw .logs(.logsResourceAlreadyExists, "The specified log stream already exists")
        }
        group.streams[streamName] = LogStream(name: streamName, creationTime: clock.now.millisecondsSinceEpoch)
        logs.groups[groupName] = group
    }

    /// `aws logs put-log-events`: events with their own timestamps; ingestion time is now.
    public mutating func putLogEvents(groupName: String, streamName: String, events: [(timestamp: Int64, message: String)]) throws(ServiceError) {
        guard var group = logs.groups[groupName] else { throw World.groupNotFound }
        guard var stream = group.streams[streamName] else { throw World.streamNotFound }
        let now = clock.now.millisecondsSinceEpoch
        for event in events.sorted(by: { $0.timestamp < $1.timestamp }) {
            stream.append(LogEvent(timestamp: event.timestamp, message: event.message, ingestionTime: now))
        }
        group.streams[streamName] = stream
        logs.groups[groupName] = group
    }

    /// Delivers lines as Lambda's runtime does: the group and stream are created when missing, each line is
    /// an event stamped now. (Whether the execution role allows it is the invoker's decision.)
    public mutating func deliverLogLines(_ lines: [String], groupName: String, streamName: String, at instant: SimulatedInstant? = nil) {
        let time = (instant ?? clock.now).millisecondsSinceEpoch
        var group = logs.groups[groupName] ?? LogGroup(name: groupName, creationTime: time, retentionInDays: nil, arn: logGroupARN(groupName))
        var stream = group.streams[streamName] ?? LogStream(name: streamName, creationTime: time)
        for line in lines { stream.append(LogEvent(timestamp: time, message: line, ingestionTime: time)) }
        group.streams[streamName] = stream
        logs.groups[groupName] = group
    }

    /// `aws logs describe-log-groups`: sorted by name.
    public func describeLogGroups(prefix: String? = nil, limit: Int = 50) throws(ServiceError) -> [LogGroupDescription] {
        try checkLimit(limit, maximum: 50)
        return logs.groups.values.filter { prefix.map($0.name.hasPrefix) ?? true }
            .sorted { $0.name < $1.name }.prefix(limit).map(LogGroupDescription.init)
    }

    /// `aws logs describe-log-streams`: by name (default) or by last event time; `descending` reverses.
    public func describeLogStreams(groupName: String, prefix: String? = nil, orderBy: LogStreamOrder = .logStreamName,
                                   descending: Bool = false, limit: Int = 50) throws(ServiceError) -> [LogStreamDescription] {
        try checkLimit(limit, maximum: 50)
        guard let group = logs.groups[groupName] else { throw World.groupNotFound }
        if prefix != nil, orderBy == .lastEventTime {
            throw .logs(.logsInvalidParameter, "Cannot order by LastEventTime with a logStreamNamePrefix.")
        }
        var streams = group.streams.values.filter { prefix.map($0.name.hasPrefix) ?? true }
        switch orderBy {
        case .logStreamName: streams.sort { $0.name < $1.name }
        case .lastEventTime: streams.sort { ($0.lastEventTimestamp ?? $0.creationTime, $0.name) < ($1.lastEventTimestamp ?? $1.creationTime, $1.name) }
        }
        if descending { streams.reverse() }
        return streams.prefix(limit).map { LogStreamDescription(stream: $0, groupARN: group.arn) }
    }

    /// `aws logs get-log-events`: the newest `limit` events unless `startFromHead`; `nextToken` continues from a
    /// previous page's `nextForwardToken` (`f/…`) or `nextBackwardToken` (`b/…`).
    public func getLogEvents(groupName: String, streamName: String, startTime: Int64? = nil, endTime: Int64? = nil,
                             limit: Int = 10_000, startFromHead: Bool = false, nextToken: String? = nil) throws(ServiceError) -> LogEventsPage {
        try checkLimit(limit, maximum: 10_000)
        guard let group = logs.groups[groupName] else { throw World.groupNotFound }
        guard let stream = group.streams[streamName] else { throw World.streamNotFound }
        let indexed = stream.events.enumerated().map { (index: stream.droppedEventCount + $0.offset, event: $0.element) }
            .filter { entry in
                (startTime.map { entry.event.timestamp >= $0 } ?? true) && (endTime.map { entry.event.timestamp < $0 } ?? true)
            }
        var page: ArraySlice<(index: Int, event: LogEvent)>
        var position = startFromHead ? stream.droppedEventCount : stream.droppedEventCount + stream.events.count
        if let nextToken {
            guard let token = LogToken(nextToken) else {
                throw .logs(.logsInvalidParameter, "The specified nextToken is invalid.")
            }
            position = token.position
            page = token.isForward ? indexed.filter { $0.index >= token.position }.prefix(limit)
                                   : indexed.filter { $0.index < token.position }.suffix(limit)
        } else {
            page = startFromHead ? indexed.prefix(limit) : indexed.suffix(limit)
        }
        let forward = page.last.map { $0.index + 1 } ?? position
        let backward = page.first.map(\.index) ?? position
        return LogEventsPage(events: page.map(\.event), nextForwardToken: LogToken(isForward: true, position: forward).text,
                             nextBackwardToken: LogToken(isForward: false, position: backward).text)
    }

    /// `aws logs filter-log-events`: events of the group's streams (or the named ones) in time order that match
    /// `filterPattern` (see ``FilterPattern`` for the supported subset).
    public func filterLogEvents(groupName: String, streamNames: [String]? = nil, streamNamePrefix: String? = nil,
                                startTime: Int64? = nil, endTime: Int64? = nil, filterPattern: String? = nil,
                                limit: Int = 10_000) throws(ServiceError) -> [FilteredLogEvent] {
        try checkLimit(limit, maximum: 10_000)
        guard let group = logs.groups[groupName] else { throw World.groupNotFound }
        if streamNames != nil, streamNamePrefix != nil {
            throw .logs(.logsInvalidParameter, "logStreamNames and logStreamNamePrefix are mutually exclusive")
        }
        let pattern = try FilterPattern(filterPattern ?? "")
        var found: [FilteredLogEvent] = []
        for stream in group.streams.values.sorted(by: { $0.name < $1.name }) {
            if let streamNames, !streamNames.contains(stream.name) { continue }
            if let streamNamePrefix, !stream.name.hasPrefix(streamNamePrefix) { continue }
            for (offset, event) in stream.events.enumerated() {
                if let startTime, event.timestamp < startTime { continue }
                if let endTime, event.timestamp > endTime { continue }
                guard pattern.matches(event.message) else { continue }
                found.append(FilteredLogEvent(logStreamName: stream.name, event: event,
                                              eventID: "\(stream.name)/\(stream.droppedEventCount + offset)"))
            }
        }
        // A stable sort: events at the same instant keep stream-name order, then their order in the stream.
        let ordered = found.enumerated().sorted { ($0.element.event.timestamp, $0.offset) < ($1.element.event.timestamp, $1.offset) }
        return ordered.prefix(limit).map(\.element)
    }

    /// The query behind `aws logs tail GROUP [--since 10m] [--filter-pattern …]`: every event since `instant`.
    public func tailLogEvents(groupName: String, since instant: SimulatedInstant, filterPattern: String? = nil) throws(ServiceError) -> [FilteredLogEvent] {
        try filterLogEvents(groupName: groupName, startTime: instant.millisecondsSinceEpoch, filterPattern: filterPattern)
    }

    private func checkLimit(_ limit: Int, maximum: Int) throws(ServiceError) {
        if limit < 1 {
            throw .logs(.logsInvalidParameter, ServiceError.validationMessage(
                value: String(limit), field: "limit", constraint: "Member must have value greater than or equal to 1"))
        }
        if limit > maximum {
            throw .logs(.logsInvalidParameter, ServiceError.validationMessage(
                value: String(limit), field: "limit", constraint: "Member must have value less than or equal to \(maximum)"))
        }
    }

    private func checkLogGroupName(_ name: String) throws(ServiceError) {
        if name.isEmpty || name.count > 512 || !name.allSatisfy({ $0.isASCIILetterOrDigit || "._-/#".contains($0) }) {
            throw .logs(.logsInvalidParameter, ServiceError.validationMessage(
                value: name, field: "logGroupName", constraint: "Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+"))
        }
    }
}

/// `f/000…042` / `b/000…007`: a position in a stream, as CloudWatch's 56-digit tokens look.
struct LogToken {
    let isForward: Bool
    let position: Int

    init(isForward: Bool, position: Int) {
        self.isForward = isForward
        self.position = position
    }

    init?(_ text: String) {
        guard text.count > 2, text.hasPrefix("f/") || text.hasPrefix("b/"), let position = Int(text.dropFirst(2)) else { return nil }
        isForward = text.hasPrefix("f/")
        self.position = position
    }

    var text: String {
        let digits = String(position)
        return (isForward ? "f/" : "b/") + String(repeating: "0", count: max(0, 56 - digits.count)) + digits
    }
}
