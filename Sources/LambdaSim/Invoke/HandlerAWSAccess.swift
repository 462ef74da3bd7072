// What a handler's boto3 calls reach: the world, lent to the environment for the duration of one handler call,
// and the operations run in it as the execution role.
import Foundation
import IAM
import MiniPython
import Synchronization

/// The world as a handler's SDK calls see it. `World.lendingWorld(to:_:)` lends the world before the function's code
/// runs (INIT, then each handler call) and takes it back right after (``lend(_:principal:functionName:)`` /
/// ``reclaim()``), so a call at any other time finds no world and fails instead of touching a stale copy.
///
/// Why this is safe without unchecked annotations: the state sits in a `Mutex` (so the box is `Sendable` and the
/// native function, an `@Sendable` closure, may capture it); the interpreter runs the code synchronously on the
/// thread that called `execute`, and a native call never calls back into Python, so the lock is never taken twice.
/// Between `lend` and `reclaim` nothing but the SDK calls writes the world: the lent world is the one kept.
final class HandlerAWSAccess: Sendable {
    private struct Loan {
        var world: World
        var principal: Principal
        var functionName: String
    }
    private let loan = Mutex<Loan?>(nil)

    init() {}

    func lend(_ world: World, principal: Principal, functionName: String) {
        loan.withLock { $0 = Loan(world: world, principal: principal, functionName: functionName) }
    }

    /// The world as the handler left it.
    func reclaim() -> World? {
        loan.withLock { loan in
            defer { loan = nil }
            return loan?.world
        }
    }

    /// `_workbook_aws`: `call(service, operation, params)` returns `(True, response)` or `(False, error_response)`.
    var nativeModule: NativeModule {
        NativeModule(name: Boto3Source.nativeModuleName, functions: ["call": { [self] call in
            guard call.arguments.count == 3, case .string(let service) = call.arguments[0],
                  case .string(let operation) = call.arguments[1], case .dict(let entries) = call.arguments[2] else {
                throw NativeError(type: "TypeError", message: "call(service, operation, params) takes two strings and a dict")
            }
            var params: [String: PythonValue] = [:]
            for entry in entries {
                guard case .string(let key) = entry.key else { continue }
                params[key] = entry.value
            }
            return try perform(service: service, operation: operation, params: params)
        }])
    }

    private func perform(service: String, operation: String, params: [String: PythonValue]) throws -> PythonValue {
        try loan.withLock { loan -> PythonValue in
            guard var current = loan else {
                throw NativeError(type: "RuntimeError", message:
                    "Lambda Workbook runs boto3 calls only while the function's code runs (INIT or the handler).")
            }
            let requestID = current.world.makeRequestID()
            var status = 200
            var body: Data?
            let result: Result<ResponseValue, ServiceError>
            do throws(ServiceError) {
                result = .success(try current.world.runSDKOperation(
                    service: service, operation: operation, params: params, principal: current.principal,
                    functionName: current.functionName, status: &status, body: &body))
            } catch {
                result = .failure(error)
            }
            loan = current
            let metadata = PythonValue.object([
                ("RequestId", .string(requestID)), ("HTTPStatusCode", .int(status)),
                ("HTTPHeaders", .object([])), ("RetryAttempts", .int(0))])
            switch result {
            case .success(let response):
                let converted = HandlerAWSAccess.python(response)
                guard case .dict(var entries) = service == "dynamodb" ? HandlerAWSAccess.binaryAttributes(converted) : converted else { return .tuple([.bool(true), .object([])]) }
                if let body { entries.insert(.init(.string("Body"), .bytes(Array(body))), at: 0) }
                entries.append(.init(.string("ResponseMetadata"), metadata))
                return .tuple([.bool(true), .dict(entries)])
            case .failure(let error):
                let errorMetadata = PythonValue.object([
                    ("RequestId", .string(requestID)), ("HTTPStatusCode", .int(error.httpStatus)),
                    ("HTTPHeaders", .object([])), ("RetryAttempts", .int(0))])
                return .tuple([.bool(false), .object([
                    ("Error", .object([("Code", .string(error.code)), ("Message", .string(error.message))])),
                    ("ResponseMetadata", errorMetadata)])])
            }
        }
    }

    /// DynamoDB's `B` and `BS` values as botocore gives them: bytes (the wire carries them in base64).
    static func binaryAttributes(_ value: PythonValue) -> PythonValue {
        switch value {
        case .list(let items): return .list(items.map(binaryAttributes))
        case .dict(let entries):
            if entries.count == 1, case .string(let type) = entries[0].key {
                let decode = { (item: PythonValue) -> PythonValue in
                    guard case .string(let text) = item, let data = Data(base64Encoded: text) else { return item }
                    return .bytes(Array(data))
                }
                if type == "B" { return .dict([.init(entries[0].key, decode(entries[0].value))]) }
                if type == "BS", case .list(let items) = entries[0].value { return .dict([.init(entries[0].key, .list(items.map(decode)))]) }
            }
            return .dict(entries.map { .init($0.key, binaryAttributes($0.value)) })
        default: return value
        }
    }

    /// A response as the Python dict botocore would give (numbers as ints, timestamps as their text).
    static func python(_ value: ResponseValue) -> PythonValue {
        switch value {
        case .null: .none
        case .bool(let flag): .bool(flag)
        case .integer(let number): .int(Int(number))
        case .decimal(let text): Double(text).map(PythonValue.float) ?? .string(text)
        case .string(let text): .string(text)
        case .list(let items): .list(items.map(python))
        case .object(let members): .dict(members.map { .init(.string($0.key), python($0.value)) })
        }
    }
}
