def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: {1} | [2])
show(lambda: {1} + {2})
show(lambda: {[1]})
show(lambda: set([[1]]))
one = {1}
show(lambda: one[0])
show(lambda: set(5))
print(set(), set("aab") == {"a", "b"}, set(range(3)), set({1: 2}))
