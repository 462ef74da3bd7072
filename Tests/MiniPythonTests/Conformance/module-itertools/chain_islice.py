from itertools import chain, islice
print(list(chain([1, 2], (3,), "ab")), list(chain()), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(10), 3)), list(islice(range(10), 2, 8, 2)), list(islice("abcdef", 1, None)))
print(list(islice([1, 2], 5)))
