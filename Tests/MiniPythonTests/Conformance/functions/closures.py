def multiplier(n):
    def mul(x):
        return x * n
    return mul
double = multiplier(2)
triple = multiplier(3)
print(double(5), triple(5))
def counter():
    calls = []
    def record(v):
        calls.append(v)
        return len(calls)
    return record
r = counter()
print(r("a"), r("b"))
