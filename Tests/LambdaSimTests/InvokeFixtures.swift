import Foundation
@testable import LambdaSim

/// A world with one function and the live environments to invoke it.
struct InvokeHarness {
    var world: World
    let environments = ExecutionEnvironments()

    /// `my-function` (python3.12, 128 MB, 3 s) running `source` as lambda_function.py.
    init(_ source: String = Fixtures.handlerSource, handler: String = "lambda_function.lambda_handler", seed: UInt64 = 0,
         files: [(String, String)] = [], timeout: Int = 3, memorySize: Int = 128, runtime: String = "python3.12") throws {
        world = try Fixtures.worldWithRole(seed: seed)
        let zip = try CodePackage.zip(textFiles: [("lambda_function.py", source)] + files)
        try world.createFunction(CreateFunctionRequest(functionName: "my-function", runtime: runtime, role: Fixtures.roleARN,
                                                       handler: handler, zipFile: zip, timeout: timeout, memorySize: memorySize))
    }

    /// Invokes `my-function` (or `name`) with a JSON payload.
    @discardableResult
    mutating func invoke(_ payload: String = "{}", name: String = "my-function", qualifier: String? = nil,
                         logType: LogType = .none) throws(ServiceError) -> InvokeResponse {
        try world.invoke(InvokeRequest(functionName: name, qualifier: qualifier, payload: Array(payload.utf8), logType: logType),
                         environments: environments)
    }

    var last: InvocationRecord { world.lambda.invocations.last! }
}

extension InvokeResponse {
    var body: String { String(decoding: payload, as: UTF8.self) }
}
