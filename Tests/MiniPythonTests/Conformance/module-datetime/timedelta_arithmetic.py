from datetime import datetime, date, timedelta
dt = datetime(2024, 12, 31, 23, 0)
print(dt + timedelta(hours=2), dt - timedelta(days=365), dt + timedelta(minutes=90, seconds=30))
td = datetime(2024, 3, 1) - datetime(2024, 2, 1)
print(td, td.days, td.total_seconds(), repr(td))
print(timedelta(days=1, hours=1, minutes=1, seconds=1), timedelta(seconds=-1), timedelta(weeks=2), timedelta(milliseconds=1500))
print(timedelta(hours=36) // timedelta(days=1), timedelta(hours=1) * 3, timedelta(days=1) / 4, timedelta(0) == timedelta())
print(date(2024, 3, 1) - date(2023, 3, 1), date(2024, 1, 31) + timedelta(days=1))
print(datetime(2024, 1, 2) > datetime(2024, 1, 1), max(date(2020, 1, 1), date(2019, 12, 31)))
