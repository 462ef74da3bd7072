import math
for v in [2.5, -2.5, 3, -0.0, 1e300]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(True), math.ceil(10**30), math.sqrt(0), math.isclose(1, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2))
