class Slot:
    pass
s = Slot()
for fn in [lambda: setattr(5, "x", 1), lambda: setattr("s", "upper", None), lambda: getattr(None, "x"),
           lambda: setattr(s, 1, 2), lambda: getattr(s, "missing")]:
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
