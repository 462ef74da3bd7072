def target(a, b, c=0, *, d=1):
    return a, b, c, d
def forward(*args, **kwargs):
    print("args", args, "kwargs", kwargs)
    return target(*args, **kwargs)
print(forward(1, 2))
print(forward(1, b=2, d=5))
print(forward(*[1, 2, 3]))
