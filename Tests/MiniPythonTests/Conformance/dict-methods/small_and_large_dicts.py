# Dicts crossing the size where they start keeping an index, with deletions, re-insertions, popitem and copies;
# order and lookups must stay Python's.
d = {}
for i in range(20):
    d["k%d" % i] = i
    if i % 3 == 0 and ("k%d" % (i // 2)) in d:
        del d["k%d" % (i // 2)]
print(d)
print(len(d), [k for k in d if d[k] % 2], d.get("k5"), d.get("k19"), "k0" in d)
small = {1: "a", 2: "b", 3: "c"}
del small[2]
small[2] = "B"
small[4] = "d"
print(small, list(small.items()))
for n in range(5, 12):
    e = {i: i * i for i in range(n)}
    for i in range(0, n, 2):
        del e[i]
    e[100] = 1
    e[0] = 0
    print(n, e, e.popitem(), len(e))
f = dict.fromkeys("abcdefghij", 0)
g = f.copy()
for k in "acegi":
    del f[k]
f["z"] = 26
print(f, g == dict.fromkeys("abcdefghij", 0), f == g)
h = {1: 1, 1.0: 2, True: 3, 2: 4, (1, 2): 5, "1": 6, None: 7, 2.5: 8, -1: 9}
print(h, h[1], h[(1, 2)], h[None], h[-1])
while h:
    print(h.popitem(), end=" ")
print()
counts = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
pairs = {"x": 1, "y": 2, "z": 3}
out = []
for key, value in pairs.items():
    out.append(key * value)
print(out)
target = [0, 0]
box = {}
for target[0], box["v"] in {"p": 1, "q": 2}.items():
    print(target, box)
for k, v in {}.items():
    print("never")
else:
    print("empty else")
for k, v in pairs.items():
    if v == 2:
        break
print(k, v)
try:
    for k, v in pairs.items():
        pairs[k + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
print(pairs)
try:
    for a, b in {"ab": 1}:
        print(a, b)
    for a, b in {"abc": 1}:
        pass
except ValueError as e:
    print("ValueError:", e)
