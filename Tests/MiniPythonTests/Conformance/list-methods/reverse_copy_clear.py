l = [1, [2, 3], 4]
c = l.copy()
l.reverse()
print(l, c, c is l, c[1] is l[1])
c[1].append(99)
print(l)
c.clear()
print(c, l, len(c))
