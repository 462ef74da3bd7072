a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 3 not in a, "ell" in "hello", "" in "abc", b"b" in b"abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1, 2}, (1, 2) in [(1, 2)], 1.0 in [1])
print(3 in range(0, 10, 3), 4 in range(0, 10, 3))
