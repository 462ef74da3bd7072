def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(inc, [1, 2])), list(filter(None, [0, 1, "", "a"])))
def apply_all(fns, v):
    return [fn(v) for fn in fns]
print(apply_all([str, float, bool, abs], -3))
