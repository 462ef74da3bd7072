import json
data = {"b": 1, "a": {"y": [1, 2], "x": {}}, "c": []}
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps({"a": 1}, indent="\t"))
