import re
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
for candidate in ["ann@example.com", "bad@", "x.y+z@sub.domain.org", "no at sign", "a@b"]:
    print(candidate, bool(EMAIL.match(candidate)))
