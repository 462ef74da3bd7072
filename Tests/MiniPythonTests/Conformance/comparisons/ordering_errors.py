def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(e)
show(lambda: 1 < "1")
show(lambda: {} < {})
show(lambda: None > None)
show(lambda: [1, "a"] < [1, 2])
show(lambda: {1} < {1, 2})
show(lambda: sorted([3, "a"]))
