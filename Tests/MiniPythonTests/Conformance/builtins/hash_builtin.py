print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1), hash(10**20) == hash(10**20))
print(hash((1, "a")) == hash((1, "a")), hash("abc") == hash("abc"), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(2**61 - 1), hash(-(2**61 - 1)), hash(2**61 + 5), hash(0.5), hash(-0.5), hash(1e20))
for bad in [[1], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
