print(True + 1, True * 3.5, True / 2, False - True)
print(sum([True, True, False]), isinstance(True, int), True == 1, False == 0.0)
print(repr(True), str(False), int(True), float(False))
