print(1_0, 0b1_0, 0o1_0, 0x1_0, 1_0.0_1, 1e1_0)
print(0.5e-3, 5E2, 0e0, 00.5, 1.e1)
print(type(1e3).__name__, type(0x10).__name__, -0x10, +0o10)
