import math
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.isqrt(17), math.copysign(3, -0.0))
print(math.degrees(math.pi), math.radians(180), math.modf(3.5), math.fmod(-7, 3), -7 % 3)
print(math.asin(1), math.acos(1), math.atan(1), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.sqrt(10**20), math.floor(-0.5), math.ceil(-0.5), math.lcm(4, 6), math.dist((0, 0), (3, 4)))
