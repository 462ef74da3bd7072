b = b"hello"
print(b[0], b[1:3], b[-1], list(b[:2]), b + b"!", b * 2, len(b))
print(b"ell" in b, 104 in b, b == b"hello", b < b"help", b"" < b"a")
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(b"x"), bytes())
print(repr(b"\t\n\r\x00\x7f'"), repr(b'"'), repr(b"'\""))
