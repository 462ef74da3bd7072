# Models the Powertools-style shape of many Lambda handlers: the handler is wrapped
# in decorators (with and without arguments) that log, time with a fake clock,
# count metrics, retry on a transient error and cache idempotent results; records
# of an SQS batch go through a pipeline of closures (validate -> enrich -> transform)
# built with functools.partial, map/filter, lambdas, *args/**kwargs forwarding,
# nonlocal counters, try/except/finally and partial batch failure reporting.
# Deterministic: the "clock" is a counter; no time, no random.
import functools


class TransientError(Exception):
    pass


class BadRecord(Exception):
    def __init__(self, message_id, reason):
        super().__init__(f"{message_id}: {reason}")
        self.message_id = message_id


METRICS = {}
LOG = []


def metric(name, value=1):
    METRICS[name] = METRICS.get(name, 0) + value


def make_clock():
    ticks = 0

    def now():
        nonlocal ticks
        ticks += 3
        return ticks
    return now


CLOCK = make_clock()


def logged(fn):
    def wrapper(*args, **kwargs):
        LOG.append("enter " + fn.__name__)
        try:
            return fn(*args, **kwargs)
        finally:
            LOG.append("exit " + fn.__name__)
    return wrapper


def timed(metric_name):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            start = CLOCK()
            result = fn(*args, **kwargs)
            metric(metric_name, CLOCK() - start)
            return result
        return wrapper
    return decorate


def retry(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            attempt = 0
            while True:
                try:
                    return fn(*args, **kwargs)
                except TransientError:
                    attempt += 1
                    metric("retries")
                    if attempt >= times:
                        raise
        return wrapper
    return decorate


def idempotent(fn):
    cache = {}

    def wrapper(record, **kwargs):
        key = record["messageId"]
        if key in cache:
            metric("idempotent_hits")
            return cache[key]
        result = fn(record, **kwargs)
        cache[key] = result
        return result
    return wrapper


def validate(record, required=("orderId", "qty")):
    body = record["body"]
    for field in required:
        if field not in body:
            raise BadRecord(record["messageId"], "missing " + field)
    if body["qty"] <= 0:
        raise BadRecord(record["messageId"], "qty must be positive")
    return record


def enrich(record, prices, discount=0):
    body = dict(record["body"])
    unit = prices.get(body["sku"], 100)
    body["unit"] = unit - unit * discount // 100
    body["total"] = body["unit"] * body["qty"]
    return {**record, "body": body}


def transform(record):
    body = record["body"]
    return {"id": body["orderId"], "total": body["total"], "sku": body["sku"].upper()}


def compose(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run


FLAKY = {"count": 0}


@retry(3)
@timed("process_ms")
def flaky_store(item):
    FLAKY["count"] += 1
    if FLAKY["count"] % 17 == 0:
        raise TransientError("throttled")
    return item["total"]


@logged
@timed("handler_ms")
def handler(event, context):
    prices = {"apple": 120, "pear": 90, "plum": 70, "kiwi": 150}
    pipeline = compose(validate, functools.partial(enrich, prices=prices, discount=10), transform)
    process = idempotent(lambda record, **kw: flaky_store(pipeline(record)))
    failures = []
    stored = 0
    for record in event["Records"]:
        try:
            stored += process(record)
            metric("ok")
        except BadRecord as error:
            failures.append({"itemIdentifier": error.message_id})
            metric("bad")
        except TransientError:
            failures.append({"itemIdentifier": record["messageId"]})
            metric("gave_up")
    big = list(filter(lambda r: r["body"].get("qty", 0) > 3, event["Records"]))
    skus = list(map(lambda r: r["body"].get("sku", "?"), big))
    if (n := len(skus)) > 0:
        metric("big_orders", n)
    return {"batchItemFailures": failures, "stored": stored}


def make_batch(b):
    records = []
    for i in range(BATCH_SIZE):
        n = b * BATCH_SIZE + i
        body = {"orderId": f"o-{n}", "qty": (n * 7) % 6, "sku": ["apple", "pear", "plum", "kiwi", "fig"][n % 5]}
        if n % 37 == 0:
            del body["orderId"]
        message_id = "m-" + str(n if n % 11 else n - 1)
        records.append({"messageId": message_id, "body": body, "attributes": {"ApproximateReceiveCount": "1"}})
    return {"Records": records}


def main():
    failed = 0
    stored = 0
    for b in range(BATCHES):
        result = handler(make_batch(b), None)
        failed += len(result["batchItemFailures"])
        stored += result["stored"]
    print(LOG[:4], len(LOG))
    print(sorted(METRICS.items()))
    print(f"batches={BATCHES} failed={failed} stored={stored} checksum {stored + failed * 7 + METRICS['handler_ms']}")


BATCH_SIZE = 10
BATCHES = 12000
main()
