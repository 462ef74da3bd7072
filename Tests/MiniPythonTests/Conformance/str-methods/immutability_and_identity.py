s = "abc"
t = s.upper()
print(s, t, s.replace("a", "z"), s)
try:
    s.append("d")
except AttributeError as e:
    print(e)
