print(float("1.5"), float("  -2.25 "), float("1e3"), float("1_0.5"), float(".5"), float("5."))
print(float(3), float(2**53 + 1), float(True), float())
print(float("-0"), float("+1E-2"))
print(1e20 == 10**20, 2**53 + 1 == float(2**53 + 1))
