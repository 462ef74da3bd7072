import re
m = re.match(r"(\w+)@(\w+)\.com", "ann@example.com is here")
print(m.group(), m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group(), re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "123a"))
print(bool(re.search("^b", "abc")), re.search("c$", "abc").start())
print(repr(re.match("a", "abc")).startswith("<re.Match object; span=(0, 1), match='a'>"))
