# Found by scripts/fuzz-python: a backslash before a non-ASCII character in a bytes literal crashed the parser.
x = b"\é"
