def show(fn):
    try:
        print(fn())
    except (ValueError, TypeError, NameError, KeyError) as e:
        print(type(e).__name__, e)
value = "text"
show(lambda: f"{value:d}")
show(lambda: f"{3.5:d}")
show(lambda: f"{undefined_name}")
show(lambda: f"{ {'a': 1}['b'] }")
show(lambda: f"{None:>5}")
