print(hash(1), hash(0), hash(-1), hash(-2), hash(True))
print(hash(2**61 - 1), hash(2**61), hash(1.0) == hash(1), hash(1.5))
print(hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
