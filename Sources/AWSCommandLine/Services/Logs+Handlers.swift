import Foundation
import IAM
import LambdaSim

// `aws logs ...` bound to the simulation: log groups (create, delete, retention), their streams and events. Each handler first
// checks that the caller may make the request (`logs:GetLogEvents` on the stream's ARN, ...).

enum LogsHandlers {
    static let all: [AWSOperation] = groups + reading + [tail]

    /// Creating and removing log groups, and how long they keep events.
    static let groups: [AWSOperation] = [
        AWSOperation(LogsModel.createLogGroup) { request, context throws(ServiceError) in
            let group = request.string("logGroupName") ?? ""
            try context.world.authorizeCaller(action: "logs:CreateLogGroup", resource: context.world.logGroupARN(group) + ":*", service: .logs)
            try context.world.createLogGroup(named: group)
            return nil
        },
        AWSOperation(LogsModel.deleteLogGroup) { request, context throws(ServiceError) in
            let group = request.string("logGroupName") ?? ""
            try context.world.authorizeCaller(action: "logs:DeleteLogGroup", resource: context.world.logGroupARN(group) + ":*", service: .logs)
            try context.world.deleteLogGroup(named: group)
            return nil
        },
        AWSOperation(LogsModel.putRetentionPolicy) { request, context throws(ServiceError) in
            let group = request.string("logGroupName") ?? ""
            try context.world.authorizeCaller(action: "logs:PutRetentionPolicy", resource: context.world.logGroupARN(group) + ":*", service: .logs)
            try context.world.putRetentionPolicy(groupName: group, retentionInDays: request.int("retentionInDays") ?? 0)
            return nil
        },
    ]

    static let reading: [AWSOperation] = [
        AWSOperation(LogsModel.describeLogGroups) { request, context throws(ServiceError) in
            try context.world.authorizeCaller(action: "logs:DescribeLogGroups",
                                              resource: context.world.logGroupARN("*"), service: .logs)
            let groups = try context.world.describeLogGroups(prefix: request.string("logGroupNamePrefix"),
                                                             limit: request.int("limit") ?? 50)
            return ["logGroups": .array(groups.map(\.json))]
        },
        AWSOperation(LogsModel.describeLogStreams) { request, context throws(ServiceError) in
            let group = groupName(request)
            try context.world.authorizeCaller(action: "logs:DescribeLogStreams",
                                              resource: context.world.logGroupARN(group) + ":*", service: .logs)
            let order = request.string("orderBy").flatMap(LogStreamOrder.init(rawValue:)) ?? .logStreamName
            let streams = try context.world.describeLogStreams(
                groupName: group, prefix: request.string("logStreamNamePrefix"), orderBy: order,
                descending: request.bool("descending") ?? false, limit: request.int("limit") ?? 50)
            return ["logStreams": .array(streams.map(\.json))]
        },
        AWSOperation(LogsModel.getLogEvents) { request, context throws(ServiceError) in
            let group = groupName(request)
            let stream = request.string("logStreamName") ?? ""
            try context.world.authorizeCaller(action: "logs:GetLogEvents",
                                              resource: context.world.logGroupARN(group) + ":log-stream:" + stream, service: .logs)
            return try context.world.getLogEvents(
                groupName: group, streamName: stream, startTime: long(request, "startTime"), endTime: long(request, "endTime"),
                limit: request.int("limit") ?? 10_000, startFromHead: request.bool("startFromHead") ?? false,
                nextToken: request.string("nextToken")).json
        },
        AWSOperation(LogsModel.filterLogEvents) { request, context throws(ServiceError) in
            let group = groupName(request)
            try context.world.authorizeCaller(action: "logs:FilterLogEvents",
                                              resource: context.world.logGroupARN(group) + ":*", service: .logs)
            let events = try context.world.filterLogEvents(
                groupName: group, streamNames: request.strings("logStreamNames"),
                streamNamePrefix: request.string("logStreamNamePrefix"), startTime: long(request, "startTime"),
                endTime: long(request, "endTime"), filterPattern: request.string("filterPattern"),
                limit: request.int("limit") ?? 10_000)
            return ["events": .array(events.map(\.json)), "searchedLogStreams": .array([])]
        },
    ]

    /// `--log-group-name`, or `--log-group-identifier` as a name or an ARN (`arn:aws:logs:…:log-group:NAME[:*]`).
    static func groupName(_ request: AWSRequest) -> String {
        if let name = request.string("logGroupName") { return name }
        guard let identifier = request.string("logGroupIdentifier") else { return "" }
        guard identifier.hasPrefix("arn:"), let range = identifier.range(of: ":log-group:") else { return identifier }
        var name = String(identifier[range.upperBound...])
        if name.hasSuffix(":*") { name.removeLast(2) }
        return name
    }

    static func long(_ request: AWSRequest, _ member: String) -> Int64? {
        request.int(member).map(Int64.init)
    }
}

// MARK: - `aws logs tail` (a CLI customization: awscli/customizations/logs/tail.py, not a botocore operation)

