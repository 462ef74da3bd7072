import Foundation
import Testing
@testable import LambdaSim

@Suite("boto3 resources in handlers")
struct Boto3ResourceTests {
    static let tablePolicy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["dynamodb:PutItem","dynamodb:GetItem","dynamodb:UpdateItem","dynamodb:DeleteItem","dynamodb:Query","dynamodb:Scan","dynamodb:DescribeTable"],"Resource":"arn:aws:dynamodb:us-east-1:123456789012:table/Orders"}]}"#
    static let bucketPolicy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject","s3:DeleteObject"],"Resource":"arn:aws:s3:::reports/*"},{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::reports"}]}"#

    static func tableHarness(_ source: String, policy: String? = tablePolicy) throws -> InvokeHarness {
        try Boto3Tests.ordersHarness(source, policy: policy)
    }

    static func bucketHarness(_ source: String, policy: String? = bucketPolicy) throws -> InvokeHarness {
        var harness = try Boto3Tests.harness(source, policy: nil)
        _ = try harness.world.putObject(bucket: "reports", key: "in/b.json", body: Data("[1, 2]".utf8), contentType: "application/json")
        _ = try harness.world.putObject(bucket: "reports", key: "logs/x.txt", body: Data("x".utf8), contentType: nil)
        if let policy { try harness.world.putRolePolicy(roleName: "lambda-ex", policyName: "bucket", policyDocument: policy) }
        return harness
    }

    @Test("Table.put_item serializes plain Python values and get_item gives them back with numbers as Decimal")
    func decimalRoundTrip() throws {
        var harness = try Self.tableHarness("""
        from decimal import Decimal
        import boto3
        table = boto3.resource('dynamodb').Table('Orders')
        def lambda_handler(event, context):
            table.put_item(Item={'customer': 'ada', 'order': 1, 'amount': Decimal('12.50'), 'paid': True, 'note': None,
                                 'tags': {'new'}, 'lines': [{'sku': 'a-1', 'qty': 2}], 'raw': b'\\x01'})
            item = table.get_item(Key={'customer': 'ada', 'order': 1})['Item']
            return [k + '=' + repr(item[k]) for k in sorted(item)] + [str(item['amount'] * 2), type(item['order']).__name__]
        """)
        let response = try harness.invoke()
        #expect(response.body == #"["amount=Decimal('12.5')", "customer='ada'", "lines=[{'qty': Decimal('2'), 'sku': 'a-1'}]", "note=None", "order=Decimal('1')", "paid=True", "raw=Binary(b'\\x01')", "tags={'new'}", "25.0", "Decimal"]"#)
        let stored = try harness.world.getItem(tableName: "Orders", key: ["customer": .string("ada"), "order": .number("1")])
        #expect(stored?["amount"] == .number("12.5"))
    }

    @Test("A float in an item raises boto3's TypeError before anything is sent")
    func floatIsRefused() throws {
        var harness = try Self.tableHarness("""
        import boto3
        def lambda_handler(event, context):
            try:
                boto3.resource('dynamodb').Table('Orders').put_item(Item={'customer': 'ada', 'order': 1, 'amount': 12.5})
            except TypeError as e:
                return str(e)
        """)
        #expect(try harness.invoke().body == #""Float types are not supported. Use Decimal types instead.""#)
        #expect(harness.world.lastAuthorization == nil)
    }

    @Test("Key and Attr conditions become the expressions and placeholders boto3 builds, and query and scan use them")
    func conditions() throws {
        var harness = try Self.tableHarness("""
        from decimal import Decimal
        import boto3
        from boto3.dynamodb.conditions import Key, Attr, ConditionExpressionBuilder
        table = boto3.resource('dynamodb').Table('Orders')
        def lambda_handler(event, context):
            for order, amount in [(1, 5), (2, 7), (3, 9), (4, 11)]:
                table.put_item(Item={'customer': 'ada', 'order': order, 'amount': amount, 'tags': ['x'] if order % 2 else []})
            queried = table.query(KeyConditionExpression=Key('customer').eq('ada') & Key('order').between(2, 4),
                                  FilterExpression=Attr('amount').gt(Decimal('7')) | Attr('tags').size().gt(0))
            scanned = table.scan(FilterExpression=Attr('amount').is_in([5, 11]) & ~Attr('tags').contains('x'))
            built = ConditionExpressionBuilder().build_expression(
                Key('customer').eq('ada') & Attr('address.lines[0]').begins_with('1') | Attr('gone').not_exists())
            return [[int(i['order']) for i in queried['Items']], queried['Count'], queried['ScannedCount'],
                    [int(i['order']) for i in scanned['Items']], repr(built)]
        """)
        #expect(try harness.invoke().body == #"[[3, 4], 2, 3, [4], "BuiltConditionExpression(condition_expression='((#n0 = :v0 AND begins_with(#n1.#n2[0], :v1)) OR attribute_not_exists(#n3))', attribute_name_placeholders={'#n0': 'customer', '#n1': 'address', '#n2': 'lines', '#n3': 'gone'}, attribute_value_placeholders={':v0': 'ada', ':v1': '1'})"]"#)
    }

    @Test("A failed ConditionExpression through the Table API is DynamoDB's ConditionalCheckFailedException")
    func conditionalCheckFailed() throws {
        var harness = try Self.tableHarness("""
        import boto3
        from boto3.dynamodb.conditions import Attr
        from botocore.exceptions import ClientError
        table = boto3.resource('dynamodb').Table('Orders')
        def lambda_handler(event, context):
            item = {'customer': 'ada', 'order': 1}
            table.put_item(Item=item, ConditionExpression=Attr('customer').not_exists())
            try:
                table.put_item(Item=item, ConditionExpression=Attr('customer').not_exists())
            except ClientError as e:
                out = [e.response['Error']['Code'], str(e)]
            try:
                table.put_item(Item=item, ConditionExpression=Attr('customer').not_exists())
            except table.meta.client.exceptions.ConditionalCheckFailedException as e:
                return out + [type(e).__name__]
        """)
        #expect(try harness.invoke().body == #"["ConditionalCheckFailedException", "An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed", "ConditionalCheckFailedException"]"#)
    }

    @Test("update_item and delete_item take plain values and give back Attributes as Python values")
    func updateAndDelete() throws {
        var harness = try Self.tableHarness("""
        from decimal import Decimal
        import boto3
        table = boto3.resource('dynamodb').Table('Orders')
        def lambda_handler(event, context):
            key = {'customer': 'ada', 'order': 1}
            table.put_item(Item={'customer': 'ada', 'order': 1, 'amount': 5})
            updated = table.update_item(Key=key, UpdateExpression='SET amount = amount + :d',
                                        ExpressionAttributeValues={':d': Decimal('0.25')}, ReturnValues='UPDATED_NEW')
            deleted = table.delete_item(Key=key, ReturnValues='ALL_OLD')
            return [repr(updated['Attributes']), repr(deleted['Attributes']['amount']), 'Item' in table.get_item(Key=key)]
        """)
        #expect(try harness.invoke().body == #"["{'amount': Decimal('5.25')}", "Decimal('5.25')", false]"#)
    }

    @Test("A role without dynamodb:PutItem gets AccessDeniedException through the Table, as through the client")
    func tableAccessDenied() throws {
        var harness = try Self.tableHarness("""
        import boto3
        from botocore.exceptions import ClientError
        def lambda_handler(event, context):
            try:
                boto3.resource('dynamodb').Table('Orders').put_item(Item={'customer': 'ada', 'order': 1})
            except ClientError as e:
                return [e.response['Error']['Code'], e.response['Error']['Message'], e.operation_name]
        """, policy: nil)
        let message = "User: arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function is not authorized to perform: "
            + "dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Orders because no identity-based policy allows the dynamodb:PutItem action"
        #expect(try harness.invoke().body == #"["AccessDeniedException", ""# + message + #"", "PutItem"]"#)
    }

    @Test("Table.name needs no call, while key_schema and the other attributes load through DescribeTable")
    func tableAttributes() throws {
        let source = """
        import boto3
        from botocore.exceptions import ClientError
        def lambda_handler(event, context):
            table = boto3.resource('dynamodb').Table('Orders')
            try:
                return [table.name, repr(table), table.table_name, table.table_status, table.key_schema, table.item_count]
            except ClientError as e:
                return [table.name, e.response['Error']['Message']]
        """
        var allowed = try Self.tableHarness(source)
        #expect(try allowed.invoke().body == #"["Orders", "dynamodb.Table(name='Orders')", "Orders", "ACTIVE", [{"AttributeName": "customer", "KeyType": "HASH"}, {"AttributeName": "order", "KeyType": "RANGE"}], 0]"#)
        var denied = try Self.tableHarness(source, policy: Boto3Tests.ordersPolicy)
        #expect(try denied.invoke().body.contains("not authorized to perform: dynamodb:DescribeTable on resource: arn:aws:dynamodb:us-east-1:123456789012:table/Orders"))
    }

    @Test("TypeSerializer and TypeDeserializer from boto3.dynamodb.types convert as boto3's do")
    func typeSerializers() throws {
        var harness = try Self.tableHarness("""
        from decimal import Decimal
        from boto3.dynamodb.types import TypeSerializer, TypeDeserializer
        def lambda_handler(event, context):
            s = TypeSerializer()
            d = TypeDeserializer()
            out = [repr(s.serialize(v)) for v in [7, Decimal('-1.50'), 'x', True, None, [1], {'a': b'z'}, {3}]]
            out += [repr(d.deserialize(v)) for v in [{'N': '1e3'}, {'NS': ['2']}, {'L': [{'NULL': True}]}]]
            try:
                d.deserialize({'X': 1})
            except TypeError as e:
                out.append(str(e))
            return out
        """, policy: nil)
        #expect(try harness.invoke().body == #"["{'N': '7'}", "{'N': '-1.50'}", "{'S': 'x'}", "{'BOOL': True}", "{'NULL': True}", "{'L': [{'N': '1'}]}", "{'M': {'a': {'B': b'z'}}}", "{'NS': ['3']}", "Decimal('1E+3')", "{Decimal('2')}", "[None]", "Dynamodb type X is not supported"]"#)
    }

    @Test("The resource's own client takes plain values as boto3's does, boto3.client('dynamodb') keeps the typed form, and resource classes are named as boto3 names them")
    func resourceClient() throws {
        var harness = try Self.tableHarness("""
        import boto3
        import boto3.dynamodb.types
        def lambda_handler(event, context):
            table = boto3.resource('dynamodb').Table('Orders')
            table.meta.client.put_item(TableName='Orders', Item={'customer': 'ada', 'order': 1, 'tags': {'a'}})
            typed = boto3.client('dynamodb').get_item(TableName='Orders', Key={'customer': {'S': 'ada'}, 'order': {'N': '1'}})
            table.load()
            return [repr(typed['Item']['tags']), repr(table.meta.client.get_item(TableName='Orders', Key={'customer': 'ada', 'order': 1})['Item']['tags']),
                    table.item_count, repr(boto3.dynamodb.types.TypeSerializer().serialize(table.item_count)),
                    str(type(table)), str(type(boto3.resource('s3').Bucket('b')))]
        """)
        #expect(try harness.invoke().body == #"["{'SS': ['a']}", "{'a'}", 1, "{'N': '1'}", "<class 'boto3.resources.factory.dynamodb.Table'>", "<class 'boto3.resources.factory.s3.Bucket'>"]"#)
    }

    @Test("Table.scan pages with Limit, and LastEvaluatedKey goes back as ExclusiveStartKey in plain values")
    func scanPages() throws {
        var harness = try Self.tableHarness("""
        import boto3
        def lambda_handler(event, context):
            table = boto3.resource('dynamodb').Table('Orders')
            for order in range(1, 6):
                table.put_item(Item={'customer': 'ada', 'order': order})
            pages = []
            kwargs = {'Limit': 2}
            while True:
                page = table.scan(**kwargs)
                pages.append([int(item['order']) for item in page['Items']])
                if 'LastEvaluatedKey' not in page:
                    return [pages, repr(page.get('LastEvaluatedKey'))]
                kwargs['ExclusiveStartKey'] = page['LastEvaluatedKey']
        """)
        #expect(try harness.invoke().body == #"[[[1, 2], [3, 4], [5]], "None"]"#)
    }

    @Test("s3.Object gets, puts and deletes, and loads content_length and e_tag through HeadObject")
    func s3Object() throws {
        var harness = try Self.bucketHarness("""
        import json
        import boto3
        s3 = boto3.resource('s3')
        def lambda_handler(event, context):
            source = s3.Object('reports', 'in/a.json')
            data = json.loads(source.get()['Body'].read())
            target = s3.Object('reports', 'out/total.txt')
            put = target.put(Body=str(data['total']).encode())
            out = [repr(source), source.bucket_name, source.key, source.content_length, source.e_tag, source.content_type,
                   put['ResponseMetadata']['HTTPStatusCode'], target.get()['Body'].read().decode()]
            out.append(s3.Object('reports', 'in/b.json').delete()['ResponseMetadata']['HTTPStatusCode'])
            return out
        """)
        let body = try harness.invoke().body
        #expect(body == #"["s3.Object(bucket_name='reports', key='in/a.json')", "reports", "in/a.json", 13, "\"0f76e9fd645d9902dd96c79bf4d18748\"", "application/json", 200, "42", 204]"#)
        #expect(try harness.world.getObject(bucket: "reports", key: "out/total.txt").body == Data("42".utf8))
        #expect(throws: ServiceError.self) { try harness.world.getObject(bucket: "reports", key: "in/b.json") }
    }

    @Test("Bucket.objects.all() and filter(Prefix=...) page through ListObjects, and put_object gives an Object")
    func s3Bucket() throws {
        var harness = try Self.bucketHarness("""
        import boto3
        s3 = boto3.resource('s3')
        def lambda_handler(event, context):
            bucket = s3.Bucket('reports')
            made = bucket.put_object(Key='in/c.json', Body=b'{}')
            every = [(o.key, o.size) for o in bucket.objects.page_size(1)]
            prefixed = [o.key for o in bucket.objects.filter(Prefix='in/')]
            first = list(bucket.objects.limit(2))
            try:
                bucket.objects.all().delete()
            except AttributeError as e:
                missing = str(e)
            return [bucket.name, repr(made), every, prefixed, repr(first[0]), first[0].e_tag == s3.Object('reports', 'in/a.json').e_tag,
                    type(s3.meta.client).__name__, type(bucket.meta.client).__name__, missing]
        """)
        #expect(try harness.invoke().body == #"["reports", "s3.Object(bucket_name='reports', key='in/c.json')", [["in/a.json", 13], ["in/b.json", 6], ["in/c.json", 2], ["logs/x.txt", 1]], ["in/a.json", "in/b.json", "in/c.json"], "s3.ObjectSummary(bucket_name='reports', key='in/a.json')", true, "S3", "S3", "'s3.Bucket.objectsCollection' object has no attribute 'delete'. Lambda Workbook simulates these methods of Bucket(...).objects: all, filter, limit, page_size, pages (and iterating over them)."]"#)
    }

    @Test("Listing a bucket without s3:ListBucket is AccessDenied from the ListObjects call boto3 makes")
    func s3ListDenied() throws {
        var harness = try Self.bucketHarness("""
        import boto3
        from botocore.exceptions import ClientError
        def lambda_handler(event, context):
            try:
                return [o.key for o in boto3.resource('s3').Bucket('reports').objects.all()]
            except ClientError as e:
                return str(e)
        """, policy: Boto3Tests.readReports)
        #expect(try harness.invoke().body == #""An error occurred (AccessDenied) when calling the ListObjects operation: User: arn:aws:sts::123456789012:assumed-role/lambda-ex/my-function is not authorized to perform: s3:ListBucket on resource: \"arn:aws:s3:::reports\" because no identity-based policy allows the s3:ListBucket action""#)
    }

    @Test("An unknown resource and an attribute that is not simulated name what is")
    func unsupported() throws {
        var harness = try Self.tableHarness("""
        import boto3
        from boto3.exceptions import ResourceNotExistsError
        def lambda_handler(event, context):
            out = []
            for name in ['sts', 'sqs']:
                try:
                    boto3.resource(name)
                except ResourceNotExistsError as e:
                    out.append(str(e))
            for thing, attribute in [(boto3.resource('dynamodb').Table('Orders'), 'batch_writer'),
                                     (boto3.resource('s3'), 'buckets')]:
                try:
                    getattr(thing, attribute)
                except AttributeError as e:
                    out.append(str(e))
            try:
                boto3.resource('s3').Bucket('reports').load()
            except boto3.exceptions.ResourceLoadException as e:
                out.append(str(e))
            return out
        """, policy: nil)
        let body = try harness.invoke().body
        let table = "archival_summary, attribute_definitions, billing_mode_summary, creation_date_time, delete_item, "
            + "deletion_protection_enabled, get_item, global_secondary_indexes, global_table_version, item_count, key_schema, "
            + "latest_stream_arn, latest_stream_label, load, local_secondary_indexes, meta, name, provisioned_throughput, "
            + "put_item, query, reload, replicas, restore_summary, scan, sse_description, stream_specification, table_arn, "
            + "table_class_summary, table_id, table_name, table_size_bytes, table_status, update_item"
        #expect(body == #"["The 'sts' resource does not exist.\nThe available resources are (Lambda Workbook simulates these):\n   - dynamodb\n   - s3\n\nConsider using a boto3.client('sts') instead of a resource for 'sts'", "The 'sqs' resource does not exist.\nThe available resources are (Lambda Workbook simulates these):\n   - dynamodb\n   - s3\n", "'dynamodb.Table' object has no attribute 'batch_writer'. Lambda Workbook simulates these attributes and methods of dynamodb.Table: "#
                + table + #".", "'s3.ServiceResource' object has no attribute 'buckets'. Lambda Workbook simulates these attributes and methods of boto3.resource('s3'): Bucket, Object, ObjectSummary, meta.", "s3.Bucket has no load method in Lambda Workbook: boto3 loads it with ListBuckets, which is not simulated."]"#)
    }
}
