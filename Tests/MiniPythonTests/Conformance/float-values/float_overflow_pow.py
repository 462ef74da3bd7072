try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 > 1e308)
try:
    print(2 ** 10000 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
