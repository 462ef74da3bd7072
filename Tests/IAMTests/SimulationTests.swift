import Testing
import IAM

@Suite("Simulation helpers and low-level matchers")
struct SimulationTests {
    @Test("Simulating a custom policy gives one evaluation per action and resource, actions first")
    func simulateCustomPolicy() {
        let results = PolicyEvaluator.simulate(
            policies: [readReports], actions: ["s3:GetObject", "s3:PutObject"],
            resources: ["arn:aws:s3:::reports/a", "arn:aws:s3:::other/a"]
        )
        #expect(results.map(\.decision.evalDecision) == ["allowed", "implicitDeny", "implicitDeny", "implicitDeny"])
        #expect(results.map(\.request.resource) == ["arn:aws:s3:::reports/a", "arn:aws:s3:::other/a", "arn:aws:s3:::reports/a", "arn:aws:s3:::other/a"])
    }

    @Test("Matched statements carry their start and end positions, as simulate-custom-policy reports them")
    func matchedStatementPosition() {
        let document = policy("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n  ]\n}")
        let evaluation = evaluate([document], action: "s3:GetObject")
        #expect(evaluation.matchedStatements.first?.position == SourcePosition(line: 4, column: 5))
        #expect(evaluation.matchedStatements.first?.endPosition == SourcePosition(line: 4, column: 58))
    }

    @Test("A trust policy check answers whether a service may assume the role", arguments: [
        ("lambda.amazonaws.com", true), ("states.amazonaws.com", false),
    ])
    func allowsAssumeRole(service: String, expected: Bool) {
        #expect(lambdaTrust.allowsAssumeRole(byService: service) == expected)
    }

    @Test("Wildcard patterns backtrack over several stars and count ? as one character", arguments: [
        ("a*b*c", "axxbyyc", true), ("a*b*c", "axxbyy", false), ("*a*a*a*a*", "banana", false), ("*a*a*a*", "banana", true), ("*an*an*", "banana", true),
        ("?", "é", true), ("??", "é", false), ("*", "", true), ("", "", true), ("", "a", false), ("a**", "a", true),
    ])
    func wildcards(pattern: String, text: String, expected: Bool) {
        #expect(WildcardPattern(pattern, caseSensitive: true).matches(text) == expected)
    }

    @Test("Dates parse in the ISO 8601 forms and as epoch seconds", arguments: [
        ("1970-01-01T00:00:00Z", 0.0), ("1970-01-02", 86_400), ("2000-03-01T00:00:00Z", 951_868_800),
        ("1970-01-01T01:00:00+01:00", 0), ("1795000000", 1_795_000_000), ("1970-01-01T00:00:01.5Z", 1.5),
    ])
    func dates(text: String, seconds: Double) {
        #expect(DateValue.secondsSinceEpoch(text) == seconds)
    }

    @Test("Texts that are not dates are refused", arguments: ["", "yesterday", "2026-13-01", "2026-11-26T25:00Z", "2026-11-26T10:00Zjunk", "-"])
    func notDates(text: String) {
        #expect(DateValue.secondsSinceEpoch(text) == nil)
    }

    @Test("Invalid CIDR blocks never match", arguments: ["10.0.0.0/33", "10.0.0", "300.1.1.1", "1::2::3", "10.0.0.0/x", "::1/129"])
    func invalidRanges(range: String) {
        #expect(!conditionHolds("IpAddress", "aws:SourceIp", "\"\(range)\"", "10.0.0.1"))
    }

    @Test("A /0 block matches every address of its family")
    func zeroPrefix() {
        #expect(conditionHolds("IpAddress", "aws:SourceIp", #""0.0.0.0/0""#, "198.51.100.7"))
        #expect(conditionHolds("IpAddress", "aws:SourceIp", #""::/0""#, "2001:db8::1"))
    }
}
