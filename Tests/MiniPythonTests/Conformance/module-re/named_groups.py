import re
m = re.match(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", "2024-03-15")
print(m.group("year"), m["month"], m.groupdict(), m.group(1, 3), m.lastindex)
m2 = re.match(r"(a)(b)?", "a")
print(m2.groups(), m2.groups("default"), m2.group(2))
