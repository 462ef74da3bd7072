import Testing
@testable import LambdaSim

@Suite("Reserved concurrency")
struct ConcurrencyTests {
    @Test("Reserving concurrency shows in get-function and lowers the account's unreserved pool")
    func reserve() throws {
        var world = try Fixtures.worldWithFunction()
        try world.putFunctionConcurrency(functionName: "my-function", reservedConcurrentExecutions: 50)
        #expect(try world.getFunctionConcurrency(functionName: "my-function") == 50)
        #expect(try world.getFunction(functionName: "my-function").response["Concurrency"]?["ReservedConcurrentExecutions"] == .integer(50))
        #expect(world.getAccountSettings().response["AccountLimit"]?["UnreservedConcurrentExecutions"] == .integer(950))
        try world.deleteFunctionConcurrency(functionName: "my-function")
        #expect(try world.getFunctionConcurrency(functionName: "my-function") == nil)
        #expect(try world.getFunction(functionName: "my-function").response["Concurrency"] == nil)
    }

    @Test("Zero is allowed: it switches the function off")
    func zero() throws {
        var world = try Fixtures.worldWithFunction()
        #expect(try world.putFunctionConcurrency(functionName: "my-function", reservedConcurrentExecutions: 0) == 0)
    }

    @Test("Reserved concurrency follows AWS's rules and messages", arguments: [
        ("my-function", -1, "ValidationException", "1 validation error detected: Value '-1' at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 0"),
        ("my-function", 901, "InvalidParameterValueException", "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100]."),
        ("my-function:1", 5, "InvalidParameterValueException", "This operation is permitted on Lambda functions only. Aliases and versions do not support this operation. Please specify either a function name or an unqualified function ARN."),
        ("ghost", 5, "ResourceNotFoundException", "Function not found: arn:aws:lambda:us-east-1:123456789012:function:ghost"),
    ])
    func refused(name: String, value: Int, code: String, message: String) throws {
        var world = try Fixtures.worldWithFunction()
        let error = serviceError { () throws(ServiceError) in try world.putFunctionConcurrency(functionName: name, reservedConcurrentExecutions: value) }
        #expect(error?.code == code)
        #expect(error?.message == message)
    }

    @Test("The unreserved minimum counts every function's reservation, and changing one's own is allowed")
    func acrossFunctions() throws {
        var world = try Fixtures.worldWithFunction()
        try world.createFunction(Fixtures.createRequest("other"))
        try world.putFunctionConcurrency(functionName: "other", reservedConcurrentExecutions: 800)
        try world.putFunctionConcurrency(functionName: "my-function", reservedConcurrentExecutions: 100)
        #expect(serviceError { () throws(ServiceError) in
            try world.putFunctionConcurrency(functionName: "my-function", reservedConcurrentExecutions: 101)
        }?.code == "InvalidParameterValueException")
        #expect(throws: Never.self) { try world.putFunctionConcurrency(functionName: "other", reservedConcurrentExecutions: 700) }
    }
}
