// `aws logs delete-log-group`, `delete-log-stream`, `put-retention-policy`, `delete-retention-policy`.

extension World {
    /// The retention periods CloudWatch Logs accepts, in days.
    public static let logRetentionDays: [Int] = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192,
                                                 2557, 2922, 3288, 3653]

    /// `aws logs delete-log-group`.
    public mutating func deleteLogGroup(named name: String) throws(ServiceError) {
        guard logs.groups[name] != nil else {
            throw .logs(.logsResourceNotFound, "The specified log group does not exist.")
        }
        logs.groups[name] = nil
    }

    /// `aws logs delete-log-stream`.
    public mutating func deleteLogStream(groupName: String, streamName: String) throws(ServiceError) {
        guard var group = logs.groups[groupName] else {
            throw .logs(.logsResourceNotFound, "The specified log group does not exist.")
        }
        guard group.streams[streamName] != nil else {
            throw .logs(.logsResourceNotFound, "The specified log stream does not exist.")
        }
        group.streams[streamName] = nil
        logs.groups[groupName] = group
    }

    /// `aws logs put-retention-policy`. Retention is recorded and shown; events are not expired by age (each stream
    /// keeps its newest ``LogStream/retainedEventLimit`` events instead).
    public mutating func putRetentionPolicy(groupName: String, retentionInDays: Int) throws(ServiceError) {
        guard var group = logs.groups[groupName] else {
            throw .logs(.logsResourceNotFound, "The specified log group does not exist.")
        }
        guard World.logRetentionDays.contains(retentionInDays) else {
            let allowed = World.logRetentionDays.map(String.init).joined(separator: ", ")
            throw .logs(.logsInvalidParameter, ServiceError.validationMessage(
                value: String(retentionInDays), field: "retentionInDays",
                constraint: "Member must satisfy enum value set: [\(allowed)]"))
        }
        group.retentionInDays = retentionInDays
        logs.groups[groupName] = group
    }

    /// `aws logs delete-retention-policy`: events never expire.
    public mutating func deleteRetentionPolicy(groupName: String) throws(ServiceError) {
        guard var group = logs.groups[groupName] else {
            throw .logs(.logsResourceNotFound, "The specified log group does not exist.")
        }
        group.retentionInDays = nil
        logs.groups[groupName] = group
    }
}
