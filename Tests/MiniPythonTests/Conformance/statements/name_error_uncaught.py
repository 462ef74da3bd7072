event = {"name": "x"}
print(evnt["name"])
