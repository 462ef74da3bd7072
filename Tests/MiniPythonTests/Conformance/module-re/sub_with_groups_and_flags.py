import re
print(re.sub(r"(\d{3})(\d{4})", r"\1-\2", "call 5551234 now"))
print(re.sub(r"hello", "bye", "Hello HELLO hello", flags=re.I))
print(re.sub(r"^", "> ", "a\nb\nc", flags=re.M))
print(re.split(r"\s*;\s*", "a ; b;c ;d"), re.findall(r"(\w)(\d)", "a1 b2 c"))
print(re.match(r"(?i)abc", "ABC").group(), re.search(r"(\d+)\.(\d+)", "v 3.12 x").groups())
