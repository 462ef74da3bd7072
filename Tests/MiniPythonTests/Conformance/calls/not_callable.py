def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
number, text, nothing, items, mapping = 5, "abc", None, [1], {"a": 1}
show(lambda: number())
show(lambda: text())
show(lambda: nothing())
show(lambda: items())
show(lambda: mapping("a"))
