print([], [1, "two", 3.0, None], (), (1,), (1, 2), 1, )
print({}, {"a": 1, "b": [1, 2]}, set(), {3, 1, 2}, {1, 1, 1})
print(type(()).__name__, type((1)).__name__, type((1,)).__name__, type({}).__name__)
print(repr([[]]), repr({"k": ()}), repr({(): None}))
