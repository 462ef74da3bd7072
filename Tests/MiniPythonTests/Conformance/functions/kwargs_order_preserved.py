def f(**kwargs):
    return list(kwargs.items())
print(f(z=1, a=2, m=3))
def g(*args, sep="-", **rest):
    return sep.join(str(a) for a in args) + str(sorted(rest))
print(g(1, 2, 3), g(1, sep="+", x=1, b=2))
