@testable import AWSCommandLine
import LambdaSim
import Testing

/// Command lines run through the AWS CLI's own parser (the awscli package, with an unreachable
/// endpoint so that only parsing and botocore's validation run), with what it printed. A command
/// the CLI accepted (`nil`) must reach "not simulated yet" here. Recorded from awscli 1.45 / botocore
/// 1.41; v1's program name (`__main__.py`) is shown as `aws`, usage lines are left out, and lines
/// where v1 and v2 differ (v2-only options, v1's broken shorthand caret) are not in the table.
@Suite("Conformance with the AWS CLI's parser")
struct CLIConformanceTests {
    static let files = memoryFiles([
        "fn.zip": [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18),
        "ev.json": Array("{\"a\": 1}\n".utf8),
    ])

    @Test("Each command line gives the AWS CLI's result", arguments: [
        (#"lambda create-function --function-name f --role r --runtime python3.12 --handler a.b --zip-file fileb://nope.zip"#, [#"Error parsing parameter '--zip-file': Unable to load paramfile fileb://nope.zip: [Errno 2] No such file or directory: 'nope.zip'"#]),
        (#"lambda create-function --function-name f --role r --runtime python3.12 --handler a.b --code ZipFile=abc"#, [#"ZipFile cannot be provided as part of the --code argument.  Please use the '--zip-file' option instead to specify a zip file."#]),
        (#"lambda update-function-configuration --function-name f --memory-size 64 --timeout 0"#, [#"Parameter validation failed:"#, #"Invalid value for parameter Timeout, value: 0, valid min value: 1"#, #"Invalid value for parameter MemorySize, value: 64, valid min value: 128"#]),
        (#"lambda update-function-configuration --function-name f --layers"#, nil),
        (#"lambda update-function-configuration --function-name f --environment '{"Variables": {"A": 1}}'"#, [#"Parameter validation failed:"#, #"Invalid type for parameter Environment.Variables.A, value: 1, type: <class 'int'>, valid types: <class 'str'>"#]),
        (#"lambda update-function-configuration --function-name f --environment '{"Variables": [1]}'"#, [#"Parameter validation failed:"#, #"Invalid type for parameter Environment.Variables, value: [1], type: <class 'list'>, valid types: <class 'dict'>"#]),
        (#"lambda update-function-configuration --function-name f --environment '{"Vars": {}}'"#, [#"Parameter validation failed:"#, #"Unknown parameter in Environment: "Vars", must be one of: Variables"#]),
        (#"lambda update-function-configuration --function-name f --environment '{bad'"#, [#"Error parsing parameter '--environment': Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"#, #"JSON received: {bad"#]),
        (#"lambda update-function-configuration --function-name f --tracing-config Mode=Active,Mode=PassThrough"#, [#"Error parsing parameter '--tracing-config': Second instance of key "Mode" encountered for input:"#, #"Mode=Active,Mode=PassThrough"#, #"            ^"#, #"This is often because there is a preceding "," instead of a space."#]),
        (#"lambda update-function-configuration --function-name ''"#, [#"Parameter validation failed:"#, #"Invalid length for parameter FunctionName, value: 0, valid min length: 1"#]),
        (#"lambda update-alias --function-name f --name a --routing-config AdditionalVersionWeights={2=x}"#, [#"could not convert string to float: 'x'"#]),
        (#"lambda update-alias --function-name f --name a --routing-config AdditionalVersionWeights={2=0.5}"#, nil),
        (#"lambda invoke --function-name f"#, [#"aws: error: the following arguments are required: outfile"#]),
        (#"lambda invoke --function-name f out.json extra"#, [#"Unknown options: extra"#]),
        (#"lambda invoke --function-name f --invocation-type Event --log-type Tail --qualifier 1 out.json --foo"#, [#"Unknown options: --foo"#]),
        (#"lambda list-functions --marker x"#, nil),
        (#"lambda list-functions --max-items x"#, [#"aws: error: argument --max-items: invalid int value: 'x'"#]),
        (#"lambda add-permission --function-name f --statement-id s --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn"#, [#"aws: error: argument --source-arn: expected one argument"#]),
        (#"lambda create-event-source-mapping --function-name f --event-source-arn arn --batch-size 0"#, [#"Parameter validation failed:"#, #"Invalid value for parameter BatchSize, value: 0, valid min value: 1"#]),
        (#"lambda create-event-source-mapping --function-name f --event-source-arn arn --filter-criteria Filters=[{Pattern=x}]"#, nil),
        (#"lambda put-function-event-invoke-config --function-name f --destination-config OnFailure={Destination=arn}"#, nil),
        (#"lambda put-function-event-invoke-config --function-name f --maximum-retry-attempts 5"#, nil),
        (#"iam create-role --role-name r --assume-role-policy-document file://nope.json"#, [#"Error parsing parameter '--assume-role-policy-document': Unable to load paramfile file://nope.json: [Errno 2] No such file or directory: 'nope.json'"#]),
        (#"iam create-role --role-name r --assume-role-policy-document file://ev.json --tags Key=a,Value=b Key=c"#, [#"Parameter validation failed:"#, #"Missing required parameter in Tags[1]: "Value""#]),
        (#"iam simulate-principal-policy --policy-source-arn arn --action-names lambda:InvokeFunction s3:GetObject --context-entries ContextKeyName=k,ContextKeyValues=v,ContextKeyType=string"#, [#"Parameter validation failed:"#, #"Invalid length for parameter PolicySourceArn, value: 3, valid min length: 20"#, #"Invalid length for parameter ContextEntries[0].ContextKeyName, value: 1, valid min length: 5"#]),
        (#"sqs send-message --queue-url u --message-body hi --message-attributes '{"a": {"DataType": "String", "StringValue": "x"}}'"#, nil),
        (#"dynamodb put-item --table-name t --item id={S=1}"#, nil),
        (#"dynamodb put-item --table-name t --item '{"id": {"Q": "1"}}'"#, [#"Parameter validation failed:"#, #"Unknown parameter in Item.id: "Q", must be one of: S, N, B, SS, NS, BS, M, L, NULL, BOOL"#]),
        (#"dynamodb query --table-name t --key-condition-expression 'id = :v' --expression-attribute-values '{":v": {"S": "1"}}' --select COUNT"#, nil),
        (#"logs filter-log-events --log-group-name g --start-time abc"#, [#"aws: error: argument --start-time: invalid int value: 'abc'"#]),
        (#"logs filter-log-events --log-group-name g --log-stream-names a b --limit 0"#, [#"Parameter validation failed:"#, #"Invalid value for parameter limit, value: 0, valid min value: 1"#]),
        (#"s3api list-objects-v2 --bucket b --max-keys 3"#, nil),
        (#"lambda get-function --function-name f --qualifier"#, [#"aws: error: argument --qualifier: expected one argument"#]),
        (#"lambda tag-resource --resource arn --tags a=b,c=d"#, nil),
        (#"lambda untag-resource --resource arn --tag-keys a b"#, nil),
        (#"lambda update-function-code --function-name f --zip-file fileb://fn.zip --architectures arm64 x86_64 --publish --no-publish"#, nil),
        (#"lambda create-function --function-name f --role r --publish --no-publish --zip-file fileb://fn.zip"#, nil),
        (#"lambda create-function --function-name f --role r --zip-file fileb://fn.zip --architectures '["arm64"]' --tags a=1"#, nil),
        (#"lambda create-function --function-name f --role r --zip-file fileb://fn.zip --environment Variables={}"#, nil),
        (#"lambda create-function --function-name f --role r --zip-file fileb://fn.zip --vpc-config SubnetIds=a,b,SecurityGroupIds=c"#, nil),
        (#"lambda create-function --function-name f --role r --zip-file fileb://fn.zip --vpc-config SubnetIds=[a,b],SecurityGroupIds=[c]"#, nil),
        (#"lambda create-function --function-name f --role r --zip-file fileb://fn.zip --timeout 3 --timeout 5 --memory-size=256"#, nil),
        (#"lambda create-function --function-name f --role r --zip-file fileb://fn.zip --cli-input-json '{"FunctionName": "g", "Timeout": "3"}'"#, [#"Parameter validation failed:"#, #"Invalid type for parameter Timeout, value: 3, type: <class 'str'>, valid types: <class 'int'>"#]),
        (#"lambda create-function --function-name f --role r --zip-file fileb://fn.zip --cli-input-json '{"Bogus": 1}'"#, [#"Parameter validation failed:"#, #"Unknown parameter in input: "Bogus", must be one of: FunctionName, Runtime, Role, Handler, Code, Description, Timeout, MemorySize, Publish, VpcConfig, PackageType, DeadLetterConfig, Environment, KMSKeyArn, TracingConfig, Tags, Layers, FileSystemConfigs, ImageConfig, CodeSigningConfigArn, Architectures, EphemeralStorage, SnapStart, LoggingConfig, CapacityProviderConfig, PublishTo, DurableConfig, TenancyConfig"#]),
        (#"lambda create-function --role r --zip-file fileb://fn.zip --cli-input-json '{"FunctionName": "g"}'"#, nil),
        (#"lambda invoke --function-name f --log-type Tail --invocation-type RequestResponse out.json --query StatusCode"#, nil),
        (#"lambda put-function-concurrency --function-name f --reserved-concurrent-executions -1"#, [#"Parameter validation failed:"#, #"Invalid value for parameter ReservedConcurrentExecutions, value: -1, valid min value: 0"#]),
        (#"lambda update-function-configuration --function-name f --ephemeral-storage Size=100"#, [#"Parameter validation failed:"#, #"Invalid value for parameter EphemeralStorage.Size, value: 100, valid min value: 512"#]),
        (#"lambda update-function-configuration --function-name f --snap-start ApplyOn=None --logging-config LogFormat=JSON,ApplicationLogLevel=DEBUG"#, nil),
        (#"lambda update-function-configuration --function-name f --environment Variables={KEY="a b"}"#, nil),
        (#"lambda update-function-configuration --function-name f --environment "Variables={KEY='x,y'}""#, nil),
        (#"lambda update-function-configuration --function-name f --description ''"#, nil),
        (#"lambda create-alias --function-name f --name live --function-version 1 --routing-config '{"AdditionalVersionWeights": {"2": 0.5}}'"#, nil),
        (#"lambda create-alias --function-name f --name live --function-version 1 --routing-config '{"AdditionalVersionWeights": {"2": "0.5"}}'"#, [#"Parameter validation failed:"#, #"Invalid type for parameter RoutingConfig.AdditionalVersionWeights.2, value: 0.5, type: <class 'str'>, valid types: <class 'float'>, <class 'decimal.Decimal'>, <class 'int'>"#]),
        (#"iam put-role-policy --role-name r --policy-name p --policy-document '{"Version": "2012-10-17"}'"#, nil),
        (#"iam attach-role-policy --role-name r"#, [#"aws: error: the following arguments are required: --policy-arn"#]),
    ] as [(String, [String]?)])
    func conformance(line: String, expected: [String]?) {
        // A line the CLI accepts must get as far as the handler: the declarations alone show that.
        let registry = expected == nil ? AWSOperationRegistry(AWSOperationRegistry.declaredOnly) : .standard
        let result = run(line, files: Self.files, registry: registry)
        let words = line.split(separator: " ")
        if let expected {
            #expect(result.errorLines.filter { !AWSCommandLineError.usage.contains($0) } == expected)
        } else {
            #expect(result.errorLines == ["aws \(words[0]) \(words[1]): this operation is not simulated yet."])
        }
    }
}
