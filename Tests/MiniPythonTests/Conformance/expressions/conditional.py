x = 7
print("odd" if x % 2 else "even")
print("big" if x > 100 else "medium" if x > 5 else "small")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
y = (lambda: "called")() if x else None
print(y)
