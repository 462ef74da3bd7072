def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(e)
show(lambda: list(enumerate(5)))
show(lambda: list(zip([1], 2)))
show(lambda: list(map(len, 5)))
show(lambda: list(filter(None, 5)))
show(lambda: list(enumerate("ab", "1")))
