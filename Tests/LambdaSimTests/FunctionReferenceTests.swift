import Testing
@testable import LambdaSim

@Suite("--function-name forms and qualifiers")
struct FunctionReferenceTests {
    @Test("Names, qualified names, partial and full ARNs all name the function", arguments: [
        ("my-function", nil, "my-function", nil),
        ("my-function:3", nil, "my-function", "3"),
        ("my-function:$LATEST", nil, "my-function", "$LATEST"),
        ("my-function:PROD", nil, "my-function", "PROD"),
        ("123456789012:function:my-function", nil, "my-function", nil),
        ("123456789012:function:my-function:2", nil, "my-function", "2"),
        ("arn:aws:lambda:us-east-1:123456789012:function:my-function", nil, "my-function", nil),
        ("arn:aws:lambda:us-east-1:123456789012:function:my-function:PROD", nil, "my-function", "PROD"),
        ("my-function", "5", "my-function", "5"),
        ("my-function:5", "5", "my-function", "5"),
    ] as [(String, String?, String, String?)])
    func forms(text: String, qualifier: String?, name: String, derived: String?) throws {
        let reference = try World().functionReference(text, qualifier: qualifier)
        #expect(reference.name == name)
        #expect(reference.qualifier == derived)
    }

    static let readPattern = "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"

    @Test("Malformed names and qualifiers are refused with Lambda's messages", arguments: [
        ("bad name", nil, "ValidationException", "1 validation error detected: Value 'bad name' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: \(readPattern)"),
        ("a:b:c:d", nil, "ValidationException", "1 validation error detected: Value 'a:b:c:d' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: \(readPattern)"),
        ("my-function", "bad qualifier", "ValidationException", "1 validation error detected: Value 'bad qualifier' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)"),
        ("bad name", "bad qualifier", "ValidationException", "2 validation errors detected: Value 'bad name' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: \(readPattern); Value 'bad qualifier' at 'qualifier' failed to satisfy constraint: Member must satisfy regular expression pattern: (|[a-zA-Z0-9$_-]+)"),
        ("my-function:1", "2", "InvalidParameterValueException", "The derived qualifier from the function name does not match the specified qualifier."),
        ("arn:aws:lambda:eu-west-1:123456789012:function:my-function", nil, "ResourceNotFoundException", "Functions from 'eu-west-1' are not reachable in this region ('us-east-1')"),
        ("arn:aws:lambda:us-east-1:210987654321:function:my-function", nil, "AccessDeniedException", "User: arn:aws:iam::123456789012:user/learner is not authorized to perform: lambda:GetFunction on resource: arn:aws:lambda:us-east-1:210987654321:function:my-function because no resource-based policy allows the lambda:GetFunction action"),
    ] as [(String, String?, String, String)])
    func malformed(text: String, qualifier: String?, code: String, message: String) {
        let error = serviceError { () throws(ServiceError) in try World().functionReference(text, qualifier: qualifier) }
        #expect(error?.code == code)
        #expect(error?.message == message)
    }

    @Test("A name over 170 characters is too long to read")
    func tooLong() {
        let text = String(repeating: "f", count: 171)
        let error = serviceError { () throws(ServiceError) in try World().functionReference(text) }
        #expect(error?.message == "1 validation error detected: Value '\(text)' at 'functionName' failed to satisfy constraint: Member must have length less than or equal to 170")
    }

    @Test("Every form reaches the same function", arguments: [
        "my-function", "123456789012:function:my-function", "arn:aws:lambda:us-east-1:123456789012:function:my-function",
    ])
    func sameFunction(text: String) throws {
        let world = try Fixtures.worldWithFunction()
        #expect(try world.getFunctionConfiguration(functionName: text).functionName == "my-function")
    }

    @Test("A qualifier makes the returned ARN qualified")
    func qualifiedARN() throws {
        let world = try Fixtures.worldWithFunction()
        let configuration = try world.getFunctionConfiguration(functionName: "my-function", qualifier: "$LATEST")
        #expect(configuration.functionARN == "arn:aws:lambda:us-east-1:123456789012:function:my-function:$LATEST")
    }
}
