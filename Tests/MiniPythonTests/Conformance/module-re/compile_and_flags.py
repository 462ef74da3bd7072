import re
pattern = re.compile(r"^error: (.*)$", re.M | re.I)
log = "info: ok\nERROR: disk full\nerror: timeout"
print(pattern.findall(log))
print(re.findall(r"a.c", "a\nc abc"), re.findall(r"a.c", "a\nc abc", re.S))
print(re.search(r"HELLO", "say hello", re.IGNORECASE).group(), re.findall(r"^\w", "a\nb", re.MULTILINE))
print(pattern.pattern, bool(pattern.flags & re.M), re.compile("x").match("xy").group())
print(pattern.search(log).group(1), pattern.sub("E", log).split("\n"))
