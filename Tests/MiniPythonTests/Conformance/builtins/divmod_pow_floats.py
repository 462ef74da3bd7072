print(divmod(-7.5, 2), divmod(7, -2.5), divmod(0.1, 0.03))
print(pow(-8, 1 / 3) if False else pow(8, 1 / 3), pow(2, 0.5), pow(10, -2), pow(0, 0), pow(0.0, 0))
print(pow(3, 200, 1000), pow(-7, 2, 5), pow(7, -1, 40))
