# json.loads with object_hook and parse_float, repeated keys, big and negative numbers, deep nesting.
import json
from decimal import Decimal

print(json.loads('{"a": 1, "b": {"c": [1.5, 2]}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.10, 2, -0.5e3, 1E400]', parse_float=Decimal))
print(json.loads('[1.10, 2, 3.0]', parse_float=str))
print(json.loads('{"k": 1, "j": 2, "k": 3}'))
print(json.loads('[12345678901234567890123, -0, -12, 0.1, -0.0, 1e-7, 123456789012345678]'))
print(json.loads('{"a": NaN, "b": Infinity, "c": -Infinity}'))
print(json.loads('"\\u00e9\\ud83d\\ude00 \\t\\n\\"\\\\\\/"'))
print(json.loads(b'{"bytes": true}'))
try:
    json.loads('{"a": 1, "b": [1, 2,]}')
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos, e.lineno, e.colno, len(e.doc))
try:
    json.loads('["é", "ü", x]')
except ValueError as e:
    print(e)
try:
    json.loads("[" * 100000)
except RecursionError as e:
    print("RecursionError:", e)
