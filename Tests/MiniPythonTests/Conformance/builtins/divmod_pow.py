print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(10**20, 7))
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(3, 4, 5), pow(-2, 3), pow(4, 0.5))
try:
    pow(2, -1, 5) and print(pow(2, -1, 5))
except ValueError as e:
    print(e)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
