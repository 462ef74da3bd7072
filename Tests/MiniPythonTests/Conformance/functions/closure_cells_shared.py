def make():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 100
    return fns
print([f() for f in make()])
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get())
