event = {"name": "alice"}
print(event["name"])
print(event.name)
