import json
import boto3
from botocore.exceptions import ClientError

s3 = boto3.client('s3')


def lambda_handler(event, context):
    try:
        response = s3.get_object(Bucket='workbook-reports', Key='in/report.json')
    except ClientError as e:
        print(e)
        return {'statusCode': 403, 'error': e.response['Error']['Code']}
    report = json.loads(response['Body'].read())
    return {'statusCode': 200, 'total': report['total']}
