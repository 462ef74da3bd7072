x = 5
print(-x, +x, - -x, ~x, not x)
print(-True, +False, ~True)
print(-0.0, +(-0.0), -(2**70))
