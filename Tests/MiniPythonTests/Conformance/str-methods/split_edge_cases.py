print("a b  c".split(" "), "a\tb\nc  d".split(), "  ".split(" "), "abc".split("abc"))
print("1,2,3".split(",", maxsplit=1), "a-b-c".rsplit("-", maxsplit=1), "x".rsplit("x"))
print("line\n".split("\n"), "a,b,".split(","), ",a".split(","))
