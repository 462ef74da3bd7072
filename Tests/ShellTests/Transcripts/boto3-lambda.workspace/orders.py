import json
import boto3

lam = boto3.client('lambda')


def lambda_handler(event, context):
    response = lam.invoke(FunctionName='pricing', Payload=json.dumps({'items': event['items']}))
    quote = json.loads(response['Payload'].read())
    print('pricing answered', response['StatusCode'], 'from', response['ExecutedVersion'])
    return {'order': event['order'], 'total': quote['total']}
