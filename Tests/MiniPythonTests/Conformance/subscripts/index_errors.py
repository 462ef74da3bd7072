def show(fn):
    try:
        fn()
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
items, text, number, nothing = [1, 2], "abc", 5, None
show(lambda: items[5])
show(lambda: [][0])
show(lambda: text[3])
show(lambda: (1,)[-2])
show(lambda: b"ab"[2])
show(lambda: range(3)[3])
show(lambda: {"a": 1}["b"])
show(lambda: {1: 1}[(1, 2)])
show(lambda: items["0"])
show(lambda: text[1.0])
show(lambda: number[0])
show(lambda: nothing["x"])
show(lambda: {}[[1]])
