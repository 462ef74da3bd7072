import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.pi * 2 == math.tau, math.inf > 10**300, math.isnan(math.nan))
