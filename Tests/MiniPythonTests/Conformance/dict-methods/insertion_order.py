d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
d["z"] = 100
print(d)
del d["z"]
d["z"] = 1
print(d)
print({k: None for k in "hello"})
