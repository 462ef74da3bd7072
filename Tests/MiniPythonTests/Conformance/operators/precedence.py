print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, not 1 == 2, 3 > 2 and 2 > 1 or False)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, -7 // 2 * 2)
print(1 if True else 2 + 10, (lambda: 5)() + 1)
