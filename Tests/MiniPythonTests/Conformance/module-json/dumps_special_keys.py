import json
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, 10: 5}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True, indent=1))
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(e)
