from datetime import datetime, timezone, timedelta
dt = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
print(dt, dt.isoformat(), dt.tzinfo, dt.utcoffset())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000, tz=timezone.utc).isoformat())
print(dt.timestamp(), datetime(1970, 1, 2, tzinfo=timezone.utc).timestamp())
print(dt.strftime("%Y-%m-%dT%H:%M:%S%z %Z"))
print(timezone.utc, repr(timezone.utc))
