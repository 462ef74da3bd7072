l = [3, "a", 1]
try:
    l.sort()
except TypeError as e:
    print(e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(e)
try:
    [None, None].sort()
except TypeError as e:
    print(e)
