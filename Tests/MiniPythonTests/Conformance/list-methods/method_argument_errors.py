def show(fn):
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].insert(1))
show(lambda: [].extend(5))
show(lambda: [1].pop("0"))
show(lambda: [].index())
