a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
a += "xy"
print(a)
try:
    t += [4]
except TypeError as e:
    print(e)
