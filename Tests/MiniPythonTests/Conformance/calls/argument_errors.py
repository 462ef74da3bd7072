def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
def two(a, b):
    return a + b
def one_default(a, b=1):
    return a
def no_args():
    return 0
show(lambda: two(1))
show(lambda: two())
show(lambda: two(1, 2, 3))
show(lambda: two(1, 2, c=3))
show(lambda: two(1, a=1))
show(lambda: one_default())
show(lambda: one_default(1, 2, 3))
show(lambda: no_args(1))
show(lambda: two(b=1))
