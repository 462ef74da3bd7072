// The Lambda operations a handler's `boto3.client('lambda')` simulates: `Invoke`, which runs another function (or
// the same one) in an environment of its own while the caller waits, and `GetFunctionConfiguration`. Each is
// authorized as the execution role, on the ARN Lambda uses (qualified when a qualifier is named).
import Foundation
import IAM
import MiniPython

/// The invocations of one chain of requests: the learner's invoke, then every invoke its handlers make, and theirs.
/// Lambda's recursive loop detection stops a function invoked more than ``World/recursiveInvocationLimit`` times in
/// one chain (facts §8.2).
struct InvocationChain: Hashable, Sendable {
    /// How many times each function has been invoked in this chain so far.
    var invocations: [String: Int] = [:]
    /// The request ID of the invocation whose code makes the next invoke (nil for the learner's own).
    var callerRequestID: String?
}

extension World {
    /// Lambda stops a function invoked more than 16 times in the same chain of requests, and refuses the 17th
    /// with `RecursiveInvocationException` ("after 16 recursive calls": the AWS launch announcement of July 2023,
    /// facts §8.2 and §11.16). Lambda documents it for loops through SQS, SNS and S3 and sync invokes; the
    /// simulation applies it to every chain of `Invoke` calls, which also bounds how deep handlers can nest.
    public static let recursiveInvocationLimit = 16

    /// The exception's message is the shape's documentation in Lambda's API model (the service's exact wording for
    /// a synchronous refusal is not documented).
    static func recursiveInvocation() -> ServiceError {
        .lambda(ServiceError.Code("RecursiveInvocationException", httpStatus: 400),
                "Lambda has detected your function being invoked in a recursive loop with other Amazon Web Services "
                    + "resources and stopped your function's invocation.")
    }

    /// Runs one Lambda SDK operation for a handler's boto3 call, as `principal` (the execution role's session).
    mutating func runLambdaSDKOperation(_ operation: String, params: [String: PythonValue], principal: Principal,
                                        caller: SDKCaller, reply: inout SDKReply) throws(ServiceError) -> ResponseValue {
        guard case .string(let name) = params["FunctionName"] else { throw World.missingLambdaParameter("FunctionName") }
        let qualifier = params["Qualifier"]?.stringValue
        switch operation {
        case "GetFunctionConfiguration":
            if let reference = try? functionReference(name, qualifier: qualifier, usage: .read, operation: operation) {
                try requireAuthorization(principal: principal, action: "lambda:GetFunctionConfiguration",
                                         resource: functionARN(reference.name, qualifier: reference.qualifier),
                                         resourcePolicy: functionPolicy(functionName: reference.name, qualifier: reference.qualifier),
                                         service: .lambda)
            }
            return try getFunctionConfiguration(functionName: name, qualifier: qualifier).response
        case "Invoke":
            let invocationType = try World.enumValue(params["InvocationType"], field: "invocationType", InvocationType.self,
                                                     allowed: "[Event, RequestResponse, DryRun]") ?? .requestResponse
            let logType = try World.enumValue(params["LogType"], field: "logType", LogType.self, allowed: "[None, Tail]") ?? LogType.none
            let payload: [UInt8] = switch params["Payload"] {
            case .bytes(let bytes): bytes
            case .string(let text): Array(text.utf8)
            default: []
            }
            try authorizeInvoke(functionName: name, qualifier: qualifier, principal: principal)
            var request = InvokeRequest(functionName: name, qualifier: qualifier, payload: payload, invocationType: invocationType,
                                        logType: logType)
            if invocationType == .event {
                // Everything a DryRun checks (the function, the payload) is checked first, as Lambda would.
                request.invocationType = .dryRun
                _ = try invoke(request, environments: caller.environments, chain: caller.chain)
                throw .lambda(.invalidParameterValue,
                              "Asynchronous invocation (InvocationType='Event') is not simulated yet: it arrives with Lambda's "
                                  + "internal queue in a later issue. Use InvocationType='RequestResponse' (the default) for now.")
            }
            // The nested invocation starts where the caller is on the simulated clock.
            let callerMilliseconds = caller.nowMicroseconds / 1000
            if callerMilliseconds > clock.now.millisecondsSinceEpoch {
                clock.advance(by: SimulatedDuration(milliseconds: callerMilliseconds - clock.now.millisecondsSinceEpoch))
            }
            let response = try invoke(request, environments: caller.environments, chain: caller.chain)
            reply.status = response.statusCode
            reply.body = Data(response.payload)
            reply.calleeMicroseconds = response.elapsedMicroseconds
            return response.response
        default:
            throw ServiceError(service: .lambda, code: ServiceError.Code("InvalidAction", httpStatus: 400),
                               message: "Lambda Workbook does not simulate lambda \(operation).")
        }
    }


    /// An enumerated request member: nil when absent; a value outside the set is Lambda's ValidationException.
    private static func enumValue<T: RawRepresentable<String>>(_ value: PythonValue?, field: String, _ type: T.Type,
                                                                allowed: String) throws(ServiceError) -> T? {
        guard let value else { return nil }
        guard case .string(let text) = value, let parsed = T(rawValue: text) else {
            let shown: String = switch value {
            case .string(let text): text
            case .int(let number): String(number)
            default: "\(value)"
            }
            throw .lambdaValidation(value: shown, field: field, constraint: "Member must satisfy enum value set: \(allowed)")
        }
        return parsed
    }

    /// botocore's refusal of a call without a required parameter (raised as `ParamValidationError`).
    private static func missingLambdaParameter(_ name: String) -> ServiceError {
        ServiceError(service: .lambda, code: ServiceError.Code("ParamValidationError", httpStatus: 400),
                     message: "Missing required parameter in input: \"\(name)\"")
    }
}
