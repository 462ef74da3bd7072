a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i = l = 0
l = [0, 0]
i, l[i] = 1, 2
print(i, l)
