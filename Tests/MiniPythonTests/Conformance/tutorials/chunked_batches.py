import json


def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def lambda_handler(event, context):
    items = event["items"]
    batches = chunks(items, event.get("batchSize", 25))
    written = []
    for number, batch in enumerate(batches):
        request = {"RequestItems": {"table": [{"PutRequest": {"Item": {"pk": x}}} for x in batch]}}
        written.append(len(request["RequestItems"]["table"]))
        print(f"batch {number}: {batch[0]}..{batch[-1]}")
    first, *middle, last = items
    return {"batches": written, "first": first, "last": last, "middle": len(middle)}


print(json.dumps(lambda_handler({"items": list(range(1, 61))}, None)))
print(lambda_handler({"items": ["a", "b", "c"], "batchSize": 2}, None))
print(chunks([], 3), chunks("abcdefg", 3))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
lambda_handler({"items": []}, None)
