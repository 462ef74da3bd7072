from itertools import groupby
data = "aaabccdaa"
print([(k, len(list(g))) for k, g in groupby(data)])
records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig")]
for key, group in groupby(records, key=lambda r: r[0]):
    print(key, [name for _, name in group])
by_len = sorted(["bb", "a", "cc", "d"], key=len)
print({k: list(g) for k, g in groupby(by_len, key=len)})
