import json
original = {"id": 7, "tags": ["a", "b"], "price": 9.99, "ok": True, "none": None, "nested": {"k": [1, {"x": 0.1}]}}
text = json.dumps(original)
back = json.loads(text)
print(text)
print(back == original, json.dumps(back) == text)
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: 2})))
