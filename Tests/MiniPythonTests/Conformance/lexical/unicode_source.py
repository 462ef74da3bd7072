name = "héllo wörld"
print(name, len(name), name.upper())
café = 3
print(café * 2)
print("日本語"[1], len("日本語"))
print(repr("e\u0301"), len("e\u0301"), len("é"))
