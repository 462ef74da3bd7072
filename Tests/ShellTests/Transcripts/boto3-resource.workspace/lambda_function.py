import json
from decimal import Decimal

import boto3
from boto3.dynamodb.conditions import Attr
from botocore.exceptions import ClientError

s3 = boto3.resource('s3')
table = boto3.resource('dynamodb').Table('reports')


def lambda_handler(event, context):
    try:
        body = s3.Object('workbook-reports', 'in/report.json').get()['Body'].read()
        # DynamoDB takes no floats: read the numbers as Decimal.
        report = json.loads(body, parse_float=Decimal)
        item = {'id': report['id'], 'total': report['total'], 'items': sum(line['qty'] for line in report['lines'])}
        table.put_item(Item=item, ConditionExpression=Attr('id').not_exists())
    except ClientError as e:
        print(e)
        return {'statusCode': 400, 'error': e.response['Error']['Code']}
    return {'statusCode': 200, 'stored': item['id'], 'total': str(item['total'])}
