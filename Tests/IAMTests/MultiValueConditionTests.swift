import Testing
import IAM

/// Whether an Allow with this one condition allows a request whose key has these values (nil = missing).
func setConditionHolds(_ operatorName: String, _ policyValues: String, _ requestValues: [String]?) -> Bool {
    var context = RequestContext()
    if let requestValues { context.set("aws:TagKeys", to: requestValues) }
    let document = statement(action: #""dynamodb:GetItem""#, extra: #""Condition":{"\#(operatorName)":{"aws:TagKeys":\#(policyValues)}}"#)
    return evaluate([document], action: "dynamodb:GetItem", context: context).decision.isAllowed
}

@Suite("Multi-valued condition keys")
struct MultiValueConditionTests {
    @Test("ForAllValues holds when every request value is in the policy's set, and when the key is missing or empty", arguments: [
        (#"["ID","Message","Tags"]"#, ["ID", "Message"] as [String]?, true),
        (#"["ID","Message","Tags"]"#, ["ID", "Secret"], false),
        (#"["ID","Message","Tags"]"#, nil, true),
        (#"["ID","Message","Tags"]"#, [], true),
        (#"["ID","Message","Tags"]"#, [""], true),
        (#"["ID"]"#, ["ID", "ID"], true),
    ])
    func forAllValues(policyValues: String, request: [String]?, expected: Bool) {
        #expect(setConditionHolds("ForAllValues:StringEquals", policyValues, request) == expected)
    }

    @Test("ForAnyValue holds when at least one request value matches, and never when the key is missing", arguments: [
        (#"["environment","costcenter"]"#, ["environment", "other"] as [String]?, true),
        (#"["environment","costcenter"]"#, ["other"], false),
        (#"["environment","costcenter"]"#, nil, false),
        (#"["environment","costcenter"]"#, [], false),
    ])
    func forAnyValue(policyValues: String, request: [String]?, expected: Bool) {
        #expect(setConditionHolds("ForAnyValue:StringEquals", policyValues, request) == expected)
    }

    @Test("Set qualifiers combine with negated, wildcard and IfExists operators", arguments: [
        ("ForAllValues:StringNotEquals", #"["secret"]"#, ["a", "b"] as [String]?, true),
        ("ForAllValues:StringNotEquals", #"["secret"]"#, ["a", "secret"], false),
        ("ForAnyValue:StringNotEquals", #"["a"]"#, ["a", "b"], true),
        ("ForAnyValue:StringNotEquals", #"["a"]"#, ["a"], false),
        ("ForAnyValue:StringLike", #"["env*"]"#, ["environment"], true),
        ("ForAllValues:StringLike", #"["env*","cost*"]"#, ["environment", "costcenter"], true),
        ("ForAllValues:StringLike", #"["env*"]"#, ["environment", "owner"], false),
        ("ForAnyValue:StringEqualsIgnoreCase", #"["Environment"]"#, ["ENVIRONMENT"], true),
        ("ForAnyValue:StringEqualsIfExists", #"["a"]"#, nil, true),
    ])
    func qualifiedOperators(op: String, policyValues: String, request: [String]?, expected: Bool) {
        #expect(setConditionHolds(op, policyValues, request) == expected)
    }

    @Test("Without a qualifier a positive operator matches if any request value matches, a negated one if none does", arguments: [
        ("StringEquals", ["a", "b"], true),
        ("StringEquals", ["c", "d"], false),
        ("StringNotEquals", ["a", "b"], false),
        ("StringNotEquals", ["c", "d"], true),
    ])
    func unqualifiedMultiValue(op: String, request: [String], expected: Bool) {
        #expect(setConditionHolds(op, #"["a"]"#, request) == expected)
    }
}
