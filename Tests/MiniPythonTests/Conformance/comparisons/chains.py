x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 1 < 3 < 2)
print(1 == 1.0 == True, x == 5 != 6, 0 <= x <= 4)
calls = []
def val(v):
    calls.append(v)
    return v
print(val(3) < val(2) < val(1), calls)
calls.clear()
print(val(1) < val(2) < val(3), calls)
