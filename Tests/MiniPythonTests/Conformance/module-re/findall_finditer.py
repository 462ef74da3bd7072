import re
text = "order 12 costs 340 dollars, order 7 costs 5"
print(re.findall(r"\d+", text))
print(re.findall(r"order (\d+) costs (\d+)", text))
print(re.findall(r"(o)rder", text), re.findall(r"xyz", text))
print([m.group(1) for m in re.finditer(r"costs (\d+)", text)])
print([(m.start(), m.end()) for m in re.finditer(r"order", text)])
