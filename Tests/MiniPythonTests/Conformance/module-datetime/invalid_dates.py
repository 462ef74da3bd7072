from datetime import datetime, date
for args in [(2023, 2, 29), (2024, 13, 1), (2024, 1, 32), (2024, 0, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print(args, e)
try:
    datetime(2024, 1, 1, 25)
except ValueError as e:
    print(e)
try:
    datetime(2024, 1, 1) - 5
except TypeError as e:
    print(e)
