# Found by scripts/fuzz-python: an unknown escape followed by a non-ASCII character in a bytes literal.
data = b"ab\écd"
print(data)
