s = "a\tb\nc\\d\'e\"f"
print(repr(s))
print(repr("\x41\x62\101\0\7"))
print(repr("\u00e9\U0001F600"), len("\U0001F600"))
print(repr("\a\b\f\v\r"))
print(repr("back\
slash newline"))
