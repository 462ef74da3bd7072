from collections import defaultdict
d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"]
print(d, dict(d), d["c"], len(d))
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(dict(counts), counts.get("z"), "z" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)
