def f(a, b, *rest):
    return a, b, rest
print(f(1, 2), f(1, 2, 3, 4))
args = [10, 20, 30]
print(f(*args), f(0, *args), f(*args, *args))
print(f(*"xy"), f(*range(3)))
