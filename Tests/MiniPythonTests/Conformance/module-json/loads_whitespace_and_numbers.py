import json
print(json.loads("  {\n\t\"a\" :\r\n [ 1 , 2 ] }  "), json.loads("-12"), json.loads("1.5e2"), json.loads("0.1"))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__)
for bad in ["01", "1.", ".5", "+1", "[1,]", "{\"a\":1,}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e)
