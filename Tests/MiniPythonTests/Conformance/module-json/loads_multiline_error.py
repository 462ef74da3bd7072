import json
text = '{\n  "a": 1,\n  "b": ,\n}'
try:
    json.loads(text)
except ValueError as e:
    print(type(e).__name__, e)
