counts = {"a": 0}
counts["a"] += 1
counts["b"] = counts.get("b", 0) + 5
grid = [[0, 0], [0, 0]]
grid[1][0] -= 3
class O:
    pass
o = O()
o.n = 1
o.n *= 10
print(counts, grid, o.n)
calls = []
def key():
    calls.append("key")
    return "a"
counts[key()] += 1
print(counts, calls)
