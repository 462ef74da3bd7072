import json
print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "text"}))
print(json.dumps([]), json.dumps({}), json.dumps("s"), json.dumps(1), json.dumps(None), json.dumps(1.0), json.dumps(10**20))
print(json.dumps((1, 2)), json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps("quote\" backslash\\ newline\n tab\t"), json.dumps("\u0001"))
