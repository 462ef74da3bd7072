import json
for value in [{1, 2}, b"bytes", object]:
    try:
        json.dumps(value)
    except TypeError as e:
        print(e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print(e)
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
