import base64
for bad in ["abc", "a===", "!!!!"]:
    try:
        print(repr(bad), base64.b64decode(bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    base64.b64encode("text")
except TypeError as e:
    print(e)
