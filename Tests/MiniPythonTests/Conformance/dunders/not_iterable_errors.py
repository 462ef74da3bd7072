class Nothing:
    pass
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
show(lambda: list(Nothing()))
show(lambda: len(Nothing()))
show(lambda: Nothing()[0])
show(lambda: 1 in Nothing())
show(lambda: [x for x in 5])
show(lambda: iter(None))
