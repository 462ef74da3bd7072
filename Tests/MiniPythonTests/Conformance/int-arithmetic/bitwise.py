print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1)
print(1 << 100, (1 << 100) >> 98, -16 >> 2, -1 >> 10)
print(-12 & 0xFF, -12 | 3, -12 ^ 5)
print(True & False, True | False, True ^ True, type(True & True).__name__)
