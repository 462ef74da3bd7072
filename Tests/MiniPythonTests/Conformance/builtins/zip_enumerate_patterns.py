names = ["a", "b", "c"]
scores = [90, 80]
print(list(zip(names, scores)), list(enumerate(zip(names, scores), start=1)))
for i, (n, s) in enumerate(zip(names, scores)):
    print(i, n, s)
print(dict(enumerate("xy")), list(zip(*[(1, 2, 3), (4, 5, 6)])))
