s = "banana"
print(s.find("an"), s.find("an", 2), s.find("x"), s.rfind("an"), s.rfind("x"), s.find(""))
print(s.index("na"), s.index("a", 2), s.count("a"), s.count("an"), s.count(""))
try:
    s.index("x")
except ValueError as e:
    print(e)
print(s.find("a", -2), s.count("a", 2, 4))
