import traceback
def handler(event):
    try:
        return 10 / event["n"]
    except ZeroDivisionError:
        traceback.print_exc()
        return None
print(handler({"n": 2}))
print(handler({"n": 0}))
print("still running")
