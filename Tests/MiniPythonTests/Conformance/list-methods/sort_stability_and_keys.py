people = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 25)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
mixed = [[2, "b"], [1, "z"], [2, "a"]]
mixed.sort()
print(mixed)
