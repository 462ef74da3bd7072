from datetime import datetime, timezone


def parse_access_log_time(text):
    return datetime.strptime(text, "%d/%b/%Y:%H:%M:%S %z")


def lambda_handler(event, context):
    out = []
    for raw, fmt in event["dates"]:
        try:
            when = datetime.strptime(raw, fmt)
        except ValueError as e:
            out.append(f"{raw!r}: ValueError: {e}")
            continue
        out.append(f"{raw!r} -> {when!r} {when.isoformat()}")
    return out


dates = [
    ("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"),
    ("2024-03-05T14:07:09.25Z", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("05/Mar/2024:14:07:09 +0530", "%d/%b/%Y:%H:%M:%S %z"),
    ("Tuesday, March 5, 2024 2:07 PM", "%A, %B %d, %Y %I:%M %p"),
    ("12:30 am", "%I:%M %p"),
    ("24-1-9", "%y-%m-%d"),
    ("99.12.31", "%y.%m.%d"),
    ("2024 066", "%Y %j"),
    ("2024-02-30", "%Y-%m-%d"),
    ("2024-03-05 extra", "%Y-%m-%d"),
    ("March 2024", "%Y %B"),
    ("2024-03-05", "%Y-%q"),
    ("2024-03-05", "%Y-%m-%"),
    ("1 2 2024   10:00:00 -02:30", "%d %m %Y %H:%M:%S %z"),
    ("Tue Mar  5 14:07:09 2024", "%c"),
    ("03/05/24 14:07:09", "%x %X"),
    ("2024-03-05 14:07:09 UTC", "%Y-%m-%d %H:%M:%S %Z"),
]
for line in lambda_handler({"dates": dates}, None):
    print(line)
stamp = parse_access_log_time("10/Oct/2023:13:55:36 -0700")
print(stamp.astimezone(timezone.utc), stamp.utcoffset(), stamp.tzinfo)
try:
    datetime.strptime(20240305, "%Y%m%d")
except TypeError as e:
    print("TypeError:", e)
