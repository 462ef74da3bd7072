s = {1}
s.update([2, 3], {4})
print(s)
s |= {5}
s -= {1}
s &= {2, 3, 5, 7}
print(s)
s ^= {3, 8}
print(sorted(s))
print(s.update())
