d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {True: "a"}
d2[1] = "b"
d2[1.0] = "c"
print(d2)
print({0: "a", False: "b", 0.0: "c"})
s = {1, 1.0, True, 2, 2.0}
print(s, len(s), 1.0 in {1}, True in {1: 0})
