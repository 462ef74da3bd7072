s = "naïve café 😀"
print(len(s), s[2], s[-1], s[6:10], s[::-1])
print(len("e\u0301"), len("\u00e9"), "e\u0301" == "\u00e9")
print([c for c in "añ😀"])
