n = 27
steps = 0
while n != 1 and steps < 200:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps, n)
i, j = 0, 10
while i < j:
    i += 2
    j -= 1
    if i == 4:
        continue
print(i, j)
