from datetime import date, timedelta
d = date(2024, 1, 31)
for i in range(4):
    day = d + timedelta(days=i)
    print(day, day.strftime("%a"), day.weekday(), day.isoweekday())
print((date(2025, 1, 1) - date(2024, 1, 1)).days, date(2024, 3, 10).replace(day=1))
print(date.fromisoformat("2024-12-25").strftime("%d/%m/%Y"), date(2024, 5, 5) < date(2024, 5, 6))
