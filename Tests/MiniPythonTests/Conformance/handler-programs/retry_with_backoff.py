import random
random.seed(3)
class Throttled(Exception):
    pass
attempts = []
def call_service(n):
    attempts.append(n)
    if n < 3:
        raise Throttled(f"attempt {n} throttled")
    return "success"
def with_retries(fn, max_attempts=5):
    delay = 0.1
    for attempt in range(1, max_attempts + 1):
        try:
            return fn(attempt)
        except Throttled as e:
            jitter = round(random.uniform(0, delay), 4)
            print(f"{e}; retrying in {delay + jitter:.4f}s")
            delay *= 2
    raise RuntimeError("gave up")
print(with_retries(call_service), attempts)
