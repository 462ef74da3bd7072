def show(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = [1, 2]
def starred_few():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def none_unpack():
    a, b = None
show(too_many)
show(too_few)
show(starred_few)
show(not_iterable)
show(none_unpack)
