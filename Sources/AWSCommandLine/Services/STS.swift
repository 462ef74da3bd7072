import LambdaSim

/// AWS Security Token Service: who am I? The answer is the context's caller, which by default is the
/// world's current identity.
enum STSOperations {
    static let getCallerIdentity = AWSOperationDeclaration(
        service: "sts", apiName: "GetCallerIdentity",
        summary: "Returns details about the IAM user or role whose credentials are used to call the operation.")

    static let all: [AWSOperation] = [
        AWSOperation(getCallerIdentity) { _, context throws(AWSServiceError) in
            [
                "UserId": .string(context.caller.userID),
                "Account": .string(context.caller.account),
                "Arn": .string(context.caller.arn),
            ]
        },
    ]
}
