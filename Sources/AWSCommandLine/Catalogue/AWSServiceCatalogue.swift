/// The AWS CLI services and operations the workbook knows by name, and which of them it simulates.
///
/// Every real operation name is known (generated from botocore's models), so a typo is told apart from
/// an operation that exists in AWS but is not simulated here, and each gets its own clear message.
public enum AWSServiceCatalogue {
    /// The services the workbook simulates, as the AWS CLI names them, in the order help lists them.
    public static let simulatedServices: [String] = [
        "lambda", "iam", "sts", "logs", "s3api", "s3", "dynamodb", "sqs", "sns", "events", "apigatewayv2",
    ]

    /// Why a service the AWS CLI has is outside the simulation, for the ones learners reach for most.
    public static let outOfScope: [String: String] = [
        "ec2": "Networking (VPCs, subnets, ENIs) and EC2 are not simulated here.",
        "stepfunctions": "Step Functions is not simulated here.",
        "xray": "X-Ray tracing is not simulated here.",
        "ecr": "Container images are not simulated here: functions are Python zip packages.",
        "cloudformation": "CloudFormation is not simulated here: create resources with the service commands.",
        "kinesis": "Kinesis is not simulated here.",
    ]

    /// The operations of `service` the AWS CLI accepts, sorted; empty for unknown services.
    public static func operations(of service: String) -> [String] {
        operationNames[service] ?? []
    }

    public static func isAWSService(_ name: String) -> Bool {
        allAWSServiceNames.contains(name) || operationNames[name] != nil
    }
}
