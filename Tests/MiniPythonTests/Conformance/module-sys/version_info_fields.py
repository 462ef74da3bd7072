import sys
v = sys.version_info
print(v.major, v.minor, v[:2], v >= (3, 8), v < (4,), len(v))
print(v.releaselevel, v.serial, type(v.micro).__name__, isinstance(v, tuple))
major, minor, *rest = v
print(major, minor, len(rest))
if sys.version_info.major == 3 and sys.version_info.minor >= 9:
    print("dict union available:", {"a": 1} | {"b": 2})
