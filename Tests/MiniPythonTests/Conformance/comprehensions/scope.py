x = "outer"
result = [x for x in range(3)]
print(x, result)
n = 10
print([n + i for i in range(3)])
def f():
    k = 2
    return [i * k for i in range(3)]
print(f())
class C:
    items = [1, 2]
    doubled = [i * 2 for i in items]
print(C.doubled)
