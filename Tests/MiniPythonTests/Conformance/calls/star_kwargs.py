def f(a, **options):
    return a, options
print(f(1), f(1, x=2, y=3))
opts = {"b": 2, "c": 3}
print(f(a=0, **opts), f(**{"a": 5}))
print(f(1, **opts, d=4), f(1, **{"e": 5}, **{"f": 6}))
