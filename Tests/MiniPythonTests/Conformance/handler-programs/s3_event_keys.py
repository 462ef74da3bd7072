from urllib.parse import unquote_plus
event = {"Records": [
    {"eventName": "ObjectCreated:Put", "s3": {"bucket": {"name": "uploads"}, "object": {"key": "photos/my+cat%281%29.jpg", "size": 1024}}},
    {"eventName": "ObjectRemoved:Delete", "s3": {"bucket": {"name": "uploads"}, "object": {"key": "old.txt"}}},
]}
def lambda_handler(event, context):
    results = []
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = unquote_plus(record["s3"]["object"]["key"])
        size = record["s3"]["object"].get("size", 0)
        results.append(f"{record['eventName'].split(':')[0]} s3://{bucket}/{key} ({size} bytes)")
    return results
for line in lambda_handler(event, None):
    print(line)
