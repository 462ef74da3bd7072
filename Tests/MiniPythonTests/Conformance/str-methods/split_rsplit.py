s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
print("  lots   of  space ".split(), " x ".split(" "), "".split(), "".split(","))
print("a b c d".rsplit(None, 2), "a::b::c".split("::"), "abc".split("b", -1))
try:
    "abc".split("")
except ValueError as e:
    print(e)
