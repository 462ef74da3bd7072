def handler(event, context):
    result = await fetch(event)
    return result
