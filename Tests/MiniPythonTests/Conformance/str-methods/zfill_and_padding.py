print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("[" + "hi".center(8) + "]", "[" + "hi".center(7, "*") + "]", "[" + "hi".ljust(5, ".") + "]", "[" + "hi".rjust(5) + "]")
print("long".center(2), "x".ljust(0))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(e)
