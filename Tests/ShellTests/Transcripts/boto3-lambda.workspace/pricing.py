def lambda_handler(event, context):
    total = sum(item['price'] * item['qty'] for item in event['items'])
    print('priced', len(event['items']), 'items')
    return {'total': total}
