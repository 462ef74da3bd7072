# int / int is correctly rounded (ties to even) however large the operands are.
print((2**53 + 1) / 3)
print((2**53 + 1) / 1, (2**53 + 3) / 1, (2**54 + 2) / 2)
print(-(2**63) / 7, (2**63 - 1) / -3)
print(10**30 / 7, 10**30 / -7, -(10**30) / 7)
print((10**400) / (10**399), (10**400 + 1) / (3 * 10**399))
print(1 / 10**300, 3 / 10**320)
print((2**1100 + 1) / 2**100, 7 / 2**60, 2**200 / (2**200 + 1))
try:
    print(10**400 / 3)
except OverflowError as e:
    print('OverflowError:', e)
print(0 / 10**50, -0 / -10**50, 12345678901234567890123 / 10**22)
