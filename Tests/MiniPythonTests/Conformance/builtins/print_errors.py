def show(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: print("a", sep=1))
show(lambda: print("a", end=2))
show(lambda: print("a", bogus=1))
