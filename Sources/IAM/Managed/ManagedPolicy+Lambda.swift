// AWS managed policies for Lambda functions and their callers.
// Real documents, transcribed from moto's copy of AWS's managed-policy data (moto/iam/aws_managed_policies.py).

extension ManagedPolicy {
    static let lambdaPolicies: [ManagedPolicy] = [
        ManagedPolicy(
            name: "AWSLambdaBasicExecutionRole",
            path: "/service-role/",
            defaultVersionID: "v1",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "logs:CreateLogGroup",
                    "logs:CreateLogStream",
                    "logs:PutLogEvents"
                  ],
                  "Effect": "Allow",
                  "Resource": "*"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AWSLambdaSQSQueueExecutionRole",
            path: "/service-role/",
            defaultVersionID: "v1",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "sqs:ReceiveMessage",
                    "sqs:DeleteMessage",
                    "sqs:GetQueueAttributes",
                    "logs:CreateLogGroup",
                    "logs:CreateLogStream",
                    "logs:PutLogEvents"
                  ],
                  "Effect": "Allow",
                  "Resource": "*"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AWSLambdaDynamoDBExecutionRole",
            path: "/service-role/",
            defaultVersionID: "v1",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "dynamodb:DescribeStream",
                    "dynamodb:GetRecords",
                    "dynamodb:GetShardIterator",
                    "dynamodb:ListStreams",
                    "logs:CreateLogGroup",
                    "logs:CreateLogStream",
                    "logs:PutLogEvents"
                  ],
                  "Effect": "Allow",
                  "Resource": "*"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AWSLambdaKinesisExecutionRole",
            path: "/service-role/",
            defaultVersionID: "v2",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "kinesis:DescribeStream",
                    "kinesis:DescribeStreamSummary",
                    "kinesis:GetRecords",
                    "kinesis:GetShardIterator",
                    "kinesis:ListShards",
                    "kinesis:ListStreams",
                    "kinesis:SubscribeToShard",
                    "logs:CreateLogGroup",
                    "logs:CreateLogStream",
                    "logs:PutLogEvents"
                  ],
                  "Effect": "Allow",
                  "Resource": "*"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AWSLambdaVPCAccessExecutionRole",
            path: "/service-role/",
            defaultVersionID: "v3",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "logs:CreateLogGroup",
                    "logs:CreateLogStream",
                    "logs:PutLogEvents",
                    "ec2:CreateNetworkInterface",
                    "ec2:DescribeNetworkInterfaces",
                    "ec2:DescribeSubnets",
                    "ec2:DeleteNetworkInterface",
                    "ec2:AssignPrivateIpAddresses",
                    "ec2:UnassignPrivateIpAddresses"
                  ],
                  "Effect": "Allow",
                  "Resource": "*",
                  "Sid": "AWSLambdaVPCAccessExecutionPermissions"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AWSLambdaRole",
            path: "/service-role/",
            defaultVersionID: "v1",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "lambda:InvokeFunction"
                  ],
                  "Effect": "Allow",
                  "Resource": [
                    "*"
                  ]
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AWSLambda_ReadOnlyAccess",
            path: "/",
            defaultVersionID: "v5",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "cloudformation:DescribeStacks",
                    "cloudformation:ListStacks",
                    "cloudformation:ListStackResources",
                    "cloudwatch:GetMetricData",
                    "cloudwatch:ListMetrics",
                    "ec2:DescribeSecurityGroups",
                    "ec2:DescribeSubnets",
                    "ec2:DescribeVpcs",
                    "kms:ListAliases",
                    "iam:GetPolicy",
                    "iam:GetPolicyVersion",
                    "iam:GetRole",
                    "iam:GetRolePolicy",
                    "iam:ListAttachedRolePolicies",
                    "iam:ListRolePolicies",
                    "iam:ListRoles",
                    "logs:DescribeLogGroups",
                    "lambda:Get*",
                    "lambda:List*",
                    "states:DescribeStateMachine",
                    "states:ListStateMachines",
                    "tag:GetResources",
                    "xray:GetTraceSummaries",
                    "xray:BatchGetTraces"
                  ],
                  "Effect": "Allow",
                  "Resource": "*"
                },
                {
                  "Action": [
                    "logs:DescribeLogStreams",
                    "logs:GetLogEvents",
                    "logs:FilterLogEvents",
                    "logs:StartQuery",
                    "logs:StopQuery",
                    "logs:DescribeQueries",
                    "logs:GetLogGroupFields",
                    "logs:GetLogRecord",
                    "logs:GetQueryResults",
                    "logs:StartLiveTail",
                    "logs:StopLiveTail"
                  ],
                  "Effect": "Allow",
                  "Resource": "arn:aws:logs:*:*:log-group:/aws/lambda/*"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AWSLambda_FullAccess",
            path: "/",
            defaultVersionID: "v7",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "cloudformation:DescribeStacks",
                    "cloudformation:ListStackResources",
                    "cloudwatch:ListMetrics",
                    "cloudwatch:GetMetricData",
                    "ec2:DescribeSecurityGroups",
                    "ec2:DescribeSubnets",
                    "ec2:DescribeVpcs",
                    "kms:DescribeKey",
                    "kms:ListAliases",
                    "iam:GetPolicy",
                    "iam:GetPolicyVersion",
                    "iam:GetRole",
                    "iam:GetRolePolicy",
                    "iam:ListAttachedRolePolicies",
                    "iam:ListRolePolicies",
                    "iam:ListRoles",
                    "lambda:*",
                    "logs:DescribeLogGroups",
                    "states:DescribeStateMachine",
                    "states:ListStateMachines",
                    "tag:GetResources",
                    "xray:GetTraceSummaries",
                    "xray:BatchGetTraces"
                  ],
                  "Effect": "Allow",
                  "Resource": "*"
                },
                {
                  "Action": "iam:PassRole",
                  "Condition": {
                    "StringEquals": {
                      "iam:PassedToService": "lambda.amazonaws.com"
                    }
                  },
                  "Effect": "Allow",
                  "Resource": "*"
                },
                {
                  "Action": [
                    "logs:DescribeLogStreams",
                    "logs:GetLogEvents",
                    "logs:FilterLogEvents",
                    "logs:StartLiveTail",
                    "logs:StopLiveTail"
                  ],
                  "Effect": "Allow",
                  "Resource": "arn:aws:logs:*:*:log-group:/aws/lambda/*"
                },
                {
                  "Action": "iam:CreateServiceLinkedRole",
                  "Condition": {
                    "StringEquals": {
                      "iam:AWSServiceName": "lambda.amazonaws.com"
                    }
                  },
                  "Effect": "Allow",
                  "Resource": "arn:aws:iam::*:role/aws-service-role/lambda.amazonaws.com/AWSServiceRoleForLambda"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AWSXRayDaemonWriteAccess",
            path: "/",
            defaultVersionID: "v2",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "xray:PutTraceSegments",
                    "xray:PutTelemetryRecords",
                    "xray:GetSamplingRules",
                    "xray:GetSamplingTargets",
                    "xray:GetSamplingStatisticSummaries"
                  ],
                  "Effect": "Allow",
                  "Resource": [
                    "*"
                  ],
                  "Sid": "AWSXRayDaemonWriteAccess"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
    ]
}
