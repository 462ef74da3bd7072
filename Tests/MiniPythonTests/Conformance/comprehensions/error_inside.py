try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(e)
print(sum(1 for _ in []))
