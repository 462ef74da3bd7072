def show(fn):
    try:
        print(fn())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
fmt_d, fmt_two, fmt_map, fmt_bad = "%d", "%s %s", "%(a)s", "%y"
show(lambda: fmt_d % "x")
show(lambda: fmt_two % ("a",))
show(lambda: fmt_d % (1, 2))
show(lambda: fmt_map % {"b": 1})
show(lambda: fmt_bad % 1)
show(lambda: fmt_d % 3.99)
