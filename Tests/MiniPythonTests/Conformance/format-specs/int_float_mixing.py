print(f"{5:.2f} {5:e} {5:%} {True:.1f}")
print(format(3, ".3f"), format(7, "x"), format(1234.5, ","), format(0.5, ".0%"))
print(format(12, "04d"), format("x", "^5"), format(3.0), format(10**20, ","))
