print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join([]), " ".join(("one",)))
print("|".join(str(i) for i in range(4)), ", ".join({"k1": 1, "k2": 2}))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
