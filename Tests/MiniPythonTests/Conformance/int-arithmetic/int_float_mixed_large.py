big = 2 ** 80
print(big * 1.0, big / 2, big // 2.0, float(big) == big, big + 0.5)
print(10 ** 22 == 1e22, 10 ** 23 == 1e23, 2 ** 53 + 1 < 2 ** 53 + 1.0 + 2)
print(int(1e22), int(1.5e300) > 10 ** 299, round(2 ** 60 + 0.5))
