from datetime import datetime, timezone, date
now = datetime.now()
utc = datetime.now(timezone.utc)
print(type(now).__name__, type(now.year).__name__, utc.tzinfo is timezone.utc, now.tzinfo)
print(isinstance(now, date), isinstance(date(2024, 1, 1), datetime))
