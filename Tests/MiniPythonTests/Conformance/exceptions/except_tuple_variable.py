LOOKUP = (KeyError, IndexError)
def get(container, key):
    try:
        return container[key]
    except LOOKUP as e:
        return f"{type(e).__name__}: {e}"
print(get({}, "a"), get([], 3), get({"a": 1}, "a"))
