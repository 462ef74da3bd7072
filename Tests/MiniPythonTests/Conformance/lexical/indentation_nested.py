def f(x):
    if x > 0:
        for i in range(x):
            if i % 2:
                print("odd", i)
            else:
                print("even", i)
    return x
print(f(3))
