import Foundation
import Testing
@testable import LambdaSim

@Suite("boto3 in handlers")
struct Boto3Tests {
    static let readReports = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/in/*"}]}"#
    static let readAndList = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject","s3:DeleteObject"],"Resource":"arn:aws:s3:::reports/*"},{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports"}]}"#

    /// A harness whose handler is `source`, with bucket `reports` holding `in/a.json`.
    static func harness(_ source: String, policy: String?) throws -> InvokeHarness {
        var harness = try InvokeHarness(source)
        _ = try harness.world.createBucket(named: "reports")
        _ = try harness.world.putObject(bucket: "reports", key: "in/a.json", body: Data(#"{"total": 42}"#.utf8),
                                        contentType: "application/json")
        if let policy { try harness.world.putRolePolicy(roleName: "lambda-ex", policyName: "s3", policyDocument: policy) }
        return harness
    }

    static let getSource = """
    import json
    import boto3
    from botocore.exceptions import ClientError

    s3 = boto3.client('s3')

    def lambda_handler(event, context):
        try:
            response = s3.get_object(Bucket='reports', Key=event['key'])
        except ClientError as e:
            return {'code': e.response['Error']['Code'], 'message': e.response['Error']['Message'],
                    'status': e.response['ResponseMetadata']['HTTPStatusCode'], 'text': str(e)}
        body = response['Body'].read()
        return {'type': type(body).__name__, 'total': json.loads(body)['total'],
                'status': response['ResponseMetadata']['HTTPStatusCode'], 'contentType': response['ContentType']}
    """

    @Test("A handler reads an object its execution role allows")
    func readsAllowedObject() throws {
        var harness = try Self.harness(Self.getSource, policy: Self.readReports)
        let response = try harness.invoke(#"{"key": "in/a.json"}"#)
        #expect(response.body == #"{"type": "bytes", "total": 42, "status": 200, "contentType": "application/json"}"#)
    }

    @Test("A role without s3:GetObject gets S3's AccessDenied as a ClientError the handler can catch")
    func accessDeniedIsClientError() throws {
        var harness = try Self.harness(Self.getSource, policy: nil)
        let response = try harness.invoke(#"{"key": "in/a.json"}"#)
        let message = "User: arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function is not authorized to perform: "
            + #"s3:GetObject on resource: \"arn:aws:s3:::reports/in/a.json\" because no identity-based policy allows the s3:GetObject action"#
        #expect(response.body == #"{"code": "AccessDenied", "message": ""# + message + #"", "status": 403, "text": "An error occurred (AccessDenied) when calling the GetObject operation: "# + message + #""}"#)
        #expect(harness.world.lastAuthorization?.evaluation.decision.isAllowed == false)
    }

    @Test("get_object answers as botocore's REST parser does: ResponseMetadata with HostId first, Body last, LastModified a datetime in tzutc")
    func getObjectResponseShape() throws {
        var harness = try Self.harness("""
        import datetime
        import boto3
        from dateutil.tz import tzutc

        def lambda_handler(event, context):
            response = boto3.client('s3').get_object(Bucket='reports', Key='in/a.json')
            modified = response['LastModified']
            listed = boto3.client('s3').list_objects_v2(Bucket='reports')['Contents'][0]['LastModified']
            return {'keys': list(response), 'metadata': list(response['ResponseMetadata']),
                    'modified': repr(modified), 'text': str(modified), 'iso': modified.isoformat(),
                    'aware': modified.tzinfo == datetime.timezone.utc, 'listed': listed == modified,
                    'tz': repr(tzutc()), 'cls': type(modified).__name__}
        """, policy: Self.readAndList)
        let response = try harness.invoke()
        #expect(response.body == #"{"keys": ["ResponseMetadata", "AcceptRanges", "LastModified", "ContentLength", "ETag", "ChecksumCRC32", "ChecksumType", "ContentType", "ServerSideEncryption", "Metadata", "Body"], "#
            + #""metadata": ["RequestId", "HostId", "HTTPStatusCode", "HTTPHeaders", "RetryAttempts"], "#
            + #""modified": "datetime.datetime(2026, 1, 1, 0, 0, tzinfo=tzutc())", "text": "2026-01-01 00:00:00+00:00", "#
            + #""iso": "2026-01-01T00:00:00+00:00", "aware": true, "listed": true, "tz": "tzutc()", "cls": "datetime"}"#)
    }

    @Test("client.exceptions holds botocore's modelled error classes: NoSuchKey is caught by name, AccessDenied stays a plain ClientError")
    func modeledExceptions() throws {
        var harness = try Self.harness("""
        import boto3
        from botocore.exceptions import ClientError

        s3 = boto3.client('s3')

        def lambda_handler(event, context):
            out = []
            try:
                s3.get_object(Bucket='reports', Key='in/missing.json')
            except s3.exceptions.NoSuchKey as e:
                out += [repr(type(e)), isinstance(e, ClientError), e.response['Error']['Code'], str(e)]
            try:
                s3.put_object(Bucket='reports', Key='elsewhere/x', Body=b'1')
            except s3.exceptions.NoSuchKey:
                out.append('wrong class')
            except ClientError as e:
                out += [type(e) is ClientError, e.response['Error']['Code']]
            out.append(s3.exceptions.NoSuchKey is boto3.client('s3').exceptions.NoSuchKey)
            out.append(repr(type(s3.exceptions).__name__))
            out.append(s3.exceptions.from_code('Nope') is ClientError)
            try:
                s3.exceptions.AccessDenied
            except AttributeError as e:
                out.append(str(e).split(' object has no attribute ')[1])
            if event.get('raise'):
                s3.get_object(Bucket='reports', Key='in/missing.json')
            return out
        """, policy: Self.readAndList.replacingOccurrences(of: "arn:aws:s3:::reports/*", with: "arn:aws:s3:::reports/in/*"))
        let response = try harness.invoke()
        #expect(response.body == #"["<class 'botocore.errorfactory.NoSuchKey'>", true, "NoSuchKey", "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.", "#
            + #"true, "AccessDenied", true, "'S3Exceptions'", true, "#
            + #""AccessDenied. Valid exceptions are: BucketAlreadyExists, BucketAlreadyOwnedByYou, InvalidObjectState, NoSuchBucket, NoSuchKey, NoSuchUpload, ObjectAlreadyInActiveTierError, ObjectNotInActiveTierError"]"#)
        let uncaught = try harness.invoke(#"{"raise": true}"#)
        #expect(uncaught.body.contains(#""errorType": "NoSuchKey""#), "Lambda reports the modelled class's name, as with real botocore")
    }

    @Test("DynamoDB's CreationDateTime is a datetime in tzlocal, through the client and the Table resource, as botocore parses JSON timestamps")
    func dynamoDBTimestamps() throws {
        var harness = try Self.ordersHarness("""
        import boto3

        def lambda_handler(event, context):
            described = boto3.client('dynamodb').describe_table(TableName='Orders')['Table']['CreationDateTime']
            table = boto3.resource('dynamodb').Table('Orders')
            return [repr(described), str(described), table.creation_date_time == described, type(table.creation_date_time).__name__]
        """, policy: #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:DescribeTable","Resource":"*"}]}"#)
        #expect(try harness.invoke().body == #"["datetime.datetime(2026, 1, 1, 0, 0, tzinfo=tzlocal())", "2026-01-01 00:00:00+00:00", true, "datetime"]"#)
    }

    @Test("A conditional put through the DynamoDB client raises client.exceptions.ConditionalCheckFailedException")
    func conditionalCheckFailedClass() throws {
        var harness = try Self.ordersHarness("""
        import boto3

        ddb = boto3.client('dynamodb')

        def lambda_handler(event, context):
            item = {'customer': {'S': 'a'}, 'order': {'N': '1'}}
            ddb.put_item(TableName='Orders', Item=item)
            try:
                ddb.put_item(TableName='Orders', Item=item, ConditionExpression='attribute_not_exists(customer)')
            except ddb.exceptions.ConditionalCheckFailedException as e:
                return [type(e).__name__, e.response['Error']['Code']]
        """, policy: Self.ordersPolicy)
        #expect(try harness.invoke().body == #"["ConditionalCheckFailedException", "ConditionalCheckFailedException"]"#)
    }

    @Test("A missing key is NoSuchKey as a ClientError")
    func noSuchKey() throws {
        var harness = try Self.harness(Self.getSource, policy: Self.readAndList)
        let response = try harness.invoke(#"{"key": "in/missing.json"}"#)
        #expect(response.body == #"{"code": "NoSuchKey", "message": "The specified key does not exist.", "status": 404, "text": "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."}"#)
    }

    @Test("A missing key is 403 AccessDenied, not NoSuchKey, for a role without s3:ListBucket on the bucket")
    func missingKeyWithoutListBucket() throws {
        var harness = try Self.harness(Self.getSource, policy: Self.readReports)
        let response = try harness.invoke(#"{"key": "in/missing.json"}"#)
        #expect(response.body == #"{"code": "AccessDenied", "message": "Access Denied", "status": 403, "text": "An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"}"#)
        let denied = try #require(harness.last.deniedCalls?.first)
        #expect(denied.action == "s3:ListBucket")
        #expect(denied.resource == "arn:aws:s3:::reports")
        #expect(denied.note?.contains("only to a caller that may list the bucket") == true)
        #expect(harness.world.lastAuthorization?.note != nil)
    }

    @Test("head_object on a missing key is 403 Forbidden for a role without s3:ListBucket, 404 with it")
    func headMissingKeyWithoutListBucket() throws {
        let source = """
        import boto3
        from botocore.exceptions import ClientError
        def lambda_handler(event, context):
            try:
                boto3.client('s3').head_object(Bucket='reports', Key='in/missing.json')
            except ClientError as e:
                return [e.response['Error']['Code'], e.response['Error']['Message']]
        """
        var without = try Self.harness(source, policy: Self.readReports)
        #expect(try without.invoke().body == #"["403", "Forbidden"]"#)
        var with = try Self.harness(source, policy: Self.readAndList)
        #expect(try with.invoke().body == #"["404", "Not Found"]"#)
    }

    @Test("An invocation records each boto3 call its role was denied, with principal, action, resource and the kind of deny")
    func invocationRecordsDeniedCalls() throws {
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"},"#
            + #"{"Sid":"NoSecrets","Effect":"Deny","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/secret/*"}]}"#
        var harness = try Self.harness("""
        import boto3
        from botocore.exceptions import ClientError
        s3 = boto3.client('s3')
        def lambda_handler(event, context):
            codes = []
            for key in ['secret/a.json', 'in/a.json']:
                try:
                    s3.get_object(Bucket='reports', Key=key)
                    codes.append('ok')
                except ClientError as e:
                    codes.append(e.response['Error']['Code'])
            try:
                s3.put_object(Bucket='reports', Key='out/b.txt', Body=b'x')
            except ClientError as e:
                codes.append(e.response['Error']['Code'])
            return codes
        """, policy: policy)
        #expect(try harness.invoke().body == #"["AccessDenied", "ok", "AccessDenied"]"#)
        let denied = try #require(harness.last.deniedCalls)
        #expect(denied.count == 2)
        #expect(denied[0].principal == "arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function")
        #expect(denied[0].operation == "GetObject")
        #expect(denied[0].action == "s3:GetObject" && denied[0].resource == "arn:aws:s3:::reports/secret/a.json")
        #expect(denied[0].explicit)
        #expect(denied[0].errorMessage.hasSuffix("with an explicit deny in an identity-based policy"))
        #expect(denied[0].explanation.contains("NoSecrets"))
        #expect(denied[1].action == "s3:PutObject" && !denied[1].explicit)
    }

    @Test("An invocation whose calls were all allowed records no denied call, even after one that had some")
    func allowedInvocationRecordsNoDenial() throws {
        var harness = try Self.harness(Self.getSource, policy: Self.readReports)
        _ = try harness.invoke(#"{"key": "in/missing.json"}"#)
        #expect(harness.last.deniedCalls?.count == 1)
        _ = try harness.invoke(#"{"key": "in/a.json"}"#)
        #expect(harness.last.deniedCalls == nil)
    }

    @Test("get_caller_identity answers with the execution role's assumed-role session")
    func callerIdentity() throws {
        var harness = try Self.harness("""
        import boto3
        def lambda_handler(event, context):
            identity = boto3.client('sts').get_caller_identity()
            return [identity['Arn'], identity['Account'], identity['UserId'].endswith(':my-function')]
        """, policy: nil)
        let response = try harness.invoke()
        #expect(response.body == #"["arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function", "123456789012", true]"#)
    }

    @Test("Objects a handler puts and deletes change the world, and list_objects_v2 sees them")
    func putListDelete() throws {
        var harness = try Self.harness("""
        import boto3
        s3 = boto3.client('s3')
        def lambda_handler(event, context):
            put = s3.put_object(Bucket='reports', Key='out/b.txt', Body=b'hello')
            head = s3.head_object(Bucket='reports', Key='out/b.txt')
            listed = s3.list_objects_v2(Bucket='reports', Prefix='out/')
            deleted = s3.delete_object(Bucket='reports', Key='in/a.json')
            return [put['ResponseMetadata']['HTTPStatusCode'], head['ContentLength'],
                    [o['Key'] for o in listed['Contents']], deleted['ResponseMetadata']['HTTPStatusCode']]
        """, policy: Self.readAndList)
        let response = try harness.invoke()
        #expect(response.body == #"[200, 5, ["out/b.txt"], 204]"#)
        #expect(try harness.world.getObject(bucket: "reports", key: "out/b.txt").body == Data("hello".utf8))
        #expect(throws: ServiceError.self) { try harness.world.getObject(bucket: "reports", key: "in/a.json") }
    }

    @Test("A method that is not simulated names the ones that are")
    func unsupportedMethod() throws {
        var harness = try Self.harness("""
        import boto3
        def lambda_handler(event, context):
            try:
                boto3.client('s3').upload_file('/tmp/x', 'reports', 'x')
            except AttributeError as e:
                return str(e)
        """, policy: nil)
        let response = try harness.invoke()
        #expect(response.body == #""'S3' object has no attribute 'upload_file'. Lambda Workbook simulates these methods of boto3.client('s3'): copy_object, delete_object, get_object, head_object, list_objects, list_objects_v2, put_object.""#)
    }

    static let ordersPolicy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:PutItem","dynamodb:GetItem","dynamodb:Query","dynamodb:Scan"],"Resource":"arn:aws:dynamodb:us-east-1:123456789012:table/Orders"}]}"#

    static func ordersHarness(_ source: String, policy: String?) throws -> InvokeHarness {
        var harness = try InvokeHarness(source)
        _ = try harness.world.createTable(CreateTableRequest(
            tableName: "Orders",
            attributeDefinitions: [AttributeDefinition(attributeName: "customer", attributeType: "S"),
                                   AttributeDefinition(attributeName: "order", attributeType: "N")],
            keySchema: [KeySchemaElement(attributeName: "customer", keyType: "HASH"), KeySchemaElement(attributeName: "order", keyType: "RANGE")],
            billingMode: "PAY_PER_REQUEST"))
        if let policy { try harness.world.putRolePolicy(roleName: "lambda-ex", policyName: "orders", policyDocument: policy) }
        return harness
    }

    @Test("The dynamodb client puts, gets, queries and scans items in typed JSON")
    func dynamoDBClient() throws {
        var harness = try Self.ordersHarness("""
        import boto3
        db = boto3.client('dynamodb')
        def lambda_handler(event, context):
            for order, amount in [('1', '5'), ('2', '7'), ('3', '9')]:
                db.put_item(TableName='Orders', Item={'customer': {'S': 'ada'}, 'order': {'N': order}, 'amount': {'N': amount}})
            got = db.get_item(TableName='Orders', Key={'customer': {'S': 'ada'}, 'order': {'N': '2'}})
            missing = db.get_item(TableName='Orders', Key={'customer': {'S': 'bob'}, 'order': {'N': '2'}})
            queried = db.query(TableName='Orders', KeyConditionExpression='customer = :c AND #o >= :n',
                               ExpressionAttributeNames={'#o': 'order'},
                               ExpressionAttributeValues={':c': {'S': 'ada'}, ':n': {'N': '2'}})
            scanned = db.scan(TableName='Orders', FilterExpression='amount > :a', ExpressionAttributeValues={':a': {'N': '6'}})
            return [got['Item']['amount'], 'Item' in missing, [i['order']['N'] for i in queried['Items']], queried['Count'],
                    scanned['Count'], scanned['ScannedCount'], got['ResponseMetadata']['HTTPStatusCode']]
        """, policy: Self.ordersPolicy)
        let response = try harness.invoke()
        #expect(response.body == #"[{"N": "7"}, false, ["2", "3"], 2, 2, 3, 200]"#)
        #expect(try harness.world.getItem(tableName: "Orders", key: ["customer": .string("ada"), "order": .number("3")])?["amount"] == .number("9"))
    }

    @Test("A role without dynamodb:PutItem gets DynamoDB's AccessDeniedException as a ClientError")
    func dynamoDBAccessDenied() throws {
        var harness = try Self.ordersHarness("""
        import boto3
        from botocore.exceptions import ClientError
        def lambda_handler(event, context):
            try:
                boto3.client('dynamodb').put_item(TableName='Orders', Item={'customer': {'S': 'ada'}, 'order': {'N': '1'}})
            except ClientError as e:
                return [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
        """, policy: nil)
        let response = try harness.invoke()
        let message = "User: arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function is not authorized to perform: "
            + "dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Orders because no identity-based policy allows the dynamodb:PutItem action"
        #expect(response.body == #"["AccessDeniedException", ""# + message + #"", 400]"#)
    }

    @Test("boto3 calls at module top level (INIT) run as the execution role too")
    func callsDuringInit() throws {
        var harness = try Self.harness("""
        import json
        import boto3
        CONFIG = json.loads(boto3.client('s3').get_object(Bucket='reports', Key='in/a.json')['Body'].read())
        def lambda_handler(event, context):
            return CONFIG['total']
        """, policy: Self.readReports)
        #expect(try harness.invoke().body == "42")
    }

    @Test("head_object on a missing key is botocore's 404 Not Found, and an unknown service names the simulated ones")
    func headMissingAndUnknownService() throws {
        var harness = try Self.harness("""
        import boto3
        import botocore
        def lambda_handler(event, context):
            try:
                boto3.client('s3').head_object(Bucket='reports', Key='nope')
            except botocore.exceptions.ClientError as e:
                head = [e.response['Error']['Code'], e.response['Error']['Message'], str(e)]
            try:
                boto3.client('sqs')
            except botocore.exceptions.UnknownServiceError as e:
                return head + [str(e)]
        """, policy: Self.readAndList)
        #expect(try harness.invoke().body == #"["404", "Not Found", "An error occurred (404) when calling the HeadObject operation: Not Found", "Unknown service: 'sqs'. Lambda Workbook simulates these services: dynamodb, lambda, s3, sts."]"#)
    }

    @Test("copy_object needs s3:GetObject on the source and s3:PutObject on the destination")
    func copyObject() throws {
        let source = """
        import boto3
        from botocore.exceptions import ClientError
        def lambda_handler(event, context):
            try:
                boto3.client('s3').copy_object(Bucket='reports', Key='out/copy.json', CopySource={'Bucket': 'reports', 'Key': 'in/a.json'})
            except ClientError as e:
                return e.response['Error']['Message']
            return 'copied'
        """
        var denied = try Self.harness(source, policy: Self.readReports)
        #expect(try denied.invoke().body.contains(#"s3:PutObject on resource: \"arn:aws:s3:::reports/out/copy.json\""#))
        var allowed = try Self.harness(source, policy: Self.readAndList)
        #expect(try allowed.invoke().body == #""copied""#)
        #expect(try allowed.world.getObject(bucket: "reports", key: "out/copy.json").body == Data(#"{"total": 42}"#.utf8))
    }

    @Test("update_item and delete_item change the table and return old or new attributes as asked")
    func updateAndDeleteItem() throws {
        let policy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:PutItem","dynamodb:UpdateItem","dynamodb:DeleteItem"],"Resource":"arn:aws:dynamodb:us-east-1:123456789012:table/Orders"}]}"#
        var harness = try Self.ordersHarness("""
        import boto3
        db = boto3.client('dynamodb')
        def lambda_handler(event, context):
            key = {'customer': {'S': 'ada'}, 'order': {'N': '1'}}
            db.put_item(TableName='Orders', Item={'customer': {'S': 'ada'}, 'order': {'N': '1'}, 'amount': {'N': '5'}})
            updated = db.update_item(TableName='Orders', Key=key, UpdateExpression='ADD amount :d',
                                     ExpressionAttributeValues={':d': {'N': '3'}}, ReturnValues='UPDATED_NEW')
            deleted = db.delete_item(TableName='Orders', Key=key, ReturnValues='ALL_OLD')
            return [updated['Attributes'], deleted['Attributes']['amount']]
        """, policy: policy)
        #expect(try harness.invoke().body == #"[{"amount": {"N": "8"}}, {"N": "8"}]"#)
        #expect(try harness.world.getItem(tableName: "Orders", key: ["customer": .string("ada"), "order": .number("1")]) == nil)
    }

    @Test("Binary attributes go in and come back as bytes")
    func binaryAttributes() throws {
        var harness = try Self.ordersHarness("""
        import boto3
        db = boto3.client('dynamodb')
        def lambda_handler(event, context):
            key = {'customer': {'S': 'ada'}, 'order': {'N': '1'}}
            db.put_item(TableName='Orders', Item={'customer': {'S': 'ada'}, 'order': {'N': '1'}, 'blob': {'B': b'\\x00hi'}})
            blob = db.get_item(TableName='Orders', Key=key)['Item']['blob']['B']
            return [type(blob).__name__, len(blob), blob[1:].decode()]
        """, policy: Self.ordersPolicy)
        #expect(try harness.invoke().body == #"["bytes", 3, "hi"]"#)
    }

    @Test("A missing required parameter raises botocore's ParamValidationError, not a ClientError")
    func missingParameter() throws {
        var harness = try Self.harness("""
        import boto3
        from botocore.exceptions import ClientError, ParamValidationError
        def lambda_handler(event, context):
            try:
                boto3.client('s3').get_object(Bucket='reports')
            except ClientError:
                return 'client error'
            except ParamValidationError as e:
                return str(e)
        """, policy: Self.readReports)
        #expect(try harness.invoke().body == #""Parameter validation failed:\nMissing required parameter in input: \"Key\"""#)
    }
}
