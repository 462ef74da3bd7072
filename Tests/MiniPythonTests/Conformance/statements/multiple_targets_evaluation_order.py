x = [0, 0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
a = b = []
a.append(1)
print(b)
first, second = second, first = 1, 2
print(first, second)
