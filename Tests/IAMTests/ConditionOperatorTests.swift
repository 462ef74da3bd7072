import Testing
import IAM

/// Whether an Allow statement with this one condition allows a request with this context value (nil = missing key).
func conditionHolds(_ operatorName: String, _ key: String, _ policyValues: String, _ requestValue: String?) -> Bool {
    var context = RequestContext()
    if let requestValue { context.set(ConditionKey(key), to: requestValue) }
    let document = statement(action: #""s3:GetObject""#, extra: #""Condition":{"\#(operatorName)":{"\#(key)":\#(policyValues)}}"#)
    return evaluate([document], action: "s3:GetObject", context: context).decision.isAllowed
}

@Suite("Condition operators")
struct ConditionOperatorTests {
    @Test("String operators compare as documented", arguments: [
        ("StringEquals", "aws:username", #""alice""#, "alice", true),
        ("StringEquals", "aws:username", #""alice""#, "Alice", false),
        ("StringEquals", "aws:username", #"["bob","alice"]"#, "alice", true),
        ("StringNotEquals", "aws:username", #""alice""#, "bob", true),
        ("StringNotEquals", "aws:username", #"["bob","alice"]"#, "alice", false),
        ("StringEqualsIgnoreCase", "aws:username", #""ALICE""#, "alice", true),
        ("StringNotEqualsIgnoreCase", "aws:username", #""ALICE""#, "alice", false),
        ("StringNotEqualsIgnoreCase", "aws:username", #""ALICE""#, "bob", true),
        ("StringLike", "s3:prefix", #""home/*""#, "home/alice/notes.txt", true),
        ("StringLike", "s3:prefix", #""home/?""#, "home/ab", false),
        ("StringLike", "s3:prefix", #""Home/*""#, "home/x", false),
        ("StringNotLike", "s3:prefix", #""home/*""#, "tmp/x", true),
        ("StringNotLike", "s3:prefix", #""home/*""#, "home/x", false),
        ("StringEquals", "AWS:SourceAccount", #""123456789012""#, "123456789012", true),
    ])
    func stringOperators(op: String, key: String, values: String, request: String, expected: Bool) {
        #expect(conditionHolds(op, key, values, request) == expected)
    }

    @Test("Numeric and date operators compare numbers and instants", arguments: [
        ("NumericEquals", "s3:max-keys", "10", "10", true),
        ("NumericEquals", "s3:max-keys", #""10""#, "10.0", true),
        ("NumericNotEquals", "s3:max-keys", "10", "11", true),
        ("NumericLessThan", "s3:max-keys", "10", "9", true),
        ("NumericLessThan", "s3:max-keys", "10", "10", false),
        ("NumericLessThanEquals", "s3:max-keys", "10", "10", true),
        ("NumericGreaterThan", "s3:max-keys", "10", "10.5", true),
        ("NumericGreaterThanEquals", "s3:max-keys", "10", "9", false),
        ("NumericLessThan", "s3:max-keys", "10", "ten", false),
        ("DateLessThan", "aws:CurrentTime", #""2026-12-01T00:00:00Z""#, "2026-11-26T17:00:00Z", true),
        ("DateGreaterThan", "aws:CurrentTime", #""2026-12-01T00:00:00Z""#, "2026-11-26T17:00:00Z", false),
        ("DateEquals", "aws:CurrentTime", #""2026-11-26T18:00:00+01:00""#, "2026-11-26T17:00:00Z", true),
        ("DateNotEquals", "aws:CurrentTime", #""2026-11-26""#, "2026-11-27", true),
        ("DateGreaterThanEquals", "aws:EpochTime", #""1795000000""#, "1795000000", true),
        ("DateLessThanEquals", "aws:CurrentTime", #""2026-11-26T17:00Z""#, "2026-11-26T17:00:00.000Z", true),
    ])
    func numericAndDateOperators(op: String, key: String, values: String, request: String, expected: Bool) {
        #expect(conditionHolds(op, key, values, request) == expected)
    }

    @Test("Bool, Binary, IP address and ARN operators compare as documented", arguments: [
        ("Bool", "aws:SecureTransport", "true", "true", true),
        ("Bool", "aws:SecureTransport", #""true""#, "false", false),
        ("Bool", "aws:SecureTransport", "false", "FALSE", true),
        ("BinaryEquals", "s3:x-amz-content-sha256", #""QmluYXJ5VmFsdWVJbkJhc2U2NA==""#, "QmluYXJ5VmFsdWVJbkJhc2U2NA==", true),
        ("IpAddress", "aws:SourceIp", #""203.0.113.0/24""#, "203.0.113.77", true),
        ("IpAddress", "aws:SourceIp", #""203.0.113.0/24""#, "203.0.114.1", false),
        ("IpAddress", "aws:SourceIp", #"["192.0.2.0/24","203.0.113.0/24"]"#, "192.0.2.9", true),
        ("IpAddress", "aws:SourceIp", #""203.0.113.5""#, "203.0.113.5", true),
        ("NotIpAddress", "aws:SourceIp", #""203.0.113.0/24""#, "198.51.100.1", true),
        ("IpAddress", "aws:SourceIp", #""2001:DB8:1234:5678::/64""#, "2001:db8:1234:5678:abcd::1", true),
        ("IpAddress", "aws:SourceIp", #""2001:DB8:1234:5678::/64""#, "2001:db8:1234:5679::1", false),
        ("IpAddress", "aws:SourceIp", #""203.0.113.0/24""#, "2001:db8::1", false),
        ("ArnLike", "aws:SourceArn", #""arn:aws:s3:::my-bucket-*""#, "arn:aws:s3:::my-bucket-1xpuxmplzrlbh", true),
        ("ArnEquals", "aws:SourceArn", #""arn:aws:sns:*:123456789012:alerts""#, "arn:aws:sns:us-east-1:123456789012:alerts", true),
        ("ArnLike", "aws:SourceArn", #""arn:aws:sns:*:123456789012:alerts""#, "arn:aws:sns:us-east-1:999999999999:alerts", false),
        ("ArnLike", "aws:SourceArn", #""arn:aws:s3:::bucket""#, "not-an-arn", false),
        ("ArnNotEquals", "aws:SourceArn", #""arn:aws:s3:::bucket""#, "arn:aws:s3:::other", true),
        ("ArnNotLike", "aws:SourceArn", #""arn:aws:s3:::bucket*""#, "arn:aws:s3:::bucket-2", false),
    ])
    func otherOperators(op: String, key: String, values: String, request: String, expected: Bool) {
        #expect(conditionHolds(op, key, values, request) == expected)
    }

    @Test("A missing key fails positive operators, satisfies negated ones, IfExists and Null:true", arguments: [
        ("StringEquals", #""x""#, false),
        ("StringLike", #""*""#, false),
        ("StringNotEquals", #""x""#, true),
        ("StringNotLike", #""x*""#, true),
        ("ArnNotLike", #""arn:aws:s3:::x""#, true),
        ("NumericLessThan", "5", false),
        ("NotIpAddress", #""10.0.0.0/8""#, true),
        ("Bool", "true", false),
        ("StringEqualsIfExists", #""x""#, true),
        ("ArnLikeIfExists", #""arn:aws:s3:::x""#, true),
        ("NumericLessThanIfExists", "5", true),
        ("Null", "true", true),
        ("Null", "false", false),
    ])
    func missingKeys(op: String, values: String, expected: Bool) {
        #expect(conditionHolds(op, "aws:SomeKey", values, nil) == expected)
    }

    @Test("IfExists compares normally when the key is present", arguments: [
        ("StringEqualsIfExists", "x", true),
        ("StringEqualsIfExists", "y", false),
    ])
    func ifExistsWithKey(op: String, request: String, expected: Bool) {
        #expect(conditionHolds(op, "aws:SomeKey", #""x""#, request) == expected)
    }

    @Test("Null:false holds when the key is present and Null:true does not")
    func nullWithKey() {
        #expect(conditionHolds("Null", "aws:TokenIssueTime", "false", "2026-11-26T00:00:00Z"))
        #expect(!conditionHolds("Null", "aws:TokenIssueTime", "true", "2026-11-26T00:00:00Z"))
    }

    @Test("Condition key names ignore case")
    func keyNamesIgnoreCase() {
        #expect(conditionHolds("StringEquals", "AWS:SOURCEACCOUNT", #""123456789012""#, "123456789012"))
        var context = RequestContext()
        context.set("aws:sourceaccount", to: "123456789012")
        #expect(context.values(for: "AWS:SourceAccount") == ["123456789012"])
    }

    @Test("Several keys and operators in one Condition block must all hold")
    func conditionsAreANDed() {
        let document = statement(action: #""s3:GetObject""#, extra: #""Condition":{"StringEquals":{"aws:SourceAccount":"123456789012","aws:username":"alice"},"Bool":{"aws:SecureTransport":"true"}}"#)
        let all: RequestContext = ["aws:SourceAccount": "123456789012", "aws:username": "alice", "aws:SecureTransport": "true"]
        var notSecure = all
        notSecure.set("aws:SecureTransport", to: "false")
        #expect(evaluate([document], action: "s3:GetObject", context: all).decision.isAllowed)
        #expect(!evaluate([document], action: "s3:GetObject", context: notSecure).decision.isAllowed)
        #expect(!evaluate([document], principal: bob, action: "s3:GetObject", context: ["aws:SourceAccount": "123456789012", "aws:SecureTransport": "true"]).decision.isAllowed)
    }

    @Test("Unparsable operator names are refused, known ones with qualifiers and IfExists parse", arguments: [
        ("StringEquals", true), ("ForAnyValue:StringLike", true), ("ForAllValues:StringEqualsIfExists", true),
        ("ArnNotLikeIfExists", true), ("Null", true), ("NullIfExists", false), ("ForAnyValue:Null", false),
        ("StringEqual", false), ("stringequals", false), ("ForSomeValues:StringEquals", false),
    ])
    func operatorNames(name: String, valid: Bool) {
        #expect((ConditionOperator(name) != nil) == valid)
    }
}
