import json
data = {"users": [{"name": "Zoë", "tags": ("a", "b"), "meta": None}], "count": 1, "ok": True}
text = json.dumps(data, indent=2, ensure_ascii=False)
print(text)
print(json.loads(text)["users"][0]["tags"])
