import json
s = {"name": "café", "emoji": "😀", "jp": "日本"}
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
