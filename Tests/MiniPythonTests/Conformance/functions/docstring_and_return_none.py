def f():
    "single-quoted docstring"
print(f(), f.__doc__)
def g(x):
    if x > 0:
        return x
print(g(1), g(-1))
