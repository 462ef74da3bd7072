import json
data = json.loads('{"a": 1, "b": [true, false, null], "c": 1.5, "d": "text", "e": {}, "f": 1e3, "g": -0}')
print(data)
print(type(data["a"]).__name__, type(data["c"]).__name__, type(data["f"]).__name__, data["g"])
print(json.loads("[]"), json.loads('"s"'), json.loads("3"), json.loads("null"), json.loads(" 1.25 "))
print(json.loads('"\\u00e9\\n\\t\\"\\\\ \\ud83d\\ude00"'))
print(json.loads(b'{"bytes": true}'), json.loads('{"dup": 1, "dup": 2}'))
print(json.loads("123456789012345678901234567890"), json.loads("NaN"), json.loads("-Infinity"))
