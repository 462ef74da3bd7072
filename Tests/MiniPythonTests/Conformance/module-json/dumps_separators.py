import json
data = {"a": [1, 2], "b": "x"}
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(", ", ": ")))
print(json.dumps(data, indent=2, separators=(",", ": ")))
print(json.dumps([1, 2], indent=1))
