l = [10, 20, 30, 20]
print(l.pop(), l, l.pop(0), l)
l.remove(20)
print(l)
for fn in [lambda: [].pop(), lambda: [1].pop(5), lambda: l.remove(99)]:
    try:
        fn()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
