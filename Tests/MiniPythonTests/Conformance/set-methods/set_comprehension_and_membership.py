evens = {n for n in range(10) if n % 2 == 0}
print(sorted(evens), 4 in evens, 5 in evens, len(evens))
seen = set()
dupes = []
for x in [3, 1, 3, 2, 1]:
    if x in seen:
        dupes.append(x)
    seen.add(x)
print(dupes, sorted(seen))
print({1, 2} | {2, 3} & {3}, ({1, 2} | {2, 3}) & {3})
