data = ["b10", "a2", "b2", "a10"]
print(sorted(data), sorted(data, key=lambda s: (s[0], int(s[1:]))))
nums = [-3, 1, -2, 4]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: -n), sorted(nums, key=str))
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}]
records.sort(key=lambda r: r["v"])
print([r["n"] for r in records])
