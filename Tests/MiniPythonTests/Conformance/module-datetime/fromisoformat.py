from datetime import datetime, date
print(datetime.fromisoformat("2024-03-15T10:20:30"), datetime.fromisoformat("2024-03-15"))
print(datetime.fromisoformat("2024-03-15T10:20:30+00:00"), datetime.fromisoformat("2024-03-15T10:20:30Z"))
print(datetime.fromisoformat("2024-03-15 10:20:30.250000"), date.fromisoformat("2023-12-25"))
try:
    datetime.fromisoformat("15/03/2024")
except ValueError as e:
    print(e)
