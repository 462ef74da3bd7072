import json
import json.encoder
from json import JSONEncoder

print(JSONEncoder, json.encoder.JSONEncoder is json.JSONEncoder)
print(JSONEncoder().encode({"a": [1, 2], "b": "é"}))
print(JSONEncoder(indent=1, sort_keys=True).encode({"b": 1, "a": None}))
print(JSONEncoder(separators=(",", "="), ensure_ascii=False).encode({"x": ["é", 1.5]}))
print(json.dumps({"k": {2, 1}}, default=sorted, cls=None))
try:
    JSONEncoder().encode(object())
except TypeError as e:
    print("TypeError:", e)


class Upper(json.JSONEncoder):
    def __init__(self, *, prefix="", **kw):
        super().__init__(**kw)
        self.prefix = prefix

    def default(self, o):
        return self.prefix + type(o).__name__.upper()


print(json.dumps([object(), 1], cls=Upper, prefix="<", indent=None))
print(json.dumps({"b": object(), "a": 2}, cls=Upper, sort_keys=True, indent=2))
with open("/tmp/conformance_json_encoder_class_api.json", "w") as f:
    json.dump({"o": object()}, f, cls=Upper)
print(open("/tmp/conformance_json_encoder_class_api.json").read())
import os
os.remove("/tmp/conformance_json_encoder_class_api.json")
print(json.dumps(object(), cls=JSONEncoder))
