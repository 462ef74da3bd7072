sl = slice(1, 5, 2)
print(sl, sl.start, sl.stop, sl.step)
print([0, 1, 2, 3, 4, 5][sl], slice(3), slice(None, 2))
print(slice(1, 2) == slice(1, 2))
try:
    [1, 2][::0]
except ValueError as e:
    print(type(e).__name__, e)
