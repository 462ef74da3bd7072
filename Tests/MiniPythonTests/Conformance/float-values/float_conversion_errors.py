for value in ["abc", "", "1.5.2", "1,5", "inf!"]:
    try:
        float(value)
    except ValueError as e:
        print(e)
try:
    float(None)
except TypeError as e:
    print(e)
try:
    float(2**2000)
except OverflowError as e:
    print(type(e).__name__, e)
