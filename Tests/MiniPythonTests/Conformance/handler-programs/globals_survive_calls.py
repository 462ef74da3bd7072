import time
INIT_COUNT = 0
cache = {}
def init():
    global INIT_COUNT
    INIT_COUNT += 1
init()
def lambda_handler(event, context):
    key = event["key"]
    if key in cache:
        return {"cached": True, "value": cache[key], "inits": INIT_COUNT}
    cache[key] = key.upper()
    return {"cached": False, "value": cache[key], "inits": INIT_COUNT}
for k in ["a", "b", "a"]:
    print(lambda_handler({"key": k}, None))
