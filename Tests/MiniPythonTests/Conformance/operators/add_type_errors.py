def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: (1,) + [2])
show(lambda: None + 1)
show(lambda: b"a" + "b")
show(lambda: {} + {})
show(lambda: 1.5 + "x")
