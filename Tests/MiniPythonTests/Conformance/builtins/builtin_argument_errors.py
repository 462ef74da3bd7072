def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
show(lambda: len())
show(lambda: len([], []))
show(lambda: abs())
show(lambda: isinstance(1))
show(lambda: range())
show(lambda: chr())
show(lambda: int(1, 2))
show(lambda: sorted())
show(lambda: enumerate())
show(lambda: getattr())
