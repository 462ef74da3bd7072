for value in ["abc", "", "1.5", "12a", " ", "0x10", "1__0"]:
    try:
        int(value)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
