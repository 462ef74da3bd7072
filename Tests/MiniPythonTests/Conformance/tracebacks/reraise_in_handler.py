def fetch(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError:
        print("missing", key)
        raise
fetch("b")
