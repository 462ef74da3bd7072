import Foundation
@testable import LambdaSim

/// Shared building blocks: documents, archives and a world with an execution role.
enum Fixtures {
    static let lambdaTrust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    static let ec2Trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    static let readTable = #"{"Version":"2012-10-17","Statement":[{"Sid":"ReadTodo","Effect":"Allow","Action":"dynamodb:GetItem","Resource":"arn:aws:dynamodb:us-east-1:123456789012:table/Todo"}]}"#
    static let basicExecutionARN = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
    static let roleARN = "arn:aws:iam::123456789012:role/lambda-ex"
    static let handlerSource = "def lambda_handler(event, context):\n    return {'statusCode': 200}\n"

    static func zip(_ source: String = handlerSource, path: String = "lambda_function.py") -> Data {
        do {
            return try CodePackage.zip(textFiles: [(path, source)])
        } catch {
            preconditionFailure("building a test archive failed: \(error)")
        }
    }

    /// A fresh world with the role `lambda-ex` that trusts Lambda and has AWSLambdaBasicExecutionRole.
    static func worldWithRole(seed: UInt64 = 0) throws -> World {
        var world = World(configuration: .init(seed: seed))
        try world.createRole(CreateRoleRequest(roleName: "lambda-ex", assumeRolePolicyDocument: lambdaTrust))
        try world.attachRolePolicy(roleName: "lambda-ex", policyARN: basicExecutionARN)
        return world
    }

    static func createRequest(_ name: String = "my-function", runtime: String? = "python3.12", handler: String? = "lambda_function.lambda_handler",
                              zip: Data = Fixtures.zip()) -> CreateFunctionRequest {
        CreateFunctionRequest(functionName: name, runtime: runtime, role: roleARN, handler: handler, zipFile: zip)
    }

    /// A world with the role and the function `my-function`.
    static func worldWithFunction(seed: UInt64 = 0) throws -> World {
        var world = try worldWithRole(seed: seed)
        try world.createFunction(createRequest())
        return world
    }
}

/// The error a throwing call threw, as a `ServiceError`.
func serviceError<T>(_ body: () throws(ServiceError) -> T) -> ServiceError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
