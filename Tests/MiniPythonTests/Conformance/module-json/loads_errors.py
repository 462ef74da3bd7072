import json
for text in ["", "{", "{'a': 1}", "[1, 2,]", '{"a" 1}', "tru", '{"a": 1} x', "[1] [2]", '"unterminated']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), "->", e, "|", e.msg, e.lineno, e.colno, e.pos)
print(issubclass(json.JSONDecodeError, ValueError))
