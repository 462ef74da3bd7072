def f():
    [last := x for x in range(5)]
    return last
print(f())
values = [3, 8, 1]
print(any((hit := v) > 5 for v in values), hit)
