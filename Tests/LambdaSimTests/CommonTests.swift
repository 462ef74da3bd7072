import Testing
@testable import LambdaSim

@Suite("Shared pieces: timestamps, errors, ids and responses")
struct CommonTests {
    @Test("Each service prints instants its own way", arguments: [
        (Int64(1_767_225_600_000), "2026-01-01T00:00:00.000+0000", "2026-01-01T00:00:00+00:00", "2026/01/01"),
        (1_767_312_245_678, "2026-01-02T00:04:05.678+0000", "2026-01-02T00:04:05+00:00", "2026/01/02"),
    ])
    func timestamps(milliseconds: Int64, lambda: String, cli: String, prefix: String) {
        let instant = SimulatedInstant(millisecondsSinceEpoch: milliseconds)
        #expect(instant.lambdaTimestamp == lambda)
        #expect(instant.cliTimestamp == cli)
        #expect(instant.logStreamDatePrefix == prefix)
    }

    @Test("A service error prints as the AWS CLI prints it")
    func cliLine() {
        let error = ServiceError.lambda(.resourceNotFound, "Function not found: arn:aws:lambda:us-east-1:123456789012:function:f")
        #expect(error.cliMessage(operation: "GetFunction")
                == "An error occurred (ResourceNotFoundException) when calling the GetFunction operation: Function not found: arn:aws:lambda:us-east-1:123456789012:function:f")
        #expect(error.type == "User")
        #expect(error.httpStatus == 404)
    }

    @Test("Errors carry AWS's HTTP status for their code", arguments: [
        (ServiceError.Code.resourceNotFound, 404), (.resourceConflict, 409), (.invalidParameterValue, 400), (.validation, 400),
        (.preconditionFailed, 412), (.requestEntityTooLarge, 413), (.accessDeniedException, 403), (.noSuchEntity, 404),
        (.entityAlreadyExists, 409), (.deleteConflict, 409), (.malformedPolicyDocument, 400), (.limitExceeded, 409),
        (.logsResourceNotFound, 400),
    ])
    func statuses(code: ServiceError.Code, status: Int) {
        #expect(code.httpStatus == status)
    }

    @Test("A service error converts to the CLI layer's error, keeping Lambda's Type only for Lambda")
    func bridge() {
        let lambda = ServiceError.lambda(.resourceConflict, "Function already exist: f").awsServiceError
        #expect(lambda.code == "ResourceConflictException" && lambda.httpStatus == 409 && lambda.type == "User")
        let iam = ServiceError.iam(.noSuchEntity, "The role with name r cannot be found.").awsServiceError
        #expect(iam.type == nil && iam.httpStatus == 404)
    }

    @Test("IAM unique ids have a prefix and 17 characters from A-Z and 2-7", arguments: [IAMIDPrefix.role, .user, .policy])
    func iamIDs(prefix: IAMIDPrefix) {
        var random = SeededRandom(seed: 3)
        let id = random.iamUniqueID(prefix: prefix)
        #expect(id.count == 21)
        #expect(id.hasPrefix(prefix.rawValue))
        #expect(id.dropFirst(4).allSatisfy { "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".contains($0) })
    }

    @Test("Responses convert to ordered JSON with their types")
    func json() {
        let value = ResponseValue.object([
            ResponseMember("b", .integer(2)), ResponseMember("a", .list([.string("x"), .bool(true), .null])),
            ResponseMember("c", .decimal("0.5")),
        ])
        #expect(value.json.objectValue?.keys == ["b", "a", "c"])
        #expect(value.json["b"]?.intValue == 2)
        #expect(value.json["c"]?.doubleValue == 0.5)
        #expect(value.json["a"]?.arrayValue?.count == 3)
    }

    @Test("Policy documents in responses keep the author's key order and numbers")
    func policyResponse() {
        let value = ResponseValue(policyText: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"NumericLessThan":{"s3:max-keys":10}}}]}"#)
        #expect(value.keys == ["Version", "Statement"])
        #expect(value["Statement"]?.listValue?.first?["Condition"]?["NumericLessThan"]?["s3:max-keys"] == .integer(10))
    }
}
