def v(x):
    print("eval", x)
    return x
def f(*args, **kwargs):
    return args, kwargs
print(f(v(1), v(2), k=v(3)))
d = {}
d[v("key")] = v("value")
print(d)
