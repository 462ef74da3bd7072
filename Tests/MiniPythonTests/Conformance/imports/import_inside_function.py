def handler():
    import json
    from math import sqrt
    return json.dumps({"root": sqrt(9)})
print(handler())
try:
    json
except NameError as e:
    print(e)
