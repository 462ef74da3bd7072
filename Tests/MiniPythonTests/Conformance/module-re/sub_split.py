import re
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "ann@host"))
print(re.sub(r"\d", "#", "a1b22c333", count=2), re.sub(r"x", "y", "none"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\d", "a1b2c", maxsplit=1))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>>", "hi there"))
