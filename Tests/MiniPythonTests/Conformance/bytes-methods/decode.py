b = b"h\xc3\xa9llo"
print(b.decode(), b.decode("utf-8"), len(b), len(b.decode()))
print(b"abc".decode("ascii"), b"".decode())
try:
    b"\xff\xfe".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xffa".decode("utf-8", "replace"), b"\xffa".decode("utf-8", "ignore"))
