import os
import urllib.parse
from collections import defaultdict


def lambda_handler(event, context):
    summary = defaultdict(list)
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"], encoding="utf-8")
        size = record["s3"]["object"].get("size", 0)
        name, ext = os.path.splitext(key)
        summary[ext or "(none)"].append(os.path.basename(name))
        print(f"{record['eventName']:<32} s3://{bucket}/{key} ({size:,} bytes)")
    return dict(summary)


def make_record(key, size, event_name="ObjectCreated:Put"):
    return {
        "eventVersion": "2.1",
        "eventSource": "aws:s3",
        "eventName": event_name,
        "s3": {"bucket": {"name": "amzn-s3-demo-bucket"}, "object": {"key": key, "size": size}},
    }


event = {"Records": [
    make_record("photos/My+Holiday+%282024%29.jpg", 2048576),
    make_record("docs/r%C3%A9sum%C3%A9.pdf", 53211),
    make_record("raw/README", 12),
    make_record("photos/cat.jpg", 1024, "ObjectRemoved:Delete"),
]}
result = lambda_handler(event, None)
for ext in sorted(result):
    print(ext, result[ext])
print(urllib.parse.quote("a b/c+d"), urllib.parse.quote_plus("a b/c+d"))
