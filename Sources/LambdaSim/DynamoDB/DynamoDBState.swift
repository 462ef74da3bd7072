// Simulated DynamoDB: the tables of the account.

/// The DynamoDB part of the account.
public struct DynamoDBState: Hashable, Sendable, Codable {
    public init() {}
}
