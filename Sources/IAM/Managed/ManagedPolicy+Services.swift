// AWS managed policies for the services handlers call, and AdministratorAccess.
// Real documents, transcribed from moto's copy of AWS's managed-policy data (moto/iam/aws_managed_policies.py).

extension ManagedPolicy {
    static let servicePolicies: [ManagedPolicy] = [
        ManagedPolicy(
            name: "AmazonS3ReadOnlyAccess",
            path: "/",
            defaultVersionID: "v3",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "s3:Get*",
                    "s3:List*",
                    "s3:Describe*",
                    "s3-object-lambda:Get*",
                    "s3-object-lambda:List*"
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
            name: "AmazonS3FullAccess",
            path: "/",
            defaultVersionID: "v2",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "s3:*",
                    "s3-object-lambda:*"
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
            name: "AmazonDynamoDBReadOnlyAccess",
            path: "/",
            defaultVersionID: "v15",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "application-autoscaling:DescribeScalableTargets",
                    "application-autoscaling:DescribeScalingActivities",
                    "application-autoscaling:DescribeScalingPolicies",
                    "cloudwatch:DescribeAlarmHistory",
                    "cloudwatch:DescribeAlarms",
                    "cloudwatch:DescribeAlarmsForMetric",
                    "cloudwatch:GetMetricStatistics",
                    "cloudwatch:ListMetrics",
                    "cloudwatch:GetMetricData",
                    "datapipeline:DescribeObjects",
                    "datapipeline:DescribePipelines",
                    "datapipeline:GetPipelineDefinition",
                    "datapipeline:ListPipelines",
                    "datapipeline:QueryObjects",
                    "dynamodb:BatchGetItem",
                    "dynamodb:Describe*",
                    "dynamodb:List*",
                    "dynamodb:GetAbacStatus",
                    "dynamodb:GetItem",
                    "dynamodb:GetResourcePolicy",
                    "dynamodb:Query",
                    "dynamodb:Scan",
                    "dynamodb:PartiQLSelect",
                    "dax:Describe*",
                    "dax:List*",
                    "dax:GetItem",
                    "dax:BatchGetItem",
                    "dax:Query",
                    "dax:Scan",
                    "ec2:DescribeVpcs",
                    "ec2:DescribeSubnets",
                    "ec2:DescribeSecurityGroups",
                    "iam:GetRole",
                    "iam:ListRoles",
                    "kms:DescribeKey",
                    "kms:ListAliases",
                    "sns:ListSubscriptionsByTopic",
                    "sns:ListTopics",
                    "lambda:ListFunctions",
                    "lambda:ListEventSourceMappings",
                    "lambda:GetFunctionConfiguration",
                    "resource-groups:ListGroups",
                    "resource-groups:ListGroupResources",
                    "resource-groups:GetGroup",
                    "resource-groups:GetGroupQuery",
                    "tag:GetResources",
                    "kinesis:ListStreams",
                    "kinesis:DescribeStream",
                    "kinesis:DescribeStreamSummary"
                  ],
                  "Effect": "Allow",
                  "Resource": "*",
                  "Sid": "GeneralReadOnlyAccess"
                },
                {
                  "Action": "cloudwatch:GetInsightRuleReport",
                  "Effect": "Allow",
                  "Resource": "arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*",
                  "Sid": "CCIAccess"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AmazonDynamoDBFullAccess",
            path: "/",
            defaultVersionID: "v15",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "dynamodb:*",
                    "dax:*",
                    "application-autoscaling:DeleteScalingPolicy",
                    "application-autoscaling:DeregisterScalableTarget",
                    "application-autoscaling:DescribeScalableTargets",
                    "application-autoscaling:DescribeScalingActivities",
                    "application-autoscaling:DescribeScalingPolicies",
                    "application-autoscaling:PutScalingPolicy",
                    "application-autoscaling:RegisterScalableTarget",
                    "cloudwatch:DeleteAlarms",
                    "cloudwatch:DescribeAlarmHistory",
                    "cloudwatch:DescribeAlarms",
                    "cloudwatch:DescribeAlarmsForMetric",
                    "cloudwatch:GetMetricStatistics",
                    "cloudwatch:ListMetrics",
                    "cloudwatch:PutMetricAlarm",
                    "cloudwatch:GetMetricData",
                    "datapipeline:ActivatePipeline",
                    "datapipeline:CreatePipeline",
                    "datapipeline:DeletePipeline",
                    "datapipeline:DescribeObjects",
                    "datapipeline:DescribePipelines",
                    "datapipeline:GetPipelineDefinition",
                    "datapipeline:ListPipelines",
                    "datapipeline:PutPipelineDefinition",
                    "datapipeline:QueryObjects",
                    "ec2:DescribeVpcs",
                    "ec2:DescribeSubnets",
                    "ec2:DescribeSecurityGroups",
                    "iam:GetRole",
                    "iam:ListRoles",
                    "kms:DescribeKey",
                    "kms:ListAliases",
                    "sns:CreateTopic",
                    "sns:DeleteTopic",
                    "sns:ListSubscriptions",
                    "sns:ListSubscriptionsByTopic",
                    "sns:ListTopics",
                    "sns:Subscribe",
                    "sns:Unsubscribe",
                    "sns:SetTopicAttributes",
                    "lambda:CreateFunction",
                    "lambda:ListFunctions",
                    "lambda:ListEventSourceMappings",
                    "lambda:CreateEventSourceMapping",
                    "lambda:DeleteEventSourceMapping",
                    "lambda:GetFunctionConfiguration",
                    "lambda:DeleteFunction",
                    "resource-groups:ListGroups",
                    "resource-groups:ListGroupResources",
                    "resource-groups:GetGroup",
                    "resource-groups:GetGroupQuery",
                    "resource-groups:DeleteGroup",
                    "resource-groups:CreateGroup",
                    "tag:GetResources",
                    "kinesis:ListStreams",
                    "kinesis:DescribeStream",
                    "kinesis:DescribeStreamSummary"
                  ],
                  "Effect": "Allow",
                  "Resource": "*"
                },
                {
                  "Action": "cloudwatch:GetInsightRuleReport",
                  "Effect": "Allow",
                  "Resource": "arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*"
                },
                {
                  "Action": [
                    "iam:PassRole"
                  ],
                  "Condition": {
                    "StringLike": {
                      "iam:PassedToService": [
                        "application-autoscaling.amazonaws.com",
                        "application-autoscaling.amazonaws.com.cn",
                        "dax.amazonaws.com"
                      ]
                    }
                  },
                  "Effect": "Allow",
                  "Resource": "*"
                },
                {
                  "Action": [
                    "iam:CreateServiceLinkedRole"
                  ],
                  "Condition": {
                    "StringEquals": {
                      "iam:AWSServiceName": [
                        "replication.dynamodb.amazonaws.com",
                        "dax.amazonaws.com",
                        "dynamodb.application-autoscaling.amazonaws.com",
                        "contributorinsights.dynamodb.amazonaws.com",
                        "kinesisreplication.dynamodb.amazonaws.com"
                      ]
                    }
                  },
                  "Effect": "Allow",
                  "Resource": "*"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AmazonSQSFullAccess",
            path: "/",
            defaultVersionID: "v1",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "sqs:*"
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
            name: "AmazonSNSFullAccess",
            path: "/",
            defaultVersionID: "v2",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": "sns:*",
                  "Effect": "Allow",
                  "Resource": "*",
                  "Sid": "SNSFullAccess"
                },
                {
                  "Action": [
                    "sms-voice:DescribeVerifiedDestinationNumbers",
                    "sms-voice:CreateVerifiedDestinationNumber",
                    "sms-voice:SendDestinationNumberVerificationCode",
                    "sms-voice:SendTextMessage",
                    "sms-voice:DeleteVerifiedDestinationNumber",
                    "sms-voice:VerifyDestinationNumber",
                    "sms-voice:DescribeAccountAttributes",
                    "sms-voice:DescribeSpendLimits",
                    "sms-voice:DescribePhoneNumbers",
                    "sms-voice:SetTextMessageSpendLimitOverride",
                    "sms-voice:DescribeOptedOutNumbers",
                    "sms-voice:DeleteOptedOutNumber"
                  ],
                  "Condition": {
                    "StringEquals": {
                      "aws:CalledViaLast": "sns.amazonaws.com"
                    }
                  },
                  "Effect": "Allow",
                  "Resource": "*",
                  "Sid": "SMSAccessViaSNS"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "CloudWatchLogsReadOnlyAccess",
            path: "/",
            defaultVersionID: "v12",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "logs:Describe*",
                    "logs:Get*",
                    "logs:List*",
                    "logs:StartQuery",
                    "logs:StopQuery",
                    "logs:TestMetricFilter",
                    "logs:FilterLogEvents",
                    "logs:StartLiveTail",
                    "logs:StopLiveTail",
                    "cloudwatch:GenerateQuery",
                    "cloudwatch:GenerateQueryResultsSummary",
                    "observabilityadmin:ListS3TableIntegrations",
                    "observabilityadmin:GetS3TableIntegration",
                    "observabilityadmin:ListTelemetryPipelines"
                  ],
                  "Effect": "Allow",
                  "Resource": "*",
                  "Sid": "CloudWatchLogsReadOnlyAccess"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "CloudWatchLogsFullAccess",
            path: "/",
            defaultVersionID: "v8",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": [
                    "logs:*",
                    "cloudwatch:GenerateQuery",
                    "cloudwatch:GenerateQueryResultsSummary",
                    "observabilityadmin:GetS3TableIntegration",
                    "observabilityadmin:ListS3TableIntegrations",
                    "observabilityadmin:ListTelemetryPipelines"
                  ],
                  "Effect": "Allow",
                  "Resource": "*",
                  "Sid": "CloudWatchLogsFullAccess"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
        ManagedPolicy(
            name: "AdministratorAccess",
            path: "/",
            defaultVersionID: "v1",
            documentText: #"""
            {
              "Statement": [
                {
                  "Action": "*",
                  "Effect": "Allow",
                  "Resource": "*"
                }
              ],
              "Version": "2012-10-17"
            }
            """#
        ),
    ]
}
