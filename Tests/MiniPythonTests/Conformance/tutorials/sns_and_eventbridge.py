import json
from datetime import datetime, timedelta, timezone


def sns_handler(event, context):
    out = []
    for record in event["Records"]:
        sns = record["Sns"]
        message = sns["Message"]
        attrs = {k: v["Value"] for k, v in sns.get("MessageAttributes", {}).items()}
        try:
            message = json.loads(message)
        except ValueError:
            pass
        out.append((sns["Subject"], message, attrs))
    return out


def scheduled_handler(event, context):
    when = datetime.fromisoformat(event["time"].replace("Z", "+00:00"))
    next_run = when + timedelta(hours=6)
    return {
        "detailType": event["detail-type"],
        "fired": when.isoformat(),
        "next": next_run.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "weekday": when.strftime("%A"),
        "resources": [r.split(":")[-1] for r in event["resources"]],
        "epoch": int(when.timestamp()),
    }


sns_event = {"Records": [
    {"EventSource": "aws:sns", "Sns": {"Subject": "order", "Message": '{"id": 7, "total": 12.5}',
                                        "MessageAttributes": {"priority": {"Type": "String", "Value": "high"}}}},
    {"EventSource": "aws:sns", "Sns": {"Subject": None, "Message": "plain text"}},
]}
for item in sns_handler(sns_event, None):
    print(item)
scheduled = {"id": "cdc73f9d", "detail-type": "Scheduled Event", "source": "aws.events",
             "time": "2024-02-29T22:30:00Z",
             "resources": ["arn:aws:events:us-east-1:123456789012:rule/nightly-report"], "detail": {}}
print(scheduled_handler(scheduled, None))
start = datetime(2024, 3, 10, 8, 0, tzinfo=timezone.utc)
print(start, start.date(), (start - datetime(2024, 1, 1, tzinfo=timezone.utc)).days)
print(timedelta(days=1, seconds=3661), timedelta(minutes=90).total_seconds())
