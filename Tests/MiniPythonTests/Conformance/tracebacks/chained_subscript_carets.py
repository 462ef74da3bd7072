event = {"body": {"user": {"id": 7}}}
print(event["body"]["user"]["id"])
print(event["body"]["account"]["id"])
