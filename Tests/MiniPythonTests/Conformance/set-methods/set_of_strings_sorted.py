words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words)
print(sorted(set("mississippi")))
print(sorted({w[0] for w in words}))
