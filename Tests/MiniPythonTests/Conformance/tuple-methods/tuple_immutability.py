t = (1, [2, 3])
try:
    t[0] = 5
except TypeError as e:
    print(e)
t[1].append(4)
print(t)
try:
    t.append(5)
except AttributeError as e:
    print(e)
try:
    hash(t)
except TypeError as e:
    print(e)
