big = 10 ** 400
print(big > 1e308, big < float("inf"), -big < -1e308, big == float("inf"))
print(max(big, 1e308) == big, 2 ** 1024 > 1.7976931348623157e308)
try:
    float(big)
except OverflowError as e:
    print(e)
print(big // 10 ** 399, big % 7, len(str(big)))
