import json
import re

LOG_LINES = [
    "START RequestId: 11 Version: $LATEST",
    "2024-01-01T00:00:01Z 11 INFO user=ann action=login",
    "2024-01-01T00:00:02Z 11 ERROR user=bob action=pay code=402",
    "2024-01-01T00:00:03Z 11 INFO user=ann action=view",
    "END RequestId: 11",
    "REPORT RequestId: 11 Duration: 12.34 ms Billed Duration: 13 ms Memory Size: 128 MB Max Memory Used: 40 MB",
]
PAIR = re.compile(r"(\w+)=(\w+)")


def lambda_handler(event, context):
    entries = [dict(PAIR.findall(line)) for line in event["lines"] if (" INFO " in line or " ERROR " in line)]
    users = sorted({e["user"] for e in entries})
    per_user = {u: [e["action"] for e in entries if e["user"] == u] for u in users}
    errors = [(e["user"], int(code)) for e in entries if (code := e.get("code"))]
    report = next((l for l in event["lines"] if l.startswith("REPORT")), "")
    numbers = {k: float(v) for k, v in re.findall(r"(\w[\w ]*?): ([\d.]+)", report)}
    return {"users": users, "perUser": per_user, "errors": errors, "report": numbers,
            "anyErrors": any(e.get("code") for e in entries), "allInfo": all("code" not in e for e in entries)}


print(json.dumps(lambda_handler({"lines": LOG_LINES}, None), indent=1))
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
queue = list(data)
while (item := queue.pop()) != 1:
    print("popped", item)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2])
print(sum(x * x for x in data), max((x for x in data if x < 9), default=None), list(zip(*matrix)))
print({x % 3: x for x in data}, [y for x in data if (y := x * 2) > 6])
