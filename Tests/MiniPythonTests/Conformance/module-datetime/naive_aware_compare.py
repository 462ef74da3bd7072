from datetime import datetime, timezone
naive = datetime(2024, 1, 1)
aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
try:
    print(naive < aware)
except TypeError as e:
    print(e)
print(naive == aware, aware.replace(tzinfo=None) == naive)
print(naive.replace(year=2025, month=6), aware.replace(hour=5))
