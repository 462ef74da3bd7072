x = 1
if x:
    print("crlf source works")
s = """a
b"""
print(repr(s))
