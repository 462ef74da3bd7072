import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.fabs(-3), math.trunc(-3.7), math.factorial(20), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1), math.hypot(3, 4))
print(math.isnan(float("nan")), math.isinf(float("-inf")), math.isfinite(1.0), math.fsum([0.1] * 10), sum([0.1] * 10))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, math.floor(1e20), math.floor(10**30))
