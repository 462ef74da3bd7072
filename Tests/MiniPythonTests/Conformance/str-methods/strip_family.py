s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt".rstrip(".txt"))
print(repr("".strip()), repr("   ".strip()))
