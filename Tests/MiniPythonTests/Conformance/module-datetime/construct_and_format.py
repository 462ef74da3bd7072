from datetime import datetime, date, timedelta, timezone
dt = datetime(2024, 3, 15, 14, 30, 5)
print(dt, repr(dt))
print(dt.isoformat(), dt.isoformat(sep=" "), dt.date(), dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)
print(dt.strftime("%Y/%m/%d %H:%M:%S"), dt.strftime("%d %b %Y, %A %I:%M %p"), dt.strftime("%j %U %w"))
d = date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.weekday(), d.strftime("%B %d"))
print(datetime(2024, 1, 1, 0, 0, 0, 123456).isoformat(), datetime(2024, 1, 1, 0, 0, 0, 500).isoformat())
