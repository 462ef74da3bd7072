import re
try:
    re.compile("(unclosed")
except re.error as e:
    print(type(e).__name__, e)
m = re.match("a", "a")
try:
    m.group(5)
except IndexError as e:
    print(type(e).__name__, e)
print(re.match("x", "y") is None)
