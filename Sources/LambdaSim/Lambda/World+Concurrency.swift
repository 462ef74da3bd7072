// `aws lambda put-function-concurrency`, `get-function-concurrency`, `delete-function-concurrency` (facts §7.3).

extension World {
    /// Reserved concurrency must leave at least this much unreserved in the account.
    public static let minimumUnreservedConcurrency = 100

    /// `aws lambda put-function-concurrency`: reserves (and caps) concurrency for the whole function. `0` switches
    /// the function off: every invocation is throttled.
    @discardableResult
    public mutating func putFunctionConcurrency(functionName: String, reservedConcurrentExecutions: Int) throws(ServiceError) -> Int {
        var function = try unqualifiedFunction(functionName, operation: "PutFunctionConcurrency")
        if reservedConcurrentExecutions < 0 {
            throw .lambdaValidation(value: String(reservedConcurrentExecutions), field: "reservedConcurrentExecutions",
                                    constraint: "Member must have value greater than or equal to 0")
        }
        let others = lambda.totalReservedConcurrency - (function.reservedConcurrency ?? 0)
        if AccountSettings.concurrentExecutionsLimit - others - reservedConcurrentExecutions < World.minimumUnreservedConcurrency {
            throw .lambda(.invalidParameterValue, "Specified ReservedConcurrentExecutions for function decreases account's "
                          + "UnreservedConcurrentExecution below its minimum value of [\(World.minimumUnreservedConcurrency)].")
        }
        function.reservedConcurrency = reservedConcurrentExecutions
        lambda.functions[function.name] = function
        return reservedConcurrentExecutions
    }

    /// `aws lambda get-function-concurrency`: `nil` (printed as `{}`) when nothing is reserved.
    public func getFunctionConcurrency(functionName: String) throws(ServiceError) -> Int? {
        try unqualifiedFunction(functionName, operation: "GetFunctionConcurrency").reservedConcurrency
    }

    /// `aws lambda delete-function-concurrency`.
    public mutating func deleteFunctionConcurrency(functionName: String) throws(ServiceError) {
        var function = try unqualifiedFunction(functionName, operation: "DeleteFunctionConcurrency")
        function.reservedConcurrency = nil
        lambda.functions[function.name] = function
    }

    private func unqualifiedFunction(_ functionName: String, operation: String) throws(ServiceError) -> LambdaFunction {
        let reference = try functionReference(functionName, usage: .modify, operation: operation)
        if reference.qualifier != nil {
            throw .lambda(.invalidParameterValue, "This operation is permitted on Lambda functions only. Aliases and versions do not support "
                          + "this operation. Please specify either a function name or an unqualified function ARN.")
        }
        return try existingFunction(reference)
    }
}
