import re
print(re.findall(r"\bcat\b", "cat catalog concat cat."), re.findall(r"\S+", " a bc  d "), re.findall(r"\D", "a1b2"))
print(re.findall(r"[A-Z][a-z]*", "Hello World FOO"), re.findall(r"a{2,3}", "a aa aaaa"), re.findall(r"a+?", "aaa"))
print(re.findall(r"(?:ab)+", "ababab ab"), re.findall(r"\w+(?=!)", "hi! there no"), re.findall(r"[^aeiou ]", "hello you"))
print(re.escape("a.b*c"), re.findall(re.escape("1+1"), "1+1=2"))