extension LogsHandlers {
    /// `aws logs tail GROUP [--since 10m] [--format detailed|short|json] [--filter-pattern P]`: the events since then,
    /// one line each, as the CLI's formatters print them. It calls FilterLogEvents, so its errors name that operation.
    static let tailDeclaration = AWSOperationDeclaration(
        service: "logs", apiName: "FilterLogEvents", name: "tail",
        summary: "Tails the logs for a CloudWatch Logs group. By default, the command returns logs from all associated "
            + "CloudWatch Logs streams during the past ten minutes. Note that there is no guarantee for exact timestamp ordering of logs.",
        parameters: [
            .positional("group_name", help: "The name of the CloudWatch Logs group."),
            sinceParameter,
            followParameter,
            .local("format", .enumeration(["detailed", "short", "json", "none"]),
                   help: "The format to display the logs: detailed (the default: the timestamp with microseconds and time zone, "
                    + "the log stream name and the message), short (a shortened timestamp and the message), or json (messages "
                    + "that are entirely JSON, pretty-printed)."),
            .local("filter-pattern", .string, help: "The filter pattern to use. If not provided, all the events are matched."),
            .local("log-stream-names", .list(of: .string), help: "The list of stream names to filter logs by. This parameter "
                   + "cannot be specified when --log-stream-name-prefix is also specified."),
            .local("log-stream-name-prefix", .string, help: "The prefix to filter logs by. Only events from log streams with "
                   + "names beginning with this prefix will be returned."),
        ])

    private static var sinceParameter: AWSParameter {
        var since = AWSParameter.local("since", .string, help: "From what time to begin displaying logs. By default, logs will be "
            + "displayed starting from ten minutes in the past. The value provided can be an ISO 8601 timestamp or a relative time: "
            + "a number and a single unit, s, m, h, d or w (5m is five minutes in the past).")
        since.checks = [.tailSince]
        return since
    }

    private static var followParameter: AWSParameter {
        var follow = AWSParameter.local("follow", .boolean, help: "Whether to continuously poll for new logs. Not simulated: "
            + "the simulated clock only moves when you invoke or advance it, so run tail again instead.")
        follow.checks = [.notSimulated(message: "--follow is not simulated here: the simulated clock moves only when you invoke a "
            + "function or type 'clock advance', so there is nothing to wait for. Run 'aws logs tail' again to see new events.")]
        return follow
    }

    static let tail = AWSOperation(tailDeclaration) { request, context throws(ServiceError) in
        let group = request.localString("group_name") ?? ""
        try context.world.authorizeCaller(action: "logs:FilterLogEvents", resource: context.world.logGroupARN(group) + ":*", service: .logs)
        let now = context.world.clock.now.millisecondsSinceEpoch
        let sinceText = request.localString("since") ?? "10m"
        let start = TailSince.offset(sinceText).map { now - $0 } ?? TailSince.instant(sinceText) ?? now - 600_000
        let format = request.localString("format") ?? "detailed"
        if format == "none" {
            throw .logs(.logsInvalidParameter, "--format none is not simulated here: use detailed, short or json.")
        }
        let events = try context.world.filterLogEvents(
            groupName: group, streamNames: request.local["log-stream-names"]?.arrayValue?.compactMap(\.stringValue),
            streamNamePrefix: request.localString("log-stream-name-prefix"), startTime: max(0, start),
            filterPattern: request.localString("filter-pattern"))
        context.printText(events.map { TailFormat.line(for: $0, format: format) }.joined())
        return nil
    }
}

/// `logs tail --since`: `10m`, `2h`, `1w` (one number, one unit, as the CLI's regex allows) or an ISO 8601 instant.
enum TailSince {
    /// How far back a relative time reaches, in milliseconds, or nil if `text` is not one.
    static func offset(_ text: String) -> Int64? {
        guard let unit = text.last, let amount = Int64(text.dropLast()), amount >= 0, text.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let size: Int64
        switch unit {
        case "s": size = 1000
        case "m": size = 60_000
        case "h": size = 3_600_000
        case "d": size = 86_400_000
        case "w": size = 604_800_000
        default: return nil
        }
        let (product, overflow) = amount.multipliedReportingOverflow(by: size)
        return overflow ? nil : product
    }

    /// An ISO 8601 instant (`2026-01-01`, `2026-01-01T00:05:00Z`) in epoch milliseconds; without a zone it is UTC.
    static func instant(_ text: String) -> Int64? {
        guard let seconds = DateValue.secondsSinceEpoch(text), text.contains("-"), seconds.isFinite,
              abs(seconds) < 1e14 else { return nil }
        return Int64((seconds * 1000).rounded())
    }
}

/// The CLI's tail formatters: `detailed` is `<isoformat(timespec='microseconds')> <stream> <message>`, `short`
/// `<%Y-%m-%dT%H:%M:%S> <message>`; each message loses its trailing whitespace and ends in one newline.
enum TailFormat {
    static func line(for event: FilteredLogEvent, format: String) -> String {
        let iso = CivilTime(millisecondsSinceEpoch: event.event.timestamp).iso8601  // 2026-01-01T00:00:00.123Z
        let seconds = String(iso.prefix(19))
        let message = String(event.event.message.reversed().drop { $0.isWhitespace }.reversed())
        switch format {
        case "short":
            return "\(seconds) \(message)\n"
        case "json":
            // Python's isoformat() leaves the fraction out when it is zero.
            let milliseconds = iso.dropFirst(20).prefix(3)
            let timestamp = seconds + (milliseconds == "000" ? "" : ".\(milliseconds)000") + "+00:00"
            var shown = message
            if let value = try? JSONValue(parsing: message) {
                shown = "\n" + value.rendered(indent: 4, ensureASCII: true)
            }
            return "\(timestamp) \(event.logStreamName) \(shown)\n"
        default:
            let milliseconds = iso.dropFirst(20).prefix(3)
            return "\(seconds).\(milliseconds)000+00:00 \(event.logStreamName) \(message)\n"
        }
    }
}
