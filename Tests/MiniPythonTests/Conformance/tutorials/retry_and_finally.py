class TransientError(Exception):
    pass


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def fetch(self, key):
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientError(f"attempt {self.calls} throttled")
        return {"key": key, "calls": self.calls}


def with_retries(fn, *args, attempts=3, **kwargs):
    delay = 0.1
    last = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except TransientError as e:
            last = e
            print(f"  retry {attempt}/{attempts} after {delay:.1f}s: {e}")
            delay *= 2
        finally:
            print(f"  attempt {attempt} done")
    raise RuntimeError(f"gave up after {attempts} attempts") from last


def lambda_handler(event, context):
    client = Flaky(event["failures"])
    try:
        item = with_retries(client.fetch, event["key"], attempts=event.get("attempts", 3))
    except RuntimeError as e:
        return {"ok": False, "error": str(e), "cause": str(e.__cause__)}
    else:
        return {"ok": True, "item": item}
    finally:
        print("  connections closed")


def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before the return")


for ev in ({"key": "a", "failures": 0}, {"key": "b", "failures": 2}, {"key": "c", "failures": 5, "attempts": 2}):
    print(lambda_handler(ev, None))
print(early_return())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
else:
    print("loop finished")
