import json, os
path = "/tmp/conformance_json_dump_load.json"
with open(path, "w") as f:
    json.dump({"b": 2, "a": [1, 2]}, f, indent=2, sort_keys=True)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f))
os.remove(path)
