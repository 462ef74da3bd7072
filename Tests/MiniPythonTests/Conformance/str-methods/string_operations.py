s = "abc"
print(s * 2, s + "d", "b" in s, s < "abd", min(s), max(s), sorted("cab"), list(reversed(s)))
print(str(12), str(1.5), str(None), str([1, "a"]), str(b"x"), str(True))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr("\x7f\xa0\u2028"))
