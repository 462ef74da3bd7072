print(b"\x00\x01\xab\xff".hex(), b"".hex(), "hi".encode().hex())
print(bytes([222, 173, 190, 239]).hex(), b"\n".hex(), bytes(range(3)).hex())
