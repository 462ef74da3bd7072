values = [3, 2.5, True, -1, 0.0, 10 ** 20, -2.5e10, False]
print(sorted(values))
print(max(values), min(values), sorted(values, reverse=True)[:3])
print(1 < 1.5 < 2, 2 ** 64 > 1.8e19, -0.0 == 0 == False)
