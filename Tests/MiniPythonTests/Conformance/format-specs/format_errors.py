def show(fn):
    try:
        print(fn())
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
spec_d, spec_comma, spec_bad = "d", ",", "Z"
show(lambda: format(1.5, spec_d))
show(lambda: format("s", spec_d))
show(lambda: format("s", spec_comma))
show(lambda: format(1, spec_bad))
show(lambda: format([1], ">5"))
show(lambda: "{} {}".format(1))
show(lambda: "{x}".format(y=1))
show(lambda: "{0:,d}".format(1.5))
