import Foundation
import LambdaSim

// `aws logs ...` bound to the simulation: log groups (create, delete, retention), their streams and events. Each handler first
// checks that the caller may make the request (`logs:GetLogEvents` on the stream's ARN, ...).

enum LogsHandlers {
    static let all: [AWSOperation] = groups + reading

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
