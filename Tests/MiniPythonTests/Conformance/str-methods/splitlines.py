text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "one\n".splitlines(), "\n".splitlines())
