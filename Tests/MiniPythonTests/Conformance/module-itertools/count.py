from itertools import count, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
c = count(3)
print(next(c), next(c), next(c))
for i, ch in zip(count(1), "abc"):
    print(i, ch)
