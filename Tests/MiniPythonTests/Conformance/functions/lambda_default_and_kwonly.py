f = lambda a, *, b=2: a * b
print(f(3), f(3, b=5))
try:
    f(3, 5)
except TypeError as e:
    print(e)
g = lambda: None
print(g(), (lambda x=[]: x)() == [])
