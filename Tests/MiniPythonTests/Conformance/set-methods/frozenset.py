f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, f | {4}, type(f | {4}).__name__, sorted({9} | f), type({9} | f).__name__)
print(frozenset() == set(), f == {1, 2, 3}, {f: "hashable"}[frozenset({1, 2, 3})])
try:
    f.add(4)
except AttributeError as e:
    print(e)
