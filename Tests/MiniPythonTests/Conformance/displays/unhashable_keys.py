for bad in [[1], {"a": 1}, {1}]:
    try:
        d = {bad: 1}
    except TypeError as e:
        print(e)
try:
    s = {[1, 2]}
except TypeError as e:
    print(e)
try:
    {}.get([1])
except TypeError as e:
    print(e)
print({(1, 2): "tuples are fine", frozenset({1}): "so are frozensets"})
