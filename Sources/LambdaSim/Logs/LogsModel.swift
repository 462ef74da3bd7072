// CloudWatch Logs: groups, streams and events, with a bounded number of events per stream.

/// One log event.
public struct LogEvent: Hashable, Sendable, Codable, ResponseConvertible {
    /// When the event happened (epoch milliseconds on the simulated clock).
    public var timestamp: Int64
    public var message: String
    /// When CloudWatch received it.
    public var ingestionTime: Int64

    public var response: ResponseValue {
        .object([ResponseMember("timestamp", .integer(timestamp)), ResponseMember("message", .string(message)),
                 ResponseMember("ingestionTime", .integer(ingestionTime))])
    }
}

/// A log stream and its most recent events.
public struct LogStream: Hashable, Sendable, Codable {
    /// Each stream keeps its newest 10,000 events; older ones are dropped (and counted), so memory stays flat
    /// however long a session runs. Real CloudWatch keeps events for the group's retention period instead.
    public static let retainedEventLimit = 10_000

    public var name: String
    public var creationTime: Int64
    public var events: [LogEvent] = []
    /// Events dropped to stay within ``retainedEventLimit``.
    public var droppedEventCount: Int = 0
    public var storedBytes: Int = 0

    public var firstEventTimestamp: Int64? { events.first?.timestamp }
    public var lastEventTimestamp: Int64? { events.last?.timestamp }
    public var lastIngestionTime: Int64? { events.last?.ingestionTime }

    /// How far the invoker's appends may run past ``retainedEventLimit`` before the oldest are dropped in one go
    /// (dropping one event per append would move 10,000 events each time).
    static let trimSlack = 1_000

    /// Appends an event and drops the oldest beyond ``retainedEventLimit``.
    mutating func append(_ event: LogEvent) {
        appendDeferringTrim(event)
        trim()
    }

    /// Appends an event; the oldest are dropped only once the stream is ``trimSlack`` past the limit, so a stream
    /// holds at most 11,000 events between trims.
    mutating func appendDeferringTrim(_ event: LogEvent) {
        events.append(event)
        storedBytes += event.message.utf8.count
        if events.count > LogStream.retainedEventLimit + LogStream.trimSlack { trim() }
    }

    /// Drops the oldest events beyond ``retainedEventLimit`` (counted in ``droppedEventCount``).
    mutating func trim() {
        guard events.count > LogStream.retainedEventLimit else { return }
        let excess = events.count - LogStream.retainedEventLimit
        events.removeFirst(excess)
        droppedEventCount += excess
    }
}

/// A log group and its streams.
public struct LogGroup: Hashable, Sendable, Codable {
    public var name: String
    public var creationTime: Int64
    public var retentionInDays: Int?
    public var arn: String
    /// Streams by name.
    public var streams: [String: LogStream] = [:]

    public var storedBytes: Int { streams.values.reduce(0) { $0 + $1.storedBytes } }
}

/// The CloudWatch Logs part of the account.
public struct LogsState: Hashable, Sendable, Codable {
    /// Groups by name; listings are sorted by name, as CloudWatch returns them.
    public var groups: [String: LogGroup] = [:]

    public init() {}
}

/// `describe-log-groups` entry.
public struct LogGroupDescription: Hashable, Sendable, ResponseConvertible {
    public let group: LogGroup

    public var response: ResponseValue {
        var out = ResponseBuilder()
        out.add("logGroupName", group.name)
        out.add("creationTime", group.creationTime)
        if let retention = group.retentionInDays { out.add("retentionInDays", retention) }
        out.add("metricFilterCount", 0)
        out.add("arn", group.arn + ":*")
        out.add("storedBytes", group.storedBytes)
        out.add("logGroupClass", "STANDARD")
        out.add("logGroupArn", group.arn)
        return out.object
    }
}

/// `describe-log-streams` entry.
public struct LogStreamDescription: Hashable, Sendable, ResponseConvertible {
    public let stream: LogStream
    public let groupARN: String

    public var response: ResponseValue {
        var out = ResponseBuilder()
        out.add("logStreamName", stream.name)
        out.add("creationTime", stream.creationTime)
        if let first = stream.firstEventTimestamp { out.add("firstEventTimestamp", first) }
        if let last = stream.lastEventTimestamp { out.add("lastEventTimestamp", last) }
        if let ingestion = stream.lastIngestionTime { out.add("lastIngestionTime", ingestion) }
        out.add("uploadSequenceToken", "1")
        out.add("arn", "\(groupARN):log-stream:\(stream.name)")
        out.add("storedBytes", 0)
        return out.object
    }
}

/// `get-log-events`' answer.
public struct LogEventsPage: Hashable, Sendable, ResponseConvertible {
    public let events: [LogEvent]
    public let nextForwardToken: String
    public let nextBackwardToken: String

    public var response: ResponseValue {
        .object([ResponseMember("events", events.responseList),
                 ResponseMember("nextForwardToken", .string(nextForwardToken)),
                 ResponseMember("nextBackwardToken", .string(nextBackwardToken))])
    }
}

/// A matched event of `filter-log-events` (and `tail`): the event with its stream.
public struct FilteredLogEvent: Hashable, Sendable, ResponseConvertible {
    public let logStreamName: String
    public let event: LogEvent
    /// `streamName-index`, stable for the event.
    public let eventID: String

    public var response: ResponseValue {
        .object([ResponseMember("logStreamName", .string(logStreamName)),
                 ResponseMember("timestamp", .integer(event.timestamp)),
                 ResponseMember("message", .string(event.message)),
                 ResponseMember("ingestionTime", .integer(event.ingestionTime)),
                 ResponseMember("eventId", .string(eventID))])
    }
}
