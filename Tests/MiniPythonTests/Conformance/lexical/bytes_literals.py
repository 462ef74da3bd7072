b = b'abc'
print(b, type(b).__name__, len(b))
print(b"\x00\xff\n", repr(B"it's"))
print(b'a' b'b', b[0], b[-1:])
print(list(b'\x01\x02'))
